import { centsToDecimalString, currencyMinorDigits, formatCents } from '../ui/format';
import { LANGUAGE_LOCALES, type PortalLanguage } from './language';

/** An amount as the debtor reads it in their language: "1.234,56 €", "€1,234.56", "1.234,56 kr.". */
export function formatPortalAmount(cents: number, currency: string, language: PortalLanguage): string {
  return formatCents(cents, currency, LANGUAGE_LOCALES[language]);
}

/** A calendar date (YYYY-MM-DD) written out: "15. Januar 2027", "15 January 2027", "15. januar 2027". */
export function formatPortalDate(isoDate: string, language: PortalLanguage): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(LANGUAGE_LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** An IBAN in groups of four, as printed on letters and typed into banking apps. */
export function groupIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * A Danish IBAN (DKkk RRRR AAAAAAAAAA) split into the registration number and account number that
 * Danish banking apps ask for; null for any other IBAN.
 */
export function danishAccount(iban: string): { regNo: string; accountNo: string } | null {
  const compact = iban.replace(/\s+/g, '').toUpperCase();
  const match = /^DK\d{2}(\d{4})(\d{10})$/.exec(compact);
  return match ? { regNo: match[1], accountNo: match[2] } : null;
}

/** The amount to paste into a banking app's amount field: digits and the language's decimal mark only ("673,45", "673.45"). */
export function plainAmount(cents: number, currency: string, language: PortalLanguage): string {
  const digits = currencyMinorDigits(currency);
  return new Intl.NumberFormat(LANGUAGE_LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(
    centsToDecimalString(cents, digits),
  );
}

import { amountText, dateText, fill, joinTexts, plural, untranslated, type LocalizedText } from '../i18n/localized-text.js';
import { formatBasisPoints, formatPoints } from '../interest/rate-percent.js';
import { costLabelIn } from '../letters/cost-labels.js';
import type { Country } from '../stages.js';
import type { BalanceLine } from './compute-balance.js';

/** The words of a balance's lines as a collector reads them: rule, rate, period and statute. */
export const BALANCE_TEXTS = {
  principal: { en: 'Invoice {reference} due {date}', de: 'Rechnung {reference}, fällig am {date}', da: 'Faktura {reference}, forfalden {date}' },
  interest: {
    en: 'Interest on invoice {reference}: {rate} on {amount} from {from} to {to}, {days}',
    de: 'Zinsen auf Rechnung {reference}: {rate} auf {amount} vom {from} bis {to}, {days}',
    da: 'Renter af faktura {reference}: {rate} af {amount} fra {from} til {to}, {days}',
  },
  rate: {
    en: '{percent}% p.a. ({baseName} {base}% + {margin} points, {statute})',
    de: '{percent} % p. a. ({baseName} {base} % + {margin} Prozentpunkte, {statute})',
    da: '{percent} % p.a. ({baseName} {base} % + {margin} procentpoint, {statute})',
  },
  baseRate: { en: 'base rate', de: 'Basiszinssatz', da: 'basisrente' },
  referenceRate: { en: 'reference rate', de: 'Referenzzinssatz', da: 'referencerente' },
  dayOne: { en: '{count} day', de: '{count} Tag', da: '{count} dag' },
  dayOther: { en: '{count} days', de: '{count} Tage', da: '{count} dage' },
  fee: { en: '{label}, charged on {date}', de: '{label}, berechnet am {date}', da: '{label}, beregnet den {date}' },
  feeWithStatute: { en: '{label}, charged on {date} ({statute})', de: '{label}, berechnet am {date} ({statute})', da: '{label}, beregnet den {date} ({statute})' },
  payment: {
    en: 'Payment of {amount} received on {date}: {parts} ({rule})',
    de: 'Zahlung von {amount}, eingegangen am {date}: {parts} ({rule})',
    da: 'Betaling på {amount}, modtaget den {date}: {parts} ({rule})',
  },
  toCosts: { en: '{amount} to costs', de: '{amount} auf Kosten', da: '{amount} til omkostninger' },
  toInterest: { en: '{amount} to interest', de: '{amount} auf Zinsen', da: '{amount} til renter' },
  toPrincipal: { en: '{amount} to principal', de: '{amount} auf die Hauptforderung', da: '{amount} til hovedstol' },
  toInvoice: { en: 'invoice {reference}: {parts}', de: 'Rechnung {reference}: {parts}', da: 'faktura {reference}: {parts}' },
  overpaid: { en: '{amount} overpaid', de: '{amount} überzahlt', da: '{amount} betalt for meget' },
  ruleDE: {
    en: 'BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal',
    de: '§§ 366 Abs. 2, 367 Abs. 1 BGB: Forderung für Forderung, jeweils auf Kosten, dann Zinsen, dann Hauptforderung',
    da: 'BGB § 366, stk. 2, og § 367, stk. 1: krav for krav, hvert først til omkostninger, så renter, så hovedstol',
  },
  ruleDK: {
    en: 'Danish practice: costs, then interest, then principal',
    de: 'dänische Praxis: Kosten, dann Zinsen, dann Hauptforderung',
    da: 'dansk praksis: omkostninger, så renter, så hovedstol',
  },
  notADate: { en: '{field} "{value}" is not a calendar date (YYYY-MM-DD)', de: '{field} „{value}“ ist kein Kalenderdatum (JJJJ-MM-TT)', da: '{field} "{value}" er ikke en kalenderdato (ÅÅÅÅ-MM-DD)' },
  notCents: {
    en: '{field} must be a whole number of cents between 1 and 10^12, got {value}',
    de: '{field} muss ein ganzzahliger Centbetrag zwischen 1 und 10^12 sein, erhalten: {value}',
    da: '{field} skal være et helt antal øre mellem 1 og 10^12, modtaget: {value}',
  },
  writtenOff: { en: 'Written off {amount} on {date}: {reason}', de: 'Abgeschrieben: {amount} am {date}: {reason}', da: 'Afskrevet {amount} den {date}: {reason}' },
  adjusted: { en: 'Adjusted {amount} on {date}: {reason}', de: 'Korrigiert: {amount} am {date}: {reason}', da: 'Korrigeret {amount} den {date}: {reason}' },
} satisfies Record<string, LocalizedText>;

const T = BALANCE_TEXTS;

/** The statutes of statutory interest (statutoryMargin) as German and Danish readers cite them. */
const INTEREST_STATUTES: Readonly<Record<string, LocalizedText>> = {
  'BGB 288(1), 247': { en: 'BGB 288(1), 247', de: '§§ 288 Abs. 1, 247 BGB', da: 'BGB § 288, stk. 1, og § 247' },
  'BGB 288(1), 247; not a claim for goods or services': {
    en: 'BGB 288(1), 247; not a claim for goods or services',
    de: '§§ 288 Abs. 1, 247 BGB; keine Entgeltforderung',
    da: 'BGB § 288, stk. 1, og § 247; ikke et krav for varer eller tjenesteydelser',
  },
  'BGB 288(2), 247': { en: 'BGB 288(2), 247', de: '§§ 288 Abs. 2, 247 BGB', da: 'BGB § 288, stk. 2, og § 247' },
  'BGB 288(2) old version, Art. 229 § 34 EGBGB, 247': {
    en: 'BGB 288(2) old version, Art. 229 § 34 EGBGB, 247',
    de: '§ 288 Abs. 2 BGB a. F., Art. 229 § 34 EGBGB, § 247 BGB',
    da: 'BGB § 288, stk. 2 (tidligere affattelse), art. 229 § 34 EGBGB, § 247',
  },
  'renteloven 5': { en: 'renteloven 5', de: '§ 5 renteloven (dänisches Zinsgesetz)', da: 'renteloven § 5' },
  'renteloven 5, due before 2013-03-01': {
    en: 'renteloven 5, due before 2013-03-01',
    de: '§ 5 renteloven (dänisches Zinsgesetz), fällig vor dem 01.03.2013',
    da: 'renteloven § 5, forfalden før 01.03.2013',
  },
};

/** A statute as each language cites it; one without a known citation reads the same in every language. */
export function interestStatuteText(statute: string): LocalizedText {
  return INTEREST_STATUTES[statute] ?? untranslated(statute);
}

/** A percentage of basis points with each language's decimal mark: "5.12" / "5,12". */
function percentText(digits: string): LocalizedText {
  const comma = digits.replace('.', ',');
  return { en: digits, de: comma, da: comma };
}

/**
 * A balance line's explanation in every language. English is the line's own; German and Danish are
 * built from its detail (computeBalance with `lineDetails`). A fee with a wording of its own (a
 * credited flat compensation) reads its label and date in German and Danish; without detail, every
 * language reads the English.
 */
export function balanceLineTexts(line: BalanceLine, currency: string, country: Country): LocalizedText {
  const d = line.detail;
  const money = (cents: number) => amountText(cents, currency);
  const english = (text: LocalizedText): LocalizedText => ({ ...text, en: line.explanation });
  switch (d?.kind) {
    case 'PRINCIPAL':
      return english(fill(T.principal, { reference: d.claimReference, date: dateText(d.dueDate) }));
    case 'INTEREST': {
      const rate = fill(T.rate, {
        percent: percentText(formatBasisPoints(d.basisPoints)),
        baseName: d.statute.startsWith('BGB') ? T.baseRate : T.referenceRate,
        base: percentText(formatBasisPoints(d.baseBasisPoints)),
        margin: percentText(formatPoints(d.marginBasisPoints)),
        statute: interestStatuteText(d.statute),
      });
      return english(fill(T.interest, {
        reference: d.claimReference, rate, amount: money(d.principalCents), from: dateText(d.from), to: dateText(d.to),
        days: plural(d.days, { one: T.dayOne, other: T.dayOther }),
      }));
    }
    case 'FEE': {
      const label: LocalizedText = { en: d.label, de: costLabelIn('de', d.label), da: costLabelIn('da', d.label) };
      const values = { label, date: dateText(d.chargedOn) };
      return english(d.statute ? fill(T.feeWithStatute, { ...values, statute: d.statute }) : fill(T.fee, values));
    }
    case 'PAYMENT': {
      const parts: LocalizedText[] = [];
      if (d.toCaseCostsCents > 0) parts.push(fill(T.toCosts, { amount: money(d.toCaseCostsCents) }));
      for (const claim of d.toClaims) {
        const claimParts: LocalizedText[] = [];
        if (claim.costsCents > 0) claimParts.push(fill(T.toCosts, { amount: money(claim.costsCents) }));
        if (claim.interestCents > 0) claimParts.push(fill(T.toInterest, { amount: money(claim.interestCents) }));
        if (claim.principalCents > 0) claimParts.push(fill(T.toPrincipal, { amount: money(claim.principalCents) }));
        parts.push(fill(T.toInvoice, { reference: claim.claimReference, parts: joinTexts(claimParts, ', ') }));
      }
      if (d.overpaidCents > 0) parts.push(fill(T.overpaid, { amount: money(d.overpaidCents) }));
      return english(fill(T.payment, {
        amount: money(-line.amountCents), date: dateText(d.receivedOn), parts: joinTexts(parts, '; '), rule: country === 'DK' ? T.ruleDK : T.ruleDE,
      }));
    }
    case 'ADJUSTMENT':
      return english(fill(d.adjustmentKind === 'WRITE_OFF' ? T.writtenOff : T.adjusted, {
        amount: money(-line.amountCents), date: dateText(d.bookedOn), reason: d.reason,
      }));
    default:
      return untranslated(line.explanation);
  }
}

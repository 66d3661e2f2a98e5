import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { fill, type LocalizedText } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import { CREDITOR_SETTINGS_TEXTS as C, LETTER_LANGUAGE_NAMES } from './creditors.i18n.js';
import { COUNTRIES, type Country } from '../stages.js';
import { isTimeZone } from '../contact-policy/zoned-time.js';
import { strategyViolations, type DunningStrategy } from '../dunning/strategy.js';
import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/letter-texts.js';

/** Every language a creditor's letters can be written in (which ones a country allows: LETTER_LANGUAGES). */
export const CREDITOR_LETTER_LANGUAGES = ['de', 'da', 'en'] as const satisfies readonly LetterLanguage[];

export const LETTER_LANGUAGE_LABELS: Readonly<Record<LetterLanguage, string>> = { de: 'German', da: 'Danish', en: 'English' };

/** The currency a creditor of each country keeps its claims in (the fee rules of its law are priced in it). */
export const CREDITOR_CURRENCY: Readonly<Record<Country, string>> = { DE: 'EUR', DK: 'DKK' };

/** The postcode of a postal address in the creditor's country. */
const POSTCODE: Readonly<Record<Country, { pattern: RegExp; rule: LocalizedText }>> = {
  DE: { pattern: /^\d{5}$/, rule: C.postcodeDE },
  DK: { pattern: /^\d{4}$/, rule: C.postcodeDK },
};

/** A creditor's reference: what portfolio files name it by (`creditor_ref`). */
const REF = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

/** What the law and the letters need to know of a creditor (the agency's client). */
export interface CreditorSettings {
  ref: string;
  name: string;
  legalName: string;
  country: string;
  currency: string;
  timeZone: string;
  street: string;
  postcode: string;
  city: string;
  registerCourt: string;
  registerNumber: string;
  iban: string;
  bic: string;
  vatDeductible: boolean;
  letterLanguage: string;
  /** The stages of its dunning process; null = its country's default. */
  dunningStrategy: DunningStrategy | null;
}

/** An IBAN as stored and compared: capitals without spaces ("DE89 3704 ..." -> "DE893704..."). */
export function normalizeIban(iban: string): string {
  return electronicFormatIBAN(iban) ?? iban.replace(/\s+/g, '').toUpperCase();
}

/** A BIC as stored: capitals without spaces. */
export function normalizeBic(bic: string): string {
  return bic.replace(/\s+/g, '').toUpperCase();
}

/** An IBAN printed for people: groups of four ("DE89 3704 0044 0532 0130 00"). */
export function formatIban(iban: string): string {
  return normalizeIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The one-line address the letters print under the name: "street\npostcode city". */
export function creditorAddressText(s: Pick<CreditorSettings, 'street' | 'postcode' | 'city'>): string {
  return `${s.street.trim()}\n${s.postcode.trim()} ${s.city.trim()}`;
}

/**
 * A strategy field as the creditor input names it: `stages[2].waitDays` of the strategy becomes
 * `dunningStrategy.stages.2.waitDays`.
 */
export function strategyFieldPath(field: string | undefined): string {
  return `dunningStrategy${field ? `.${field.replace(/\[(\d+)\]/g, '.$1')}` : ''}`;
}

const MAX_TEXT = 200;

/** A text field: `missing` says what to enter when it is required and empty; `label` names it when too long. */
function text(out: RuleViolation[], value: string, field: string, label: LocalizedText, missing: LocalizedText | null): void {
  const v = value.trim();
  if (missing && !v) out.push(new RuleViolation(missing, field));
  else if (v.length > MAX_TEXT) out.push(new RuleViolation(fill(C.tooLong, { label, max: MAX_TEXT }), field));
}

function bankAccountViolations(s: CreditorSettings, out: RuleViolation[]): void {
  const iban = normalizeIban(s.iban);
  if (!iban) out.push(new RuleViolation(C.iban, 'iban'));
  else if (!isValidIBAN(iban)) {
    out.push(new RuleViolation(fill(C.ibanInvalid, { iban: s.iban.trim() }), 'iban'));
  }
  const bic = normalizeBic(s.bic);
  if (!bic) out.push(new RuleViolation(C.bic, 'bic'));
  else if (!isValidBIC(bic)) out.push(new RuleViolation(fill(C.bicInvalid, { bic: s.bic.trim() }), 'bic'));
  else if (iban && isValidIBAN(iban) && bic.slice(4, 6) !== iban.slice(0, 2)) {
    out.push(new RuleViolation(fill(C.bicCountry, { bic, bicCountry: bic.slice(4, 6), ibanCountry: iban.slice(0, 2) }), 'bic'));
  }
}

/**
 * Every rule a creditor's settings break, each naming its field as the creditor input does
 * (`iban`, `dunningStrategy.stages.2.waitDays`); empty when they are valid. Whether the
 * reference is still free is the database's to say.
 */
export function creditorSettingsViolations(s: CreditorSettings): RuleViolation[] {
  const out: RuleViolation[] = [];
  const ref = s.ref.trim();
  if (!REF.test(ref)) out.push(new RuleViolation(fill(C.ref, { rule: C.refRule }), 'ref'));
  text(out, s.name, 'name', C.labelName, C.enterName);
  text(out, s.legalName, 'legalName', C.labelLegalName, C.enterLegalName);

  const country = (COUNTRIES as readonly string[]).includes(s.country) ? (s.country as Country) : null;
  if (!country) out.push(new RuleViolation(fill(C.country, { countries: COUNTRIES.join(', '), country: s.country }), 'country'));
  if (country && s.currency !== CREDITOR_CURRENCY[country]) {
    out.push(new RuleViolation(fill(C.currency, { country, currency: CREDITOR_CURRENCY[country], given: s.currency }), 'currency'));
  }
  if (!isTimeZone(s.timeZone.trim())) out.push(new RuleViolation(fill(C.timeZone, { zone: s.timeZone }), 'timeZone'));

  text(out, s.street, 'street', C.labelStreet, C.enterStreet);
  text(out, s.city, 'city', C.labelCity, C.enterCity);
  const postcode = s.postcode.trim();
  if (!postcode) out.push(new RuleViolation(C.enterPostcode, 'postcode'));
  else if (country && !POSTCODE[country].pattern.test(postcode)) {
    out.push(new RuleViolation(POSTCODE[country].rule, 'postcode'));
  }
  text(out, s.registerCourt, 'registerCourt', C.labelRegisterCourt, null);
  text(out, s.registerNumber, 'registerNumber', C.labelRegisterNumber, null);
  if (s.registerCourt.trim() && !s.registerNumber.trim()) {
    out.push(new RuleViolation(C.registerNumber, 'registerNumber'));
  }

  bankAccountViolations(s, out);
  const languages: readonly string[] = country ? LETTER_LANGUAGES[country] : CREDITOR_LETTER_LANGUAGES;
  if (!languages.includes(s.letterLanguage)) {
    const names = languages.map((l) => LETTER_LANGUAGE_NAMES[l as LetterLanguage] ?? { en: l, de: l, da: l });
    const ofCountry = country ? fill(C.ofCountry, { country }) : { en: '', de: '', da: '' };
    out.push(new RuleViolation(fill(C.letterLanguage, { ofCountry, languages: { en: names.map((n) => n.en).join(C.or.en), de: names.map((n) => n.de).join(C.or.de), da: names.map((n) => n.da).join(C.or.da) }, given: s.letterLanguage }), 'letterLanguage'));
  }

  if (s.dunningStrategy && country) {
    const strategy = { ...s.dunningStrategy, country };
    if (!strategy.name?.trim()) out.push(new RuleViolation(C.strategyName, 'dunningStrategy.name'));
    for (const v of strategyViolations(strategy)) out.push(new RuleViolation(v.texts ?? v.message, strategyFieldPath(v.field)));
  }
  return out;
}

/**
 * The strategy to store for a creditor: the given one (its country set to the creditor's), or
 * null for the country default. German agency costs carry VAT for a creditor that cannot deduct
 * it (RDG 13e), so such a creditor stores its country default explicitly with that flag.
 */
export function creditorStrategyToStore(
  strategy: DunningStrategy | null,
  country: Country,
  vatDeductible: boolean,
  defaults: Readonly<Record<Country, DunningStrategy>>,
): DunningStrategy | null {
  const base = strategy ? { ...strategy, country } : null;
  const needsFlag = (s: DunningStrategy): boolean => s.stages.some((st) => st.fee?.rule === 'DE_AGENCY_FEE');
  const source = base ?? (!vatDeductible && needsFlag(defaults[country]) ? defaults[country] : null);
  if (!source) return null;
  return {
    ...source,
    country,
    stages: source.stages.map((st) =>
      st.fee?.rule === 'DE_AGENCY_FEE' ? { ...st, fee: { ...st.fee, creditorCanDeductVat: vatDeductible } } : st,
    ),
  };
}

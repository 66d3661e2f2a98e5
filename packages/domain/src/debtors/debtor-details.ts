import { isTimeZone } from '../contact-policy/zoned-time.js';
import { fill, joinTexts, type LocalizedText } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import { DEBTOR_CHANGE_TEXTS, DEBTOR_DETAILS_TEXTS as T, DEBTOR_FIELD_TEXTS } from './debtor-details.i18n.js';

/** Languages a debtor can be written to and called in (the letters' languages). */
export const DEBTOR_LANGUAGES = ['de', 'da', 'en'] as const;
export type DebtorLanguage = (typeof DEBTOR_LANGUAGES)[number];

/** A debtor's contact details as a person edits them. */
export interface DebtorDetails {
  name: string;
  /** Postal address, lines separated by newlines or commas; null when none is on file. */
  address: string | null;
  email: string | null;
  phone: string | null;
  language: string;
  timeZone: string;
  /** The address on file is known to be wrong: letters are held until it is corrected. */
  addressUnknown: boolean;
}

/** The fields a person may change; `undefined` keeps the current value, `null` clears a nullable one. */
export type DebtorDetailsChange = { [K in keyof DebtorDetails]?: DebtorDetails[K] | null };

export const DEBTOR_FIELD_LABELS: Readonly<Record<keyof DebtorDetails, string>> = {
  name: 'Name',
  address: 'Address',
  email: 'E-mail',
  phone: 'Phone',
  language: 'Language',
  timeZone: 'Time zone',
  addressUnknown: 'Address unknown',
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const blankToNull = (v: string | null | undefined): string | null | undefined =>
  v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();

/**
 * The debtor's details after a change, checked: a name, an e-mail address that looks like one, a
 * language of DEBTOR_LANGUAGES, an IANA time zone, and an address unless it is marked unknown.
 * The phone number's format is checked where it is entered (it needs the numbering plans).
 */
export function applyDebtorChange(current: DebtorDetails, change: DebtorDetailsChange): DebtorDetails {
  const name = change.name === undefined ? current.name : (change.name ?? '').trim();
  if (!name) throw new RuleViolation(T.nameRequired, 'name');
  if (name.length > 200) throw new RuleViolation(T.nameTooLong, 'name');
  const address = blankToNull(change.address);
  const email = blankToNull(change.email);
  const phone = blankToNull(change.phone);
  const next: DebtorDetails = {
    name,
    address: address === undefined ? current.address : address,
    email: email === undefined ? current.email : email,
    phone: phone === undefined ? current.phone : phone,
    language: change.language === undefined || change.language === null ? current.language : change.language.trim(),
    timeZone: change.timeZone === undefined || change.timeZone === null ? current.timeZone : change.timeZone.trim(),
    addressUnknown: change.addressUnknown === undefined || change.addressUnknown === null ? current.addressUnknown : change.addressUnknown,
  };
  if (next.email !== null && (next.email.length > 254 || !EMAIL.test(next.email))) {
    throw new RuleViolation(fill(T.notAnEmail, { email: next.email }), 'email');
  }
  if (!(DEBTOR_LANGUAGES as readonly string[]).includes(next.language)) {
    throw new RuleViolation(fill(T.languageUnsupported, { language: next.language, languages: DEBTOR_LANGUAGES.join(', ') }), 'language');
  }
  if (!isTimeZone(next.timeZone)) throw new RuleViolation(fill(T.notATimeZone, { zone: next.timeZone }), 'timeZone');
  if (!next.addressUnknown && (next.address === null || next.address.trim() === '')) {
    throw new RuleViolation(T.addressRequired, 'address');
  }
  if (next.address !== null && next.address.length > 500) throw new RuleViolation(T.addressTooLong, 'address');
  return next;
}

/** One changed field with its old and new value. */
export interface DebtorFieldChange {
  field: keyof DebtorDetails;
  label: string;
  before: string | boolean | null;
  after: string | boolean | null;
}

/** The fields that differ between two versions of a debtor's details, in form order. */
export function debtorChanges(before: DebtorDetails, after: DebtorDetails): DebtorFieldChange[] {
  return (Object.keys(DEBTOR_FIELD_LABELS) as (keyof DebtorDetails)[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, label: DEBTOR_FIELD_LABELS[field], before: before[field], after: after[field] }));
}

/** A timeline sentence naming each changed field with its old and new value, in every language (the values as entered). */
export function describeDebtorChangesText(changes: readonly DebtorFieldChange[]): LocalizedText {
  const C = DEBTOR_CHANGE_TEXTS;
  const show = (v: string | boolean | null): string | LocalizedText =>
    v === null || v === '' ? C.none : typeof v === 'boolean' ? (v ? C.yes : C.no) : v.replace(/\s*\n\s*/g, ', ');
  const parts = changes.map((c) => fill(C.change, { field: DEBTOR_FIELD_TEXTS[c.field], before: show(c.before), after: show(c.after) }));
  return fill(C.changed, { changes: joinTexts(parts, '; ') });
}

/** A timeline sentence naming each changed field with its old and new value (English). */
export function describeDebtorChanges(changes: readonly DebtorFieldChange[]): string {
  return describeDebtorChangesText(changes).en;
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { CaseDetailData, DebtorInput } from './case.graphql';

/** The Edit form's fields, as the inputs hold them (text, and a checkbox). */
export interface DebtorDraft {
  name: string;
  address: string;
  email: string;
  phone: string;
  language: string;
  timeZone: string;
  addressUnknown: boolean;
  /** The changed address was found by an address search (RDG 13a(1) no. 7); sent with a changed address only. */
  addressResearched: boolean;
}

export type DebtorDraftField = keyof DebtorDraft;
export type DebtorErrors = Partial<Record<DebtorDraftField, string>>;

/** The languages a debtor can be written to (the API's DEBTOR_LANGUAGES). */
export const DEBTOR_LANGUAGE_OPTIONS = [
  { value: 'de', label: 'German (de)' },
  { value: 'da', label: 'Danish (da)' },
  { value: 'en', label: 'English (en)' },
] as const;

/** The form filled with the debtor's current details. */
export function debtorDraftOf(debtor: CaseDetailData['debtor']): DebtorDraft {
  return {
    name: debtor.name,
    address: debtor.address ?? '',
    email: debtor.email ?? '',
    phone: debtor.phone ?? '',
    language: debtor.language,
    timeZone: debtor.timeZone,
    addressUnknown: debtor.addressUnknown,
    addressResearched: false,
  };
}

/** Address lines as the letters print them: one per row, no blank rows, trimmed. */
export function normalizeAddress(text: string): string | null {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length ? lines.join('\n') : null;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * Only the fields that differ from the debtor's current details (the API keeps what is left out);
 * an emptied e-mail, phone or address is sent as null, which clears it.
 */
export function debtorInputFrom(draft: DebtorDraft, current: DebtorDraft): DebtorInput {
  const input: DebtorInput = {};
  if (draft.name.trim() !== current.name) input.name = draft.name.trim();
  const address = normalizeAddress(draft.address);
  if (address !== normalizeAddress(current.address)) {
    input.address = address;
    // A new address without the mark counts as not researched (the API clears the flag).
    input.addressResearched = address !== null && draft.addressResearched;
  }
  if (orNull(draft.email) !== orNull(current.email)) input.email = orNull(draft.email);
  if (orNull(draft.phone) !== orNull(current.phone)) input.phone = orNull(draft.phone);
  if (draft.language !== current.language) input.language = draft.language;
  if (draft.timeZone.trim() !== current.timeZone) input.timeZone = draft.timeZone.trim();
  if (draft.addressUnknown !== current.addressUnknown) input.addressUnknown = draft.addressUnknown;
  return input;
}

/** Checks the browser can make before sending (the API checks everything again). */
export function debtorDraftErrors(draft: DebtorDraft): DebtorErrors {
  const errors: DebtorErrors = {};
  if (!draft.name.trim()) errors.name = 'Enter the debtor\'s name.';
  if (!draft.addressUnknown && normalizeAddress(draft.address) === null) errors.address = 'Enter the postal address, or mark it as unknown.';
  if (draft.email.trim() && !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(draft.email.trim())) errors.email = 'Enter an e-mail address like name@example.org.';
  if (draft.phone.trim() && !/^\+?[\d\s()/-]{6,}$/.test(draft.phone.trim())) errors.phone = 'Enter the number in international format, e.g. +49 221 1234567.';
  if (!draft.timeZone.trim()) errors.timeZone = 'Enter a time zone such as Europe/Berlin.';
  return errors;
}

const FIELDS: readonly DebtorDraftField[] = ['name', 'address', 'email', 'phone', 'language', 'timeZone', 'addressUnknown'];

/**
 * A BAD_USER_INPUT from the API shown at its field (`extensions.field`); null when the error names
 * no field of this form (the form then shows it above the buttons).
 */
export function fieldErrorOf(error: unknown): DebtorErrors | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const field = first?.extensions?.field;
  if (first?.extensions?.code !== 'BAD_USER_INPUT' || typeof field !== 'string' || !FIELDS.includes(field as DebtorDraftField)) return null;
  return { [field]: first.message.replace(/^Invalid input: /, '').replace(/\.$/, '') + '.' };
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { CreateCaseInput } from '../../gql/graphql';
import { parsePositiveAmountToCents } from '../case/parse-amount';

/** The "Place one case" form as its inputs hold it: text, one invoice. */
export interface PlaceCaseDraft {
  creditorId: string;
  debtorRef: string;
  debtorName: string;
  debtorKind: string;
  debtorCountry: string;
  debtorEmail: string;
  debtorPhone: string;
  debtorStreet: string;
  debtorPostcode: string;
  debtorCity: string;
  debtorLanguage: string;
  invoiceRef: string;
  amount: string;
  invoiceDate: string;
  dueDate: string;
  defaultDate: string;
  claimKind: string;
  contractSubject: string;
  contractDate: string;
  remindersSent: string;
  /** '' (agreed in advance, the default) or 'false'. */
  dueDateFixed: string;
}

export type PlaceCaseField = keyof PlaceCaseDraft;
export type PlaceCaseErrors = Partial<Record<PlaceCaseField, string>>;

export const DEBTOR_KIND_OPTIONS = [
  { value: 'consumer', label: 'Consumer' },
  { value: 'business', label: 'Business' },
] as const;

/** Empty: the API takes the creditor's letter language. */
export const CASE_LANGUAGE_OPTIONS = [
  { value: '', label: 'As the creditor writes' },
  { value: 'de', label: 'German (de)' },
  { value: 'da', label: 'Danish (da)' },
  { value: 'en', label: 'English (en)' },
] as const;

export const CLAIM_KIND_OPTIONS = [
  { value: '', label: 'Not stated' },
  { value: 'goods_services', label: 'Goods or services' },
  { value: 'other', label: 'Other' },
] as const;

/** Renteloven 3(1)/(2): whether the due date was agreed in advance decides when Danish interest starts. */
export const DUE_DATE_FIXED_OPTIONS = [
  { value: '', label: 'In advance' },
  { value: 'false', label: 'Not in advance' },
] as const;

export function emptyPlaceCaseDraft(creditorId = '', country = 'DE'): PlaceCaseDraft {
  return {
    creditorId, debtorRef: '', debtorName: '', debtorKind: 'consumer', debtorCountry: country, debtorEmail: '', debtorPhone: '',
    debtorStreet: '', debtorPostcode: '', debtorCity: '', debtorLanguage: '', invoiceRef: '', amount: '', invoiceDate: '',
    dueDate: '', defaultDate: '', claimKind: '', contractSubject: '', contractDate: '', remindersSent: '', dueDateFixed: '',
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * The mutation's input, or the errors the browser can find before sending (the API checks every
 * rule again and names the field it refuses). The amount is typed in the creditor's currency as a
 * decimal and sent as integer cents.
 */
export function placeCaseInput(draft: PlaceCaseDraft): { input: CreateCaseInput | null; errors: PlaceCaseErrors } {
  const errors: PlaceCaseErrors = {};
  if (!draft.creditorId) errors.creditorId = 'Choose the creditor.';
  if (!draft.debtorRef.trim()) errors.debtorRef = "Enter the creditor's reference of the debtor.";
  if (!draft.debtorName.trim()) errors.debtorName = "Enter the debtor's name.";
  if (!/^[A-Za-z]{2}$/.test(draft.debtorCountry.trim())) errors.debtorCountry = 'Enter a two-letter country code such as DE or DK.';
  if (!draft.invoiceRef.trim()) errors.invoiceRef = 'Enter the invoice reference.';
  const amount = parsePositiveAmountToCents(draft.amount);
  if (!amount.ok) errors.amount = amount.error;
  if (!draft.invoiceDate) errors.invoiceDate = 'Enter the invoice date.';
  if (!draft.dueDate) errors.dueDate = 'Enter the due date.';
  const reminders = draft.remindersSent.trim();
  if (reminders && !/^\d{1,2}$/.test(reminders)) errors.remindersSent = 'Enter a whole number of reminders, e.g. 0 or 2.';
  if (Object.keys(errors).length > 0 || !amount.ok) return { input: null, errors };
  return {
    errors,
    input: {
      creditorId: draft.creditorId,
      debtorRef: draft.debtorRef.trim(),
      debtorName: draft.debtorName.trim(),
      debtorKind: draft.debtorKind,
      debtorCountry: draft.debtorCountry.trim().toUpperCase(),
      debtorEmail: orNull(draft.debtorEmail),
      debtorPhone: orNull(draft.debtorPhone),
      debtorStreet: orNull(draft.debtorStreet),
      debtorPostcode: orNull(draft.debtorPostcode),
      debtorCity: orNull(draft.debtorCity),
      debtorLanguage: orNull(draft.debtorLanguage),
      claims: [{
        invoiceRef: draft.invoiceRef.trim(),
        principalCents: amount.cents,
        invoiceDate: draft.invoiceDate,
        dueDate: draft.dueDate,
        defaultDate: orNull(draft.defaultDate),
        claimKind: orNull(draft.claimKind),
        contractSubject: orNull(draft.contractSubject),
        contractDate: orNull(draft.contractDate),
        remindersSent: reminders ? Number(reminders) : null,
        dueDateFixed: draft.dueDateFixed === 'false' ? false : null,
      }],
    },
  };
}

/** The API's field names (`extensions.field`) mapped onto the form's. */
const SERVER_FIELDS: Record<string, PlaceCaseField> = {
  creditorId: 'creditorId', debtorRef: 'debtorRef', debtorName: 'debtorName', debtorKind: 'debtorKind', debtorCountry: 'debtorCountry',
  debtorEmail: 'debtorEmail', debtorPhone: 'debtorPhone', debtorStreet: 'debtorStreet', debtorPostcode: 'debtorPostcode',
  debtorCity: 'debtorCity', debtorLanguage: 'debtorLanguage', currency: 'amount',
  'claims.0.invoiceRef': 'invoiceRef', 'claims.0.principalCents': 'amount', 'claims.0.invoiceDate': 'invoiceDate',
  'claims.0.dueDate': 'dueDate', 'claims.0.defaultDate': 'defaultDate', 'claims.0.claimKind': 'claimKind',
  'claims.0.contractSubject': 'contractSubject', 'claims.0.contractDate': 'contractDate', 'claims.0.remindersSent': 'remindersSent', 'claims.0.dueDateFixed': 'dueDateFixed',
};

/**
 * A refusal from the API shown at its field (`extensions.field`); the "column: " prefix the import
 * checks put before their message is dropped, the field says it. Null when no field of the form is named.
 */
export function placeCaseServerErrors(error: unknown): PlaceCaseErrors | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const field = first?.extensions?.field;
  const target = typeof field === 'string' ? SERVER_FIELDS[field] : undefined;
  if (!first || !target) return null;
  const message = first.message.replace(/^Invalid input: /, '').replace(/^[a-z_]+: /, '');
  return { [target]: message.charAt(0).toUpperCase() + message.slice(1) };
}

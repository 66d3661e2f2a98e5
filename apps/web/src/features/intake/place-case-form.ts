import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { CreateCaseInput } from '../../gql/graphql';
import { DEBTOR_KIND_MESSAGES } from '../../i18n/labels';
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
/** What the form says at a field: a message of the catalogues, or the API's own words (already in the person's language). */
export type PlaceCaseErrorText = MessageDescriptor | string;
export type PlaceCaseErrors = Partial<Record<PlaceCaseField, PlaceCaseErrorText>>;

export interface PlaceCaseOption {
  value: string;
  label: MessageDescriptor;
}

const OPTION_LABELS = defineMessages({
  languageOfCreditor: { id: 'intake.place.language.creditor', defaultMessage: "The creditor's language" },
  languageDe: { id: 'intake.place.language.de', defaultMessage: 'German (de)' },
  languageDa: { id: 'intake.place.language.da', defaultMessage: 'Danish (da)' },
  languageEn: { id: 'intake.place.language.en', defaultMessage: 'English (en)' },
  claimKindNone: { id: 'intake.place.claimKind.none', defaultMessage: 'Not stated' },
  claimKindGoods: { id: 'intake.place.claimKind.goods', defaultMessage: 'Goods or services' },
  claimKindOther: { id: 'intake.place.claimKind.other', defaultMessage: 'Other' },
  dueFixed: { id: 'intake.place.dueFixed.yes', defaultMessage: 'In advance' },
  dueNotFixed: { id: 'intake.place.dueFixed.no', defaultMessage: 'Not in advance' },
});

export const DEBTOR_KIND_OPTIONS: readonly PlaceCaseOption[] = [
  { value: 'consumer', label: DEBTOR_KIND_MESSAGES.CONSUMER },
  { value: 'business', label: DEBTOR_KIND_MESSAGES.BUSINESS },
];

/** Empty: the API takes the creditor's letter language. */
export const CASE_LANGUAGE_OPTIONS: readonly PlaceCaseOption[] = [
  { value: '', label: OPTION_LABELS.languageOfCreditor },
  { value: 'de', label: OPTION_LABELS.languageDe },
  { value: 'da', label: OPTION_LABELS.languageDa },
  { value: 'en', label: OPTION_LABELS.languageEn },
];

export const CLAIM_KIND_OPTIONS: readonly PlaceCaseOption[] = [
  { value: '', label: OPTION_LABELS.claimKindNone },
  { value: 'goods_services', label: OPTION_LABELS.claimKindGoods },
  { value: 'other', label: OPTION_LABELS.claimKindOther },
];

/** Renteloven 3(1)/(2): whether the due date was agreed in advance decides when Danish interest starts. */
export const DUE_DATE_FIXED_OPTIONS: readonly PlaceCaseOption[] = [
  { value: '', label: OPTION_LABELS.dueFixed },
  { value: 'false', label: OPTION_LABELS.dueNotFixed },
];

/** What the browser finds before sending. */
export const PLACE_CASE_MESSAGES = defineMessages({
  creditorId: { id: 'intake.place.error.creditor', defaultMessage: 'Choose the creditor.' },
  debtorRef: { id: 'intake.place.error.debtorRef', defaultMessage: "Enter the creditor's reference of the debtor." },
  debtorName: { id: 'intake.place.error.debtorName', defaultMessage: "Enter the debtor's name." },
  debtorCountry: { id: 'intake.place.error.country', defaultMessage: 'Enter a two-letter country code such as DE or DK.' },
  invoiceRef: { id: 'intake.place.error.invoiceRef', defaultMessage: 'Enter the invoice reference.' },
  invoiceDate: { id: 'intake.place.error.invoiceDate', defaultMessage: 'Enter the invoice date.' },
  dueDate: { id: 'intake.place.error.dueDate', defaultMessage: 'Enter the due date.' },
  remindersSent: { id: 'intake.place.error.reminders', defaultMessage: 'Enter a whole number of reminders, e.g. 0 or 2.' },
});

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
  if (!draft.creditorId) errors.creditorId = PLACE_CASE_MESSAGES.creditorId;
  if (!draft.debtorRef.trim()) errors.debtorRef = PLACE_CASE_MESSAGES.debtorRef;
  if (!draft.debtorName.trim()) errors.debtorName = PLACE_CASE_MESSAGES.debtorName;
  if (!/^[A-Za-z]{2}$/.test(draft.debtorCountry.trim())) errors.debtorCountry = PLACE_CASE_MESSAGES.debtorCountry;
  if (!draft.invoiceRef.trim()) errors.invoiceRef = PLACE_CASE_MESSAGES.invoiceRef;
  const amount = parsePositiveAmountToCents(draft.amount);
  if (!amount.ok) errors.amount = amount.error;
  if (!draft.invoiceDate) errors.invoiceDate = PLACE_CASE_MESSAGES.invoiceDate;
  if (!draft.dueDate) errors.dueDate = PLACE_CASE_MESSAGES.dueDate;
  const reminders = draft.remindersSent.trim();
  if (reminders && !/^\d{1,2}$/.test(reminders)) errors.remindersSent = PLACE_CASE_MESSAGES.remindersSent;
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

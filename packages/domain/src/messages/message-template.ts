import { addDays, type IsoDate } from '../dates.js';
import { formatCents } from '../money.js';
import type { Country } from '../stages.js';
import { letterTexts, type LetterLanguage } from '../letters/letter-texts.js';
import { paymentInstructions } from '../letters/payment-instructions.js';

/** How a message goes out. */
export const MESSAGE_CHANNELS = ['EMAIL', 'SMS'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Languages templates are kept in. */
export const MESSAGE_LANGUAGES = ['de', 'en', 'da'] as const satisfies readonly LetterLanguage[];

/**
 * The merge fields a template may use, written `{name}`:
 * - debtorName: the debtor's name; creditorName: the creditor's (legal) name; agencyName: the agency's;
 * - totalDue: the case's open balance, formatted in the message's language;
 * - deadline: the day to pay by; paymentDetails: the payment block of the letters (amount, deadline,
 *   account holder, IBAN, BIC, reference); reference: the payment reference the bank import matches;
 * - caseRef: the case's short reference; portalLink: the debtor's personal link to the portal
 *   (`<base>/p/<token>`, issued for the case when the message is written; empty when none was issued).
 */
export const MERGE_FIELDS = [
  'debtorName', 'creditorName', 'agencyName', 'totalDue', 'deadline', 'paymentDetails', 'reference', 'caseRef', 'portalLink',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Readonly<Record<MergeField, string>>;

/** Days a message gives to pay when its stage names none. */
export const MESSAGE_PAYMENT_WINDOW_DAYS = 14;
/** An SMS longer than this (five concatenated parts) is refused. */
export const SMS_MAX_LENGTH = 765;
export const SUBJECT_MAX_LENGTH = 200;
export const BODY_MAX_LENGTH = 10_000;

const FIELD = /\{([A-Za-z]+)\}/g;

/** The merge fields a text uses, in order of first use. */
export function mergeFieldsIn(text: string): string[] {
  return [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!))];
}

/** Replaces every `{field}` with its value; an unknown field stays as written (templateProblems refuses it on save). */
export function renderTemplateText(text: string, values: MergeValues): string {
  return text.replace(FIELD, (whole, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? values[name as MergeField] : whole,
  );
}

export interface TemplateDraft {
  channel: MessageChannel;
  subject: string;
  body: string;
}

/** What is wrong with a template an admin saves ([] = fine), each with the field it concerns. */
export function templateProblems(draft: TemplateDraft): { field: 'subject' | 'body'; message: string }[] {
  const problems: { field: 'subject' | 'body'; message: string }[] = [];
  const known = (name: string) => (MERGE_FIELDS as readonly string[]).includes(name);
  if (draft.channel === 'EMAIL' && !draft.subject.trim()) problems.push({ field: 'subject', message: 'An e-mail needs a subject.' });
  if (draft.subject.length > SUBJECT_MAX_LENGTH) problems.push({ field: 'subject', message: `A subject has at most ${SUBJECT_MAX_LENGTH} characters.` });
  const unknownInSubject = mergeFieldsIn(draft.subject).filter((f) => !known(f));
  if (unknownInSubject.length) problems.push({ field: 'subject', message: unknownFields(unknownInSubject) });
  if (!draft.body.trim()) problems.push({ field: 'body', message: 'The text is empty.' });
  const max = draft.channel === 'SMS' ? SMS_MAX_LENGTH : BODY_MAX_LENGTH;
  if (draft.body.length > max) problems.push({ field: 'body', message: `An ${draft.channel === 'SMS' ? 'SMS' : 'e-mail'} text has at most ${max} characters.` });
  const unknownInBody = mergeFieldsIn(draft.body).filter((f) => !known(f));
  if (unknownInBody.length) problems.push({ field: 'body', message: unknownFields(unknownInBody) });
  return problems;
}

function unknownFields(names: string[]): string {
  return `Unknown merge field${names.length > 1 ? 's' : ''} ${names.map((n) => `{${n}}`).join(', ')}; known are ${MERGE_FIELDS.map((f) => `{${f}}`).join(', ')}.`;
}

export interface MergeInput {
  language: LetterLanguage;
  country: Country;
  debtorName: string;
  creditorName: string;
  agencyName: string;
  openCents: number;
  currency: string;
  /** The day the message is written (the deadline runs from it). */
  writtenOn: IsoDate;
  /** Days to pay: the stage's payment window; MESSAGE_PAYMENT_WINDOW_DAYS when null. */
  paymentWindowDays: number | null;
  accountHolder: string;
  iban: string;
  bic: string | null;
  reference: string;
  caseId: string;
  /** The debtor's personal portal link issued for this message, or null: {portalLink} is then empty. */
  portalLink: string | null;
}

/** The values of every merge field for one case, worded in the message's language. */
export function mergeValues(input: MergeInput): MergeValues {
  const t = letterTexts(input.language, input.country);
  const deadline = addDays(input.writtenOn, Math.max(1, input.paymentWindowDays ?? MESSAGE_PAYMENT_WINDOW_DAYS));
  const caseRef = input.caseId.slice(0, 8).toUpperCase();
  return {
    debtorName: input.debtorName,
    creditorName: input.creditorName,
    agencyName: input.agencyName,
    totalDue: formatCents(input.openCents, input.currency, t.locale),
    deadline: t.date(deadline),
    paymentDetails: paymentInstructions({
      language: input.language, country: input.country, accountHolder: input.accountHolder, iban: input.iban, bic: input.bic,
      reference: input.reference, amountCents: input.openCents, currency: input.currency, deadline,
    }).join('\n'),
    reference: input.reference,
    caseRef,
    portalLink: input.portalLink ?? '',
  };
}

/** A template rendered for one case: what goes out. */
export function renderMessage(template: { subject: string; body: string }, values: MergeValues): { subject: string; body: string } {
  return {
    subject: renderTemplateText(template.subject, values).replace(/\s+/g, ' ').trim(),
    body: renderTemplateText(template.body, values).replace(/\n{3,}/g, '\n\n').trim(),
  };
}

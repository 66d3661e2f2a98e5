import { addDays, type IsoDate } from '../dates.js';
import { formatCents } from '../money.js';
import type { Country } from '../stages.js';
import { letterTexts, type LetterLanguage } from '../letters/letter-texts.js';
import { paymentInstructions } from '../letters/payment-instructions.js';
import { fill, type LocalizedText } from '../i18n/localized-text.js';
import { TEMPLATE_PROBLEM_TEXTS as P } from './messages.i18n.js';

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

/** A problem of a template draft: the field it concerns, the message in English and in every language (`text`). */
export interface TemplateProblem {
  field: 'subject' | 'body';
  message: string;
  text: LocalizedText;
}

const problem = (field: TemplateProblem['field'], text: LocalizedText): TemplateProblem => ({ field, message: text.en, text });

/** What is wrong with a template an admin saves ([] = fine), each with the field it concerns. */
export function templateProblems(draft: TemplateDraft): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const known = (name: string) => (MERGE_FIELDS as readonly string[]).includes(name);
  if (draft.channel === 'EMAIL' && !draft.subject.trim()) problems.push(problem('subject', P.subjectMissing));
  if (draft.subject.length > SUBJECT_MAX_LENGTH) problems.push(problem('subject', fill(P.subjectTooLong, { max: SUBJECT_MAX_LENGTH })));
  const unknownInSubject = mergeFieldsIn(draft.subject).filter((f) => !known(f));
  if (unknownInSubject.length) problems.push(problem('subject', unknownFields(unknownInSubject)));
  if (!draft.body.trim()) problems.push(problem('body', P.bodyEmpty));
  const max = draft.channel === 'SMS' ? SMS_MAX_LENGTH : BODY_MAX_LENGTH;
  if (draft.body.length > max) problems.push(problem('body', fill(draft.channel === 'SMS' ? P.smsTooLong : P.emailTooLong, { max })));
  const unknownInBody = mergeFieldsIn(draft.body).filter((f) => !known(f));
  if (unknownInBody.length) problems.push(problem('body', unknownFields(unknownInBody)));
  return problems;
}

function unknownFields(names: string[]): LocalizedText {
  const list = (fields: readonly string[]) => fields.map((n) => `{${n}}`).join(', ');
  return fill(names.length > 1 ? P.unknownFields : P.unknownField, { fields: list(names), known: list(MERGE_FIELDS) });
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

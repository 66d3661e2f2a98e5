import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { DEBTOR_KINDS } from '../stages.js';
import { INTAKE_TEXTS as T, rowProblemText } from './intake.i18n.js';

/** Columns every case import file has (DESIGN.md section 6), in the template's order. */
export const CASE_IMPORT_REQUIRED_COLUMNS = [
  'creditor_ref', 'debtor_ref', 'debtor_name', 'debtor_kind', 'debtor_country', 'debtor_email', 'debtor_phone',
  'invoice_ref', 'principal_cents', 'currency', 'invoice_date', 'due_date', 'default_date',
] as const;

/** Columns a file may add, in any order. */
export const CASE_IMPORT_OPTIONAL_COLUMNS = [
  'debtor_street', 'debtor_postcode', 'debtor_city', 'debtor_language',
  'contract_subject', 'contract_date', 'claim_kind', 'reminders_sent', 'due_date_fixed',
] as const;

export type CaseImportColumn = (typeof CASE_IMPORT_REQUIRED_COLUMNS)[number] | (typeof CASE_IMPORT_OPTIONAL_COLUMNS)[number];
export const CASE_IMPORT_COLUMNS: readonly CaseImportColumn[] = [...CASE_IMPORT_REQUIRED_COLUMNS, ...CASE_IMPORT_OPTIONAL_COLUMNS];

export const CLAIM_KINDS = ['goods_services', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
/** Largest principal of one claim (1,000,000,000,000 cents; the claims table checks it too). */
export const MAX_PRINCIPAL_CENTS = 1_000_000_000_000;
export const MAX_REMINDERS_SENT = 20;
/** Longest text a free-text column takes. */
export const MAX_TEXT_LENGTH = 500;

/** What a header holds: the columns missing, the ones nobody knows (named in a warning), the ones given twice. */
export interface CaseImportHeaderCheck {
  missing: CaseImportColumn[];
  unknown: string[];
  duplicated: string[];
}

/** Checks an import file's header row (column names compared trimmed and lower-case). */
export function checkCaseImportHeader(header: readonly string[]): CaseImportHeaderCheck {
  const names = header.map(normalizeColumnName);
  const seen = new Set<string>();
  const duplicated = new Set<string>();
  for (const n of names) {
    if (seen.has(n)) duplicated.add(n);
    seen.add(n);
  }
  const known = new Set<string>(CASE_IMPORT_COLUMNS);
  return {
    missing: CASE_IMPORT_REQUIRED_COLUMNS.filter((c) => !seen.has(c)),
    unknown: names.filter((n) => n !== '' && !known.has(n)),
    duplicated: [...duplicated],
  };
}

/** Why a header cannot be imported (required columns missing, a column named twice); null when it can. */
export function caseImportHeaderProblem(check: CaseImportHeaderCheck): LocalizedText | null {
  if (check.missing.length) {
    return fill(check.missing.length > 1 ? T.missingColumnOther : T.missingColumnOne, {
      columns: check.missing.join(', '), required: CASE_IMPORT_REQUIRED_COLUMNS.join(','),
    });
  }
  if (check.duplicated.length) return fill(T.duplicatedColumns, { columns: check.duplicated.join(', ') });
  return null;
}

/** The warning about columns nobody knows (they are ignored); null when there are none. */
export function caseImportHeaderWarning(check: CaseImportHeaderCheck): LocalizedText | null {
  if (!check.unknown.length) return null;
  return fill(check.unknown.length > 1 ? T.unknownColumnOther : T.unknownColumnOne, { columns: check.unknown.join(', ') });
}

export function normalizeColumnName(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** One valid row, typed: money in cents, dates ISO, empty optional values null. */
export interface CaseImportRow {
  creditorRef: string;
  debtorRef: string;
  debtorName: string;
  debtorKind: (typeof DEBTOR_KINDS)[number];
  debtorCountry: string;
  debtorEmail: string | null;
  debtorPhone: string | null;
  invoiceRef: string;
  principalCents: number;
  currency: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  debtorStreet: string | null;
  debtorPostcode: string | null;
  debtorCity: string | null;
  debtorLanguage: string | null;
  contractSubject: string | null;
  contractDate: IsoDate | null;
  claimKind: ClaimKind | null;
  remindersSent: number | null;
  /** The due date was agreed in advance (renteloven 3(1)); null: not stated, which counts as agreed for an invoice. */
  dueDateFixed: boolean | null;
}

/** A row's fault: the column at fault and a message that names it (English), in every language in `texts`. */
export interface CaseImportRowProblem {
  field: CaseImportColumn;
  message: string;
  texts: LocalizedText;
}

export type CaseImportRowResult = { ok: true; row: CaseImportRow } | { ok: false; problem: CaseImportRowProblem };

/** Values of one row by column name (missing optional columns may be absent). */
export type CaseImportRecord = Partial<Record<string, string | undefined>>;

class RowProblem extends Error {
  constructor(readonly field: CaseImportColumn, readonly texts: LocalizedText) {
    super(texts.en);
  }
}

const fail = (field: CaseImportColumn, problem: LocalizedText): never => {
  throw new RowProblem(field, rowProblemText(field, problem));
};

function text(r: CaseImportRecord, field: CaseImportColumn, required: boolean, max = MAX_TEXT_LENGTH): string | null {
  const v = (r[field] ?? '').trim();
  if (v === '') return required ? fail(field, T.empty) : null;
  if (v.length > max) fail(field, fill(T.tooLong, { length: v.length, max }));
  return v;
}

function date(r: CaseImportRecord, field: CaseImportColumn, required: boolean): IsoDate | null {
  const v = text(r, field, required);
  if (v === null) return null;
  if (!isIsoDate(v)) fail(field, fill(T.notADate, { value: v }));
  return v;
}

function oneOf<T extends string>(r: CaseImportRecord, field: CaseImportColumn, values: readonly T[], required: boolean): T | null {
  const v = text(r, field, required);
  if (v === null) return null;
  const lower = v.toLowerCase();
  if (!(values as readonly string[]).includes(lower)) fail(field, fill(T.notOneOf, { value: v, values: values.join(', ') }));
  return lower as T;
}

const REF = /^[^\s/][^/]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()\-/.]{5,30}$/;

/**
 * Checks one row of a case import file and types it. The first fault found is returned with its
 * column; `asOf` (the creditor's today), when given, refuses invoices dated in the future.
 */
export function validateCaseImportRow(r: CaseImportRecord, asOf?: IsoDate): CaseImportRowResult {
  try {
    return { ok: true, row: parseRow(r, asOf) };
  } catch (e) {
    if (e instanceof RowProblem) return { ok: false, problem: { field: e.field, message: e.message, texts: e.texts } };
    throw e;
  }
}

function parseRow(r: CaseImportRecord, asOf?: IsoDate): CaseImportRow {
  const creditorRef = text(r, 'creditor_ref', true, 100)!;
  const debtorRef = text(r, 'debtor_ref', true, 100)!;
  if (!REF.test(debtorRef)) fail('debtor_ref', fill(T.refWithSlash, { value: debtorRef }));
  const debtorName = text(r, 'debtor_name', true, 200)!;
  const debtorKind = oneOf(r, 'debtor_kind', DEBTOR_KINDS, true)!;
  const debtorCountry = text(r, 'debtor_country', true)!.toUpperCase();
  if (!/^[A-Z]{2}$/.test(debtorCountry)) fail('debtor_country', fill(T.notACountry, { value: debtorCountry }));
  const debtorEmail = text(r, 'debtor_email', false, 254);
  if (debtorEmail !== null && !EMAIL.test(debtorEmail)) fail('debtor_email', fill(T.notAnEmail, { value: debtorEmail }));
  const debtorPhone = text(r, 'debtor_phone', false, 40);
  if (debtorPhone !== null && !PHONE.test(debtorPhone)) fail('debtor_phone', fill(T.notAPhone, { value: debtorPhone }));
  const invoiceRef = text(r, 'invoice_ref', true, 100)!;
  const principalText = text(r, 'principal_cents', true)!;
  if (!/^\d+$/.test(principalText)) fail('principal_cents', fill(T.notCents, { value: principalText }));
  const principalCents = Number(principalText);
  if (principalCents <= 0) fail('principal_cents', T.notPositive);
  if (principalCents > MAX_PRINCIPAL_CENTS) fail('principal_cents', fill(T.tooLarge, { value: principalText, max: MAX_PRINCIPAL_CENTS }));
  const currency = text(r, 'currency', true)!.toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) fail('currency', fill(T.notACurrency, { value: currency }));
  const invoiceDate = date(r, 'invoice_date', true)!;
  if (asOf && compareDates(invoiceDate, asOf) > 0) fail('invoice_date', fill(T.inTheFuture, { date: dateText(invoiceDate) }));
  const dueDate = date(r, 'due_date', true)!;
  if (compareDates(dueDate, invoiceDate) < 0) fail('due_date', fill(T.beforeInvoiceDate, { date: dateText(dueDate), invoiceDate: dateText(invoiceDate) }));
  const defaultDate = date(r, 'default_date', false);
  if (defaultDate !== null && compareDates(defaultDate, dueDate) < 0) fail('default_date', fill(T.beforeDueDate, { date: dateText(defaultDate), dueDate: dateText(dueDate) }));
  const debtorStreet = text(r, 'debtor_street', false, 200);
  const debtorPostcode = text(r, 'debtor_postcode', false, 20);
  const debtorCity = text(r, 'debtor_city', false, 100);
  const debtorLanguage = oneOf(r, 'debtor_language', ['de', 'da', 'en'] as const, false);
  const contractSubject = text(r, 'contract_subject', false);
  const contractDate = date(r, 'contract_date', false);
  if (contractDate !== null && compareDates(contractDate, invoiceDate) > 0) fail('contract_date', fill(T.afterInvoiceDate, { date: dateText(contractDate), invoiceDate: dateText(invoiceDate) }));
  const claimKind = oneOf(r, 'claim_kind', CLAIM_KINDS, false);
  const remindersText = text(r, 'reminders_sent', false);
  let remindersSent: number | null = null;
  if (remindersText !== null) {
    if (!/^\d+$/.test(remindersText) || Number(remindersText) > MAX_REMINDERS_SENT) {
      fail('reminders_sent', fill(T.notReminders, { value: remindersText, max: MAX_REMINDERS_SENT }));
    }
    remindersSent = Number(remindersText);
  }
  const dueDateFixedText = oneOf(r, 'due_date_fixed', ['true', 'false'] as const, false);
  const dueDateFixed = dueDateFixedText === null ? null : dueDateFixedText === 'true';
  return {
    creditorRef, debtorRef, debtorName, debtorKind, debtorCountry, debtorEmail, debtorPhone, invoiceRef, principalCents,
    currency, invoiceDate, dueDate, defaultDate, debtorStreet, debtorPostcode, debtorCity, debtorLanguage, contractSubject,
    contractDate, claimKind, remindersSent, dueDateFixed,
  };
}

/** A debtor's postal address as stored (debtors.address): "street\npostcode city"; null when no part is given. */
export function debtorAddressText(street: string | null, postcode: string | null, city: string | null): string | null {
  const place = [postcode, city].filter((p) => p !== null && p !== '').join(' ');
  if (!street && !place) return null;
  return `${street ?? ''}\n${place}`;
}

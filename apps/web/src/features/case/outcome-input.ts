import { defineMessages } from 'react-intl';
import { displayIntl, displayLanguage } from '../../i18n/display-locale';
import { decideOutcome, RuleViolation, type OutcomeSnapshot } from '@mahnwerk/domain';
import { localDateTimeToIso } from '../../ui/date';
import type { OutcomeType } from '../../ui/format';
import type { ContactChannel, ContactDirection } from '../../gql/graphql';
import type { InstallmentInput, RecordOutcomeInput } from './case.graphql';
import { parsePositiveAmountToCents } from './parse-amount';

/** What the outcome form holds while a collector types. Amounts stay text until submit. */
export interface OutcomeDraft {
  type: OutcomeType | '';
  note: string;
  promiseAmount: string;
  promiseDate: string;
  /** value of <input type="datetime-local">, in the collector's zone */
  callbackAt: string;
  installments: { key: string; dueDate: string; amount: string }[];
  channel: ContactChannel;
  direction: ContactDirection;
  /** The debtor's other open cases the same conversation was about. */
  alsoCaseIds: string[];
}

/** The contact channels a collector records, in the order the form offers them. */
export const CONTACT_CHANNEL_OPTIONS: readonly ContactChannel[] = ['PHONE', 'EMAIL', 'SMS', 'LETTER', 'PORTAL', 'IN_PERSON'];

/** Outcomes whose amounts belong to one case (the domain's PER_CASE_OUTCOMES): never recorded on several. */
export const PER_CASE: ReadonlySet<OutcomeType> = new Set(['PROMISE_TO_PAY', 'PAYMENT_PLAN']);

export type OutcomeField =
  | 'form'
  | 'type'
  | 'note'
  | 'promiseAmount'
  | 'promiseDate'
  | 'callbackAt'
  | 'installments'
  | `installment:${string}`;

/** Only to label the note field "required"; the rule itself is the domain's. */
export const NOTE_REQUIRED: ReadonlySet<OutcomeType> = new Set(['DISPUTE', 'UNCOLLECTIBLE']);

export function emptyOutcomeDraft(): OutcomeDraft {
  return {
    type: '', note: '', promiseAmount: '', promiseDate: '', callbackAt: '', installments: [],
    channel: 'PHONE', direction: 'OUTBOUND', alsoCaseIds: [],
  };
}

export type OutcomeBuildResult =
  | { ok: true; input: RecordOutcomeInput }
  | { ok: false; errors: Partial<Record<OutcomeField, string>> };

/** The case as the form sees it; `today` is the creditor's calendar day, as the API computes it. */
export type OutcomeCaseSnapshot = OutcomeSnapshot;

const DOMAIN_FIELDS: Record<string, OutcomeField> = {
  type: 'type',
  status: 'form',
  note: 'note',
  promiseAmountCents: 'promiseAmount',
  promiseDate: 'promiseDate',
  callbackAt: 'callbackAt',
  installments: 'installments',
};

const TEXT = defineMessages({
  chooseOutcome: { id: 'case.outcome.error.choose', defaultMessage: 'Choose an outcome.' },
  dateTime: { id: 'case.outcome.error.dateTime', defaultMessage: 'Enter a valid date and time.' },
});

/**
 * Turns the typed text into `RecordOutcomeInput` (the web's job: exact cents from "1.234,56", the
 * collector's local callback time as an instant) and then asks the domain's `decideOutcome`, the same
 * rule the API applies, whether the outcome is acceptable, so the collector sees the reason next to
 * the field before anything is sent. Only the fields the outcome type uses are sent.
 */
export function buildOutcomeInput(
  caseId: string,
  draft: OutcomeDraft,
  snapshot: OutcomeCaseSnapshot,
  currency: string,
): OutcomeBuildResult {
  if (!draft.type) return { ok: false, errors: { type: displayIntl().formatMessage(TEXT.chooseOutcome) } };
  const type = draft.type;
  const note = draft.note.trim();
  const input: RecordOutcomeInput = { caseId, type, note: note || null, channel: draft.channel, direction: draft.direction };
  if (draft.alsoCaseIds.length > 0 && !PER_CASE.has(type)) input.alsoCaseIds = draft.alsoCaseIds;
  const errors: Partial<Record<OutcomeField, string>> = {};
  let sortedKeys: string[] = [];

  if (type === 'PROMISE_TO_PAY') {
    const amount = parsePositiveAmountToCents(draft.promiseAmount);
    if (!amount.ok) errors.promiseAmount = amount.error;
    else input.promiseAmountCents = amount.cents;
    input.promiseDate = draft.promiseDate || null;
  }

  if (type === 'PAYMENT_PLAN') {
    // The domain wants ascending due dates: order the rows the way they will be stored.
    const rows = [...draft.installments].sort((a, b) => (a.dueDate || '9999').localeCompare(b.dueDate || '9999'));
    const installments: InstallmentInput[] = [];
    for (const row of rows) {
      const amount = parsePositiveAmountToCents(row.amount);
      if (!amount.ok) errors[`installment:${row.key}`] = amount.error;
      else installments.push({ dueDate: row.dueDate, amountCents: amount.cents });
    }
    sortedKeys = rows.map((r) => r.key);
    input.installments = installments;
  }

  let callbackAt: Date | null = null;
  if (type === 'CALLBACK') {
    const iso = draft.callbackAt ? localDateTimeToIso(draft.callbackAt) : null;
    if (draft.callbackAt && !iso) errors.callbackAt = displayIntl().formatMessage(TEXT.dateTime);
    input.callbackAt = iso;
    callbackAt = iso ? new Date(iso) : null;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  try {
    decideOutcome(
      snapshot,
      {
        type,
        note: input.note ?? null,
        promiseAmountCents: input.promiseAmountCents ?? null,
        promiseDate: input.promiseDate ?? null,
        callbackAt,
        installments: input.installments ?? null,
      },
      currency,
    );
  } catch (err) {
    if (!(err instanceof RuleViolation)) return { ok: true, input }; // snapshot incomplete: the API decides
    const match = /^installments\[(\d+)\]/.exec(err.field ?? '');
    const key = match ? sortedKeys[Number(match[1])] : undefined;
    const field: OutcomeField = key ? `installment:${key}` : (DOMAIN_FIELDS[err.field ?? ''] ?? 'form');
    return { ok: false, errors: { [field]: err.messageIn(displayLanguage()) } };
  }
  return { ok: true, input };
}

/** Whole seconds from `since` (epoch ms) to `now`, capped at the 4 hours the API accepts. */
export function handlingSeconds(since: number, now: Date): number {
  return Math.min(14_400, Math.max(0, Math.round((now.getTime() - since) / 1000)));
}

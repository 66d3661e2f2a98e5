import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PRIORITY_PART_KEYS, type PriorityPartKey } from '@mahnwerk/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { PRIORITY_PART_MESSAGES } from '../../i18n/labels';
import type { ContactPolicy, ContactPolicyInput, ContactWindow, PriorityWeights, PriorityWeightsInput } from './creditors.graphql';

/** What the settings forms ask to fix before anything goes to the server. */
const PROBLEMS = defineMessages({
  attemptsNotWhole: { id: 'creditors.policy.error.attemptsNotWhole', defaultMessage: 'Enter a whole number of attempts.' },
  spacingCountry: { id: 'creditors.policy.error.spacingCountry', defaultMessage: 'Enter a country code, e.g. DK.' },
  spacingDays: { id: 'creditors.policy.error.spacingDays', defaultMessage: 'Enter a whole number of days.' },
});

/** The most points all parts may add up to (the API's rule, see validatePriorityWeights). */
export const MAX_TOTAL_WEIGHT = 1000;

// ---------- priority weights ----------

/** What the inputs hold: text, so a half-typed value is kept as typed. */
export type WeightsForm = Record<PriorityPartKey, string>;

export function weightsToForm(weights: Readonly<Record<PriorityPartKey, number>>): WeightsForm {
  return Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, String(weights[k])])) as WeightsForm;
}

const WHOLE = /^\d+$/;

/** The running total of the parts that hold a whole number (the others count as 0). */
export function weightsTotal(form: WeightsForm): number {
  return PRIORITY_PART_KEYS.reduce((sum, k) => sum + (WHOLE.test(form[k].trim()) ? Number(form[k].trim()) : 0), 0);
}

export interface Parsed<T> {
  input: T | null;
  /** Problems keyed like the API's field paths without the argument name ('balance', 'contactHours.weekdays'). */
  errors: Record<string, string>;
}

/** The mutation input, or what to fix first: every part a whole number of 0 or more, the total 1..1000. */
export function weightsFormToInput(form: WeightsForm, intl: IntlShape): Parsed<PriorityWeightsInput> {
  const errors: Record<string, string> = {};
  for (const k of PRIORITY_PART_KEYS) {
    if (WHOLE.test(form[k].trim())) continue;
    errors[k] = intl.formatMessage(
      { id: 'creditors.weights.error.notWhole', defaultMessage: '{part}: enter a whole number of 0 or more.' },
      { part: intl.formatMessage(PRIORITY_PART_MESSAGES[k]) },
    );
  }
  if (Object.keys(errors).length) return { input: null, errors };
  const total = weightsTotal(form);
  if (total < 1 || total > MAX_TOTAL_WEIGHT) {
    const weights = intl.formatMessage(
      { id: 'creditors.weights.error.total', defaultMessage: 'The parts add up to {total}; they must add up to between 1 and {max}.' },
      { total, max: MAX_TOTAL_WEIGHT },
    );
    return { input: null, errors: { weights } };
  }
  return { input: Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, Number(form[k].trim())])) as PriorityWeightsInput, errors: {} };
}

export function sameWeights(form: WeightsForm, weights: PriorityWeights): boolean {
  return PRIORITY_PART_KEYS.every((k) => form[k].trim() === String(weights[k]));
}

// ---------- contact policy ----------

export const DAY_KINDS = ['weekdays', 'saturday', 'sunday', 'holidays'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface DayForm {
  /** False = no phone calls or text messages on such days (not allowed for weekdays). */
  open: boolean;
  from: string;
  to: string;
}

export interface SpacingRow {
  country: string;
  days: string;
}

export interface PolicyForm {
  hours: Record<DayKind, DayForm>;
  maxAttempts: string;
  spacing: SpacingRow[];
}

/** A closed day still offers times to start from when it is opened again. */
const CLOSED_DAY: DayForm = { open: false, from: '08:00', to: '14:00' };

export function policyToForm(policy: Pick<ContactPolicy, 'contactHours' | 'maxAttemptsPer7Days' | 'reminderSpacingDays'>): PolicyForm {
  const day = (w: ContactWindow | null): DayForm => (w ? { open: true, from: w.from, to: w.to } : { ...CLOSED_DAY });
  return {
    hours: {
      weekdays: day(policy.contactHours.weekdays),
      saturday: day(policy.contactHours.saturday),
      sunday: day(policy.contactHours.sunday),
      holidays: day(policy.contactHours.holidays),
    },
    maxAttempts: String(policy.maxAttemptsPer7Days),
    spacing: policy.reminderSpacingDays.map((s) => ({ country: s.country, days: String(s.days) })),
  };
}

/**
 * The mutation input, or what to fix first. Only the shape is checked here (numbers are numbers,
 * a country is given); whether windows and limits are allowed is the API's rule and comes back
 * from the server with the field it concerns.
 */
export function policyFormToInput(form: PolicyForm, intl: IntlShape): Parsed<ContactPolicyInput> {
  const { input, problems } = readPolicy(form);
  return { input, errors: Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, intl.formatMessage(problem)])) };
}

function readPolicy(form: PolicyForm): { input: ContactPolicyInput | null; problems: Record<string, MessageDescriptor> } {
  const problems: Record<string, MessageDescriptor> = {};
  const window = (kind: DayKind): ContactWindow | null => {
    const d = form.hours[kind];
    return d.open || kind === 'weekdays' ? { from: d.from.trim(), to: d.to.trim() } : null;
  };
  const max = form.maxAttempts.trim();
  if (!WHOLE.test(max)) problems.maxAttemptsPer7Days = PROBLEMS.attemptsNotWhole;
  const spacing = form.spacing
    .map((row, i) => ({ row, i, country: row.country.trim().toUpperCase(), days: row.days.trim() }))
    .filter(({ country, days }) => country !== '' || days !== '');
  for (const { country, days, i } of spacing) {
    if (country === '') problems[`reminderSpacingDays[${i}].country`] = PROBLEMS.spacingCountry;
    else if (!WHOLE.test(days)) problems[`reminderSpacingDays[${i}].days`] = PROBLEMS.spacingDays;
  }
  if (Object.keys(problems).length) return { input: null, problems };
  return {
    input: {
      contactHours: { weekdays: window('weekdays')!, saturday: window('saturday'), sunday: window('sunday'), holidays: window('holidays') },
      maxAttemptsPer7Days: Number(max),
      reminderSpacingDays: spacing.map(({ country, days }) => ({ country, days: Number(days) })),
    },
    problems: {},
  };
}

/** The policy as a mutation input (spacing sorted by country, no `__typename`). */
export function policyToInput(policy: Pick<ContactPolicy, 'contactHours' | 'maxAttemptsPer7Days' | 'reminderSpacingDays'> | ContactPolicyInput): ContactPolicyInput {
  const w = (x: ContactWindow | null | undefined) => (x ? { from: x.from, to: x.to } : null);
  const h = policy.contactHours;
  return {
    contactHours: { weekdays: w(h.weekdays)!, saturday: w(h.saturday), sunday: w(h.sunday), holidays: w(h.holidays) },
    maxAttemptsPer7Days: policy.maxAttemptsPer7Days,
    reminderSpacingDays: policy.reminderSpacingDays
      .map((r) => ({ country: r.country, days: r.days }))
      .sort((a, b) => a.country.localeCompare(b.country)),
  };
}

/** True when saving the form would change nothing. */
export function samePolicy(form: PolicyForm, policy: ContactPolicy): boolean {
  const parsed = readPolicy(form).input;
  return parsed !== null && JSON.stringify(policyToInput(parsed)) === JSON.stringify(policyToInput(policy));
}

/** Where a spacing row's server error belongs: by its index, or by its country ('reminderSpacingDays.DK'). */
export function spacingRowError(errors: Record<string, string | undefined>, row: SpacingRow, index: number): string | undefined {
  return (
    errors[`reminderSpacingDays[${index}].country`] ??
    errors[`reminderSpacingDays[${index}].days`] ??
    errors[`reminderSpacingDays.${row.country.trim().toUpperCase()}`]
  );
}

// ---------- server errors ----------

/**
 * The field a BAD_USER_INPUT error names, without the argument ('policy.contactHours.weekdays' →
 * 'contactHours.weekdays', 'weights.balance' → 'balance'); null when it names none.
 */
export function serverErrorField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  if (typeof field !== 'string' || field === '') return null;
  return field.replace(/^(policy|weights)\./, '');
}

/** A server message shown beside its field, without the field path it starts with ('contactHours.weekdays: …'). */
export function messageAtField(message: string, field: string): string {
  const prefix = `${field}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

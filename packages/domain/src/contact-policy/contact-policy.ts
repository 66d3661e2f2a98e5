import { addDays, compareDates, isIsoDate, isoWeekday, type IsoDate } from '../dates.js';
import { germanNationwideHolidays } from '../court/de-holidays.js';
import { RuleViolation } from '../rule-violation.js';
import { danishPublicHolidays } from './dk-holidays.js';
import { dateText, fill, joinTexts, untranslated, type LocalizedText, type TextValue } from '../i18n/localized-text.js';
import { CONTACT_POLICY_TEXTS as T, localDateTimeText, localMomentText, orList } from './contact-policy.i18n.js';
import { isTimeZone, localDateTime, zonedInstant } from './zoned-time.js';

export const CONTACT_CHANNELS = ['PHONE', 'EMAIL', 'LETTER', 'SMS', 'PORTAL', 'IN_PERSON'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Who started a contact: the debtor (INBOUND) or the agency (OUTBOUND). */
export const CONTACT_DIRECTIONS = ['INBOUND', 'OUTBOUND'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/**
 * The contact policy (hours, attempts, reminder spacing) protects the debtor from the agency: it guards
 * outbound contact only. A debtor who calls in, writes or comes by may be answered at any hour, and an
 * inbound contact does not count against the outbound attempt cap.
 */
export function isGuardedByContactPolicy(direction: ContactDirection): boolean {
  return direction === 'OUTBOUND';
}

/** A daily window 'HH:MM' to 'HH:MM' in the debtor's local time: from inclusive, to exclusive ('24:00' = midnight). */
export type ContactWindow = readonly [from: string, to: string];

export interface ContactHours {
  /** Monday to Friday. */
  weekdays: ContactWindow;
  saturday: ContactWindow | null;
  sunday: ContactWindow | null;
  /** Public holidays of the debtor's country (and extraHolidays), whatever the weekday. */
  holidays: ContactWindow | null;
}

export interface ContactPolicy {
  contactHours: ContactHours;
  /** Channels that reach the debtor at once and so keep to contact hours. */
  hoursChannels: readonly ContactChannel[];
  /** Contact attempts allowed in any rolling 7 days (168 hours). */
  maxAttemptsPer7Days: number;
  /** Days that must lie between two reminders, by the country whose law governs the claim. */
  reminderSpacingDays: Readonly<Record<string, number>>;
  /** Channels on which a message counts as a reminder (a written demand). */
  reminderChannels: readonly ContactChannel[];
  /** Further days without contact hours (e.g. regional holidays, Christmas Eve). */
  extraHolidays: readonly IsoDate[];
}

/**
 * Defaults, chosen to keep to what collection codes of conduct and supervisors in DE and DK treat
 * as reasonable (no statute fixes the hours for either country):
 * - phone, SMS and visits only Monday to Friday 08:00-20:00 and Saturday 08:00-14:00 debtor-local time;
 *   never on Sundays or public holidays (DE nationwide, DK helligdage);
 * - at most 3 contact attempts in any 7 days, so a debtor is not harassed;
 * - Denmark: at least 10 days between reminders (renteloven 9b(1): a reminder fee only for
 *   reminders sent at least 10 days apart), on letter, e-mail and SMS.
 */
export const DEFAULT_CONTACT_POLICY: Readonly<ContactPolicy> = {
  contactHours: { weekdays: ['08:00', '20:00'], saturday: ['08:00', '14:00'], sunday: null, holidays: null },
  hoursChannels: ['PHONE', 'SMS', 'IN_PERSON'],
  maxAttemptsPer7Days: 3,
  reminderSpacingDays: { DK: 10 },
  reminderChannels: ['LETTER', 'EMAIL', 'SMS'],
  extraHolidays: [],
};

export interface ContactPolicyInput {
  now: Date;
  /** IANA zone of the debtor, e.g. 'Europe/Copenhagen'. */
  debtorTimeZone: string;
  /** Country whose law governs the claim (the creditor's): picks the reminder spacing. */
  country: string;
  /** Country whose public holidays the debtor keeps; default `country`. */
  holidayCountry?: string;
  channel: ContactChannel;
  /** Earlier contact attempts (any older ones are ignored); those after `now` are ignored too. */
  attemptsLast7Days: readonly Date[];
  /** Day of the last reminder (debtor-local calendar), or null. */
  lastReminderOn: IsoDate | null;
  /** Overrides of DEFAULT_CONTACT_POLICY. */
  policy?: Partial<ContactPolicy>;
}

/** A refusal's `reason` is English; `explanation` says the same in every language. */
export type ContactDecision = { allowed: true } | { allowed: false; reason: string; explanation: LocalizedText; nextAllowedAt: Date };

const WEEK_MS = 7 * 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Problems with a (partial) policy; empty = valid. */
export function validateContactPolicy(policy: Partial<ContactPolicy>): { field: string; message: string; text: LocalizedText }[] {
  const problems: { field: string; message: string; text: LocalizedText }[] = [];
  const problem = (field: string, template: LocalizedText, values: Record<string, TextValue> = {}) => {
    const text = fill(template, { field, ...values });
    problems.push({ field, message: text.en, text });
  };
  const window = (w: ContactWindow | null | undefined, field: string, required: boolean) => {
    if (w === undefined) return;
    if (w === null) {
      if (required) problem(field, T.weekdayHoursRequired);
      return;
    }
    if (!Array.isArray(w) || w.length !== 2 || !w.every((t) => typeof t === 'string' && TIME.test(t))) {
      problem(field, T.twoTimes);
    } else if (minutes(w[0]) >= minutes(w[1])) {
      problem(field, T.startBeforeEnd, { start: w[0], end: w[1] });
    }
  };
  const hours = policy.contactHours;
  if (hours !== undefined) {
    window(hours.weekdays, 'contactHours.weekdays', true);
    window(hours.saturday, 'contactHours.saturday', false);
    window(hours.sunday, 'contactHours.sunday', false);
    window(hours.holidays, 'contactHours.holidays', false);
  }
  const max = policy.maxAttemptsPer7Days;
  if (max !== undefined && (!Number.isInteger(max) || max < 1 || max > 100)) {
    problem('maxAttemptsPer7Days', T.maxAttempts, { value: String(max) });
  }
  for (const [country, days] of Object.entries(policy.reminderSpacingDays ?? {})) {
    if (!Number.isInteger(days) || days < 0 || days > 365) {
      problem(`reminderSpacingDays.${country}`, T.reminderSpacing, { country, value: String(days) });
    }
  }
  for (const key of ['hoursChannels', 'reminderChannels'] as const) {
    const channels = policy[key];
    if (channels !== undefined && (!Array.isArray(channels) || !channels.every((c) => (CONTACT_CHANNELS as readonly string[]).includes(c)))) {
      problem(key, T.channelsList, { channels: CONTACT_CHANNELS.join(', ') });
    }
  }
  (policy.extraHolidays ?? []).forEach((d, i) => {
    if (!isIsoDate(d)) problem(`extraHolidays[${i}]`, T.extraHolidayNotDate, { value: String(d) });
  });
  return problems;
}

/** The defaults with a creditor's overrides (contact hours merged per day kind). */
export function resolveContactPolicy(overrides: Partial<ContactPolicy> = {}): ContactPolicy {
  const problems = validateContactPolicy(overrides);
  if (problems.length) throw new RuleViolation(joinTexts(problems.map((p) => p.text)), 'policy');
  return {
    ...DEFAULT_CONTACT_POLICY,
    ...overrides,
    contactHours: { ...DEFAULT_CONTACT_POLICY.contactHours, ...overrides.contactHours },
  };
}

/** Public holidays of a country where the domain knows them (DE nationwide, DK); none elsewhere. */
export function publicHolidays(country: string, year: number): IsoDate[] {
  if (country === 'DE') return germanNationwideHolidays(year);
  if (country === 'DK') return danishPublicHolidays(year);
  return [];
}

/** The contact window of a local calendar day, or null when there is none. */
function windowOf(date: IsoDate, weekday: number, policy: ContactPolicy, holidayCountry: string): ContactWindow | null {
  const h = policy.contactHours;
  if (policy.extraHolidays.includes(date) || publicHolidays(holidayCountry, Number(date.slice(0, 4))).includes(date)) return h.holidays;
  if (weekday === 7) return h.sunday;
  if (weekday === 6) return h.saturday;
  return h.weekdays;
}

/** The first instant at or after `from` inside the contact hours, in the debtor's zone. */
export function nextContactOpening(from: Date, timeZone: string, policy: ContactPolicy, holidayCountry: string): Date {
  const local = localDateTime(from, timeZone);
  for (let i = 0; i <= 366; i++) {
    const date = addDays(local.date, i);
    const w = windowOf(date, isoWeekday(date), policy, holidayCountry);
    if (w === null) continue;
    const [start, end] = [minutes(w[0]), minutes(w[1])];
    if (i === 0) {
      if (local.msOfDay >= end * 60_000) continue;
      if (local.msOfDay >= start * 60_000) return from;
    }
    const opening = zonedInstant(date, start, timeZone);
    if (opening.getTime() >= from.getTime()) return opening;
  }
  throw new RuleViolation(T.noHoursInAYear, 'policy');
}

function describeHours(policy: ContactPolicy): LocalizedText {
  const h = policy.contactHours;
  const span = (w: ContactWindow) => `${w[0]}-${w[1]}`;
  const open = [fill(T.weekdays, { span: span(h.weekdays) })];
  if (h.saturday) open.push(fill(T.saturday, { span: span(h.saturday) }));
  if (h.sunday) open.push(fill(T.sunday, { span: span(h.sunday) }));
  if (h.holidays) open.push(fill(T.holidays, { span: span(h.holidays) }));
  const closed = [h.saturday ? null : T.saturdays, h.sunday ? null : T.sundays, h.holidays ? null : T.publicHolidays].filter(
    (x): x is LocalizedText => x !== null,
  );
  const never = closed.length === 0 ? untranslated('') : fill(T.notOn, { days: orList(closed) });
  return joinTexts([joinTexts(open, ', '), never], '');
}

/**
 * May the agency contact the debtor now on this channel? If not: every rule that refuses it, and
 * the exact first instant at which all of them allow it (contact hours open in the debtor's zone,
 * the oldest counted attempt has left the rolling 7 days, the reminder spacing has passed).
 */
export function contactPolicy(input: ContactPolicyInput): ContactDecision {
  const { now, debtorTimeZone: zone, channel } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('contactPolicy: now is not a valid instant');
  if (!isTimeZone(zone)) throw new RuleViolation(fill(T.unknownZone, { zone: String(zone) }), 'debtorTimeZone');
  if (!(CONTACT_CHANNELS as readonly string[]).includes(channel)) throw new RuleViolation(fill(T.unknownChannel, { channel: String(channel) }), 'channel');
  if (input.lastReminderOn !== null && !isIsoDate(input.lastReminderOn)) {
    throw new RuleViolation(fill(T.lastReminderNotDate, { value: String(input.lastReminderOn) }), 'lastReminderOn');
  }
  const policy = resolveContactPolicy(input.policy);
  const holidayCountry = input.holidayCountry ?? input.country;
  const reasons: LocalizedText[] = [];
  let earliest = now.getTime();

  const recent = input.attemptsLast7Days
    .map((a) => a.getTime())
    .filter((t) => Number.isFinite(t) && t <= now.getTime() && t > now.getTime() - WEEK_MS)
    .sort((a, b) => b - a);
  if (recent.length >= policy.maxAttemptsPer7Days) {
    // Below the maximum again once the max-th most recent attempt is 7 days old.
    const freeAt = recent[policy.maxAttemptsPer7Days - 1]! + WEEK_MS;
    earliest = Math.max(earliest, freeAt);
    reasons.push(fill(T.tooManyAttempts, { count: recent.length, max: policy.maxAttemptsPer7Days, freeAt: localDateTimeText(new Date(freeAt), zone) }));
  }

  const spacing = policy.reminderSpacingDays[input.country];
  if (spacing && input.lastReminderOn !== null && policy.reminderChannels.includes(channel)) {
    const allowedOn = addDays(input.lastReminderOn, spacing);
    if (compareDates(localDateTime(now, zone).date, allowedOn) < 0) {
      earliest = Math.max(earliest, zonedInstant(allowedOn, 0, zone).getTime());
      const law = input.country === 'DK' ? T.danishLaw : untranslated('');
      reasons.push(fill(T.reminderTooSoon, { lastOn: dateText(input.lastReminderOn), days: spacing, law, allowedOn: dateText(allowedOn) }));
    }
  }

  let next = new Date(earliest);
  if (policy.hoursChannels.includes(channel)) {
    const opening = nextContactOpening(now, zone, policy, holidayCountry);
    if (opening.getTime() !== now.getTime()) {
      const local = localDateTime(now, zone);
      const holiday = policy.extraHolidays.includes(local.date) || publicHolidays(holidayCountry, Number(local.date.slice(0, 4))).includes(local.date);
      reasons.unshift(
        fill(T.outsideHours, {
          now: localMomentText(now, zone), zone, holiday: holiday ? T.aHoliday : untranslated(''), channel: T[channel], hours: describeHours(policy),
        }),
      );
    }
    next = nextContactOpening(next, zone, policy, holidayCountry);
  }
  if (reasons.length === 0) return { allowed: true };
  const explanation = joinTexts(reasons);
  return { allowed: false, reason: explanation.en, explanation, nextAllowedAt: next };
}

import { addDays, addMonths, addYears, compareDates, daysBetween, endOfYear, isIsoDate, maxDate, type IsoDate } from '../dates.js';
import { dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import type { Country } from '../stages.js';
import { LIMITATION_TEXTS as T } from './limitation.i18n.js';

/** A span in which limitation does not run (DE) or is held open (DK). */
export interface LimitationSuspension {
  from: IsoDate;
  /** Last day of the event (end of negotiations; final decision or other end of the proceedings); null = still going on. */
  to: IsoDate | null;
  /**
   * NEGOTIATIONS: BGB 203 (DE) / forældelsesloven 21(5) (DK).
   * COURT_PROCEEDINGS: e.g. a served court dunning order, BGB 204(1) no. 3 with 204(2) (DE) /
   *   legal steps, forældelsesloven 16, 20 (DK).
   * OTHER (DE only): any other BGB 204-211 suspension, taken as given.
   */
  kind?: 'NEGOTIATIONS' | 'COURT_PROCEEDINGS' | 'OTHER';
  /**
   * DK proceedings that ended without a settlement or a decision on the merits: how they ended.
   * WITHDRAWN: the creditor withdrew although a decision could have been had (forældelsesloven
   * 20(2) no. 2); DISMISSED: the step manifestly could not lead to a decision on the merits (20(2)
   * no. 1). Either way the extra year of 20(1) is denied. Absent: any other end (20(1) applies).
   */
  endedBy?: 'WITHDRAWN' | 'DISMISSED';
}

export interface LimitationInput {
  /** DE: the day the claim arose (fell due, BGB 199(1)); DK: the due date (forældelsesloven 2). */
  arisenOn: IsoDate;
  suspensions?: readonly LimitationSuspension[];
  /** Acknowledgements by the debtor, e.g. an instalment or interest payment (BGB 212(1) no. 1; forældelsesloven 15). */
  acknowledgements?: readonly IsoDate[];
  /** An enforceable title became final (judgment, Vollstreckungsbescheid; DK: judgment or endorsed betalingspåkrav). */
  titledOn?: IsoDate | null;
  /** DE titled claims: the day from which the next run-out of interest after the title is sought (BGB 197(2)). */
  asOf?: IsoDate;
}

export interface LimitationResult {
  /** Last day on which the claim is not yet time-barred; null = does not run out while proceedings go on. */
  limitationDate: IsoDate | null;
  /** One sentence per step, citing the statute, in English; `texts` in every language. */
  explanation: string[];
  texts: LocalizedText[];
  statute: string;
  /**
   * DE, titled claims only: interest falling due after the title keeps the regular period (BGB
   * 197(2), 195, 199(1)); the first day on which some of it runs out, on or after `asOf` (or the
   * first such day at all without `asOf`).
   */
  interestAfterTitle?: { limitationDate: IsoDate; explanation: string[]; texts: LocalizedText[] };
}

/** The English sentences of localized steps. */
const english = (texts: readonly LocalizedText[]): string[] => texts.map((t) => t.en);
/** A sentence from a template, its dates as each language writes them. */
function step(template: LocalizedText, values: Readonly<Record<string, string | number | LocalizedText>>): LocalizedText {
  const worded = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && isIsoDate(v) ? dateText(v) : v]),
  );
  return fill(template, worded);
}

function assertDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RuleViolation(`${field} "${String(value)}" is not a calendar date (YYYY-MM-DD)`, field);
}

function validate(input: LimitationInput): void {
  assertDate(input.arisenOn, 'arisenOn');
  (input.acknowledgements ?? []).forEach((d, i) => assertDate(d, `acknowledgements[${i}]`));
  (input.suspensions ?? []).forEach((s, i) => {
    assertDate(s.from, `suspensions[${i}].from`);
    if (s.to !== null) {
      assertDate(s.to, `suspensions[${i}].to`);
      if (compareDates(s.to, s.from) < 0) throw new RuleViolation(`Suspension ${i + 1} ends before it begins`, `suspensions[${i}].to`);
    }
  });
  if (input.titledOn != null) assertDate(input.titledOn, 'titledOn');
  if (input.asOf !== undefined) assertDate(input.asOf, 'asOf');
}

interface Interval {
  from: IsoDate;
  /** null = open-ended. */
  to: IsoDate | null;
  /** Last day of negotiations inside this interval (BGB 203 sentence 2 floor: + 3 months). */
  negotiationsEnd: IsoDate | null;
}

/** Merges overlapping or touching suspension intervals, keeping the latest floor. */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => compareDates(a.from, b.from));
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out.at(-1);
    if (last && (last.to === null || compareDates(iv.from, addDays(last.to, 1)) <= 0)) {
      last.to = last.to === null || iv.to === null ? null : maxDate(last.to, iv.to);
      last.negotiationsEnd =
        last.negotiationsEnd === null
          ? iv.negotiationsEnd
          : iv.negotiationsEnd === null
            ? last.negotiationsEnd
            : maxDate(last.negotiationsEnd, iv.negotiationsEnd);
    } else {
      out.push({ ...iv });
    }
  }
  return out;
}

/**
 * German limitation (BGB 195, 199, 203, 204, 209, 212, 197, 201):
 * - regular period 3 years from the end of the year the claim arose (195, 199(1)), i.e. it ends on
 *   31 December three years later (due 2023-05-10: 2026-12-31);
 * - a suspension (Hemmung) is not counted (209): the end moves by its days, counted from the first
 *   to the last suspended day, both included; suspensions before the period starts defer it;
 * - court proceedings: the suspension ends 6 months after the final decision or other end (204(2));
 * - negotiations: limitation at the earliest 3 months after they end (203 sentence 2);
 * - an acknowledgement, e.g. an instalment payment, a promise or a payment plan, restarts the full
 *   3 years from that day (212(1) no. 1; 187(1), 188(2)), not from the year end; after the period ran
 *   out it restarts nothing; made before the regular period started (in the year the claim arose) it
 *   cannot pull the end before the regular year-end date: the later date wins (212 with 199(1));
 * - a final title (judgment, Vollstreckungsbescheid): 30 years from it (197(1) no. 3-4, 201) for the
 *   titled claim; interest falling due after the title keeps the regular 3 years from the end of the
 *   year it falls due (197(2), 195, 199(1)): `interestAfterTitle`.
 */
export function limitationDateDE(input: LimitationInput): LimitationResult {
  validate(input);
  const explanation: LocalizedText[] = [];
  const years = input.titledOn != null ? 30 : 3;
  let start: IsoDate;
  let nominalEnd: IsoDate;
  if (input.titledOn != null) {
    start = addDays(input.titledOn, 1);
    nominalEnd = addYears(input.titledOn, 30);
    explanation.push(step(T.titledDE, { titledOn: input.titledOn, end: nominalEnd }));
  } else {
    start = addDays(endOfYear(input.arisenOn), 1);
    nominalEnd = endOfYear(addYears(input.arisenOn, 3));
    explanation.push(step(T.regularDE, { year: input.arisenOn.slice(0, 4), arisenOn: input.arisenOn, end: nominalEnd }));
  }

  const intervals = merge(
    (input.suspensions ?? []).map((s): Interval => {
      const kind = s.kind ?? 'OTHER';
      if (kind === 'COURT_PROCEEDINGS') {
        return { from: s.from, to: s.to === null ? null : addMonths(s.to, 6), negotiationsEnd: null };
      }
      if (kind === 'NEGOTIATIONS') return { from: s.from, to: s.to, negotiationsEnd: s.to };
      return { from: s.from, to: s.to, negotiationsEnd: null };
    }),
  );
  (input.suspensions ?? []).forEach((s) => {
    if (s.kind === 'COURT_PROCEEDINGS' && s.to !== null) {
      explanation.push(step(T.courtEndedDE, { from: s.from, to: s.to, until: addMonths(s.to, 6) }));
    }
  });

  const titledOn = input.titledOn ?? null;
  // After a title only later acknowledgements (or enforcement acts) restart the 30 years.
  const acknowledgements = [...(input.acknowledgements ?? [])]
    .filter((a) => titledOn === null || compareDates(a, titledOn) > 0)
    .sort(compareDates)
    .filter((a) => {
      if (titledOn !== null || compareDates(a, start) >= 0) return true;
      // BGB 212 restarts a running period; before the period has started (199(1): the end of the
      // year the claim arose) there is nothing to restart, and 3 years from it would end earlier
      // than the regular year-end date. The later date wins.
      explanation.push(step(T.acknowledgedBeforeStartDE, { on: a, start, end: nominalEnd, restart: addYears(a, 3) }));
      return false;
    });
  /** End of a period, counting the suspensions that begin before `until` (the next restart). */
  const run = (periodStart: IsoDate, periodEnd: IsoDate, until: IsoDate | null): IsoDate | null => {
    let end = periodEnd;
    for (const iv of intervals) {
      if (until !== null && compareDates(iv.from, until) >= 0) break; // belongs to the next period
      if (compareDates(iv.from, end) > 0) break; // already time-barred when it began
      if (iv.to !== null && compareDates(iv.to, periodStart) < 0) continue; // over before the period started
      if (iv.to === null) return null;
      const first = maxDate(iv.from, periodStart);
      const days = daysBetween(first, iv.to) + 1;
      end = addDays(end, days);
      explanation.push(step(T.suspendedDE, { from: first, to: iv.to, days, end }));
      const floor = iv.negotiationsEnd === null ? null : addMonths(iv.negotiationsEnd, 3);
      if (floor !== null && compareDates(floor, end) > 0) {
        end = floor;
        explanation.push(step(T.negotiationsEndedDE, { ended: iv.negotiationsEnd!, floor }));
      }
    }
    return end;
  };

  let end = run(start, nominalEnd, acknowledgements[0] ?? null);
  for (const [i, ack] of acknowledgements.entries()) {
    if (end === null) break;
    if (compareDates(ack, end) > 0) {
      explanation.push(step(T.acknowledgedTooLateDE, { on: ack, end }));
      continue;
    }
    const restartEnd = addYears(ack, years);
    explanation.push(step(T.acknowledgedDE, { on: ack, years, end: restartEnd }));
    end = run(addDays(ack, 1), restartEnd, acknowledgements[i + 1] ?? null);
  }
  if (end === null) explanation.push(T.stillSuspendedDE);
  if (titledOn !== null) {
    return {
      limitationDate: end, explanation: english(explanation), texts: explanation, statute: 'BGB 195, 197, 199, 201, 209, 212',
      interestAfterTitle: interestAfterTitleDE(titledOn, acknowledgements, input.asOf ?? titledOn),
    };
  }
  return { limitationDate: end, explanation: english(explanation), texts: explanation, statute: 'BGB 195, 199, 203, 204, 209, 212' };
}

/**
 * BGB 197(2): interest falling due after a title is a recurring performance falling due in the
 * future, so it keeps the regular period (195) from the end of the year it fell due (199(1)): the
 * interest of each year runs out 3 years after that year ends; an acknowledgement after the title
 * (a part payment, 212(1) no. 1) restarts 3 years for the interest fallen due before it. Returns the
 * first run-out on or after `asOf`: the interest of the oldest year not yet time-barred.
 */
export function interestAfterTitleDE(
  titledOn: IsoDate, acknowledgements: readonly IsoDate[], asOf: IsoDate,
): { limitationDate: IsoDate; explanation: string[]; texts: LocalizedText[] } {
  assertDate(titledOn, 'titledOn');
  assertDate(asOf, 'asOf');
  const acks = acknowledgements.filter((a) => compareDates(a, titledOn) > 0).sort(compareDates);
  const firstYear = Number(titledOn.slice(0, 4));
  const lastYear = Math.max(firstYear, Number(asOf.slice(0, 4)));
  for (let year = firstYear; year <= lastYear; year++) {
    const yearEnd = `${year}-12-31` as IsoDate;
    let end = endOfYear(addYears(yearEnd, 3));
    let restartedOn: IsoDate | null = null;
    for (const ack of acks) {
      // an acknowledgement after the year restarts that year's interest, if still open then
      if (compareDates(ack, yearEnd) > 0 && compareDates(ack, end) <= 0 && compareDates(addYears(ack, 3), end) > 0) {
        end = addYears(ack, 3);
        restartedOn = ack;
      }
    }
    if (compareDates(end, asOf) < 0) continue;
    const period = year === firstYear ? step(T.interestFrom, { date: addDays(titledOn, 1) }) : fill(T.interestOfYear, { year });
    const texts = [step(T.interestAfterTitleDE, { titledOn, period, end: endOfYear(addYears(yearEnd, 3)) })];
    if (restartedOn !== null) texts.push(step(T.interestAcknowledgedDE, { on: restartedOn, end }));
    return { limitationDate: end, explanation: english(texts), texts };
  }
  // unreachable: the interest of asOf's own year runs out 3 years after that year ends
  throw new RangeError('no interest period found');
}

/**
 * Danish limitation (forældelsesloven):
 * - 3 years (3(1)) from the due date (2(1)-(2)): due 2023-05-10 ends 2026-05-10;
 * - an acknowledgement interrupts (15) and a new 3-year period runs from its day (19(1));
 * - legal steps (16) taken before the end interrupt while pursued; proceedings that end without a
 *   settlement or a decision on the merits: not before 1 year after the creditor learnt of the end
 *   (20(1)), except when the creditor withdrew the case although a decision could have been had, or
 *   the step manifestly could not lead to one (dismissed), 20(2) no. 2 and no. 1: then no extra year,
 *   the period runs as if the step had not been taken;
 * - negotiations begun before the end: not before 1 year after they ended (21(5));
 * - a judgment or endorsed betalingspåkrav: 10 years from it (5(1) no. 2, 19(3); VERIFY).
 */
export function limitationDateDK(input: LimitationInput): LimitationResult {
  validate(input);
  const explanation: LocalizedText[] = [];
  const statute = 'forældelsesloven 2, 3, 5, 15, 16, 19, 20, 21';
  const result = (limitationDate: IsoDate | null): LimitationResult => ({ limitationDate, explanation: english(explanation), texts: explanation, statute });
  if (input.titledOn != null) {
    const end = addYears(input.titledOn, 10);
    explanation.push(step(T.titledDK, { titledOn: input.titledOn, end }));
    const later = [...(input.acknowledgements ?? [])].filter((a) => compareDates(a, input.titledOn!) > 0).sort(compareDates);
    let current = end;
    for (const ack of later) {
      if (compareDates(ack, current) > 0) break;
      current = addYears(ack, 10);
      explanation.push(step(T.acknowledgedTitledDK, { on: ack, end: current }));
    }
    return result(current);
  }

  let end = addYears(input.arisenOn, 3);
  explanation.push(step(T.regularDK, { due: input.arisenOn, end }));
  type Event = { on: IsoDate; apply: () => boolean };
  const events: Event[] = [];
  for (const ack of input.acknowledgements ?? []) {
    events.push({
      on: ack,
      apply: () => {
        if (compareDates(ack, end) > 0) {
          explanation.push(step(T.acknowledgedTooLateDK, { on: ack, end }));
          return true;
        }
        end = maxDate(end, addYears(ack, 3));
        explanation.push(step(T.acknowledgedDK, { on: ack, end }));
        return true;
      },
    });
  }
  for (const [i, s] of (input.suspensions ?? []).entries()) {
    const kind = s.kind ?? 'OTHER';
    if (kind === 'OTHER') {
      throw new RuleViolation(
        'Danish limitation is interrupted, not suspended: give negotiations or court proceedings (forældelsesloven 16, 20, 21(5))',
        `suspensions[${i}].kind`,
      );
    }
    events.push({
      on: s.from,
      apply: () => {
        if (compareDates(s.from, end) > 0) return true; // began after the period ran out
        if (s.to === null) {
          explanation.push(step(kind === 'COURT_PROCEEDINGS' ? T.legalStepsPendingDK : T.negotiationsPendingDK, { from: s.from }));
          return false;
        }
        if (kind === 'COURT_PROCEEDINGS' && s.endedBy !== undefined) {
          const why = s.endedBy === 'WITHDRAWN' ? T.withdrawnDK : T.dismissedDK;
          explanation.push(step(T.proceedingsEndedNoExtraYearDK, { from: s.from, to: s.to, why, end }));
          return true;
        }
        const floor = addYears(s.to, 1);
        if (compareDates(floor, end) > 0) end = floor;
        explanation.push(step(kind === 'COURT_PROCEEDINGS' ? T.proceedingsEndedDK : T.negotiationsEndedDK, { from: s.from, to: s.to, floor, end }));
        return true;
      },
    });
  }
  events.sort((a, b) => compareDates(a.on, b.on));
  for (const event of events) {
    if (!event.apply()) return result(null);
  }
  return result(end);
}

/** Limitation by the creditor's country. */
export function limitationDate(country: Country, input: LimitationInput): LimitationResult {
  switch (country) {
    case 'DE':
      return limitationDateDE(input);
    case 'DK':
      return limitationDateDK(input);
    default:
      throw new RangeError(`No limitation rule for country ${String(country)}`);
  }
}

/** Days from asOf to the limitation date (0 = runs out today, negative = time-barred); null = no end date yet. */
export function daysUntilLimitation(country: Country, input: LimitationInput, asOf: IsoDate): number | null {
  assertDate(asOf, 'asOf');
  const { limitationDate: date } = limitationDate(country, input);
  return date === null ? null : daysBetween(asOf, date);
}

import { DUNNING_STAGES, type DunningStage } from '../stages.js';
import {
  BROKEN_PROMISES_CAP, DEFAULT_PRIORITY_WEIGHTS, PRIORITY_PART_KEYS, casePriority, priorityParts,
  PORTAL_REQUEST_PRIORITY_BUMP, formatCallbackWindow, portalRequestReason, validatePriorityWeights, type PriorityInput, type PriorityWeights,
} from './case-priority.js';

const base: PriorityInput = { openCents: 100_000, daysOverdue: 60, stage: 'DUNNING_2', brokenPromises: 0, callbackDue: false };
const score = (overrides: Partial<PriorityInput>, weights?: PriorityWeights): number => casePriority({ ...base, ...overrides }, weights);
const pointsOf = (input: PriorityInput, weights?: PriorityWeights) =>
  Object.fromEntries(priorityParts(input, weights).map((p) => [p.key, p.points]));

/** Non-decreasing along the sequence, and strictly higher from first to last. */
function expectRising(values: number[]): void {
  values.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(values[i]!));
  expect(values.at(-1)!).toBeGreaterThan(values[0]!);
}

const maxed: PriorityInput = {
  openCents: 1e12, daysOverdue: 10_000, stage: 'AGENCY', brokenPromises: 10, callbackDue: true, asOf: '2026-11-25',
  limitationDate: '2026-11-25', nextCourtDeadline: '2026-11-25', daysSinceLastContact: null,
  outcomeHistory: { noContact: 0, reached: 100, promisesKept: 0 },
};

describe('default weights', () => {
  it('add up to 1000, with 150 points for up to 3 broken promises', () => {
    expect(PRIORITY_PART_KEYS.reduce((s, k) => s + DEFAULT_PRIORITY_WEIGHTS[k], 0)).toBe(1000);
    expect(DEFAULT_PRIORITY_WEIGHTS.brokenPromises).toBe(150);
    expect(BROKEN_PROMISES_CAP).toBe(3);
    expect(validatePriorityWeights(DEFAULT_PRIORITY_WEIGHTS)).toEqual([]);
  });
});

describe('casePriority bounds (integer 0..1000)', () => {
  it.each<[string, PriorityInput, number]>([
    // ENFORCEMENT stage: 10% of 100 = 10; no outcome history: half of 30 = 15.
    ['nothing to do', { openCents: 0, daysOverdue: 0, stage: 'ENFORCEMENT', brokenPromises: 0, callbackDue: false }, 25],
    // Every part at its maximum; history 101/102 of 30 = 29.7, rounds to 30.
    ['everything maxed', maxed, 1000],
    // REMINDER: 20% of 100 = 20; history 15.
    ['negative balance and not yet due', { openCents: -5_000, daysOverdue: -10, stage: 'REMINDER', brokenPromises: 0, callbackDue: false }, 35],
  ])('%s -> %p', (_name, input, expected) => {
    const s = casePriority(input);
    expect(s).toBe(expected);
    expect(Number.isInteger(s)).toBe(true);
  });

  it('stays within 0..1000 over a grid of inputs', () => {
    for (const openCents of [0, 1, 99, 10_000, 1_000_000, 1e9, 1e12])
      for (const daysOverdue of [-5, 0, 10, 100, 400])
        for (const stage of DUNNING_STAGES)
          for (const brokenPromises of [0, 1, 5])
            for (const callbackDue of [false, true])
              for (const limitationDate of [null, '2026-11-25', '2026-12-31']) {
                const s = casePriority({ openCents, daysOverdue, stage, brokenPromises, callbackDue, limitationDate, asOf: '2026-11-25' });
                expect(Number.isInteger(s)).toBe(true);
                expect(s).toBeGreaterThanOrEqual(0);
                expect(s).toBeLessThanOrEqual(1000);
              }
  });
});

describe('priorityParts (named, shown to collectors)', () => {
  const input: PriorityInput = {
    openCents: 100_000, daysOverdue: 30, stage: 'PHONE', brokenPromises: 1, callbackDue: true, currency: 'EUR',
    asOf: '2026-11-25', limitationDate: '2026-12-31', nextCourtDeadline: null, daysSinceLastContact: 7,
    outcomeHistory: { noContact: 2, reached: 1, promisesKept: 0 },
  };

  it('adds up to the score, with hand-checked parts', () => {
    expect(pointsOf(input)).toEqual({
      balance: 125, // 250 * log10(1 + 1000) / log10(1 + 1,000,000) = 250 * 0.50007 = 125.02
      overdue: 12, // 150 * 30 / 365 = 12.3
      stage: 80, // PHONE: 80% of 100
      brokenPromises: 50, // 150 * 1 / 3
      callback: 120, // due: full
      limitation: 54, // 36 days before 2026-12-31 (DE year-end limitation): 90 * (90 - 36) / 90
      courtDeadline: 0, // none
      lastContact: 20, // 7 of 14 days: 40 * 7 / 14
      outcomeHistory: 12, // (1 reached + 0 kept + 1) / (1 + 0 + 2 no contact + 2) = 40% of 30
    });
    expect(casePriority(input)).toBe(473);
    expect(priorityParts(input).reduce((s, p) => s + p.points, 0)).toBe(473);
  });

  it('explains each part in a sentence with points of maximum', () => {
    const parts = Object.fromEntries(priorityParts(input).map((p) => [p.key, p]));
    expect(parts.balance).toMatchObject({ label: 'Open balance', maxPoints: 250 });
    expect(parts.balance!.explanation).toBe('Open balance 1,000.00 EUR: 125 of 250 points (log scale, full at 1,000,000.00 EUR).');
    expect(parts.limitation!.explanation).toBe('Limitation on 2026-12-31, in 36 days: 54 of 90 points (rises over the last 90 days).');
    expect(parts.brokenPromises!.explanation).toBe('1 broken promise or missed installment: 50 of 150 points (counted up to 3).');
    expect(parts.lastContact!.explanation).toBe('Last contact attempt 7 days ago: 20 of 40 points (full after 14 days).');
    expect(parts.outcomeHistory!.explanation).toBe('Recently 1 reached, 0 promises kept, 2 without contact: reach rate 40%, 12 of 30 points.');
  });

  it.each<[string, Partial<PriorityInput>, string, number]>([
    // 90-day window: 91 days before -> 0; on the day -> full; after it -> time-barred, nothing to save.
    ['limitation 91 days ahead', { limitationDate: '2027-02-24' }, 'limitation', 0],
    ['limitation 45 days ahead', { limitationDate: '2027-01-09' }, 'limitation', 45],
    ['limitation today', { limitationDate: '2026-11-25' }, 'limitation', 90],
    ['time-barred yesterday', { limitationDate: '2026-11-24' }, 'limitation', 0],
    // 30-day window: 15 days ahead -> half of 70.
    ['court deadline in 15 days', { nextCourtDeadline: '2026-12-10' }, 'courtDeadline', 35],
    ['court deadline tomorrow', { nextCourtDeadline: '2026-11-26' }, 'courtDeadline', 68], // 70 * 29 / 30 = 67.7
    ['court deadline passed', { nextCourtDeadline: '2026-11-20' }, 'courtDeadline', 0],
    ['never contacted', { daysSinceLastContact: null }, 'lastContact', 40],
    ['contacted today', { daysSinceLastContact: 0 }, 'lastContact', 0],
    ['contacted 30 days ago', { daysSinceLastContact: 30 }, 'lastContact', 40],
    ['last contact unknown', {}, 'lastContact', 0],
    ['only no-contacts', { outcomeHistory: { noContact: 4, reached: 0, promisesKept: 0 } }, 'outcomeHistory', 5], // 1/6 of 30
    ['reached and kept', { outcomeHistory: { noContact: 0, reached: 2, promisesKept: 2 } }, 'outcomeHistory', 25], // 5/6 of 30
    ['4 broken promises (cap 3)', { brokenPromises: 4 }, 'brokenPromises', 150],
  ])('%s', (_name, overrides, key, expected) => {
    expect(pointsOf({ ...base, asOf: '2026-11-25', ...overrides })[key]).toBe(expected);
  });

  it('rejects non-finite inputs and dates without asOf', () => {
    expect(() => priorityParts({ ...base, openCents: Number.NaN })).toThrow(RangeError);
    expect(() => priorityParts({ ...base, daysOverdue: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => priorityParts({ ...base, limitationDate: '2026-12-31' })).toThrow(/asOf/);
  });
});

describe('per-creditor weights', () => {
  const balanceHeavy: PriorityWeights = {
    balance: 600, overdue: 100, stage: 50, brokenPromises: 60, callback: 60, limitation: 50, courtDeadline: 30, lastContact: 30, outcomeHistory: 20,
  };

  it('scale each part to its maximum', () => {
    const p = pointsOf({ ...base, openCents: 100_000 }, balanceHeavy);
    expect(p.balance).toBe(300); // 600 * 0.50007
    expect(p.stage).toBe(30); // DUNNING_2: 60% of 50
    expect(p.overdue).toBe(16); // 100 * 60 / 365 = 16.4
  });

  it('change the order of two cases', () => {
    const big = { openCents: 50_000_000, daysOverdue: 10 };
    const old = { openCents: 20_000, daysOverdue: 365, brokenPromises: 2 };
    expect(score(old)).toBeGreaterThan(score(big));
    expect(score(big, balanceHeavy)).toBeGreaterThan(score(old, balanceHeavy));
  });

  it('a part weighted 0 adds nothing', () => {
    expect(pointsOf({ ...base, callbackDue: true }, { ...DEFAULT_PRIORITY_WEIGHTS, callback: 0 }).callback).toBe(0);
  });

  it('invalid weights are refused', () => {
    expect(() => priorityParts(base, { ...DEFAULT_PRIORITY_WEIGHTS, balance: 251 })).toThrow(/1001/);
  });
});

describe('validatePriorityWeights', () => {
  it.each<[string, unknown, string[]]>([
    ['defaults', DEFAULT_PRIORITY_WEIGHTS, []],
    ['total 1001', { ...DEFAULT_PRIORITY_WEIGHTS, balance: 251 }, ['weights']],
    ['total 0', Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, 0])), ['weights']],
    ['total 1 is enough', { ...Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, 0])), balance: 1 }, []],
    ['negative', { ...DEFAULT_PRIORITY_WEIGHTS, stage: -1, balance: 351 }, ['stage']],
    ['fraction', { ...DEFAULT_PRIORITY_WEIGHTS, stage: 1.5 }, ['stage']],
    ['not a number', { ...DEFAULT_PRIORITY_WEIGHTS, stage: '100' }, ['stage']],
    ['missing part', (({ callback: _c, ...rest }) => rest)(DEFAULT_PRIORITY_WEIGHTS), ['callback']],
    ['unknown part', { ...DEFAULT_PRIORITY_WEIGHTS, mood: 5 }, ['mood']],
    ['not an object', null, ['weights']],
  ])('%s', (_name, weights, fields) => {
    expect(validatePriorityWeights(weights).map((p) => p.field)).toEqual(fields);
  });
});

describe('casePriority is monotonic in each input', () => {
  it.each<[string, number[]]>([
    ['open balance (log-scaled)', [0, 1, 100, 10_000, 100_000, 1_000_000, 100_000_000, 1e12].map((openCents) => score({ openCents }))],
    ['days overdue (capped at 365)', [-10, 0, 1, 30, 90, 180, 365].map((daysOverdue) => score({ daysOverdue }))],
    ['broken promises (capped at 3)', [0, 1, 2, 3].map((brokenPromises) => score({ brokenPromises }))],
    ['callback due', [false, true].map((callbackDue) => score({ callbackDue }))],
    ['limitation approaching', ['2027-06-01', '2027-02-01', '2026-12-31', '2026-11-26'].map((limitationDate) => score({ asOf: '2026-11-25', limitationDate }))],
    ['court deadline approaching', ['2027-01-31', '2026-12-20', '2026-12-01'].map((nextCourtDeadline) => score({ asOf: '2026-11-25', nextCourtDeadline }))],
    ['days since last contact', [0, 1, 7, 14].map((daysSinceLastContact) => score({ daysSinceLastContact }))],
    [
      'stage, reminder up to agency hand-over',
      (['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY'] as DunningStage[]).map((stage) => score({ stage })),
    ],
  ])('%s', (_name, values) => {
    expectRising(values);
  });

  it('is flat beyond the caps', () => {
    expect(score({ daysOverdue: 365 })).toBe(score({ daysOverdue: 3650 }));
    expect(score({ brokenPromises: 3 })).toBe(score({ brokenPromises: 30 }));
    expect(score({ openCents: 100_000_000 })).toBe(score({ openCents: 1e12 }));
    expect(score({ daysSinceLastContact: 14 })).toBe(score({ daysSinceLastContact: null }));
  });

  it.each(['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY'] as const)(
    'ranks %s (agency work before court) above court and enforcement',
    (stage) => {
      expect(score({ stage })).toBeGreaterThan(score({ stage: 'COURT' }));
      expect(score({ stage: 'COURT' })).toBeGreaterThan(score({ stage: 'ENFORCEMENT' }));
    },
  );
});

describe('casePriority ordering of realistic cases', () => {
  it('puts a due callback and a broken promise ahead of a fresh small reminder', () => {
    const fresh = score({ openCents: 5_000, daysOverdue: 3, stage: 'REMINDER' });
    const oldLarge = score({ openCents: 2_500_000, daysOverdue: 200, stage: 'DUNNING_2' });
    const brokenPromise = score({ openCents: 2_500_000, daysOverdue: 200, stage: 'DUNNING_2', brokenPromises: 1 });
    const callback = score({ openCents: 2_500_000, daysOverdue: 200, stage: 'DUNNING_2', brokenPromises: 1, callbackDue: true });
    expect(fresh).toBeLessThan(oldLarge);
    expect(oldLarge).toBeLessThan(brokenPromise);
    expect(brokenPromise).toBeLessThan(callback);
  });

  it('lifts a German claim that expires at year end above an otherwise equal one', () => {
    const expiring = score({ asOf: '2026-11-25', limitationDate: '2026-12-31' });
    const safe = score({ asOf: '2026-11-25', limitationDate: '2027-12-31' });
    expect(expiring - safe).toBe(54);
  });
});

describe('portal requests that wait for a person', () => {
  it('adds the fixed bump once, with the reason as the label, and lists the part only while one waits', () => {
    const quiet = priorityParts(base);
    expect(quiet.map((p) => p.key)).toEqual([...PRIORITY_PART_KEYS]);
    const review = priorityParts({ ...base, portalRequests: [{ kind: 'PLAN_REVIEW' }] });
    const part = review.find((p) => p.key === 'portalRequest')!;
    expect(part).toMatchObject({ label: 'Debtor asked in the portal: plan to review', points: PORTAL_REQUEST_PRIORITY_BUMP.points });
    expect(score({ portalRequests: [{ kind: 'PLAN_REVIEW' }] }) - score({})).toBe(PORTAL_REQUEST_PRIORITY_BUMP.points);
    const both = score({ portalRequests: [{ kind: 'PLAN_REVIEW' }, { kind: 'CALLBACK', window: 'x' }] });
    expect(both - score({})).toBe(PORTAL_REQUEST_PRIORITY_BUMP.points);
    expect(casePriority({ ...maxed, portalRequests: [{ kind: 'PLAN_REVIEW' }] })).toBe(1000);
  });

  it('names the callback window in the creditor zone', () => {
    const window = formatCallbackWindow(new Date('2026-12-08T13:00:00Z'), new Date('2026-12-08T15:00:00Z'), 'Europe/Berlin');
    expect(window).toBe('2026-12-08 14:00–16:00 (Europe/Berlin)');
    expect(portalRequestReason([{ kind: 'CALLBACK', window }])).toBe('Debtor asked in the portal: callback requested for 2026-12-08 14:00–16:00 (Europe/Berlin)');
  });
});

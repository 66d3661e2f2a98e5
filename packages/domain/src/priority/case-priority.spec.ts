import { DUNNING_STAGES, type DunningStage } from '../stages.js';
import { casePriority, priorityParts, type PriorityInput } from './case-priority.js';

const base: PriorityInput = { openCents: 100_000, daysOverdue: 60, stage: 'DUNNING_2', brokenPromises: 0, callbackDue: false };
const score = (overrides: Partial<PriorityInput>): number => casePriority({ ...base, ...overrides });

/** Non-decreasing along the sequence, and strictly higher from first to last. */
function expectRising(values: number[]): void {
  values.slice(1).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(values[i]!));
  expect(values.at(-1)!).toBeGreaterThan(values[0]!);
}

describe('casePriority bounds (integer 0..1000)', () => {
  it.each<[string, PriorityInput, number]>([
    ['nothing to do', { openCents: 0, daysOverdue: 0, stage: 'ENFORCEMENT', brokenPromises: 0, callbackDue: false }, 10],
    ['everything maxed', { openCents: 1e12, daysOverdue: 10_000, stage: 'AGENCY', brokenPromises: 10, callbackDue: true }, 1000],
    ['negative balance and not yet due', { openCents: -5_000, daysOverdue: -10, stage: 'REMINDER', brokenPromises: 0, callbackDue: false }, 30],
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
            for (const callbackDue of [false, true]) {
              const s = casePriority({ openCents, daysOverdue, stage, brokenPromises, callbackDue });
              expect(Number.isInteger(s)).toBe(true);
              expect(s).toBeGreaterThanOrEqual(0);
              expect(s).toBeLessThanOrEqual(1000);
            }
  });
});

describe('priorityParts (named, shown to collectors)', () => {
  it('adds up to the score, with hand-checked parts', () => {
    const parts = priorityParts({ openCents: 100_000, daysOverdue: 30, stage: 'PHONE', brokenPromises: 1, callbackDue: true });
    // balance: 350 * log10(1 + 1000) / log10(1 + 1,000,000) = 350 * 0.50007 = 175.03
    // overdue: 200 * 30 / 365 = 16.4; stage PHONE: 120; 1 broken promise: 50; callback: 150
    expect(parts).toEqual({ balance: 175, overdue: 16, stage: 120, brokenPromises: 50, callback: 150 });
    expect(casePriority({ openCents: 100_000, daysOverdue: 30, stage: 'PHONE', brokenPromises: 1, callbackDue: true })).toBe(511);
  });

  it('rejects non-finite inputs', () => {
    expect(() => priorityParts({ ...base, openCents: Number.NaN })).toThrow(RangeError);
    expect(() => priorityParts({ ...base, daysOverdue: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('casePriority is monotonic in each input', () => {
  it.each<[string, number[]]>([
    ['open balance (log-scaled)', [0, 1, 100, 10_000, 100_000, 1_000_000, 100_000_000, 1e12].map((openCents) => score({ openCents }))],
    ['days overdue (capped at 365)', [-10, 0, 1, 30, 90, 180, 365].map((daysOverdue) => score({ daysOverdue }))],
    ['broken promises (capped at 3)', [0, 1, 2, 3].map((brokenPromises) => score({ brokenPromises }))],
    ['callback due', [false, true].map((callbackDue) => score({ callbackDue }))],
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
    expect([fresh, oldLarge, brokenPromise, callback]).toEqual([...[fresh, oldLarge, brokenPromise, callback]].sort((a, b) => a - b));
    expect(fresh).toBeLessThan(oldLarge);
    expect(oldLarge).toBeLessThan(brokenPromise);
    expect(brokenPromise).toBeLessThan(callback);
  });
});

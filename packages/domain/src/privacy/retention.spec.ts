import {
  ERASABLE_NOW, PROCESSING_RESTRICTION_HOLD, debtorRetentionEnd, isProcessingRestrictionHold, retentionClosingCutoff, erasurePlan, isRetentionOver, latestClosingOf, retentionEndOf, retentionPeriodsOf,
} from './retention.js';
import { RuleViolation } from '../rule-violation.js';

describe('retentionEndOf', () => {
  it.each([
    ['BOOKS', '2020-03-15', '2030-12-31'],
    ['BOOKS', '2020-12-31', '2030-12-31'],
    ['BOOKS', '2021-01-01', '2031-12-31'],
    ['BUSINESS_LETTERS', '2020-06-30', '2026-12-31'],
    ['BUSINESS_LETTERS', '2019-01-01', '2025-12-31'],
    ['BOOKKEEPING_RECORDS', '2020-06-30', '2028-12-31'],
    ['BOOKKEEPING_RECORDS', '2025-02-01', '2033-12-31'],
    // Former 10 years already over by the end of 2024: that end stands.
    ['BOOKKEEPING_RECORDS', '2014-05-05', '2024-12-31'],
    ['BOOKKEEPING_RECORDS', '2012-05-05', '2022-12-31'],
    // Former period still running in 2025, the new 8 years already past: kept until the change.
    ['BOOKKEEPING_RECORDS', '2015-07-01', '2024-12-31'],
    ['BOOKKEEPING_RECORDS', '2016-07-01', '2024-12-31'],
    ['BOOKKEEPING_RECORDS', '2017-07-01', '2025-12-31'],
  ] as const)('%s closed %s: kept until %s', (type, closedOn, end) => {
    expect(retentionEndOf(type, closedOn)).toBe(end);
  });

  it('refuses a date that is not one', () => {
    expect(() => retentionEndOf('BOOKS', '2020-13-01')).toThrow(RuleViolation);
  });
});

describe('latestClosingOf and debtorRetentionEnd', () => {
  it.each([
    [[], null, null],
    [[{ closedOn: null }], null, null],
    [[{ closedOn: '2018-02-01' }, { closedOn: null }], null, null],
    [[{ closedOn: '2018-02-01' }], '2018-02-01', '2028-12-31'],
    [[{ closedOn: '2018-02-01' }, { closedOn: '2021-11-30' }, { closedOn: '2016-01-01' }], '2021-11-30', '2031-12-31'],
  ] as const)('cases %j: latest closing %s, kept until %s', (cases, latest, end) => {
    expect(latestClosingOf(cases)).toBe(latest);
    expect(debtorRetentionEnd(cases)).toBe(end);
  });
});

describe('isRetentionOver', () => {
  it.each([
    [[{ closedOn: '2015-06-30' }], '2025-12-31', false],
    [[{ closedOn: '2015-06-30' }], '2026-01-01', true],
    [[{ closedOn: '2015-06-30' }, { closedOn: '2019-01-10' }], '2026-11-25', false],
    [[{ closedOn: '2015-06-30' }, { closedOn: null }], '2040-01-01', false],
    [[], '2040-01-01', false],
  ] as const)('cases %j as of %s: over %s', (cases, asOf, over) => {
    expect(isRetentionOver(cases, asOf)).toBe(over);
  });
});

describe('retentionPeriodsOf', () => {
  it('gives each type its last day and whether it has ended', () => {
    expect(retentionPeriodsOf([{ closedOn: '2019-05-01' }], '2026-11-25')).toEqual([
      { type: 'BOOKS', lastDay: '2029-12-31', ended: false },
      { type: 'BOOKKEEPING_RECORDS', lastDay: '2027-12-31', ended: false },
      { type: 'BUSINESS_LETTERS', lastDay: '2025-12-31', ended: true },
    ]);
  });

  it('has no last day while a case is open', () => {
    expect(retentionPeriodsOf([{ closedOn: null }], '2026-11-25').every((p) => p.lastDay === null && !p.ended)).toBe(true);
  });
});

describe('erasurePlan', () => {
  it('keeps everything while a case is open', () => {
    const plan = erasurePlan([{ closedOn: '2019-05-01' }, { closedOn: null }], '2026-11-25');
    expect(plan.eraseNow).toEqual([]);
    expect(plan.kept).toEqual([expect.objectContaining({ type: 'OPEN_CASES', keptUntil: null })]);
    expect(plan.pseudonymiseNow).toBe(false);
    expect(plan.pseudonymisedFrom).toBeNull();
  });

  it.each([
    // closed, as of, kept types with their last day, pseudonymised from
    ['2024-03-01', '2026-11-25', [['BOOKS', '2034-12-31'], ['BOOKKEEPING_RECORDS', '2032-12-31'], ['BUSINESS_LETTERS', '2030-12-31'], ['IDENTITY', '2034-12-31']], '2035-01-01'],
    ['2019-05-01', '2026-11-25', [['BOOKS', '2029-12-31'], ['BOOKKEEPING_RECORDS', '2027-12-31'], ['IDENTITY', '2029-12-31']], '2030-01-01'],
    ['2016-05-01', '2026-11-25', [['BOOKS', '2026-12-31'], ['IDENTITY', '2026-12-31']], '2027-01-01'],
  ] as const)('closed %s, as of %s: erases contacts now and keeps %j', (closedOn, asOf, kept, from) => {
    const plan = erasurePlan([{ closedOn }], asOf);
    expect(plan.eraseNow).toEqual([...ERASABLE_NOW]);
    expect(plan.kept.map((k) => [k.type, k.keptUntil])).toEqual(kept);
    expect(plan.pseudonymiseNow).toBe(false);
    expect(plan.pseudonymisedFrom).toBe(from);
  });

  it('pseudonymises at once when every period has ended', () => {
    const plan = erasurePlan([{ closedOn: '2014-05-01' }], '2026-11-25');
    expect(plan).toEqual({ eraseNow: [...ERASABLE_NOW], kept: [], pseudonymiseNow: true, pseudonymisedFrom: '2026-11-25' });
  });
});

describe('retentionClosingCutoff', () => {
  it.each([
    ['2026-11-25', '2016-01-01'],
    ['2026-01-01', '2016-01-01'],
    ['2025-12-31', '2015-01-01'],
  ] as const)('as of %s: cases closed before %s are past every period', (asOf, cutoff) => {
    expect(retentionClosingCutoff(asOf)).toBe(cutoff);
  });

  it('agrees with isRetentionOver for closings around it', () => {
    for (const asOf of ['2025-12-31', '2026-01-01', '2026-11-25', '2031-06-30']) {
      const cutoff = retentionClosingCutoff(asOf);
      for (const closedOn of ['2013-12-31', '2014-06-30', '2015-01-01', '2015-12-31', '2016-01-01', '2016-12-31', '2020-12-31', '2021-01-01']) {
        expect([closedOn, isRetentionOver([{ closedOn }], asOf)]).toEqual([closedOn, closedOn < cutoff]);
      }
    }
  });
});

describe('isProcessingRestrictionHold', () => {
  it.each([
    [PROCESSING_RESTRICTION_HOLD.type, PROCESSING_RESTRICTION_HOLD.reason, true],
    ['CEASE_CONTACT', 'Debtor asked not to be called', false],
    ['DISPUTE', PROCESSING_RESTRICTION_HOLD.reason, false],
  ] as const)('%s "%s": %s', (type, reason, restriction) => {
    expect(isProcessingRestrictionHold({ type, reason })).toBe(restriction);
  });
});

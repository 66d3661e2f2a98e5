import { DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK, type DunningStrategy } from './strategy.js';
import { dunningTimeline } from './timeline.js';

describe('dunningTimeline', () => {
  it('DE default: dated steps up to the court, with the agency fee and each deadline', () => {
    const t = dunningTimeline(DEFAULT_STRATEGY_DE, { principalCents: 100_000, invoiceDate: '2026-01-02', dueDate: '2026-01-16', debtorKind: 'business' });
    expect(t.placedOn).toBe('2026-01-17');
    expect(t.steps.map((s) => [s.stage, s.on, s.paymentDeadline])).toEqual([
      ['REMINDER', '2026-01-17', '2026-01-27'],
      ['DUNNING_1', '2026-01-31', '2026-02-10'],
      ['DUNNING_2', '2026-02-14', '2026-02-21'],
      ['PHONE', '2026-02-22', '2026-03-01'],
      ['AGENCY', '2026-03-02', '2026-03-16'],
      ['COURT', '2026-03-17', '2026-03-31'],
    ]);
    const agency = t.steps[4]!;
    expect(agency.fees).toHaveLength(1);
    expect(agency.fees[0]!.rule).toBe('DE_AGENCY_FEE');
    expect(agency.feesTotalCents).toBe(agency.fees[0]!.amountCents);
    expect(t.end).toMatch(/court dunning order/);
  });

  it('DK default: three reminder fees of DKK 100 and the hand-over fee', () => {
    const t = dunningTimeline(DEFAULT_STRATEGY_DK, { principalCents: 500_000, invoiceDate: '2026-03-01', dueDate: '2026-03-15', debtorKind: 'consumer' });
    expect(t.steps.map((s) => s.stage)).toEqual(['REMINDER', 'DUNNING_1', 'DUNNING_2', 'AGENCY', 'COURT', 'ENFORCEMENT']);
    expect(t.steps.map((s) => s.fees.reduce((sum, f) => sum + f.amountCents, 0))).toEqual([10_000, 10_000, 10_000, 10_000, 0, 0]);
    expect(t.steps.at(-1)!.feesTotalCents).toBe(40_000);
    expect(t.end).toMatch(/last stage/);
  });

  it('follows a changed wait', () => {
    const strategy: DunningStrategy = { ...DEFAULT_STRATEGY_DE, stages: DEFAULT_STRATEGY_DE.stages.slice(0, 2).map((s, i) => (i === 1 ? { ...s, waitDays: 30 } : s)) };
    const t = dunningTimeline(strategy, { principalCents: 10_000, invoiceDate: '2026-01-02', dueDate: '2026-01-16', debtorKind: 'consumer' });
    expect(t.steps.map((s) => s.on)).toEqual(['2026-01-17', '2026-02-16']);
  });

  it('refuses an invalid strategy with the field at fault', () => {
    const strategy: DunningStrategy = { ...DEFAULT_STRATEGY_DE, stages: DEFAULT_STRATEGY_DE.stages.map((s, i) => (i === 1 ? { ...s, waitDays: 3 } : s)) };
    expect(() => dunningTimeline(strategy, { principalCents: 10_000, invoiceDate: '2026-01-02', dueDate: '2026-01-16', debtorKind: 'consumer' })).toThrow(
      expect.objectContaining({ field: 'stages[1].waitDays' }),
    );
  });
});

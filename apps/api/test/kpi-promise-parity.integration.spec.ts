import { addDays, brokenPromiseDueBefore, isPromiseBroken } from '@mahnwerk/domain';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { AnalyticsRepository, type KpiScope } from '../src/analytics/analytics.repository.js';
import { ForecastRepository } from '../src/analytics/forecast.repository.js';
import { addPromise } from './factories.js';
import type { Fixture } from './fixtures.js';
import { withApi } from './with-api.js';

/**
 * Parity of the broken-promise rule: the KPI statements get the domain's cutoff
 * (brokenPromiseDueBefore) as a parameter, and on one fixture they count and list exactly the
 * promises the domain's isPromiseBroken calls broken.
 */
describe('KPI statements and the domain agree on broken promises', () => {
  const asOf = '2026-11-25';
  let db: pg.Pool;
  let dataSource: DataSource;
  let repository: AnalyticsRepository;
  let forecasts: ForecastRepository;
  let fx: Fixture;
  /** One open, partly paid promise per case, due from 5 days before asOf to 4 after. */
  const promises: { caseId: string; dueDate: string; amountCents: number; paidTowardsCents: number }[] = [];
  const scope = (): KpiScope => ({
    from: addDays(asOf, -30), to: addDays(asOf, 30), creditorId: fx.creditorDE, collectorId: null, teamId: null, country: null,
  });

  const bed = withApi({ collectors: 1, cases: 10, api: false });
  beforeAll(async () => {
    ({ db, fx } = bed);
    dataSource = new DataSource({ type: 'postgres', url: bed.url, entities: [] });
    await dataSource.initialize();
    bed.onClose(() => dataSource.destroy());
    repository = new AnalyticsRepository(dataSource);
    forecasts = new ForecastRepository(dataSource);
    for (const [i, caseId] of fx.cases.entries()) {
      const promise = { caseId, dueDate: addDays(asOf, i - 5), amountCents: 5_000, paidTowardsCents: i % 3 === 0 ? 1_000 : 0 };
      promises.push(promise);
      await addPromise(db, caseId, { amountCents: promise.amountCents, paidCents: promise.paidTowardsCents, dueDate: promise.dueDate });
    }
  });

  it.each([0, 2])('lists and counts the promises broken with %i grace days, as isPromiseBroken does, row by row', async (grace) => {
    const cutoff = brokenPromiseDueBefore(asOf, grace);
    const expected = promises.filter((p) => isPromiseBroken(p, asOf, grace)).map((p) => p.caseId).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(promises.length);

    const page = await repository.casePage(scope(), 'PROMISES_BROKEN', cutoff, null, 0, 200);
    expect([...page.ids].sort()).toEqual(expected);

    const daily = await repository.daily(scope(), cutoff);
    expect(daily.reduce((sum, d) => sum + d.broken, 0)).toBe(expected.length);

    const days = await forecasts.promiseDays(scope().from, scope().to, cutoff, { collectorId: null, teamId: null });
    expect(days.filter((d) => d.creditorId === fx.creditorDE).reduce((sum, d) => sum + d.broken, 0)).toBe(expected.length);
  });

  it('returns amounts as integer cents', async () => {
    const [cohort] = await repository.cohort({ ...scope(), from: '2026-01-01', to: '2026-12-31' });
    expect(cohort!.currency).toBe('EUR');
    expect(cohort!.placedCents).toBe(fx.cases.reduce((sum, _c, i) => sum + 100_000 + i * 1_000, 0));
    expect(Number.isSafeInteger(cohort!.placedCents)).toBe(true);
  });
});

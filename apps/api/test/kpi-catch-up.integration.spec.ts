import type pg from 'pg';
import { DataSource } from 'typeorm';
import { AnalyticsRepository } from '../src/analytics/analytics.repository.js';
import { KpiCollectorsService } from '../src/analytics/kpi-collectors.service.js';
import { loadConfig } from '../src/config/config.js';
import type { AppEvent } from '../src/realtime/events.js';
import type { PgEventBus } from '../src/realtime/pg-event-bus.js';
import { updateCase } from './factories.js';
import type { Fixture } from './fixtures.js';
import { withApi } from './with-api.js';

describe('KPI catch-up: dashboards hear of it when the split by collector moved', () => {
  let db: pg.Pool;
  let dataSource: DataSource;
  let fx: Fixture;
  const published: AppEvent[] = [];
  let service: KpiCollectorsService;

  const bed = withApi({ collectors: 2, cases: 6, api: false });
  beforeAll(async () => {
    ({ db, fx } = bed);
    dataSource = new DataSource({ type: 'postgres', url: bed.url, entities: [] });
    await dataSource.initialize();
    bed.onClose(() => dataSource.destroy());
    const bus = { publish: async (...events: AppEvent[]) => void published.push(...events) } as unknown as PgEventBus;
    const config = loadConfig({ JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', PORT: '1', KPI_CATCH_UP_MS: '0' });
    service = new KpiCollectorsService(new AnalyticsRepository(dataSource), config, bus);
  });

  it('announces one KPI change for all creditors after moving handed-over cases, none when nothing waited', async () => {
    await service.catchUp();
    published.length = 0;
    expect(await service.catchUp()).toBe(0);
    expect(published).toEqual([]);

    await updateCase(db, fx.cases.slice(0, 3), { assigneeId: fx.collectors[1].id });
    expect(await service.catchUp()).toBe(3);
    expect(published).toEqual([{ topic: 'kpis', payload: { creditorId: null } }]);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM cases WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id');
    expect(rows[0].n).toBe(0);
  });
});

import type pg from 'pg';
import { DataSource } from 'typeorm';
import { AnalyticsRepository } from '../src/analytics/analytics.repository.js';
import { KpiCollectorsService } from '../src/analytics/kpi-collectors.service.js';
import { loadConfig } from '../src/config/config.js';
import type { AppEvent } from '../src/realtime/events.js';
import type { PgEventBus } from '../src/realtime/pg-event-bus.js';
import { buildFixture, type Fixture } from './fixtures.js';
import { createTestDatabase, pool } from './harness.js';

describe('KPI catch-up: dashboards hear of it when the split by collector moved', () => {
  let db: pg.Pool;
  let dataSource: DataSource;
  let fx: Fixture;
  const published: AppEvent[] = [];
  let service: KpiCollectorsService;

  beforeAll(async () => {
    const url = await createTestDatabase();
    db = pool(url);
    fx = await buildFixture(db, { collectors: 2, cases: 6 });
    dataSource = new DataSource({ type: 'postgres', url, entities: [] });
    await dataSource.initialize();
    const bus = { publish: async (...events: AppEvent[]) => void published.push(...events) } as unknown as PgEventBus;
    const config = loadConfig({ JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', PORT: '1', KPI_CATCH_UP_MS: '0' });
    service = new KpiCollectorsService(new AnalyticsRepository(dataSource), config, bus);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.end();
  });

  it('announces one KPI change for all creditors after moving handed-over cases, none when nothing waited', async () => {
    await service.catchUp();
    published.length = 0;
    expect(await service.catchUp()).toBe(0);
    expect(published).toEqual([]);

    await db.query('UPDATE cases SET assignee_id = $1 WHERE id = ANY($2)', [fx.collectors[1].id, fx.cases.slice(0, 3)]);
    expect(await service.catchUp()).toBe(3);
    expect(published).toEqual([{ topic: 'kpis', payload: { creditorId: null } }]);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM cases WHERE kpi_collector_id IS DISTINCT FROM last_assignee_id');
    expect(rows[0].n).toBe(0);
  });
});

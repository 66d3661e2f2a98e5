import type pg from 'pg';
import { DataSource } from 'typeorm';
import { ensureDatabase } from '../src/database/embedded-postgres.js';
import { migrations } from '../src/database/migrations/index.js';
import { pool } from './harness.js';

const stamp = (m: { name: string }) => Number(/(\d{13})$/.exec(m.name)![1]);

/** New databases migrated up to a given migration, for testing a migration's up and down; `close` ends them all. */
export function migratedDatabases() {
  const sources: DataSource[] = [];
  const pools: pg.Pool[] = [];
  return {
    /** A new database migrated up to and including the migration stamped `until`, with every migration on hand. */
    async until(until: number): Promise<{ url: string; source: DataSource; db: pg.Pool }> {
      const adminUrl = process.env.TEST_PG_ADMIN_URL!;
      const name = `test_${until}_${Date.now()}`;
      await ensureDatabase(adminUrl, name);
      const url = adminUrl.replace(/\/postgres$/, `/${name}`);
      const source = new DataSource({
        type: 'postgres', url, migrations: migrations.filter((m) => stamp(m) <= until), migrationsTransactionMode: 'all',
      });
      await source.initialize();
      await source.runMigrations();
      sources.push(source);
      const db = pool(url);
      pools.push(db);
      return { url, source, db };
    },
    /** Keeps `source` to be destroyed by close. */
    track(source: DataSource): void {
      sources.push(source);
    },
    async close(): Promise<void> {
      await Promise.all(sources.filter((s) => s.isInitialized).map((s) => s.destroy()));
      await Promise.all(pools.map((p) => p.end()));
    },
  };
}

import pg from 'pg';
import { DataSource } from 'typeorm';
import { migrations } from './migrations/index.js';

const MIGRATION_LOCK = 'mahnwerk:migrations';

/**
 * Applies pending migrations (at boot, by the seed CLI and in tests). An advisory lock lets several
 * instances start at once: one migrates, the others wait and then find nothing left to do.
 */
export async function runMigrations(url: string): Promise<void> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK]);
    const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'all' });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.end();
  }
}

import type pg from 'pg';
import { DataSource } from 'typeorm';
import { ensureDatabase } from '../src/database/embedded-postgres.js';
import { migrations } from '../src/database/migrations/index.js';
import { pool } from './harness.js';

/** Something that runs a query: a pool or one of its clients (inside a transaction). */
type Queries = Pick<pg.Pool, 'query'>;

/**
 * Every function and composite type of the public schema and every trigger, as the database holds
 * them: `pg_get_functiondef` (the body exactly as written), `pg_get_triggerdef` (rebuilt from the
 * catalog), and the attributes of each composite type.
 */
export async function databaseDefinitions(db: Queries) {
  const functions: { signature: string; def: string }[] = (await db.query(
    `SELECT p.oid::regprocedure::text AS signature, pg_get_functiondef(p.oid) AS def
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' ORDER BY 1`,
  )).rows;
  const triggers: { table: string; name: string; def: string }[] = (await db.query(
    `SELECT tgrelid::regclass::text AS "table", tgname AS name, pg_get_triggerdef(oid) AS def
       FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
  )).rows;
  const types: { name: string; attributes: string }[] = (await db.query(
    `SELECT t.typname AS name,
            string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) AS attributes
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' GROUP BY 1 ORDER BY 1`,
  )).rows;
  return { functions, triggers, types };
}

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

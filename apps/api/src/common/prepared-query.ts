import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * Runs `text` as a named prepared statement on the data source's connection pool: each connection
 * parses and plans it once instead of on every call. For statements on a hot path only; they skip
 * TypeORM's query runner (and its query logging).
 */
export async function preparedQuery<T>(db: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as PostgresDriver).master as pg.Pool;
  const { rows } = await pool.query<T & pg.QueryResultRow>({ name, text, values });
  return rows;
}

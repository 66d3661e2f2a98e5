import type pg from 'pg';

/** The read models behind `kpis`, kept by triggers on cases, claims, payments, promises and activities. */
export const KPI_READ_MODELS = ['kpi_cohort', 'kpi_daily', 'kpi_duration'] as const;

interface CountRow {
  n: number;
}

/**
 * The statements of `npm run kpi:rebuild`, on a plain pg pool (the CLI starts no Nest app).
 * Empties the KPI read models and recomputes them from the raw tables, set-based, in one
 * transaction (the database function `kpi_rebuild`, the same SQL the migration ran). Writers that
 * change the raw tables meanwhile wait for it and then add their change to the rebuilt figures.
 */
export async function rebuildKpiReadModels(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT kpi_rebuild()');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The rows in each KPI read model, for the rebuild's report. */
export async function kpiReadModelRowCounts(pool: pg.Pool): Promise<{ table: (typeof KPI_READ_MODELS)[number]; rows: number }[]> {
  return Promise.all(
    KPI_READ_MODELS.map(async (table) => {
      // The table name is one of the constants above, never input.
      const result = await pool.query<CountRow>(`SELECT count(*)::int AS n FROM ${table}`);
      return { table, rows: Number(result.rows[0]!.n) };
    }),
  );
}

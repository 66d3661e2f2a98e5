import type pg from 'pg';

/** The trigger-kept KPI read models, each with the key it is ordered by for comparison. */
const READ_MODELS = {
  kpi_cohort: 'placed_on, creditor_id, currency, collector_id',
  kpi_daily: 'day, creditor_id, currency, collector_id',
  kpi_duration: 'day, creditor_id, collector_id, days',
  kpi_open: 'placed_on, creditor_id, currency, collector_id',
  kpi_stage_moves: 'day, creditor_id, currency, collector_id, from_stage, to_stage',
} as const;

/** Every row of every read model, in key order: equal snapshots mean equal read models. */
export async function snapshotReadModels(db: pg.Pool): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(READ_MODELS)) out[table] = (await db.query(`SELECT * FROM ${table} ORDER BY ${order}`)).rows;
  return out;
}

/** mulberry32: a small seeded PRNG, so a failing random sequence can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

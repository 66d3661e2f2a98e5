/**
 * Recomputes the KPI read models from the raw tables:
 *
 *   node dist/analytics/kpi-rebuild.cli.js [--database-url postgres://...]
 *
 * Without --database-url (or DATABASE_URL) it starts the embedded PostgreSQL in DATA_DIR and
 * stops it again at the end. Migrations run first.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { runMigrations } from '../database/migrate.js';
import { kpiReadModelRowCounts, rebuildKpiReadModels } from './kpi-rebuild.repository.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    strict: true,
    options: { 'database-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log('Usage: node dist/analytics/kpi-rebuild.cli.js [--database-url postgres://...]');
    return 0;
  }
  let embedded: EmbeddedDatabase | undefined;
  let pool: pg.Pool | undefined;
  try {
    let url = values['database-url'];
    if (!url) {
      const config = loadConfig();
      url = config.databaseUrl;
      if (!url) {
        console.log(`Starting the embedded PostgreSQL in ${config.dataDir} (port ${config.embeddedPgPort}) ...`);
        embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, persistent: true });
        url = embedded.url;
      }
    }
    await runMigrations(url);
    pool = new pg.Pool({ connectionString: url, max: 1 });
    const started = performance.now();
    await rebuildKpiReadModels(pool);
    const counts = (await kpiReadModelRowCounts(pool)).map((c) => `${c.table} ${c.rows}`);
    console.log(`KPI read models rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.join(', ')} rows.`);
    return 0;
  } finally {
    await pool?.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

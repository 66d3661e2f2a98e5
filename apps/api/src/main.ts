import 'reflect-metadata';
import pg from 'pg';
import { createServer, openDatabase } from './bootstrap.js';
import { ConfigError, loadConfig } from './config/config.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './database/seed/demo-data.js';
import { calendarDateIn } from '@mahnwerk/domain';

const DEMO_CASES = 5000;

/**
 * Start-up for a person at a terminal: the lines below and the banner are plain text on stdout.
 * Once the server runs, everything it logs is JSON lines (pino, see observability/logger.ts).
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[mahnwerk] ${line}`);
  const config = loadConfig();
  const db = await openDatabase(config);
  log(db.embedded ? `Embedded PostgreSQL 18 in ${config.dataDir}` : 'Using the PostgreSQL at DATABASE_URL');

  if (config.seedDemo) {
    const pool = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      const started = Date.now();
      const result = await seedDemoData(pool, { cases: DEMO_CASES, today: calendarDateIn(new Date(), 'Europe/Berlin') });
      if (result.seeded) log(`Seeded demo data: ${result.cases} cases in ${Date.now() - started} ms`);
    } finally {
      await pool.end();
    }
  }

  const app = await createServer({ ...config, databaseUrl: db.url });
  const url = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      `  Mahnwerk is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health, ready: ${url}/ready)`,
      ...(config.metricsPort ? [`  Prometheus metrics: http://${config.metricsHost}:${config.metricsPort}/metrics`] : []),
      '',
      `  Demo logins, password "${DEMO_PASSWORD}":`,
      ...DEMO_USERS.map((u) => `    ${u.role.padEnd(10)} ${u.email}`),
      '',
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await app.close().catch((e: Error) => log(e.message));
    await db.stop().catch((e: Error) => log(e.message));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Mahnwerk failed to start:', error);
  }
  process.exit(1);
});

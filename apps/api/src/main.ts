import 'reflect-metadata';
import path from 'node:path';
import { createServer, openDatabase, type Database } from './bootstrap.js';
import { ConfigError, DEMO_PASSWORD_FILE, loadConfig } from './config/config.js';
import { DEMO_USERS } from './database/seed/demo-data.js';
import { firstStart, StartRefused } from './first-start.js';

const DEMO_CASES = 5000;
/** The embedded database to stop when the start is refused after it was started. */
let stopOnFailure: Database | undefined;

/**
 * Start-up for a person at a terminal: the lines below and the banner are plain text on stdout.
 * Once the server runs, everything it logs is JSON lines (pino, see observability/logger.ts).
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[mahnwerk] ${line}`);
  const config = loadConfig();
  const db = await openDatabase(config);
  log(db.embedded ? `Embedded PostgreSQL 18 in ${config.dataDir}` : 'Using the PostgreSQL at DATABASE_URL');
  if (db.singleRoleWarning && !config.seedDemo) log(`Warning: ${db.singleRoleWarning}`);

  log(config.seedDemo ? 'Demo mode: demo data and demo logins (SEED_DEMO=false turns it off)' : 'Not in demo mode: no demo data (SEED_DEMO=true for a demo)');
  stopOnFailure = db;
  const start = await firstStart({ config, databaseUrl: db.url, now: new Date(), demoCases: DEMO_CASES, log });
  const sampleAgency = ['AGENCY_NAME', 'AGENCY_ADDRESS', 'AGENCY_IBAN'].filter((name) => !process.env[name]);
  if (!start.demo && sampleAgency.length > 0) {
    log(`Letters name the sample agency: set ${sampleAgency.join(', ')} (see apps/api/README.md) before the first letter goes out`);
  }
  // The running API connects as the API role only (database/roles.ts); the owner's URL stays here.
  const app = await createServer({ ...config, databaseUrl: db.apiUrl });
  stopOnFailure = undefined;
  const url = `http://localhost:${config.port}`;
  console.log(
    [
      '',
      `  Mahnwerk is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/health, ready: ${url}/ready)`,
      ...(config.metricsPort ? [`  Prometheus metrics: http://${config.metricsHost}:${config.metricsPort}/metrics`] : []),
      '',
      ...(start.demo
        ? [
            `  Demo logins, password "${config.demoPassword}"` +
              (config.production ? ` (generated for this data directory, kept in ${path.join(config.dataDir, DEMO_PASSWORD_FILE)}):` : ':'),
            ...DEMO_USERS.map((u) => `    ${u.role.padEnd(10)} ${u.email}`),
            '',
          ]
        : []),
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

main().catch(async (error: unknown) => {
  await stopOnFailure?.stop().catch(() => undefined);
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof StartRefused) {
    console.error(`[mahnwerk] Start refused:\n${error.message}`);
  } else {
    console.error('Mahnwerk failed to start:', error);
  }
  process.exit(1);
});

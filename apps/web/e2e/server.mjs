// Starts Mahnwerk exactly as `npm start` does (built API serving the built web app, embedded
// PostgreSQL, migrations, demo data), but on a free port and a throw-away data directory.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo accounts' password in the browser tests (a production start would generate one). */
export const DEMO_PASSWORD = 'mahnwerk-demo';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A data directory (database with migrations and demo data) to start from: MAHNWERK_E2E_TEMPLATE
 * when run.mjs prepared one, so each test file copies it instead of seeding anew.
 */
const TEMPLATE = process.env.MAHNWERK_E2E_TEMPLATE;

export async function startMahnwerk() {
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-e2e-'));
  chmodSync(dataRoot, 0o777);
  // cp -a keeps the owner: as root the cluster runs as the `postgres` user (apps/api/src/database/embedded-postgres.ts).
  if (TEMPLATE && spawnSync('cp', ['-a', TEMPLATE, path.join(dataRoot, 'data')]).status !== 0) {
    throw new Error(`Could not copy the data template ${TEMPLATE}`);
  }
  const [port, pgPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [path.join(repoRoot, 'apps/api/dist/main.js')], {
    env: {
      // The account of the sample statements in apps/api/test/fixtures: one of the agency's own for the browser tests.
      BANK_OWN_ACCOUNTS: 'DE89370400440532013000',
      // The browser tests sign in many times a minute from one address: a higher login limit than the default.
      LOGIN_RATE_LIMIT: '1000',
      // Not production: the demo accounts get the password the tests sign in with (browser.mjs PASSWORD).
      ...process.env, NODE_ENV: 'test', DEMO_PASSWORD: DEMO_PASSWORD,
      PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: path.join(dataRoot, 'data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Mahnwerk did not start within 120 s:\n${output}`)), 120_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Mahnwerk is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`Mahnwerk exited with ${code}:\n${output}`)));
  });
  await ready;
  const halt = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  };
  return {
    url: `http://127.0.0.1:${port}`,
    /**
     * The embedded database as its owner (apps/api/src/database/embedded-postgres.ts, password generated
     * into the data directory), for arranging what the API cannot (the past).
     */
    databaseUrl: `postgres://mahnwerk:${encodeURIComponent(readFileSync(path.join(dataRoot, 'data', 'db-owner-password'), 'utf8').trim())}@127.0.0.1:${pgPort}/mahnwerk`,
    output: () => output,
    async stop() {
      await halt();
      rmSync(dataRoot, { recursive: true, force: true });
    },
    /** Stops it and returns its data directory (the caller removes it). */
    async stopKeepingData() {
      await halt();
      return path.join(dataRoot, 'data');
    },
  };
}

/** Starts Mahnwerk once (migrations, demo data), stops it and keeps its data directory as the template. */
export async function prepareTemplate() {
  const app = await startMahnwerk();
  return app.stopKeepingData();
}

// Shared bench plumbing: an embedded PostgreSQL in a temp folder, a generated data set, the API.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const api = (file) => path.join(repoRoot, 'apps/api/dist', file);

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

/** An embedded PostgreSQL: throw-away, or kept in `keepDir` so a generated data set serves many runs. */
export async function startPostgres(keepDir) {
  const { startEmbeddedPostgres } = await import(api('database/embedded-postgres.js'));
  const root = keepDir ?? mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-bench-'));
  mkdirSync(root, { recursive: true });
  chmodSync(root, 0o777);
  const db = await startEmbeddedPostgres({ dataDir: path.join(root, 'data'), port: await freePort(), persistent: Boolean(keepDir) });
  return {
    url: db.url,
    adminUrl: db.url.replace(/\/[^/]+$/, '/postgres'),
    urlOf: (name) => db.url.replace(/\/[^/]+$/, `/${name}`),
    async stop() {
      await db.stop();
      if (!keepDir) rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function caseCount(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT to_regclass('cases') IS NOT NULL AS ok`);
    if (!rows[0].ok) return 0;
    return Number((await client.query('SELECT count(*) AS n FROM cases')).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Migrates and fills `url` with the reproducible generator, printing progress. */
export async function generate(url, cases, today) {
  const { runMigrations } = await import(api('database/migrate.js'));
  const { seedDemoData } = await import(api('database/seed/demo-data.js'));
  const { configurePgTypes } = await import(api('database/pg-types.js'));
  configurePgTypes();
  await runMigrations(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const started = Date.now();
  let last = 0;
  await seedDemoData(pool, {
    cases, today,
    onProgress: (done, total) => {
      if (Date.now() - last > 5000 || done === total) {
        last = Date.now();
        process.stderr.write(`  generated ${done.toLocaleString('en')} / ${total.toLocaleString('en')} cases\n`);
      }
    },
  });
  await pool.end();
  return (Date.now() - started) / 1000;
}

/** Brings a kept data set to the code's schema, so every copy made from it starts on the same migrations. */
export async function migrateKept(url) {
  const { runMigrations } = await import(api('database/migrate.js'));
  const started = Date.now();
  await runMigrations(url);
  const took = (Date.now() - started) / 1000;
  if (took > 1) {
    // A migration that rewrote rows leaves dead ones that every copy would otherwise vacuum mid-run.
    await withClient(url, (client) => client.query('VACUUM (ANALYZE)'));
    console.log(`  kept data set migrated to the current schema and vacuumed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}

/**
 * Writes every dirty page out (a checkpoint, then the kernel's write-back of the copied files), then
 * waits until the machine is idle, so a contender neither queues its WAL flushes behind the previous
 * step's writes nor shares the cores with the kernel still reclaiming or writing back after it.
 */
export async function settleWrites(adminUrl) {
  await withClient(adminUrl, (client) => client.query('CHECKPOINT'));
  spawnSync('sync');
  await waitUntilIdle();
}

/** Resolves once the cores were at least 90% idle over two consecutive seconds (or after `maxSeconds`). */
async function waitUntilIdle(maxSeconds = 120) {
  const sample = () => {
    const cpu = os.cpus().map((c) => c.times);
    const total = cpu.reduce((sum, t) => sum + t.user + t.nice + t.sys + t.idle + t.irq, 0);
    return { idle: cpu.reduce((sum, t) => sum + t.idle, 0), total };
  };
  let quietSeconds = 0;
  for (let waited = 0; waited < maxSeconds && quietSeconds < 2; waited++) {
    const before = sample();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = sample();
    quietSeconds = (after.idle - before.idle) / (after.total - before.total) >= 0.9 ? quietSeconds + 1 : 0;
  }
}

async function withClient(url, use) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Copies a database (Postgres file-level copy), so two contenders start from the same rows. */
export async function cloneDatabase(adminUrl, from, to) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${to}"`);
  // FILE_COPY copies the files and syncs them, instead of writing the whole database through the WAL.
  await client.query(`CREATE DATABASE "${to}" TEMPLATE "${from}" STRATEGY FILE_COPY`);
  await client.end();
}

/**
 * Starts the built API on `url`, the generated data already there, and resolves when it listens. Demo
 * mode (SEED_DEMO=true): the generated users have the demo password, which refuses a start outside
 * it; the database has users, so nothing is seeded. No scheduler. Not production mode: there the known
 * demo password is refused (the bench signs in with it, as DEMO_PASSWORD says).
 */
export async function startApi(url, extraEnv = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [api('main.js')], {
    env: { ...process.env, NODE_ENV: 'test', DEMO_PASSWORD: 'mahnwerk-demo', LOGIN_RATE_LIMIT: '100000', DATABASE_URL: url, PORT: String(port), SEED_DEMO: 'true', DUNNING_SCHEDULE: 'off', JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0001', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The API logs a JSON line per request: keep its lines in a list (appending to one string and
  // searching it on every chunk would cost the client, which shares the machine, more each request).
  const lines = [];
  let partial = '';
  await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      for (const line of parts) {
        lines.push(line);
        if (line.includes('Mahnwerk is running at')) resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${lines.join('\n')}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  // A plain keep-alive agent: the client shares the machine with the server, and fetch costs it more CPU.
  const agent = new http.Agent({ keepAlive: true });
  return {
    base,
    /** The API's process id (to sample its memory from /proc). */
    pid: child.pid,
    /** The API's log lines containing `text`, written since it started. */
    logLines: (text) => lines.filter((line) => line.includes(text)),
    async gql(query, variables = {}, token) {
      const body = await postJson(agent, port, '/graphql', { query, variables }, token);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async stop() {
      agent.destroy();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function argValue(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Starts Postgres; a kept data directory in use by another bench is waited for (up to 20 minutes). */
export async function startPostgresWhenFree(keepDir) {
  const deadline = Date.now() + 20 * 60_000;
  for (let attempt = 0; ; attempt++) {
    const pidFile = keepDir && path.join(keepDir, 'data', 'pg', 'postmaster.pid');
    const busy = pidFile && existsSync(pidFile) && isAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]));
    if (!busy) {
      try {
        return await startPostgres(keepDir);
      } catch (error) {
        if (!keepDir || Date.now() > deadline) throw error;
        console.log(`  Postgres did not start on ${keepDir} (${error.message}); retrying`);
      }
    } else if (Date.now() > deadline) {
      throw new Error(`${keepDir} is still in use by another Postgres after 20 minutes`);
    } else if (attempt === 0) {
      console.log(`  ${keepDir} is in use by another bench; waiting for it to finish`);
    }
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

function isAlive(pid) {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Drops a database, closing its connections. */
export async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}

function postJson(agent, port, path, payload, token) {
  const body = JSON.stringify(payload);
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch {
          reject(new Error(`${path} answered ${response.statusCode}: ${text.slice(0, 200)}`));
        }
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * The generated data set in the `mahnwerk` database: reused (and brought to the current migrations)
 * when it holds `cases` cases, generated when the database is empty, refused otherwise so a kept data
 * set is never overwritten by accident.
 */
export async function prepareDataSet(postgres, { cases, today, keep }) {
  const existing = await caseCount(postgres.url);
  if (existing === cases) {
    console.log(`Reusing the ${cases.toLocaleString('en')} generated cases${keep ? ` in ${keep}` : ''}`);
    await migrateKept(postgres.url);
  } else if (existing === 0) {
    console.log(`Generating ${cases.toLocaleString('en')} cases (seed 42, today ${today}) ...`);
    await cloneDatabase(postgres.adminUrl, 'template0', 'mahnwerk');
    const took = await generate(postgres.url, cases, today);
    console.log(`  done in ${took.toFixed(0)} s`);
  } else {
    throw new Error(`${keep} holds ${existing.toLocaleString('en')} cases, not ${cases.toLocaleString('en')}: pass --cases ${existing}, or another --keep`);
  }
}

/** Clean-up steps run last-in first-out at the end, or on Ctrl-C / SIGTERM before exiting. */
export function cleanUpOnExit() {
  const cleanups = [];
  const cleanUp = async () => {
    while (cleanups.length) await cleanups.pop()().catch((error) => console.error('clean-up:', error.message));
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  return { cleanups, cleanUp };
}

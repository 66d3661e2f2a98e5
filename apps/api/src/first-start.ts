import { hash, verify } from '@node-rs/argon2';
import { calendarDateIn } from '@mahnwerk/domain';
import pg from 'pg';
import { AuditRepository } from './audit/audit.repository.js';
import { oneTimePassword, passwordProblem } from './auth/password-policy.js';
import type { AppConfig } from './config/config.js';
import type { Queryable } from './database/queryable.js';
import { DEMO_EMAIL_DOMAIN, DEMO_PASSWORD, seedDemoData } from './database/seed/demo-data.js';
import { FirstStartRepository } from './users/first-start.repository.js';

/**
 * What a start does to the database before the API serves anything (called by main.ts and tested
 * on its own):
 *
 * 1. Demo mode (`config.seedDemo`): the demo data is seeded into an empty database, its accounts with
 *    `config.demoPassword` (in production one generated for the data directory).
 * 2. Outside demo mode, and on every production-mode start (NODE_ENV=production), no active account may
 *    still accept the well-known demo password from the README: the start is refused.
 * 3. Without an active administrator, ADMIN_EMAIL and ADMIN_PASSWORD create one; without them the
 *    start is refused with a message naming them and `npm run admin:create`.
 */

/** The start cannot go on; the message says why and what the operator can do. */
export class StartRefused extends Error {}

/** The command that creates an administrator from a terminal (root package.json). */
export const ADMIN_CREATE_COMMAND = 'npm run admin:create -- --email E --name N';

export interface FirstStartOptions {
  config: Pick<AppConfig, 'seedDemo' | 'firstAdmin'> & Partial<Pick<AppConfig, 'production' | 'demoPassword'>>;
  /** The migrated database. */
  databaseUrl: string;
  /** The time of the start (business dates are derived from it in Europe/Berlin). */
  now: Date;
  /** Demo cases to seed into an empty database (the demo: 5,000). */
  demoCases: number;
  log?: (line: string) => void;
}

export interface FirstStartResult {
  /** Demo mode: demo accounts exist and the banner shows their logins. */
  demo: boolean;
  /** Cases seeded by this start (0: the database had data already, or not demo mode). */
  seededCases: number;
  /** The id of the administrator this start created from ADMIN_EMAIL / ADMIN_PASSWORD. */
  createdAdminId: string | null;
}

/** A pg pool or client as a repository's Queryable (rows out). */
export function queryableOf(db: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows,
  } as Queryable;
}

export async function firstStart(options: FirstStartOptions): Promise<FirstStartResult> {
  const log = options.log ?? (() => undefined);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4 });
  try {
    const users = new FirstStartRepository(queryableOf(pool));
    let seededCases = 0;
    if (options.config.seedDemo) {
      const started = Date.now();
      const today = calendarDateIn(options.now, 'Europe/Berlin');
      const result = await seedDemoData(pool, { cases: options.demoCases, today, password: options.config.demoPassword });
      if (result.seeded) {
        seededCases = result.cases;
        log(`Seeded demo data as of ${today}: ${result.cases} cases in ${Date.now() - started} ms`);
      }
    }
    if (!options.config.seedDemo || options.config.production) await refuseDemoPasswords(users, options.config.production ?? false);

    let createdAdminId: string | null = null;
    if ((await users.activeAdministrators()) === 0) {
      const admin = options.config.firstAdmin;
      if (!admin) throw new StartRefused(noAdministratorMessage());
      const problem = passwordProblem(admin.password, [admin.email, admin.name]);
      if (problem) throw new StartRefused(`ADMIN_PASSWORD is not accepted: ${problem.en} Choose another and start again.`);
      createdAdminId = await createAdministrator(pool, {
        email: admin.email, name: admin.name, password: admin.password, mustChangePassword: false, now: options.now, onlyIfNone: true,
      });
      if (createdAdminId) log(`Created the administrator ${admin.email} from ADMIN_EMAIL and ADMIN_PASSWORD (remove ADMIN_PASSWORD from the environment now)`);
    } else if (options.config.firstAdmin) {
      log('ADMIN_EMAIL and ADMIN_PASSWORD are ignored: an active administrator exists');
    }

    const demo = options.config.seedDemo && (await users.activeAccountsIn(DEMO_EMAIL_DOMAIN)) > 0;
    return { demo, seededCases, createdAdminId };
  } finally {
    await pool.end();
  }
}

function noAdministratorMessage(): string {
  return [
    'Mahnwerk has no active administrator, so nobody could sign in to set it up. Either',
    '  - start with ADMIN_EMAIL and ADMIN_PASSWORD set (at least 12 characters, not easy to guess): the',
    '    start creates that administrator; remove ADMIN_PASSWORD from the environment afterwards, or',
    `  - run \`${ADMIN_CREATE_COMMAND}\` (with the API stopped when it uses the embedded`,
    '    database), which prints a one-time password to change at the first sign-in,',
    'then start again. For a demo instead, start with SEED_DEMO=true.',
  ].join('\n');
}

/**
 * Refuses the start while an active account still accepts the demo password (outside demo mode:
 * the password is printed in the README). Each distinct hash is checked once, as login does.
 */
export async function refuseDemoPasswords(users: FirstStartRepository, production = false): Promise<void> {
  const accounts = await demoPasswordAccounts(users);
  if (accounts.length === 0) return;
  const shown = accounts.slice(0, 10).join(', ') + (accounts.length > 10 ? `, and ${accounts.length - 10} more` : '');
  const found = `${accounts.length} active account${accounts.length === 1 ? '' : 's'} still accept${accounts.length === 1 ? 's' : ''} the demo password ` +
    `from the README (${shown}).`;
  throw new StartRefused(
    production
      ? [
          found,
          'Mahnwerk does not start in production mode (NODE_ENV=production) while anyone could sign in with a published password. Either',
          '  - change their passwords or deactivate them (signed in to a start with NODE_ENV=development), then start again, or',
          '  - for a fresh demo, start on an empty DATA_DIR: a production demo gets a password of its own (printed at the start).',
        ].join('\n')
      : [
          found,
          'Mahnwerk does not start outside demo mode while anyone could sign in with it. Either',
          '  - change their passwords or deactivate them (an administrator can, signed in to a start with SEED_DEMO=true), then start again, or',
          '  - start with SEED_DEMO=true if this is meant to be a demo.',
        ].join('\n'),
  );
}

/** E-mails of the active accounts whose password is the demo password. */
export async function demoPasswordAccounts(users: FirstStartRepository): Promise<string[]> {
  const credentials = await users.activeCredentials();
  const byHash = new Map<string, string[]>();
  for (const c of credentials) byHash.set(c.passwordHash, [...(byHash.get(c.passwordHash) ?? []), c.email]);
  const hits = await Promise.all(
    [...byHash].map(async ([passwordHash, emails]) => ((await verify(passwordHash, DEMO_PASSWORD).catch(() => false)) ? emails : [])),
  );
  return hits.flat().sort();
}

export interface AdministratorToCreate {
  email: string;
  name: string;
  password: string;
  /** A one-time password: the administrator must choose their own at the first sign-in. */
  mustChangePassword: boolean;
  now: Date;
  /** Create nobody when an active administrator exists by then (another instance starting at the same time). */
  onlyIfNone?: boolean;
}

/**
 * Creates an administrator with its audit event, in one transaction; refuses an e-mail already in use.
 * Null when `onlyIfNone` and an active administrator exists.
 */
export async function createAdministrator(pool: pg.Pool, admin: AdministratorToCreate & { onlyIfNone: true }): Promise<string | null>;
export async function createAdministrator(pool: pg.Pool, admin: AdministratorToCreate): Promise<string>;
export async function createAdministrator(pool: pg.Pool, admin: AdministratorToCreate): Promise<string | null> {
  const passwordHash = await hash(admin.password);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const tx = queryableOf(client);
    const users = new FirstStartRepository(tx);
    await users.lockAdministratorCreation();
    if (admin.onlyIfNone && (await users.activeAdministrators()) > 0) {
      await client.query('ROLLBACK');
      return null;
    }
    if (await users.emailTaken(admin.email)) {
      throw new StartRefused(`An account with the e-mail ${admin.email} exists already: choose another address for the administrator.`);
    }
    const id = await users.createAdministrator({
      email: admin.email, name: admin.name, passwordHash, mustChangePassword: admin.mustChangePassword, at: admin.now,
    });
    await new AuditRepository().insert(
      { actorId: null, action: 'user.created', entity: 'user', entityId: id, after: { role: 'ADMIN', mustChangePassword: admin.mustChangePassword, via: admin.mustChangePassword ? 'admin:create' : 'ADMIN_EMAIL' } },
      tx,
    );
    await client.query('COMMIT');
    return id;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A one-time password for `npm run admin:create`. */
export { oneTimePassword };

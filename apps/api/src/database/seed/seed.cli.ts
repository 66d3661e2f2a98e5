/**
 * Seeds demo data into a database:
 *
 *   node dist/database/seed/seed.cli.js --cases 5000 [--seed 42] [--today 2026-11-25]
 *        [--debtors 2000] [--database-url postgres://...] [--reset]
 *
 * Without --database-url (or DATABASE_URL) it starts the embedded PostgreSQL in DATA_DIR
 * (default <repo>/.data, port EMBEDDED_PG_PORT or 54329) and stops it again at the end.
 * Migrations run first. A database that already has users is left alone (exit 0) unless
 * --reset is given, which empties the demo tables first (refused when audit events exist:
 * the audit trail is append-only).
 */
import { calendarDateIn, isIsoDate } from '@mahnwerk/domain';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { z } from 'zod';
import { parseCliArgs, UsageError } from '../../common/cli-args.js';
import { ConfigError, loadConfig } from '../../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../embedded-postgres.js';
import { runMigrations } from '../migrate.js';
import { DEFAULT_SEED, seedDemoData } from './demo-data.js';

const USAGE = `Usage: node dist/database/seed/seed.cli.js [options]

  --cases <n>            cases to create (default 5000)
  --debtors <n>          debtors to create (default 40% of the cases)
  --seed <n>             random seed; the same seed and --today give the same data (default ${DEFAULT_SEED})
  --today <YYYY-MM-DD>   the demo's "today" (default: today in Europe/Berlin)
  --database-url <url>   postgres://... (default: DATABASE_URL, else the embedded PostgreSQL in DATA_DIR)
  --reset                empty the demo tables first (only on a database without audit events)
  -h, --help             show this help`;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max.toLocaleString('en-US')}`));

const argsSchema = z.object({
  cases: wholeNumber(1, 10_000_000).default(5000),
  debtors: wholeNumber(1, 10_000_000).optional(),
  seed: wholeNumber(0, 2 ** 31 - 1).default(DEFAULT_SEED),
  today: z
    .string()
    .refine((s) => isIsoDate(s), 'must be a calendar date YYYY-MM-DD')
    .default(() => calendarDateIn(new Date(), 'Europe/Berlin')),
  'database-url': z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL').optional(),
  reset: z.boolean().default(false),
});

const OPTIONS = {
  cases: { type: 'string' },
  debtors: { type: 'string' },
  seed: { type: 'string' },
  today: { type: 'string' },
  'database-url': { type: 'string' },
  reset: { type: 'boolean' },
} as const;

function parseCli(argv: string[]): z.infer<typeof argsSchema> | 'help' {
  return parseCliArgs(argv, OPTIONS, argsSchema);
}

/** Tables the demo fills, children first. audit_events is append-only and never touched. */
const DEMO_TABLES = [
  'presence', 'payments', 'promises', 'activities', 'fees', 'claims', 'dunning_steps', 'cases', 'debtors',
  'user_creditors', 'users', 'creditors', 'teams',
];

async function reset(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_events');
  const events = Number(rows[0]!.n);
  if (events > 0) {
    throw new Error(
      `Cannot reset: the database has ${events.toLocaleString('en-US')} audit events, and the audit trail is ` +
        'append-only (deleting the data it describes would orphan it). Seed a fresh database instead, ' +
        'e.g. with another DATA_DIR or --database-url.',
    );
  }
  await pool.query(`TRUNCATE ${DEMO_TABLES.join(', ')} CASCADE`);
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }

  let embedded: EmbeddedDatabase | undefined;
  let pool: pg.Pool | undefined;
  let bar: cliProgress.SingleBar | undefined;
  const cleanUp = async (): Promise<void> => {
    bar?.stop();
    await pool?.end().catch(() => undefined);
    pool = undefined;
    await embedded?.stop().catch(() => undefined);
    embedded = undefined;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`\n${signal}: stopping (batches written so far stay in the database; use --reset to start over)`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let url = args['database-url'];
    if (!url) {
      const config = loadConfig();
      url = config.databaseUrl;
      if (!url) {
        console.log(`Starting the embedded PostgreSQL in ${config.dataDir} (port ${config.embeddedPgPort}) ...`);
        try {
          embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, persistent: true });
        } catch (error) {
          throw new Error(
            `Could not start the embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}: ` +
              `${error instanceof Error ? error.message : String(error ?? 'it did not start (is another PostgreSQL using this data directory?)')}\nIf the API is running, pass its database instead: ` +
              `--database-url postgres://mahnwerk:<the password in ${config.dataDir}/db-owner-password>@127.0.0.1:${config.embeddedPgPort}/mahnwerk`,
            { cause: error },
          );
        }
        url = embedded.url;
      }
    }

    await runMigrations(url);
    pool = new pg.Pool({ connectionString: url, max: 2 });

    if (args.reset) {
      await reset(pool);
      console.log('Reset: demo tables emptied.');
    } else {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM users');
      const users = Number(rows[0]!.n);
      if (users > 0) {
        console.log(
          `The database already has ${users} user${users === 1 ? '' : 's'}: demo data is only seeded into an empty ` +
            'database. Nothing changed. (Use --reset to replace it.)',
        );
        return 0;
      }
    }

    console.log(`Seeding ${args.cases.toLocaleString('en-US')} cases (seed ${args.seed}, today ${args.today}) ...`);
    const started = performance.now();
    bar = new cliProgress.SingleBar(
      { format: '  cases [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, ETA {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(args.cases, 0);
    const result = await seedDemoData(pool, {
      cases: args.cases,
      ...(args.debtors !== undefined ? { debtors: args.debtors } : {}),
      seed: args.seed,
      today: args.today,
      onProgress: (done) => bar?.update(done),
    });
    bar.stop();
    bar = undefined;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!result.seeded) {
      console.log('Another process seeded this database meanwhile. Nothing changed.');
      return 0;
    }
    const counts = await pool.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM debtors) AS debtors, (SELECT count(*) FROM claims) AS claims,
              (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM promises) AS promises,
              (SELECT count(*) FROM payments) AS payments, (SELECT count(*) FROM users) AS users`,
    );
    const c = counts.rows[0]!;
    const n = (v: string | number): string => Number(v).toLocaleString('en-US');
    console.log(
      `Seeded ${n(result.cases)} cases in ${seconds} s: ${n(c.debtors!)} debtors, ${n(c.claims!)} claims, ` +
        `${n(c.activities!)} activities, ${n(c.promises!)} promises, ${n(c.payments!)} payments, ${n(c.users!)} users.`,
    );
    return 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

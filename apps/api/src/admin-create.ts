/**
 * `npm run admin:create` (admin-create.cli.ts): creates an administrator with a one-time password (role ADMIN, must change the password at the
 * first sign-in) and prints the password once:
 *
 *   npm run admin:create -- --email E --name N [--database-url postgres://...]
 *
 * Without --database-url (or DATABASE_URL) it starts the embedded PostgreSQL in DATA_DIR (default
 * <repo>/.data, port EMBEDDED_PG_PORT or 54329) and stops it again at the end. While the API runs on
 * that embedded database, the database cannot be started a second time (PostgreSQL's lock on its
 * data directory): stop the API first, or pass the running database with --database-url.
 */
import pg from 'pg';
import { z } from 'zod';
import { parseCliArgs, UsageError } from './common/cli-args.js';
import { ConfigError, loadConfig } from './config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
import { createAdministrator, oneTimePassword, queryableOf, StartRefused } from './first-start.js';
import { FirstStartRepository } from './users/first-start.repository.js';

const USAGE = `Usage: npm run admin:create -- --email <e-mail> --name <name> [--database-url <url>]

  --email <e-mail>       the administrator's sign-in e-mail
  --name <name>          the administrator's name as others see it
  --database-url <url>   postgres://... (default: DATABASE_URL, else the embedded PostgreSQL in DATA_DIR;
                         stop the API first when it runs on the embedded database)
  -h, --help             show this help

Prints a one-time password; the administrator chooses their own at the first sign-in.`;

const argsSchema = z.object({
  email: z.string({ message: 'is required' }).trim().toLowerCase().regex(/^[^\s@]+@[^\s@]+$/, 'must be an e-mail address'),
  name: z.string({ message: 'is required' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  'database-url': z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL').optional(),
});

const OPTIONS = {
  email: { type: 'string' },
  name: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

function parseCli(argv: string[]): z.infer<typeof argsSchema> | 'help' {
  return parseCliArgs(argv, OPTIONS, argsSchema);
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command with its arguments; resolves to the exit code (0 done, 1 failed, 2 wrong usage). */
export async function adminCreate(argv: string[], output: Output, now: Date = new Date()): Promise<number> {
  try {
    return await createFromArgs(argv, output, now);
  } catch (error) {
    output.err(error instanceof ConfigError || error instanceof StartRefused || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function createFromArgs(argv: string[], output: Output, now: Date): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    output.out(USAGE);
    return 0;
  }

  let embedded: EmbeddedDatabase | undefined;
  let pool: pg.Pool | undefined;
  try {
    let url = args['database-url'];
    if (!url) {
      const config = loadConfig();
      url = config.databaseUrl;
      if (!url) {
        try {
          embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, persistent: true });
        } catch (error) {
          throw new Error(
            `Could not start the embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPgPort}: ` +
              `${error instanceof Error ? error.message : String(error ?? 'it did not start (is another PostgreSQL using this data directory?)')}\nIf the API is running on it, stop the API first, or pass its database: ` +
              `--database-url postgres://mahnwerk:<the password in ${config.dataDir}/db-owner-password>@127.0.0.1:${config.embeddedPgPort}/mahnwerk`,
            { cause: error },
          );
        }
        url = embedded.url;
      }
    }
    await runMigrations(url);
    pool = new pg.Pool({ connectionString: url, max: 2 });
    const existing = await new FirstStartRepository(queryableOf(pool)).activeAdministrators();
    const password = oneTimePassword();
    await createAdministrator(pool, { email: args.email, name: args.name, password, mustChangePassword: true, now });
    output.out(
      [
        `Created the administrator ${args.email} (${args.name})${existing > 0 ? `; ${existing} other active administrator${existing === 1 ? '' : 's'} exist` : ''}.`,
        '',
        `  One-time password: ${password}`,
        '',
        'It is shown only now. Sign in with it and choose a new password (Mahnwerk asks for one first).',
      ].join('\n'),
    );
    return 0;
  } finally {
    await pool?.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

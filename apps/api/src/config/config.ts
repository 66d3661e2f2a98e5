import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROMISE_GRACE_DAYS } from '@mahnwerk/domain';
import { isValidBIC, isValidIBAN } from 'ibantools';
import { z } from 'zod';
import { generatedSecret } from './secret-files.js';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(apiRoot, '../..');

/** Sign-ins per client address and minute (LOGIN_RATE_LIMIT). */
export const DEFAULT_LOGIN_RATE_LIMIT = 10;
/** Failed sign-ins in a row before an e-mail address is locked (LOGIN_LOCK_AFTER). */
export const DEFAULT_LOGIN_LOCK_AFTER = 5;

const envSchema = z.object({
  // "production": no introspection, no GraphiQL page, no field suggestions in errors.
  NODE_ENV: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  // The role the running API connects as (DML only, see database/roles.ts); DATABASE_URL is then the owner.
  DATABASE_API_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // How long a session lasts after sign-in (its refresh token's lifetime); access tokens are renewed within it.
  JWT_TTL: z.string().regex(/^\d+[smhd]$/, 'must look like 12h, 30m or 7d').default('12h'),
  ACCESS_TOKEN_TTL: z.string().regex(/^\d+[smhd]$/, 'must look like 15m, 90s or 1h').default('15m'),
  // Sign-in attempts (the login mutation) per client address and minute.
  LOGIN_RATE_LIMIT: z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number')
    .min(1, 'must be at least 1').default(DEFAULT_LOGIN_RATE_LIMIT),
  // Failed sign-ins in a row for one e-mail address before it is locked, for 1 s, doubling with each further failure.
  LOGIN_LOCK_AFTER: z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number')
    .min(1, 'must be at least 1').max(100, 'must be at most 100').default(DEFAULT_LOGIN_LOCK_AFTER),
  WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
  INSTANCE_ID: z.string().min(1).optional(),
  // Unset: demo data on the embedded default database, none on an external DATABASE_URL (loadConfig).
  // Outside production only: the demo accounts' password (default the well-known mahnwerk-demo).
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  SEED_DEMO: z.enum(['true', 'false'], { message: 'must be "true" or "false"' }).optional(),
  ADMIN_EMAIL: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[^\s@]+@[^\s@]+$/, 'must be an e-mail address')
    .optional(),
  ADMIN_PASSWORD: z.string().min(1, 'must not be empty').optional(),
  ADMIN_NAME: z.string().trim().min(1, 'must not be empty').max(200).default('Administrator'),
  DUNNING_SCHEDULE: z.enum(['on', 'off']).default('on'),
  DUNNING_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24 h)').default('06:00'),
  DUNNING_TIME_ZONE: z.string().min(1).default('Europe/Berlin'),
  // The daily retention job (pseudonymising debtors past every retention period); "off" leaves it to runRetentionNow.
  RETENTION_SCHEDULE: z.enum(['on', 'off'], { message: 'must be "on" or "off"' }).default('on'),
  PROMISE_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(PROMISE_GRACE_DAYS),
  // Letters per part of a print batch: each part is one merged PDF and its manifest (print-and-mail
  // services take files of a few thousand letters).
  PRINT_BATCH_PART_LETTERS: z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number')
    .min(1, 'must be at least 1').max(50_000, 'must be at most 50000').default(2000),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug']).default('warn'),
  KPI_CATCH_UP_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  METRICS_HOST: z.string().regex(/^[A-Za-z0-9.:-]+$/, 'must be an IP address or a host name').default('127.0.0.1'),
  MAIL_TRANSPORT: z.string().regex(/^(store|smtps?:\/\/.+)$/, 'must be "store" or an smtp:// URL').default('store'),
  // SMS: "store" keeps them in sms_messages (the default adapter); an https:// URL posts each as JSON
  // {"to", "text"} to a provider's gateway.
  SMS_TRANSPORT: z.string().regex(/^(store|https?:\/\/.+)$/, 'must be "store" or an http(s):// URL').default('store'),
  // The debtor portal's base URL for the {portalLink} merge field; unset: the field renders empty.
  PORTAL_BASE_URL: z.string().url('must be a URL').optional(),
  // The debtor portal's payment provider: "none" shows bank transfer only; "store" records the
  // payments debtors start (portal_payment_intents) for a provider to be plugged in later.
  PAYMENT_PROVIDER: z.enum(['none', 'store'], { message: 'must be "none" or "store"' }).default('none'),
  // The agency as its letters name it: sender and address lines ("|" between lines). The authority
  // supervising its registration (RDG 13a(1) no. 8) is dated agency data in the database
  // (supervisory_authorities, addSupervisoryAuthority), no longer a setting.
  AGENCY_NAME: z.string().trim().min(1).max(70).default('Mahnwerk Inkasso GmbH'),
  AGENCY_ADDRESS: z.string().transform((v) => v.split('|').map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(70, 'each line must be at most 70 characters')).min(1, 'needs at least one line').max(4, 'has at most 4 lines'))
    .default(['Musterstraße 1', '20095 Hamburg']),
  // The agency's collection account: letters and e-mails of a creditor without an IBAN name it.
  AGENCY_ACCOUNT_HOLDER: z.string().trim().min(1).max(70).default('Mahnwerk Inkasso GmbH'),
  AGENCY_IBAN: z.string().transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .refine((v) => isValidIBAN(v), 'must be a valid IBAN').default('DE87200400000627384900'),
  AGENCY_BIC: z.string().transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .refine((v) => isValidBIC(v), 'must be a valid BIC').default('COBADEHHXXX'),
  // The agency's further own accounts (comma-separated IBANs): bank statements are imported only for
  // these, AGENCY_IBAN and the creditors' own accounts.
  BANK_OWN_ACCOUNTS: z.string()
    .transform((v) => v.split(',').map((iban) => iban.replace(/\s+/g, '').toUpperCase()).filter(Boolean))
    .refine((ibans) => ibans.every((v) => isValidIBAN(v)), 'must be valid IBANs separated by commas')
    .default([]),
});

/** The agency as its letters and e-mails name it (AGENCY_* settings). */
export interface AgencyProfile {
  name: string;
  address: string[];
  /** Where debtors of a creditor without an account of its own pay. */
  account: { holder: string; iban: string; bic: string };
}

export interface AppConfig {
  /** NODE_ENV=production (`npm start`): no introspection, GraphiQL or field suggestions; no known password works, the demo's is generated. */
  production: boolean;
  port: number;
  databaseUrl: string | undefined;
  /** DATABASE_API_URL: the API role on the external database (DATABASE_URL being its owner). */
  databaseApiUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  /** JWT_TTL: how long a session lasts from sign-in (the refresh token's lifetime), e.g. 12h. */
  jwtTtl: string;
  /** ACCESS_TOKEN_TTL: the lifetime of one access token (renewed with the refresh token), e.g. 15m. */
  accessTokenTtl: string;
  /** LOGIN_RATE_LIMIT: login attempts per client address and minute. */
  loginRateLimit: number;
  /** LOGIN_LOCK_AFTER: failed sign-ins in a row after which an e-mail address is locked (1 s, doubling). */
  loginLockAfter: number;
  webDist: string;
  instanceId: string;
  /**
   * Demo mode: seed the demo data into an empty database and show the demo logins. SEED_DEMO when
   * set; otherwise on for the embedded default database and off for an external DATABASE_URL.
   */
  seedDemo: boolean;
  /**
   * Demo mode: the demo accounts' password. In production one generated for the data directory
   * (`<DATA_DIR>/demo-password`, 0600); otherwise DEMO_PASSWORD or the well-known `mahnwerk-demo`.
   */
  demoPassword: string | undefined;
  /** The first administrator, created at start-up when no active administrator exists (both or neither). */
  firstAdmin: { email: string; password: string; name: string } | undefined;
  dunningSchedule: boolean;
  /** RETENTION_SCHEDULE: the daily retention job runs (pseudonymisation after every retention period). */
  retentionSchedule: boolean;
  /** How often the read models catch up with hand-overs (kpi_collectors_catch_up); 0 leaves it to callers. */
  kpiCatchUpMs: number;
  dunningTime: string;
  dunningTimeZone: string;
  promiseGraceDays: number;
  /** PRINT_BATCH_PART_LETTERS: at most this many letters per part (one merged PDF and manifest) of a print batch. */
  printBatchPartLetters: number;
  mailTransport: string;
  /** SMS_TRANSPORT: "store" (kept in sms_messages) or a provider gateway URL. */
  smsTransport: string;
  /** PORTAL_BASE_URL: the debtor portal's base URL (links are `<base>/p/<token>`); null: the API's own web origin. */
  portalBaseUrl: string | null;
  /** PAYMENT_PROVIDER: the portal's payment provider adapter ("none": bank transfer only). */
  paymentProvider: 'none' | 'store';
  /**
   * The agency's collection account (AGENCY_ACCOUNT_HOLDER, AGENCY_IBAN, AGENCY_BIC): where debtors
   * pay when a creditor has no IBAN of its own (letters and dunning e-mails name it).
   */
  agency: AgencyProfile;
  /** BANK_OWN_ACCOUNTS: own accounts besides AGENCY_IBAN and the creditors' IBANs whose statements may be imported. */
  bankOwnAccounts: string[];
  /** The lowest level written: each level includes the ones above it (error, warn, log, debug). */
  logLevels: LogLevelName[];
  /** LOG_LEVEL itself: the lowest level the JSON log writes (`log` is pino's `info`). */
  logLevel: LogLevelName;
  /** The port of `GET /metrics` (Prometheus); undefined: no metrics endpoint. */
  metricsPort: number | undefined;
  /** The address the metrics port binds to; loopback unless METRICS_HOST says otherwise. */
  metricsHost: string;
}

const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

/** Reads and validates the environment once; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    const missing = e.ADMIN_EMAIL === undefined ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD';
    throw new ConfigError(`Invalid environment:\n  ${missing}: is needed as well: ADMIN_EMAIL and ADMIN_PASSWORD create the first administrator together`);
  }
  if (e.DATABASE_API_URL !== undefined && e.DATABASE_URL === undefined) {
    throw new ConfigError('Invalid environment:\n  DATABASE_URL: is needed as well: DATABASE_API_URL is the API role on the database whose owner DATABASE_URL names');
  }
  const production = e.NODE_ENV === 'production';
  if (production && e.DEMO_PASSWORD !== undefined) {
    throw new ConfigError(
      `Invalid environment:\n  DEMO_PASSWORD: is not accepted when NODE_ENV=production: the demo accounts get a password generated for the data directory (${DEMO_PASSWORD_FILE} in DATA_DIR)`,
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const seedDemo = e.SEED_DEMO === undefined ? e.DATABASE_URL === undefined : e.SEED_DEMO === 'true';
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseApiUrl: e.DATABASE_API_URL,
    dataDir,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    jwtSecret: e.JWT_SECRET ?? persistentSecret(dataDir),
    jwtTtl: e.JWT_TTL,
    accessTokenTtl: e.ACCESS_TOKEN_TTL,
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    loginLockAfter: e.LOGIN_LOCK_AFTER,
    webDist: e.WEB_DIST,
    instanceId: e.INSTANCE_ID ?? `api-${process.pid}-${randomBytes(3).toString('hex')}`,
    seedDemo,
    production,
    demoPassword: !seedDemo ? undefined : production ? generatedSecret(dataDir, DEMO_PASSWORD_FILE) : (e.DEMO_PASSWORD ?? KNOWN_DEMO_PASSWORD),
    firstAdmin:
      e.ADMIN_EMAIL !== undefined && e.ADMIN_PASSWORD !== undefined
        ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD, name: e.ADMIN_NAME }
        : undefined,
    dunningSchedule: e.DUNNING_SCHEDULE === 'on',
    retentionSchedule: e.RETENTION_SCHEDULE === 'on',
    kpiCatchUpMs: e.KPI_CATCH_UP_MS,
    dunningTime: e.DUNNING_TIME,
    dunningTimeZone: e.DUNNING_TIME_ZONE,
    promiseGraceDays: e.PROMISE_GRACE_DAYS,
    printBatchPartLetters: e.PRINT_BATCH_PART_LETTERS,
    mailTransport: e.MAIL_TRANSPORT,
    smsTransport: e.SMS_TRANSPORT,
    portalBaseUrl: e.PORTAL_BASE_URL ?? null,
    paymentProvider: e.PAYMENT_PROVIDER,
    agency: {
      name: e.AGENCY_NAME,
      address: e.AGENCY_ADDRESS,
      account: { holder: e.AGENCY_ACCOUNT_HOLDER, iban: e.AGENCY_IBAN, bic: e.AGENCY_BIC },
    },
    bankOwnAccounts: e.BANK_OWN_ACCOUNTS,
    logLevels: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(e.LOG_LEVEL) + 1),
    logLevel: e.LOG_LEVEL,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
  };
}

/** A generated secret kept in DATA_DIR, so tokens survive restarts without any set-up; checked at every start. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, JWT_SECRET_FILE);
  if (existsSync(file)) {
    const problem = secretFileProblem(file);
    if (problem) throw new ConfigError(problem);
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const JWT_SECRET_FILE = 'jwt-secret';
/** Where a production demo keeps its generated password. */
export const DEMO_PASSWORD_FILE = 'demo-password';
/**
 * The demo password printed in the README, for development and tests only: a production-mode start
 * never seeds it and refuses to start while an account accepts it (first-start.ts).
 */
export const KNOWN_DEMO_PASSWORD = 'mahnwerk-demo';
/** The fewest bytes a JWT secret file holds (as JWT_SECRET: 32 characters). */
export const SECRET_FILE_MIN_BYTES = 32;

/**
 * Why the JWT secret file cannot be used (null: it can): at least 32 bytes, mode 0600 or stricter (no
 * group or other bits) and owned by the user running Mahnwerk. The message names the file and the fix.
 */
export function secretFileProblem(file: string, uid: number | undefined = process.getuid?.()): string | null {
  const stat = statSync(file);
  const regenerate = `or delete it to have a new one generated at the next start (this signs everyone out)`;
  if (!stat.isFile()) return `The JWT secret ${file} is not a regular file: remove it and start again.`;
  if (uid !== undefined && stat.uid !== uid) {
    return `The JWT secret ${file} belongs to uid ${stat.uid}, not to the user running Mahnwerk (uid ${uid}): ` +
      `\`chown ${uid} ${file}\` if it is yours, ${regenerate}.`;
  }
  if ((stat.mode & 0o077) !== 0) {
    return `The JWT secret ${file} can be read by others (mode ${(stat.mode & 0o777).toString(8).padStart(4, '0')}): ` +
      `\`chmod 600 ${file}\`; if anyone could have read it, delete it instead to have a new one generated at the next start (this signs everyone out).`;
  }
  const length = Buffer.byteLength(readFileSync(file, 'utf8').trim());
  if (length < SECRET_FILE_MIN_BYTES) {
    return `The JWT secret ${file} holds ${length} bytes, fewer than ${SECRET_FILE_MIN_BYTES}: ` +
      `write a longer one (\`openssl rand -base64 48 > ${file}\`, mode 0600), ${regenerate}.`;
  }
  return null;
}

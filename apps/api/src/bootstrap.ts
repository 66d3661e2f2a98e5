import 'reflect-metadata';
import type {} from '@fastify/static';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import pg from 'pg';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import { AppModule, type RuntimeConfig } from './app.module.js';
import { GRAPHQL_BODY_LIMIT } from './common/graphql-limits.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { registerLoginRateLimit } from './auth/login-rate-limit.js';
import { runMigrations } from './database/migrate.js';
import { SOCKET_MAX_PAYLOAD } from './realtime/graphql-context.js';
import { grantApiRole, userOf } from './database/roles.js';
import { StartRefused } from './first-start.js';
import { configurePgTypes } from './database/pg-types.js';
import { NestPinoLogger, REQUEST_ID_HEADER, createLogger, requestContext, requestIdOf } from './observability/logger.js';

export interface Database {
  /** The owner: migrations and the start-up steps (first-start.ts). */
  url: string;
  /** The API role the running API connects as (the owner's URL when DATABASE_URL came alone). */
  apiUrl: string;
  embedded: boolean;
  /** Set when the API runs as the owner (DATABASE_URL without DATABASE_API_URL): what to tell the operator. */
  singleRoleWarning?: string;
  stop(): Promise<void>;
}

/**
 * The external database when DATABASE_URL is set, otherwise the embedded one in DATA_DIR; migrated as
 * the owner, then the API role gets its grants (database/roles.ts).
 */
export async function openDatabase(config: AppConfig): Promise<Database> {
  configurePgTypes();
  if (!config.databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, migrate: runMigrations });
    return { ...embedded, embedded: true };
  }
  await runMigrations(config.databaseUrl);
  const stop = async () => undefined;
  if (!config.databaseApiUrl) {
    return {
      url: config.databaseUrl, apiUrl: config.databaseUrl, embedded: false, stop,
      singleRoleWarning: 'DATABASE_API_URL is not set: the API runs as the owner role of DATABASE_URL, which can alter tables and ' +
        'disable triggers. Create the API role with infra/postgres/roles.sql and set DATABASE_API_URL.',
    };
  }
  const role = userOf(config.databaseApiUrl);
  if (role === userOf(config.databaseUrl)) {
    throw new StartRefused(
      `DATABASE_API_URL connects as ${role}, the owner DATABASE_URL names: the API role must be another role that only reads and ` +
        'writes rows. Create it with infra/postgres/roles.sql and start again.',
    );
  }
  await grantApiRole(config.databaseUrl, role);
  await refusePrivilegedApiRole(config.databaseApiUrl);
  return { url: config.databaseUrl, apiUrl: config.databaseApiUrl, embedded: false, stop };
}

/** DATABASE_API_URL must name a role that owns nothing of the schema and is no superuser. */
async function refusePrivilegedApiRole(apiUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: apiUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ superuser: boolean; owns: boolean }>(
      `SELECT r.rolsuper OR r.rolbypassrls AS superuser,
              EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    if (rows[0]?.superuser || rows[0]?.owns) {
      throw new StartRefused(
        `DATABASE_API_URL connects as ${userOf(apiUrl)}, which is a superuser or owns Mahnwerk's tables: the API role must only ` +
          'read and write rows. Create it with infra/postgres/roles.sql and start again.',
      );
    }
  } finally {
    await client.end();
  }
}

export interface ServerOptions {
  /** Where the JSON log lines go; standard output when not given. */
  logDestination?: DestinationStream;
}

/**
 * The API on one port: GraphQL (HTTP and graphql-ws) at /graphql, /health, /ready, and the built web
 * app at /; `/metrics` on METRICS_PORT when set. One pino logger serves Fastify and Nest.
 */
export async function createServer(config: RuntimeConfig, clock?: Clock, options: ServerOptions = {}): Promise<NestFastifyApplication> {
  configurePgTypes();
  const logger = createLogger(config.logLevel, options.logDestination);
  const adapter = new FastifyAdapter({
    // Routes that read a whole body: 12 MB. `/graphql` has its own, much smaller limit (onRoute below);
    // uploads stream through their own routes with limits of their own.
    bodyLimit: 12 * 1024 * 1024,
    loggerInstance: logger,
    // A proxy's x-request-id when it is well-formed, else a new UUID (genReqId reads the header itself).
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    // Everything the request runs from here on (resolvers, services) sees its id.
    requestContext.run({ requestId: request.id }, done);
  });
  const fastify = adapter.getInstance();
  fastify.addHook('onRoute', (route) => {
    if (route.url !== '/graphql') return;
    // Checked against Content-Length before any byte is read (413), and while reading a chunked body.
    route.bodyLimit = GRAPHQL_BODY_LIMIT;
    // GraphiQL (outside production only) loads its scripts from a CDN, which the CSP would block.
    if (!config.production) route.config = { ...route.config, helmet: { contentSecurityPolicy: false } } as typeof route.config;
  });
  // API answers (GraphQL, documents, CSV) are never stored by browsers or proxies; the web app's
  // built files set their own Cache-Control.
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    return payload;
  });
  // The refresh token's cookie, and the per-address limit on sign-ins.
  await fastify.register(fastifyCookie);
  await registerLoginRateLimit(fastify, config.loginRateLimit);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: new NestPinoLogger(logger),
  });
  await app.register(helmet, SECURITY_HEADERS);
  // gzip or brotli for every compressible answer a client asks it for (the web app's files, GraphQL,
  // CSV); PDFs and images are compressed already and go out as they are. The websocket is not affected.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  serveWebApp(app, config.webDist);
  await app.init();
  limitSocketMessages(app);
  await app.listen(config.port, '0.0.0.0');
  return app;
}

/**
 * Security headers on every answer (@fastify/helmet): the web app and the portal are built by Vite
 * into files of their own (no inline script), so scripts, styles and connections come from this
 * origin only; images also from data: URLs (the icon, QR codes). No framing, no MIME sniffing, no
 * referrer, HSTS for a year.
 */
export const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  frameguard: { action: 'deny' as const },
  noSniff: true,
  referrerPolicy: { policy: 'no-referrer' as const },
  crossOriginEmbedderPolicy: false,
};

/**
 * Websocket messages of at most SOCKET_MAX_PAYLOAD: the graphql-ws server Nest's GraphQL driver creates
 * takes no `ws` options, so its WebSocketServer's limit (checked by `ws` for each new socket) is set here.
 */
function limitSocketMessages(app: NestFastifyApplication): void {
  const driver = app.get(GraphQLModule).graphQlAdapter as unknown as { _subscriptionService?: { wss?: { options: { maxPayload?: number } } } };
  const wss = driver._subscriptionService?.wss;
  if (!wss) throw new Error('The GraphQL websocket server was not found: its message limit cannot be set.');
  wss.options.maxPayload = SOCKET_MAX_PAYLOAD;
}

const FILE_NAME = /\/[^/]+\.[a-z0-9]+$/i;

/** Vite's content-hashed files: a changed file gets a new name, so a cached one never goes stale. */
const HASHED_ASSETS = /[\\/]assets[\\/][^\\/]+$/;
export const IMMUTABLE_FOR_A_YEAR = 'public, max-age=31536000, immutable';

/**
 * How long a browser keeps a built file: hashed assets a year without asking again, index.html (which
 * names the current assets) revalidated on every load, anything else (the icon, say) an hour.
 */
export function cacheControlOf(file: string): string {
  if (HASHED_ASSETS.test(file)) return IMMUTABLE_FOR_A_YEAR;
  if (path.basename(file) === 'index.html') return 'no-cache';
  return 'public, max-age=3600';
}

/** The built files as they are, and index.html for every other GET so the app's own routes load. */
function serveWebApp(app: NestFastifyApplication, webDist: string): void {
  if (!existsSync(path.join(webDist, 'index.html'))) return;
  // `wildcard: false` registers a route per built file, which leaves `GET /*` free for the app's routes.
  // Source maps are never served, even when a build left some behind.
  app.useStaticAssets({
    root: path.resolve(webDist), index: false, wildcard: false, cacheControl: false,
    // @fastify/static hands over Fastify's reply (Nest's type still names the raw response's setHeader).
    setHeaders: ((reply: FastifyReply, file: string) => void reply.header('cache-control', cacheControlOf(file))) as never,
    allowedPath: (file) => !file.endsWith('.map'),
  });
  app.getHttpAdapter().getInstance().get('/*', (request, reply) =>
    // A missing file (an old build's chunk, say) is a 404, not the page: a script tag would choke on HTML.
    FILE_NAME.test(request.url.split('?')[0]!) ? reply.code(404).send({ message: 'Not found' }) : reply.sendFile('index.html'),
  );
}

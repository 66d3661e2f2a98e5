import 'reflect-metadata';
import type {} from '@fastify/static';
import type { DestinationStream } from 'pino';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type RuntimeConfig } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
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
    // Bank statements travel as GraphQL text (up to 5 MB, plus JSON escaping); the default is 1 MB.
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
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: new NestPinoLogger(logger),
  });
  serveWebApp(app, config.webDist);
  await app.listen(config.port, '0.0.0.0');
  return app;
}

const FILE_NAME = /\/[^/]+\.[a-z0-9]+$/i;

/** The built files as they are, and index.html for every other GET so the app's own routes load. */
function serveWebApp(app: NestFastifyApplication, webDist: string): void {
  if (!existsSync(path.join(webDist, 'index.html'))) return;
  // `wildcard: false` registers a route per built file, which leaves `GET /*` free for the app's routes.
  app.useStaticAssets({ root: path.resolve(webDist), index: false, wildcard: false, maxAge: '1h' });
  app.getHttpAdapter().getInstance().get('/*', (request, reply) =>
    // A missing file (an old build's chunk, say) is a 404, not the page: a script tag would choke on HTML.
    FILE_NAME.test(request.url.split('?')[0]!) ? reply.code(404).send({ message: 'Not found' }) : reply.sendFile('index.html', { maxAge: 0 }),
  );
}

import 'reflect-metadata';
import type {} from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, type RuntimeConfig } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
import { configurePgTypes } from './database/pg-types.js';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The external database when DATABASE_URL is set, otherwise the embedded one in DATA_DIR; migrated. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  configurePgTypes();
  const db: Database = config.databaseUrl
    ? { url: config.databaseUrl, embedded: false, stop: async () => undefined }
    : {
        ...(await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort })),
        embedded: true,
      };
  await runMigrations(db.url);
  return db;
}

/** The API on one port: GraphQL (HTTP and graphql-ws) at /graphql, /health, and the built web app at /. */
export async function createServer(config: RuntimeConfig, clock?: Clock): Promise<NestFastifyApplication> {
  configurePgTypes();
  // Bank statements travel as GraphQL text (up to 5 MB, plus JSON escaping); the default is 1 MB.
  const adapter = new FastifyAdapter({ bodyLimit: 12 * 1024 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, clock), adapter, {
    logger: config.logLevels,
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

import 'reflect-metadata';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
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
export async function createServer(config: RuntimeConfig, clock?: Clock): Promise<NestExpressApplication> {
  configurePgTypes();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    logger: config.logLevels,
  });
  // Bank statements travel as GraphQL text (up to 5 MB, plus JSON escaping); the default is 100 kB.
  app.useBodyParser('json', { limit: '12mb' });
  serveWebApp(app, config.webDist);
  await app.listen(config.port, '0.0.0.0');
  return app;
}

const SERVER_ROUTES = ['/graphql', '/health', '/letters/'];

function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(webDist, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_ROUTES.some((prefix) => req.path.startsWith(prefix))) return next();
    res.sendFile(index);
  });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import { FixedClock } from './harness.js';
import { withApi } from './with-api.js';

/** A script as Vite builds it: large enough (over 1 KB) to be worth compressing. */
const SCRIPT = `export const rows = [${Array.from({ length: 200 }, (_, i) => `{ id: ${i}, label: "row ${i}" }`).join(', ')}];\n`;

describe('The built web app: compressed, cached by kind, no source maps', () => {
  const bed = withApi({ collectors: 1, cases: 0, api: false });
  let app: NestFastifyApplication;
  let base: string;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><script type="module" src="/assets/index-Bx7f3a9Q.js"></script>');
    writeFileSync(path.join(webDist, 'assets/index-Bx7f3a9Q.js'), `${SCRIPT}//# sourceMappingURL=index-Bx7f3a9Q.js.map`);
    writeFileSync(path.join(webDist, 'assets/index-Bx7f3a9Q.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
    writeFileSync(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const config = loadConfig({
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', DUNNING_SCHEDULE: 'off', KPI_CATCH_UP_MS: '0', NODE_ENV: 'production',
    });
    app = await createServer({ ...config, port: 0, databaseUrl: bed.url, webDist }, new FixedClock());
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  /** The raw bytes and headers, without fetch's own decompression in the way. */
  async function raw(url: string, acceptEncoding: string) {
    const answer = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });
    return { status: answer.statusCode, headers: answer.headers, body: answer.rawPayload };
  }

  it('sends a hashed script gzipped when the browser accepts gzip, and brotli when it prefers that', async () => {
    const gzipped = await raw('/assets/index-Bx7f3a9Q.js', 'gzip');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toContain(SCRIPT);
    expect(gzipped.body.length).toBeLessThan(SCRIPT.length / 2);
    expect((await raw('/assets/index-Bx7f3a9Q.js', 'br, gzip')).headers['content-encoding']).toBe('br');
    expect((await raw('/assets/index-Bx7f3a9Q.js', 'identity')).headers['content-encoding']).toBeUndefined();
  });

  it('lets browsers keep hashed files for a year and revalidate index.html on every load', async () => {
    expect((await fetch(`${base}/assets/index-Bx7f3a9Q.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const page of ['/', '/queue', '/cases/123']) {
      const answer = await fetch(base + page);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-cache');
    }
    expect((await fetch(`${base}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('answers 404 for a source map, even one the build left next to its script', async () => {
    const map = await fetch(`${base}/assets/index-Bx7f3a9Q.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('sources');
  });

  it('still answers GraphQL, compressed or not', async () => {
    for (const encoding of ['gzip', 'br', 'identity']) {
      const answer = await fetch(`${base}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding }, body: '{"query":"{ __typename }"}',
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: { __typename: 'Query' } });
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });
});

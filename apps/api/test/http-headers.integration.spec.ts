import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/config.js';
import { FixedClock } from './harness.js';
import { withApi } from './with-api.js';

describe('HTTP security headers and caching', () => {
  const bed = withApi({ collectors: 1, cases: 0, api: false });
  let app: NestFastifyApplication;
  let base: string;
  let webDist: string;

  beforeAll(async () => {
    // A built web app as Vite leaves it, with a stray source map next to its script.
    webDist = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    writeFileSync(path.join(webDist, 'assets/app.js'), 'console.log("app");\n//# sourceMappingURL=app.js.map');
    writeFileSync(path.join(webDist, 'assets/app.js.map'), '{"version":3,"sources":["../src/main.tsx"]}');
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

  const csp = (header: string | null) => Object.fromEntries((header ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));

  it('sends a strict Content-Security-Policy and the other security headers on the web app', async () => {
    const page = await fetch(`${base}/cases/123`);
    expect(page.status).toBe(200);
    const policy = csp(page.headers.get('content-security-policy'));
    expect(policy).toMatchObject({
      'default-src': "'self'", 'script-src': "'self'", 'style-src': "'self'", 'object-src': "'none'",
      'frame-ancestors': "'none'", 'base-uri': "'none'", 'connect-src': "'self'",
    });
    expect(page.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline.*script/);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-powered-by')).toBeNull();
  });

  it('never lets /graphql answers or documents be stored', async () => {
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(gql.status).toBe(200);
    expect(gql.headers.get('cache-control')).toBe('no-store');
    expect(gql.headers.get('x-content-type-options')).toBe('nosniff');
    expect(csp(gql.headers.get('content-security-policy'))['frame-ancestors']).toBe("'none'");
    for (const document of ['/letters/00000000-0000-4000-8000-000000000000.pdf', '/print-batches/00000000-0000-4000-8000-000000000000.csv']) {
      const answer = await fetch(base + document);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    // The built files keep their own caching.
    expect((await fetch(`${base}/assets/app.js`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('does not serve source maps', async () => {
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    const map = await fetch(`${base}/assets/app.js.map`);
    expect(map.status).toBe(404);
    expect(await map.text()).not.toContain('sources');
  });
});

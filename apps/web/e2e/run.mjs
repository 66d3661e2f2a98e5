// Browser tests: Playwright drives Debian's Chromium against the real API, database and web app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareTemplate } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
// Every browser test file in this folder, one at a time (each starts its own API and database, from a
// copy of one data directory migrated and seeded here once).
const files = readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort().map((f) => path.join(here, f));
const template = await prepareTemplate();
let result;
try {
  result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, MAHNWERK_E2E_TEMPLATE: template },
  });
} finally {
  rmSync(path.dirname(template), { recursive: true, force: true });
}
process.exit(result.status ?? 1);

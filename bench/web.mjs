// The workbench's first load, measured as a person meets it: `npm start` (production build, embedded
// PostgreSQL with demo data) and headless Chromium. Prints the gzipped JavaScript the login and the
// queue screens load (goal: at most 250 KB for the queue's initial load) and the time from navigation
// to an interactive queue for a signed-in collector (goal: under 1 s), as the median of several runs.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { freePort, repoRoot } from './lib.mjs';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
const BUDGET_KB = 250;
const GOAL_MS = 1000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `npm start` on its own port and data directory; resolves once it prints its address. */
async function startWorkbench() {
  const dataRoot = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-bench-web-'));
  chmodSync(dataRoot, 0o777);
  const dataDir = path.join(dataRoot, 'data');
  const port = await freePort();
  const child = spawn('npm', ['run', '--silent', 'start', '-w', '@mahnwerk/api'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up within 180 s:\n${output}`)), 180_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Mahnwerk is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    password: readFileSync(path.join(dataDir, 'demo-password'), 'utf8').trim(),
    async stop() {
      child.removeAllListeners('exit');
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => child.once('exit', resolve).once('close', resolve));
      rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}

/** The gzipped size of every script a page fetched while `action` ran (bytes), by file. */
async function scriptsLoaded(page, action) {
  const scripts = new Map();
  const onResponse = async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body).length);
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return scripts;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (scripts) => [...scripts.values()].reduce((a, b) => a + b, 0);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const workbench = await startWorkbench();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
  const page = await context.newPage();
  const login = await scriptsLoaded(page, () => page.goto(`${workbench.url}/login`));
  await page.getByTestId('login-email').fill('collector1@demo.mahnwerk');
  await page.getByTestId('login-password').fill(workbench.password);
  const queueExtra = await scriptsLoaded(page, async () => {
    await page.getByTestId('login-submit').click();
    await page.getByTestId('claim-next').waitFor();
  });
  const queue = new Map([...login, ...queueExtra]);
  const language = await page.evaluate(() => document.documentElement.lang);
  // The German or Danish messages load as their own chunk: data, counted apart from the code.
  const isCatalogue = (file) => /\/assets\/(de|da)-[\w-]+\.js$/.test(file);
  const code = (scripts) => new Map([...scripts].filter(([file]) => !isCatalogue(file)));
  const catalogue = total(queue) - total(code(queue));
  console.log(`workbench language: ${language}`);
  console.log(`login screen: ${login.size} scripts, ${kb(total(code(login)))} gzipped code`);
  console.log(`queue screen: ${queue.size} scripts, ${kb(total(code(queue)))} gzipped code (login's and ${queueExtra.size} more), plus ${kb(catalogue)} of ${language} messages`);
  for (const [file, size] of [...queue].sort((a, b) => b[1] - a[1])) console.log(`  ${kb(size).padStart(9)}  ${file}`);

  // Navigation to an interactive queue: the session cookie is there, caches warm after the first run.
  const timings = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await page.goto(`${workbench.url}/queue`);
    await page.getByTestId('claim-next').waitFor();
    await page.waitForFunction(() => {
      const button = document.querySelector('[data-testid="claim-next"]');
      return button && !button.disabled && document.querySelector('[data-testid="queue-list"]') && !document.querySelector('.queue-list-scroll .spinner');
    });
    timings.push(performance.now() - started);
  }
  const cold = timings[0];
  const warm = median(timings.slice(1));
  console.log(`navigation to an interactive queue: first ${cold.toFixed(0)} ms, median of ${RUNS - 1} more ${warm.toFixed(0)} ms`);
  console.log(`goal: initial JavaScript of the queue at most ${BUDGET_KB} KB gzipped: ${total(code(queue)) <= BUDGET_KB * 1024 ? 'met' : 'NOT met'} (code), ${total(queue) <= BUDGET_KB * 1024 ? 'met' : 'NOT met'} (with the messages)`);
  console.log(`goal: interactive queue under ${GOAL_MS} ms: ${warm < GOAL_MS ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await workbench.stop();
}

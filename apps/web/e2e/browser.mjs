// What the browser tests share: Chromium's launch flags, the demo password, screenshots, signing in
// through the login form, GraphQL calls straight to the API, and a running Mahnwerk per test file.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { DEMO_PASSWORD, startMahnwerk } from './server.mjs';

export const shots = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(shots, { recursive: true });

export const PASSWORD = DEMO_PASSWORD;
export const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A GraphQL request to the API; fails the test on any GraphQL error. */
export async function gql(url, query, variables = {}, token) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/**
 * Moves cases `days` into the past (placement and stage entry): a dunning run is dated today at the
 * latest, so a case placed today is made due by placing it earlier.
 */
export async function backdateCases(server, caseIds, days) {
  const client = new pg.Client({ connectionString: server.databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE cases SET placed_at = placed_at - $2::int, stage_entered_on = stage_entered_on - $2::int WHERE id = ANY($1::uuid[])`,
      [caseIds, days],
    );
  } finally {
    await client.end();
  }
}

/** A token for a demo user, for calls made beside the browser. */
export async function apiToken(url, email) {
  const { login } = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: PASSWORD });
  return login.token;
}

const pageTokens = new WeakMap();

/** Remembers the access token the page sends (it lives in the page's memory only, never in storage). */
/**
 * The calendar date a workbench date field holds, as 'YYYY-MM-DD'. The field writes it in English
 * (en-GB: day, month, year): "07/12/2026".
 */
export async function isoDateIn(field) {
  const shown = await field.inputValue();
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
  if (!match) throw new Error(`Not an English date: ${shown}`);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

export function watchToken(page) {
  page.on('request', (request) => {
    const header = request.headers().authorization;
    if (header?.startsWith('Bearer ')) pageTokens.set(page, header.slice('Bearer '.length));
  });
}

/** The access token a page signed in by `signIn` last sent, and its user's id (`sub`). */
export function sessionOf(page) {
  const token = pageTokens.get(page);
  assert.ok(token, 'the page has sent no access token yet');
  const { sub } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  return { token, userId: sub };
}

/**
 * A fresh browser context signed in as `email` through the login form. The browser keeps the demo
 * agency's time zone, the server's dunning day, so "today" is the same day on both sides whatever
 * the machine's zone (around midnight they differ).
 */
export async function signIn(browser, url, email, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Berlin', ...contextOptions });
  const page = await context.newPage();
  watchToken(page);
  await page.goto(url);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  return page;
}

/**
 * Starts Mahnwerk (API, web and a fresh embedded database with demo data) and Chromium before the
 * file's tests and stops both after them; `onStart` receives `{ server, browser }`.
 */
export function withMahnwerk(onStart) {
  let started;
  // What the Content-Security-Policy blocked in any page of the file's tests: the app must need nothing it forbids.
  const blocked = [];
  before(async () => {
    started = { server: await startMahnwerk() };
    started.browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: LAUNCH_ARGS });
    const newContext = started.browser.newContext.bind(started.browser);
    started.browser.newContext = async (...args) => {
      const context = await newContext(...args);
      context.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      return context;
    };
    onStart(started);
  });
  after(async () => {
    await started?.browser?.close();
    // The server's log beside the screenshots, to read after a failure.
    if (started?.server) writeFileSync(path.join(shots, `server-${path.basename(process.argv[1] ?? 'e2e', '.mjs')}.log`), started.server.output());
    await started?.server?.stop();
    assert.deepEqual(blocked, [], 'the Content-Security-Policy blocked something the app needs');
  });
}

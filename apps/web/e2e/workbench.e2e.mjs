import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { gql, LAUNCH_ARGS, PASSWORD, sessionOf, shots, signIn as signInAs } from './browser.mjs';
import { startMahnwerk } from './server.mjs';

let server;
let browser;

before(async () => {
  server = await startMahnwerk();
  // The tests run at any hour: contact outcomes must not meet the demo's contact hours or the
  // debtor's 7-day attempt limit. A lead or admin sets that per creditor, as here through the API.
  await allowContactAtAnyTime(server.url);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: LAUNCH_ARGS });
});

async function allowContactAtAnyTime(url) {
  const { login } = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: 'admin@demo.mahnwerk', p: PASSWORD,
  });
  const { creditors } = await gql(url, '{ creditors { id } }', {}, login.token);
  const allDay = { from: '00:00', to: '24:00' };
  for (const { id } of creditors) {
    await gql(url, 'mutation($id: ID!, $p: ContactPolicyInput!) { setContactPolicy(creditorId: $id, policy: $p) { id } }', {
      id,
      p: {
        contactHours: { weekdays: allDay, saturday: allDay, sunday: allDay, holidays: allDay },
        maxAttemptsPer7Days: 100,
        reminderSpacingDays: [{ country: 'DK', days: 10 }],
      },
    }, login.token);
  }
}

after(async () => {
  await browser?.close();
  await server?.stop();
});

function signIn(email) {
  return signInAs(browser, server.url, email);
}

test('a collector claims a case and records a promise while the lead watches the board change live', async () => {
  const lead = await signIn('lead@demo.mahnwerk');
  const board = lead.getByTestId('team-board');
  await board.waitFor();
  const collector = await signIn('collector1@demo.mahnwerk');
  await collector.getByTestId('claim-next').waitFor();
  const me = sessionOf(collector).userId;
  assert.ok(me, 'the collector is signed in with a token');
  const leadRow = lead.locator(`[data-testid="collector-row"][data-collector-id="${me}"]`);
  await leadRow.waitFor();
  // The lead's board must hold a live connection before we count on live updates.
  await lead.waitForTimeout(500);
  const sizeBefore = Number((await leadRow.getByTestId('queue-size').innerText()).match(/\d+/)[0]);
  const rowsBefore = await collector.getByTestId('queue-row').count();
  await lead.screenshot({ path: path.join(shots, 'team-board.png') });

  await collector.getByTestId('claim-next').click();
  await collector.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="queue-row"]').length === n + 1,
    rowsBefore,
  );
  await collector.getByTestId('case-detail').waitFor();
  const caseId = await collector.getByTestId('case-detail').getAttribute('data-case-id');

  // The lead sees the new queue size without reloading.
  await leadRow.getByTestId('queue-size').filter({ hasText: String(sizeBefore + 1) }).waitFor({ timeout: 5000 });

  await collector.getByTestId('outcome-type').selectOption('PROMISE_TO_PAY');
  await collector.getByTestId('outcome-amount').fill('50,00');
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await collector.getByTestId('outcome-date').fill(inAWeek);
  await collector.getByTestId('outcome-note').fill('Debtor will pay after payday');
  await collector.getByTestId('outcome-submit').click();
  await collector.getByTestId('outcome-saved').waitFor();
  await collector.getByTestId('case-timeline').getByText('Debtor will pay after payday').first().waitFor();
  await collector.screenshot({ path: path.join(shots, 'case-after-promise.png'), fullPage: true });

  // The promise is stored against the case the browser showed.
  const check = await collector.evaluate(async ({ id, token }) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { case(id: $id) { promises { amountCents status } } }', variables: { id } }),
    });
    return response.json();
  }, { id: caseId, token: sessionOf(collector).token });
  assert.deepEqual(check.data.case.promises.at(-1), { amountCents: 5000, status: 'OPEN' });
});

test('the manager dashboard draws KPIs and charts from the demo history', async () => {
  const manager = await signIn('manager@demo.mahnwerk');
  await manager.getByTestId('kpi-collector-table').waitFor({ timeout: 15_000 });
  await manager.locator('.recharts-surface').first().waitFor();
  await manager.waitForTimeout(1500); // let the charts finish their entry animation before the screenshot
  await manager.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });
  const text = await manager.locator('body').innerText();
  assert.match(text, /Payment rate/i);
  assert.match(text, /\d+(,\d+)?\s?%/);
});

test('a lead runs the dunning process for today; running the same day again changes nothing', async () => {
  const lead = await signIn('lead@demo.mahnwerk');
  await lead.getByTestId('team-board').waitFor();
  await lead.goto(`${server.url}/dunning`);
  await lead.getByTestId('dunning-page').waitFor();
  await lead.getByTestId('dunning-strategies').waitFor();
  const runOnce = async () => {
    await lead.getByTestId('dunning-run-start').click();
    await lead.getByTestId('dunning-confirm').waitFor();
    await lead.getByTestId('dunning-run-confirm').click();
    await lead.getByTestId('dunning-result').waitFor({ timeout: 60_000 });
    return lead.getByTestId('dunning-result').innerText();
  };
  const first = await runOnce();
  await lead.screenshot({ path: path.join(shots, 'dunning.png'), fullPage: true });
  assert.match(first, /\d/);
  const runs = await lead.evaluate(async (token) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ dunningRuns { asOf status advanced letters } }' }),
    });
    return (await response.json()).data.dunningRuns;
  }, sessionOf(lead).token);
  // The demo history holds the runs of earlier days; today has exactly the one just made.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const todays = runs.filter((run) => run.asOf === today);
  assert.equal(todays.length, 1);
  assert.equal(todays[0].status, 'DONE');
  assert.ok(todays[0].advanced > 0, 'the demo portfolio has cases due today');

  await runOnce();
  const again = await lead.evaluate(async (token) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ dunningRuns { asOf status advanced letters } }' }),
    });
    return (await response.json()).data.dunningRuns;
  }, sessionOf(lead).token);
  assert.deepEqual(again, runs);
});

test('the demo is marked as demo data on the sign-in page and in the top bar, with the demo logins', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('demo-marker').waitFor();
  assert.equal(await page.getByTestId('demo-marker').textContent(), 'Demo data');
  await page.getByTestId('demo-logins').waitFor();
  // The page names no password: a production demo's is generated for its data directory.
  assert.doesNotMatch(await page.getByTestId('demo-logins').textContent(), new RegExp(PASSWORD));
  await page.screenshot({ path: path.join(shots, 'login-demo.png') });
  await context.close();

  const manager = await signIn('manager@demo.mahnwerk');
  await manager.locator('.topbar').getByTestId('demo-marker').waitFor();
  await manager.screenshot({ path: path.join(shots, 'topbar-demo.png') });
});

test('the server answers the app routes with the page, and a missing file with 404', async () => {
  const page = await fetch(`${server.url}/dashboard/cases?metric=PAID_IN_FULL`);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="root">/);
  const missing = await fetch(`${server.url}/assets/index-from-an-old-build.js`);
  assert.equal(missing.status, 404);
});

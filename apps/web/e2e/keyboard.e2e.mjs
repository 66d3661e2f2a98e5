// The collector's loop from the keyboard alone: claim, three outcomes, a payment, the next claim,
// each outcome in at most six keystrokes; the shortcut help; and a case a lead moves away.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, sessionOf, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;
withMahnwerk((started) => ({ server, browser } = started));

/** The tests run at any hour: contact outcomes must not meet the demo's contact hours or attempt limit. */
async function allowContactAtAnyTime() {
  const token = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { creditors } = await gql(server.url, '{ creditors { id } }', {}, token);
  const allDay = { from: '00:00', to: '24:00' };
  for (const { id } of creditors) {
    await gql(server.url, 'mutation($id: ID!, $p: ContactPolicyInput!) { setContactPolicy(creditorId: $id, policy: $p) { id } }', {
      id,
      p: { contactHours: { weekdays: allDay, saturday: allDay, sunday: allDay, holidays: allDay }, maxAttemptsPer7Days: 100, reminderSpacingDays: [{ country: 'DK', days: 10 }] },
    }, token);
  }
}

/** Counts what the collector does: every press and every typed text is one keystroke of the current step. */
function keyboardOf(page) {
  let count = 0;
  return {
    async press(key) {
      count += 1;
      await page.keyboard.press(key);
    },
    async type(text) {
      count += 1;
      await page.keyboard.type(text);
    },
    take() {
      const taken = count;
      count = 0;
      return taken;
    },
  };
}

const openCaseId = (page) => page.getByTestId('case-detail').getAttribute('data-case-id');
const focusedTestId = (page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** A raw GraphQL call whose errors the test looks at. */
async function gqlRaw(query, variables, token) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

test('a collector claims, records three outcomes and a payment, and claims the next case without the mouse', async () => {
  await allowContactAtAnyTime();
  const page = await signIn(browser, server.url, 'collector1@demo.mahnwerk', { locale: 'en-US' });
  await page.getByTestId('claim-next').waitFor();
  await page.getByTestId('queue-capacity').waitFor();
  assert.match(await page.getByTestId('queue-capacity').innerText(), /^\d+ of \d+ cases?$/);
  // From here on no pointer is used: every mouse press in the page is counted.
  await page.evaluate(() => {
    window.__pointerPresses = 0;
    document.addEventListener('pointerdown', () => (window.__pointerPresses += 1), true);
    document.addEventListener('mousedown', () => (window.__pointerPresses += 1), true);
  });
  const keys = keyboardOf(page);
  const counts = {};

  await keys.press('n');
  await page.getByTestId('case-detail').waitFor();
  const first = await openCaseId(page);
  counts.claim = keys.take();
  assert.match(await page.title(), / · .+ · Mahnwerk$/, 'the page title names the case');
  assert.doesNotMatch(await page.title(), new RegExp(first), 'the page title is not the case id');

  // No contact: pick it, record it.
  await keys.press('1');
  await keys.press('Control+Enter');
  await page.getByTestId('outcome-saved').filter({ hasText: 'No contact recorded.' }).waitFor();
  counts.noContact = keys.take();
  // The next step starts at the queue: the focus moved to the next case (or the claim button).
  assert.ok(['queue-row', 'claim-next'].includes(await focusedTestId(page)), 'after an outcome the focus is on the queue');

  // Promise to pay: amount, Tab, date, record.
  const inAWeek = new Date(Date.now() + 7 * 86_400_000);
  // Typed as the workbench writes dates in English (day, month, year), eight digits without separators.
  const typedDate = [inAWeek.getDate(), inAWeek.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('') + inAWeek.getFullYear();
  await keys.press('3');
  assert.equal(await focusedTestId(page), 'outcome-amount');
  await keys.type('50');
  await keys.press('Tab');
  await keys.type(typedDate);
  await keys.press('Control+Enter');
  await page.getByTestId('outcome-saved').filter({ hasText: 'Promise to pay recorded.' }).waitFor();
  counts.promise = keys.take();

  // Right-party contact with a note.
  await keys.press('2');
  assert.equal(await focusedTestId(page), 'outcome-note');
  await keys.type('Spoke to the debtor, salary comes on the 25th');
  await keys.press('Control+Enter');
  await page.getByTestId('outcome-saved').filter({ hasText: 'Right-party contact recorded.' }).waitFor();
  await page.getByTestId('case-timeline').getByText('Spoke to the debtor, salary comes on the 25th').first().waitFor();
  counts.rightPartyWithNote = keys.take();

  // A payment: p, amount, Enter (received today).
  await keys.press('p');
  assert.equal(await focusedTestId(page), 'payment-amount');
  await keys.type('20');
  await keys.press('Enter');
  await page.getByTestId('payment-saved').waitFor();
  counts.payment = keys.take();
  await page.screenshot({ path: path.join(shots, 'keyboard-loop.png'), fullPage: true });

  // And the next case.
  await keys.press('n');
  await page.waitForFunction((id) => {
    const pane = document.querySelector('[data-testid="case-detail"]');
    return pane && pane.getAttribute('data-case-id') !== id;
  }, first);
  counts.nextClaim = keys.take();

  console.log('keystrokes per step:', JSON.stringify(counts));
  for (const step of ['noContact', 'promise', 'rightPartyWithNote']) assert.ok(counts[step] <= 6, `${step} took ${counts[step]} keystrokes`);
  assert.equal(await page.evaluate(() => window.__pointerPresses), 0, 'no mouse was used');

  // The stored promise is the one typed.
  const { case: stored } = await gql(server.url, 'query($id: ID!) { case(id: $id) { promises { amountCents status } } }', { id: first }, sessionOf(page).token);
  assert.deepEqual(stored.promises.at(-1), { amountCents: 5000, status: 'OPEN' });
});

test('? lists the shortcuts and Esc closes the list; typing n in a field claims nothing', async () => {
  const page = await signIn(browser, server.url, 'collector2@demo.mahnwerk', { locale: 'en-US' });
  await page.getByTestId('claim-next').waitFor();
  await page.getByTestId('queue-list').waitFor();
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcut-help');
  await help.waitFor();
  const listed = await help.innerText();
  for (const text of ['Claim the next case and open it', 'Move down the queue', 'Move up the queue', 'Search the queue']) assert.match(listed, new RegExp(text));
  await page.screenshot({ path: path.join(shots, 'keyboard-help.png') });
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });

  const rowsBefore = await page.getByTestId('queue-row').count();
  const urlBefore = page.url();
  await page.keyboard.press('/');
  assert.equal(await focusedTestId(page), 'queue-search');
  await page.keyboard.type('n');
  await page.waitForTimeout(800);
  assert.equal(page.url(), urlBefore, 'typing n in the search opened no case');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('queue-row').count(), rowsBefore, 'typing n in the search claimed nothing');
});

test('a case a lead moves away turns read-only in the former collector\'s pane, and the API refuses their payment and outcome', async () => {
  await allowContactAtAnyTime();
  const page = await signIn(browser, server.url, 'collector3@demo.mahnwerk', { locale: 'en-US' });
  await page.getByTestId('claim-next').waitFor();
  await page.keyboard.press('n');
  await page.getByTestId('case-detail').waitFor();
  const caseId = await openCaseId(page);
  await page.waitForTimeout(500); // the pane's live subscription is up

  const leadToken = await apiToken(server.url, 'lead@demo.mahnwerk');
  const target = (await gql(server.url, '{ me { id name } }', {}, await apiToken(server.url, 'collector1@demo.mahnwerk'))).me;
  const { case: before } = await gql(server.url, 'query($id: ID!) { case(id: $id) { version } }', { id: caseId }, leadToken);
  await gql(server.url, 'mutation($c: ID!, $to: ID!, $v: Int!) { reassignCase(caseId: $c, collectorId: $to, expectedVersion: $v) { id } }', {
    c: caseId, to: target.id, v: before.version,
  }, leadToken);

  const notice = page.getByTestId('case-moved-notice');
  await notice.waitFor({ timeout: 10_000 });
  assert.match(await notice.innerText(), new RegExp(`moved to ${target.name}`));
  assert.equal(await page.getByTestId('payment-amount').isDisabled(), true);
  assert.equal(await page.getByTestId('outcome-type').isDisabled(), true);
  await page.screenshot({ path: path.join(shots, 'keyboard-moved-away.png'), fullPage: true });

  const token = sessionOf(page).token;
  const payment = await gqlRaw(
    'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
    { i: { caseId, amountCents: 1000, receivedAt: new Date().toISOString().slice(0, 10), reference: 'late', idempotencyKey: crypto.randomUUID() } },
    token,
  );
  assert.equal(payment.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(payment));
  const outcome = await gqlRaw(
    'mutation($i: RecordOutcomeInput!) { recordOutcome(input: $i) { id } }',
    { i: { caseId, type: 'NO_CONTACT', channel: 'PHONE', direction: 'OUTBOUND', idempotencyKey: crypto.randomUUID() } },
    token,
  );
  assert.equal(outcome.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(outcome));
});

test("a lead changes a collector's capacity: the collector's queue shows the new figure at once", async () => {
  const page = await signIn(browser, server.url, 'collector5@demo.mahnwerk', { locale: 'en-US' });
  const shown = page.getByTestId('queue-capacity');
  await shown.waitFor();
  await page.waitForTimeout(500); // the queue's live subscription is up
  const me = (await gql(server.url, '{ me { id capacity } }', {}, sessionOf(page).token)).me;
  const capacity = me.capacity + 3;
  await gql(server.url, 'mutation($c: ID!, $n: Int!) { setCapacity(collectorId: $c, capacity: $n) { capacity } }', {
    c: me.id, n: capacity,
  }, await apiToken(server.url, 'lead@demo.mahnwerk'));
  await page.waitForFunction((n) => document.querySelector('[data-testid="queue-capacity"]')?.textContent?.endsWith(`of ${n} cases`), capacity, { timeout: 5_000 });
});

test("on a case's own page a collector's n claims the next case in the queue, / opens the queue's search, j and k move on in the queue", async () => {
  await allowContactAtAnyTime();
  const page = await signIn(browser, server.url, 'collector6@demo.mahnwerk', { locale: 'en-US' });
  await page.getByTestId('claim-next').waitFor();
  const { myQueue } = await gql(server.url, '{ myQueue { id } }', {}, sessionOf(page).token);
  await page.goto(`${server.url}/cases/${myQueue[0].id}`);
  await page.getByTestId('case-detail').waitFor();
  await page.keyboard.press('/');
  await page.waitForURL(/\/queue$/);
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'queue-search');
  await page.goto(`${server.url}/cases/${myQueue[0].id}`);
  await page.getByTestId('case-detail').waitFor();
  await page.keyboard.press('n');
  await page.waitForURL((url) => /\/queue\/[0-9a-f-]{36}$/.test(url.pathname) && !myQueue.some((c) => url.pathname.endsWith(c.id)));

  // j: back in the queue with this case open, the cursor on the row below it; k: the row above.
  const rowIds = async () => page.getByTestId('queue-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-case-id')));
  const shown = await rowIds();
  assert.ok(shown.length >= 3, 'the queue holds at least three cases');
  const [, middle] = shown;
  await page.goto(`${server.url}/cases/${middle}`);
  await page.getByTestId('case-detail').waitFor();
  await page.keyboard.press('j');
  await page.waitForURL((url) => url.pathname === `/queue/${middle}`);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-case-id') === id, shown[2]);
  await page.goto(`${server.url}/cases/${middle}`);
  await page.getByTestId('case-detail').waitFor();
  await page.keyboard.press('k');
  await page.waitForURL((url) => url.pathname === `/queue/${middle}`);
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-case-id') === id, shown[0]);
  assert.equal(await page.getByTestId('case-detail').getAttribute('data-case-id'), middle, 'the case stays open in the pane');
});

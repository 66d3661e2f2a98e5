import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

/**
 * Outbound calls are blocked whatever the hour the test runs at: contact hours all day, but one
 * outbound attempt per 7 days, and the collector has just made it. The attempt is recorded before the
 * limit tightens: the demo case may already have had its attempts this week.
 */
async function blockOutboundCalls(url, caseId, collectorToken) {
  const admin = await apiToken(url, 'admin@demo.mahnwerk');
  const { creditors } = await gql(url, '{ creditors { id } }', {}, admin);
  const allDay = { from: '00:00', to: '24:00' };
  const allowAttempts = async (maxAttemptsPer7Days) => {
    for (const { id } of creditors) {
      await gql(url, 'mutation($id: ID!, $p: ContactPolicyInput!) { setContactPolicy(creditorId: $id, policy: $p) { id } }', {
        id,
        p: { contactHours: { weekdays: allDay, saturday: allDay, sunday: allDay, holidays: allDay }, maxAttemptsPer7Days, reminderSpacingDays: [] },
      }, admin);
    }
  };
  await allowAttempts(100);
  await gql(url, 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }', {
    input: { caseId, type: 'NO_CONTACT', note: 'Nobody answered' },
  }, collectorToken);
  await allowAttempts(1);
}

test('a collector records an inbound promise from the case screen while outbound calls are not allowed, and adds a note', async () => {
  const token = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const { claimNextCase } = await gql(server.url, 'mutation { claimNextCase { id } }', {}, token);
  assert.ok(claimNextCase, 'the collector claimed a case');
  const caseId = claimNextCase.id;
  await blockOutboundCalls(server.url, caseId, token);

  const page = await signIn(browser, server.url, 'collector1@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByTestId('case-detail').waitFor();
  await page.getByTestId('debtor-cases').waitFor();

  // Outbound: the gate says when the next call is allowed, and the promise cannot be chosen.
  await page.getByTestId('contact-gate').waitFor();
  assert.equal(await page.getByTestId('outcome-type').locator('option[value="PROMISE_TO_PAY"]').isDisabled(), true);

  // The debtor calls in: inbound is recordable at any time.
  await page.getByTestId('outcome-direction-inbound').locator('xpath=..').click();
  assert.equal(await page.getByTestId('outcome-direction-inbound').isChecked(), true);
  await page.getByTestId('contact-gate').waitFor({ state: 'detached' });
  await page.getByTestId('outcome-channel').selectOption('PHONE');
  await page.getByTestId('outcome-type').selectOption('PROMISE_TO_PAY');
  await page.getByTestId('outcome-amount').fill('40,00');
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByTestId('outcome-date').fill(inAWeek);
  await page.getByTestId('outcome-note').fill('Debtor called in, pays next week');
  await page.screenshot({ path: path.join(shots, 'conversation-inbound-form.png'), fullPage: true });
  await page.getByTestId('outcome-submit').click();
  await page.getByTestId('outcome-saved').waitFor();

  const timeline = page.getByTestId('case-timeline');
  const entry = timeline.locator('li', { hasText: 'Debtor called in, pays next week' }).first();
  await entry.waitFor();
  assert.equal(await entry.getByTestId('activity-direction').getAttribute('data-direction'), 'INBOUND');
  assert.equal(await entry.getByTestId('activity-channel').getAttribute('data-channel'), 'PHONE');

  // A plain note is its own entry, without a direction.
  await page.getByTestId('note-text').fill('Asked us to call only after 17:00');
  await page.getByTestId('note-submit').click();
  const note = timeline.locator('li', { hasText: 'Asked us to call only after 17:00' }).first();
  await note.waitFor();
  assert.equal(await note.getByTestId('activity-channel').getAttribute('data-channel'), 'NOTE');
  assert.equal(await note.getByTestId('activity-direction').count(), 0);
  await page.screenshot({ path: path.join(shots, 'conversation-timeline.png'), fullPage: true });

  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { promises { amountCents dueDate } activities { channel direction outcome } } }', { id: caseId }, token);
  assert.ok(after.promises.some((p) => p.amountCents === 4000 && p.dueDate === inAWeek), 'the promise is on the case');
  assert.ok(after.activities.some((a) => a.outcome === 'PROMISE_TO_PAY' && a.direction === 'INBOUND' && a.channel === 'PHONE'));
  assert.ok(after.activities.some((a) => a.channel === 'NOTE' && a.direction === null));
});

test('a lead records one inbound call on two open cases of the same debtor', async () => {
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(filter: { status: OPEN }, page: { limit: 200 }) { items { id otherOpenCases { id } } } }', {}, token);
  const c = cases.items.find((item) => item.otherOpenCases.length > 0);
  assert.ok(c, 'the demo data has a debtor with several open cases');
  const other = c.otherOpenCases[0].id;

  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);
  await page.getByTestId('debtor-cases').getByTestId('debtor-case').first().waitFor();
  await page.getByTestId('outcome-direction-inbound').locator('xpath=..').click();
  await page.getByTestId('outcome-channel').selectOption('EMAIL');
  await page.getByTestId('outcome-type').selectOption('RIGHT_PARTY_CONTACT');
  await page.getByTestId('outcome-also-cases').waitFor();
  await page.getByTestId('outcome-also-case').first().check();
  await page.getByTestId('outcome-note').fill('Debtor wrote about all her invoices');
  await page.screenshot({ path: path.join(shots, 'conversation-several-cases.png'), fullPage: true });
  await page.getByTestId('outcome-submit').click();
  await page.getByTestId('outcome-saved').waitFor();

  for (const id of [c.id, other]) {
    const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { activities { channel direction note } } }', { id }, token);
    assert.ok(
      after.activities.some((a) => a.channel === 'EMAIL' && a.direction === 'INBOUND' && a.note.includes('Debtor wrote about all her invoices')),
      `the conversation is on case ${id}`,
    );
  }
});

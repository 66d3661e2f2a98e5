import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

const euros = (cents) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;

test('a collector pays more than the balance: the case shows it waiting; a lead approves it on the team board; the overpayment shows', async () => {
  const collector = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const { myQueue } = await gql(server.url, '{ myQueue { id status currency balance { totalCents } } }', {}, collector);
  const c = myQueue.find((x) => x.status === 'OPEN' && x.currency === 'EUR' && x.balance.totalCents > 1_000);
  assert.ok(c, 'collector1 holds an open EUR case');
  const amountCents = c.balance.totalCents + 5_000;

  const page = await signIn(browser, server.url, 'collector1@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);
  const form = page.getByTestId('payment-form');
  await form.waitFor();
  await form.getByTestId('payment-amount').fill(euros(amountCents));
  await form.getByTestId('payment-reference').fill('e2e overpayment');
  await form.getByTestId('payment-submit').click();
  await form.getByTestId('payment-saved').getByText('waits for approval').waitFor();
  const waiting = page.getByTestId('case-approvals');
  await waiting.getByTestId('case-pending-approval').getByText('more than the open balance', { exact: false }).waitFor();
  await page.getByTestId('case-approvals').screenshot({ path: path.join(shots, 'payment-waiting-for-approval.png') });

  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.waitForURL((u) => !u.pathname.startsWith('/login'));
  await lead.goto(`${server.url}/team`);
  const row = lead.getByTestId('payment-approvals').locator('[data-testid="pending-approval"]').filter({ hasText: 'more than the open balance' });
  await row.waitFor();
  await lead.getByTestId('payment-approvals').screenshot({ path: path.join(shots, 'team-approvals.png') });
  await row.getByTestId('approval-approve').click();
  await row.waitFor({ state: 'detached' });

  await page.reload();
  await page.getByTestId('case-overpayment').getByText('to refund', { exact: false }).waitFor();
  assert.equal(await page.getByTestId('case-pending-approval').count(), 0);
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { status overpaymentCents pendingApprovals { id } } }', { id: c.id }, token);
  assert.equal(after.status, 'PAID');
  assert.equal(after.overpaymentCents, 5_000);
  assert.deepEqual(after.pendingApprovals, []);
});

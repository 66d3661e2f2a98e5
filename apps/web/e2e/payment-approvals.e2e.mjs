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

test('an admin sets the payment approval threshold on the creditors screen; a payment above it waits', async () => {
  const admin = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { creditors } = await gql(server.url, '{ creditors { id currency } }', {}, admin);
  const creditor = creditors.find((c) => c.currency === 'EUR');
  const page = await signIn(browser, server.url, 'admin@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/creditors/${creditor.id}`);
  const card = page.getByTestId('creditor-payment-approval');
  await card.waitFor();
  await card.getByTestId('payment-approval-threshold').fill('50,00');
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByText('wait for a second person', { exact: false }).waitFor();
  await card.screenshot({ path: path.join(shots, 'creditor-payment-approval.png') });

  const collector = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const { myQueue } = await gql(server.url, '{ myQueue { id status creditor { id } balance { totalCents } } }', {}, collector);
  const c = myQueue.find((x) => x.status === 'OPEN' && x.creditor.id === creditor.id && x.balance.totalCents > 6_000);
  assert.ok(c, 'collector1 holds an open case of the creditor');
  const { recordPayment } = await gql(
    server.url,
    'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { pendingApprovals { reasons } } }',
    { i: { caseId: c.id, amountCents: 6_000, receivedAt: new Date().toISOString().slice(0, 10), reference: 'e2e threshold', idempotencyKey: `e2e-threshold-${Date.now()}` } },
    collector,
  );
  assert.deepEqual(recordPayment.pendingApprovals.map((a) => a.reasons), [['ABOVE_THRESHOLD']]);
  await gql(server.url, 'mutation($c: ID!) { setPaymentApprovalThreshold(creditorId: $c, thresholdCents: null) { id } }', { c: creditor.id }, admin);
});

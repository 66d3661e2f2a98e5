import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('a collector offers a settlement below the creditor share on the case screen; a lead approves it from the list', async () => {
  const collector = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const { myQueue } = await gql(server.url, '{ myQueue { id status settlement { status } balance { totalCents } } }', {}, collector);
  const c = myQueue.find((x) => x.status === 'OPEN' && x.balance.totalCents > 10_000 && (x.settlement === null || x.settlement.status === 'DECLINED'));
  assert.ok(c, 'collector1 holds an open case');
  // Half the open balance: below the default share of 80 %, so a lead decides.
  const half = Math.floor(c.balance.totalCents / 2);
  const amount = `${Math.floor(half / 100)},${String(half % 100).padStart(2, '0')}`;
  // As the English screens write it ("1,052.83"): the collector may type either notation.
  const shown = `${Math.floor(half / 100).toLocaleString('en-GB')}.${String(half % 100).padStart(2, '0')}`;
  const validUntil = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

  const page = await signIn(browser, server.url, 'collector1@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);
  const card = page.getByTestId('case-agreements');
  await card.waitFor();
  await card.getByTestId('settlement-amount').fill(amount);
  await card.getByTestId('settlement-valid-until').fill(validUntil);
  await card.getByTestId('settlement-submit').click();
  await card.getByTestId('settlement').getByText('Waiting for a lead').waitFor();
  await card.screenshot({ path: path.join(shots, 'settlement-waiting.png') });

  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.waitForURL((u) => !u.pathname.startsWith('/login'));
  await lead.getByRole('link', { name: 'Settlements' }).click();
  const row = lead.locator('[data-testid="pending-settlement"]').filter({ hasText: shown });
  await row.waitFor();
  await lead.screenshot({ path: path.join(shots, 'settlements-pending.png'), fullPage: true });
  await row.getByRole('button', { name: 'Approve' }).click();
  await row.waitFor({ state: 'detached' });

  await page.reload();
  await page.getByTestId('case-agreements').getByTestId('settlement').getByText('Offered', { exact: true }).waitFor();
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { settlement { status amountCents } } }', { id: c.id }, token);
  assert.deepEqual(after.settlement, { status: 'OFFERED', amountCents: half });
});

test('the case screen shows a payment plan with its installments and the confirmation', async () => {
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(page: { offset: 0, limit: 200 }) { items { id paymentPlan { status installments { number } } } } }', {}, lead);
  const withPlan = cases.items.find((x) => x.paymentPlan !== null);
  assert.ok(withPlan, 'the demo data holds a case with a payment plan');
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${withPlan.id}`);
  const plan = page.getByTestId('payment-plan');
  await plan.waitFor();
  assert.equal(await plan.locator('tbody tr').count(), withPlan.paymentPlan.installments.length);
  await plan.getByText('Confirmation sent to the debtor').click();
  await plan.getByText('the whole remaining balance falls due', { exact: false }).waitFor();
  await page.getByTestId('case-agreements').screenshot({ path: path.join(shots, 'payment-plan.png') });
});

test('a lead sees the settlements that expired unpaid, on the Settlements screen and on the case', async () => {
  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.waitForURL((u) => !u.pathname.startsWith('/login'));
  await lead.getByRole('link', { name: 'Settlements' }).click();
  const expired = lead.getByTestId('expired-settlement');
  await expired.first().waitFor();
  assert.ok((await expired.count()) >= 1, 'the demo data holds an expired settlement');
  await expired.first().getByText('Expired unpaid').waitFor();
  await lead.screenshot({ path: path.join(shots, 'settlements-expired.png'), fullPage: true });
  await expired.first().getByRole('link').click();
  const card = lead.getByTestId('case-agreements');
  await card.getByTestId('settlement').getByText('Expired unpaid').waitFor();
  await card.getByTestId('settlement-expired').getByText('the offer has lapsed', { exact: false }).waitFor();
  await card.screenshot({ path: path.join(shots, 'settlement-expired.png') });
});

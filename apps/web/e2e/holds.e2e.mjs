import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('a collector places a hold on the case screen, it shows on the team board, a lead releases it and the case is back live', async () => {
  const token = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const { claimNextCase: claimed } = await gql(server.url, 'mutation { claimNextCase { id } }', {}, token);
  assert.ok(claimed, 'the collector claims a case');

  const collector = await signIn(browser, server.url, 'collector1@demo.mahnwerk');
  await collector.waitForURL((u) => !u.pathname.startsWith('/login'));
  await collector.goto(`${server.url}/cases/${claimed.id}`);
  const card = collector.getByTestId('holds-card');
  await card.getByTestId('no-holds').waitFor();
  // A collector places only dispute and cease-contact holds.
  const options = await card.getByTestId('hold-type').locator('option').allTextContents();
  assert.deepEqual(options, ['Dispute', 'Cease contact']);
  await card.getByTestId('hold-type').selectOption('CEASE_CONTACT');
  await card.getByTestId('hold-reason').fill('Debtor asked in writing to be contacted by letter only');
  await card.getByTestId('hold-submit').click();
  await card.locator('[data-testid="hold"][data-hold-type="CEASE_CONTACT"]').waitFor();
  await collector.getByText('On hold:').waitFor();
  assert.equal(await card.getByTestId('hold-release').count(), 0, 'a collector cannot release');
  await collector.screenshot({ path: path.join(shots, 'holds-placed.png'), fullPage: true });

  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.waitForURL((u) => !u.pathname.startsWith('/login'));
  await lead.goto(`${server.url}/team`);
  await lead.locator(`[data-testid="held-case"][data-case-id="${claimed.id}"]`).waitFor();
  await lead.getByTestId('held-cases').screenshot({ path: path.join(shots, 'holds-team-board.png') });

  await lead.goto(`${server.url}/cases/${claimed.id}`);
  const leadCard = lead.getByTestId('holds-card');
  await leadCard.getByTestId('hold-release').click();
  await leadCard.getByTestId('hold-release-reason').fill('Confirmed with the debtor: calls are fine again');
  await leadCard.getByTestId('hold-release-submit').click();
  await leadCard.getByTestId('no-holds').waitFor();
  await leadCard.getByTestId('past-holds').waitFor();
  // The collector's screen follows live.
  await card.getByTestId('no-holds').waitFor();
  await collector.screenshot({ path: path.join(shots, 'holds-released.png'), fullPage: true });

  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { status holdReason holds { type releasedAt } } }', { id: claimed.id }, token);
  assert.equal(after.status, 'OPEN');
  assert.equal(after.holdReason, null);
  assert.equal(after.holds[0].type, 'CEASE_CONTACT');
  assert.ok(after.holds[0].releasedAt);
});

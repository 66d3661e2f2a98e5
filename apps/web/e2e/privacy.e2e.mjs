import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('an admin restricts and lifts processing, asks for an erasure and downloads the export from the case screen', async () => {
  const token = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(filter: { status: OPEN }, page: { limit: 1 }) { items { id debtor { id } } } }', {}, token);
  const [c] = cases.items;
  const page = await signIn(browser, server.url, 'admin@demo.mahnwerk', { acceptDownloads: true });
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);

  const card = page.getByTestId('data-protection');
  await card.getByTestId('privacy-retention').waitFor();
  await card.getByTestId('privacy-restrict').click();
  await card.getByText('Processing restricted since').waitFor();
  await page.getByTestId('current-holds').getByText('Art. 18 GDPR', { exact: false }).waitFor();

  const download = page.waitForEvent('download');
  await card.getByTestId('privacy-export-pdf').click();
  const pdf = await download;
  assert.match(pdf.suggestedFilename(), /^debtor-data-.*\.pdf$/);

  await card.getByTestId('privacy-erase').click();
  await card.getByTestId('privacy-kept').getByText('Open cases').waitFor();
  await card.getByTestId('privacy-erase-confirm').click();
  await card.getByTestId('privacy-statement').waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'data-protection.png'), fullPage: true });
  await card.screenshot({ path: path.join(shots, 'data-protection-card.png') });

  await card.getByTestId('privacy-lift').click();
  await card.getByText('No restriction').waitFor();
  const { debtorPrivacy } = await gql(server.url, 'query($d: ID!) { debtorPrivacy(debtorId: $d) { processingRestrictedSince requests { kind } } }', { d: c.debtor.id }, token);
  assert.equal(debtorPrivacy.processingRestrictedSince, null);
  assert.deepEqual(debtorPrivacy.requests.map((r) => r.kind).sort(), ['ERASURE', 'EXPORT', 'RESTRICTION', 'RESTRICTION_LIFTED']);
});

test('an erasure for a debtor whose cases are closed states what is kept and until when', async () => {
  const token = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(filter: { status: PAID }, page: { limit: 30 }) { items { id debtor { id } } } }', {}, token);
  let chosen = null;
  for (const c of cases.items) {
    const { debtorPrivacy } = await gql(server.url, 'query($d: ID!) { debtorPrivacy(debtorId: $d) { pseudonymisedFrom keptIfErased { type keptUntil } } }', { d: c.debtor.id }, token);
    if (debtorPrivacy.pseudonymisedFrom && debtorPrivacy.keptIfErased.length) {
      chosen = { ...c, privacy: debtorPrivacy };
      break;
    }
  }
  assert.ok(chosen, 'a paid case whose debtor has no open case');
  const page = await signIn(browser, server.url, 'admin@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${chosen.id}`);
  const card = page.getByTestId('data-protection');
  await card.getByTestId('privacy-erase').click();
  await card.getByTestId('privacy-kept').getByText('Name and postal address').waitFor();
  await card.getByTestId('privacy-erase-confirm').click();
  const statement = card.getByTestId('privacy-statement');
  await statement.getByText('Erased now:', { exact: false }).waitFor();
  await statement.getByText('Books').waitFor();
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: path.join(shots, 'data-protection-erasure.png') });
  const { debtorPrivacy } = await gql(server.url, 'query($d: ID!) { debtorPrivacy(debtorId: $d) { requests { kind kept { type keptUntil } } } }', { d: chosen.debtor.id }, token);
  assert.deepEqual(debtorPrivacy.requests[0].kept, chosen.privacy.keptIfErased);
});

import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('a lead corrects a debtor on the case page: errors at the field, the change on the timeline, letters held', async () => {
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(filter: { status: OPEN }, page: { limit: 1 }) { items { id debtor { id email } } } }', {}, token);
  const [c] = cases.items;
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);

  await page.getByTestId('debtor-edit').click();
  await page.getByTestId('debtor-email').fill('erika@');
  await page.getByTestId('debtor-save').click();
  await page.getByTestId('debtor-error-email').waitFor();

  // The API's own check, shown at its field.
  await page.getByTestId('debtor-email').fill('erika.neu@example.org');
  await page.getByTestId('debtor-time-zone').fill('Europe/Atlantis');
  await page.getByTestId('debtor-save').click();
  await page.getByTestId('debtor-error-timeZone').waitFor();
  await page.screenshot({ path: path.join(shots, 'debtor-form.png') });

  await page.getByTestId('debtor-time-zone').fill('Europe/Berlin');
  await page.getByTestId('debtor-address-unknown').check();
  await page.getByTestId('debtor-save').click();
  await page.getByTestId('debtor-contact').getByText('erika.neu@example.org').waitFor();
  await page.getByTestId('letters-held').waitFor();
  await page.getByTestId('case-timeline').getByText(`E-mail ${c.debtor.email ?? '(none)'} → erika.neu@example.org`, { exact: false }).first().waitFor();
  await page.screenshot({ path: path.join(shots, 'debtor-saved.png'), fullPage: true });

  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { debtor { email addressUnknown } } }', { id: c.id }, token);
  assert.deepEqual(after.debtor, { email: 'erika.neu@example.org', addressUnknown: true });
});

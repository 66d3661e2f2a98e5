import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

/** A creditor of the agency's own and one case for it, placed through `importCases` as a creditor's file would be. */
async function importedCase() {
  const token = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { createCreditor } = await gql(
    server.url,
    `mutation($input: CreditorInput!) { createCreditor(input: $input) { id ref } }`,
    {
      input: {
        ref: 'NEUKUNDE', name: 'Neukunde Energie', legalName: 'Neukunde Energie GmbH', country: 'DE', currency: 'EUR',
        timeZone: 'Europe/Berlin', street: 'Hafenstraße 3', postcode: '20457', city: 'Hamburg',
        iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', vatDeductible: true, letterLanguage: 'de',
      },
    },
    token,
  );
  const csv = [
    'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date,debtor_street,debtor_postcode,debtor_city',
    'NEUKUNDE,K-1,Jonas Import,consumer,DE,jonas@example.org,,RE-2026-1,48900,EUR,2026-09-01,2026-09-15,,Lindenweg 4,20095,Hamburg',
  ].join('\n');
  const { importCases } = await gql(server.url, 'mutation($csv: String!) { importCases(csv: $csv) { imported caseIds duplicates rejected { line message } } }', { csv }, token);
  assert.equal(importCases.imported, 1, JSON.stringify(importCases.rejected));
  return { creditorRef: createCreditor.ref, caseId: importCases.caseIds[0] };
}

test('an admin creates a collector, who signs in with the one-time password, chooses a password and claims an imported case', async () => {
  const imported = await importedCase();
  const admin = await signIn(browser, server.url, 'admin@demo.mahnwerk');
  await admin.getByRole('link', { name: 'People' }).click();
  await admin.getByTestId('people-page').waitFor();
  await admin.getByTestId('user-row').first().waitFor();

  await admin.getByTestId('user-new').click();
  const form = admin.getByTestId('user-form');
  await form.getByTestId('user-email').fill('nora.neu@agency.example');
  await form.getByTestId('user-name').fill('Nora Neu');
  await form.getByTestId('user-role').selectOption('COLLECTOR');
  await form.getByTestId('user-team').selectOption({ index: 1 });
  await form.getByTestId('user-capacity').fill('15');
  // The new collector works only the new creditor, whose one case came in through the import.
  await form.locator(`[data-testid="user-creditor"][data-creditor-ref="${imported.creditorRef}"]`).check();
  await admin.screenshot({ path: path.join(shots, 'people-new-user.png') });
  await form.getByTestId('user-save').click();

  const otp = (await admin.getByTestId('one-time-password-value').innerText()).trim();
  assert.match(otp, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await admin.screenshot({ path: path.join(shots, 'people-one-time-password.png') });
  await admin.getByTestId('one-time-password-done').click();
  const row = admin.locator('[data-testid="user-row"][data-email="nora.neu@agency.example"]');
  await row.waitFor();
  assert.match(await row.innerText(), /One-time password/);
  await admin.screenshot({ path: path.join(shots, 'people.png') });

  // The collector signs in with the one-time password and is sent to choose their own.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: 'Europe/Berlin' });
  const collector = await context.newPage();
  // The access token lives in the page's memory only: read it off the requests the page sends.
  let collectorToken = null;
  collector.on('request', (request) => {
    const header = request.headers().authorization;
    if (header) collectorToken = header.replace(/^Bearer /, '');
  });
  await collector.goto(server.url);
  await collector.getByTestId('login-email').fill('nora.neu@agency.example');
  await collector.getByTestId('login-password').fill(otp);
  await collector.getByTestId('login-submit').click();
  await collector.getByTestId('change-password-page').waitFor();
  assert.equal(new URL(collector.url()).pathname, '/password');
  // Nothing else opens meanwhile.
  await collector.goto(`${server.url}/queue`);
  await collector.getByTestId('change-password-page').waitFor();
  assert.equal(await collector.getByRole('link', { name: 'My queue' }).count(), 0);

  // A weak password: the server's rule is shown at the field.
  await collector.getByTestId('password-current').fill(otp);
  await collector.getByTestId('password-new').fill('password1234');
  await collector.getByTestId('password-repeat').fill('password1234');
  await collector.getByTestId('password-submit').click();
  const rule = await collector.getByTestId('password-error-newPassword').innerText();
  assert.match(rule, /too easy to guess/);
  await collector.screenshot({ path: path.join(shots, 'change-password.png') });

  await collector.getByTestId('password-new').fill('Kranich-Ufer-Wolke-1987!');
  await collector.getByTestId('password-repeat').fill('Kranich-Ufer-Wolke-1987!');
  await collector.getByTestId('password-submit').click();
  await collector.getByTestId('claim-next').waitFor();
  assert.equal(new URL(collector.url()).pathname, '/queue');
  await collector.screenshot({ path: path.join(shots, 'people-collector-queue.png') });

  // The imported case is theirs to claim.
  await collector.getByTestId('claim-next').click();
  await collector.locator(`[data-testid="case-detail"][data-case-id="${imported.caseId}"]`).waitFor();
  await collector.getByTestId('case-detail').getByText('Jonas Import').first().waitFor();
  await collector.screenshot({ path: path.join(shots, 'people-collector-claimed.png') });

  // Logging out ends the session: the token no longer works on the server, and a reload does not restore it.
  const token = collectorToken;
  assert.ok(token);
  assert.equal(await collector.evaluate(() => localStorage.getItem('mahnwerk.session')), null);
  await collector.getByTestId('logout').click();
  await collector.getByTestId('login-email').waitFor();
  await collector.reload();
  await collector.getByTestId('login-email').waitFor();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  const body = await response.json();
  assert.equal(body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  await context.close();

  // The admin edits the collector's capacity, then deactivates them (after confirming).
  await admin.reload();
  await row.click();
  const panel = admin.getByTestId('user-panel');
  await panel.getByTestId('user-capacity').fill('20');
  await panel.getByTestId('user-save').click();
  await admin.locator('[data-testid="user-row"][data-email="nora.neu@agency.example"] td.num', { hasText: '20' }).waitFor();
  assert.match(await row.innerText(), /Active/);
  await admin.screenshot({ path: path.join(shots, 'people-edit.png') });
  await panel.getByTestId('user-deactivate').click();
  await admin.getByTestId('confirm').waitFor();
  await admin.screenshot({ path: path.join(shots, 'people-deactivate.png') });
  await admin.getByTestId('confirm-yes').click();
  await admin.locator('[data-testid="user-row"][data-email="nora.neu@agency.example"]', { hasText: 'Deactivated' }).waitFor();

  // Their sign-in now fails like a wrong password.
  const refused = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: 'nora.neu@agency.example', p: 'Kranich-Ufer-Wolke-1987!' },
    }),
  });
  assert.equal((await refused.json()).errors?.[0]?.message, 'Email or password is wrong.');
});

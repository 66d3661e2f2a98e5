// The Creditors screen in a real browser: an admin creates a creditor (a wrong IBAN is shown at its
// field first), edits its dunning strategy (a violation shown at the stage's input, fixed, saved)
// and sees the timeline preview; a lead sees the same creditor read-only.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

const ADMIN = 'admin@demo.mahnwerk';
const LEAD = 'lead@demo.mahnwerk';

let server;
let browser;
let creditorId;

withMahnwerk((started) => ({ server, browser } = started));

test('an admin creates a creditor and edits its strategy, with violations at the field and the preview', async () => {
  const page = await signIn(browser, server.url, ADMIN);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${server.url}/creditors`);
  await page.getByTestId('creditor-new').click();
  await page.getByTestId('creditor-new-form').waitFor();

  await page.getByTestId('creditor-ref').fill('E2E-HANSE');
  await page.getByTestId('creditor-name').fill('Hanse Versand');
  await page.getByTestId('creditor-legalName').fill('Hanse Versand GmbH');
  await page.getByTestId('creditor-street').fill('Ballindamm 1');
  await page.getByTestId('creditor-postcode').fill('20095');
  await page.getByTestId('creditor-city').fill('Hamburg');
  await page.getByTestId('creditor-registerCourt').fill('Amtsgericht Hamburg');
  await page.getByTestId('creditor-registerNumber').fill('HRB 98765');
  await page.getByTestId('creditor-iban').fill('DE89 3704 0044 0532 0130 01');
  await page.getByTestId('creditor-bic').fill('COBADEFFXXX');
  await page.getByTestId('creditor-save').click();
  const ibanError = page.getByTestId('error-creditor-iban');
  await ibanError.waitFor();
  assert.match(await ibanError.innerText(), /not a valid IBAN/);
  await page.screenshot({ path: path.join(shots, 'creditors-new-iban-error.png'), fullPage: true });

  await page.getByTestId('creditor-iban').fill('DE89 3704 0044 0532 0130 00');
  assert.equal(await ibanError.count(), 0, 'the IBAN error goes once the IBAN is valid');
  await page.getByTestId('creditor-save').click();
  await page.waitForURL(/\/creditors\/[0-9a-f-]{36}$/);
  creditorId = new URL(page.url()).pathname.split('/').pop();
  const settings = page.getByTestId('creditor-settings');
  await settings.waitFor();
  assert.equal(await settings.getAttribute('data-creditor-id'), creditorId);
  assert.match(await settings.locator('h2').innerText(), /Hanse Versand/);

  // The strategy: switch from the default to a custom one, break a rule, see it at the field.
  await page.getByTestId('strategy-default').uncheck();
  await page.getByTestId('stage-2-waitDays').fill('3');
  const waitError = page.getByTestId('error-stage-2-waitDays');
  await waitError.waitFor();
  assert.match(await waitError.innerText(), /before its 10-day payment deadline/);
  assert.match(await page.getByTestId('preview-problem').innerText(), /Fix the strategy/);
  await page.screenshot({ path: path.join(shots, 'creditors-strategy-violation.png'), fullPage: true });

  await page.getByTestId('stage-2-waitDays').fill('21');
  assert.equal(await waitError.count(), 0, 'the violation goes once the wait is long enough');
  const steps = page.getByTestId('preview-step');
  await steps.first().waitFor();
  assert.deepEqual(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-stage'))), [
    'REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT',
  ]);
  assert.match(await steps.nth(4).innerText(), /Collection costs/);

  // The first demand's factor once its deadline passed unpaid (VV 2300 Anm. 2): default 0.9, at most 1.3.
  const raised = page.getByTestId('stage-4-raisedFactor');
  assert.equal(await raised.inputValue(), '0.9');
  await raised.fill('1.4');
  const raisedError = page.getByTestId('error-stage-4-raisedFactor');
  await raisedError.waitFor();
  assert.match(await raisedError.innerText(), /0\.5 to 1\.3/);
  await page.getByTestId('stage-4-raisedFactor').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.getByTestId('stage-4-raisedFactor').locator('xpath=ancestor::*[contains(@class, "stage-row")][1]')
    .screenshot({ path: path.join(shots, 'creditors-strategy-raised-factor.png') });
  await raised.fill('0.7');
  assert.equal(await raisedError.count(), 0);
  await page.getByTestId('creditor-save').click();
  await page.getByTestId('creditor-saved').waitFor();
  await page.screenshot({ path: path.join(shots, 'creditors-strategy-saved.png'), fullPage: true });
  await page.getByTestId('creditor-strategy').screenshot({ path: path.join(shots, 'creditors-strategy-card.png') });

  const token = await apiToken(server.url, ADMIN);
  const { creditors } = await gql(server.url, '{ creditors { id ref iban dunningStrategy { isDefault stages { stage waitDays fee { raisedFactor } } } } }', {}, token);
  const saved = creditors.find((c) => c.id === creditorId);
  assert.equal(saved.ref, 'E2E-HANSE');
  assert.equal(saved.iban, 'DE89370400440532013000');
  assert.equal(saved.dunningStrategy.isDefault, false);
  assert.equal(saved.dunningStrategy.stages[2].waitDays, 21);
  assert.equal(saved.dunningStrategy.stages[4].fee.raisedFactor, 0.7);
  await page.context().close();
});

test('a lead sees the creditor read-only', async () => {
  assert.ok(creditorId, 'the creditor of the first test');
  const page = await signIn(browser, server.url, LEAD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${server.url}/creditors/${creditorId}`);
  await page.getByTestId('creditor-editor').waitFor();
  assert.equal(await page.getByTestId('creditor-new').count(), 0);
  assert.equal(await page.getByTestId('creditor-save').count(), 0);
  assert.equal(await page.getByTestId('creditor-iban').isDisabled(), true);
  assert.equal(await page.getByTestId('stage-2-waitDays').isDisabled(), true);
  // The preview stays usable: a lead can try another sample claim.
  await page.getByTestId('preview-principal').fill('250.00');
  await page.getByTestId('preview-step').first().waitFor();
  await page.context().close();
});

test('an open Creditors screen shows a creditor created and renamed elsewhere, without a reload', async () => {
  assert.ok(creditorId, 'the creditor of the first test');
  const page = await signIn(browser, server.url, LEAD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${server.url}/creditors/${creditorId}`);
  await page.getByTestId('creditor-editor').waitFor();
  const names = () => page.getByTestId('creditor-row').allInnerTexts();
  const admin = await apiToken(server.url, ADMIN);
  const fields = 'id ref name country currency timeZone legalName street postcode city registerCourt registerNumber iban bic vatDeductible letterLanguage';
  const input = {
    ref: 'LIVE-E2E', name: 'Aaa Live Versand', legalName: 'Aaa Live Versand GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin',
    street: 'Ballindamm 1', postcode: '20095', city: 'Hamburg', registerCourt: '', registerNumber: '', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX',
    vatDeductible: true, letterLanguage: 'de', dunningStrategy: null,
  };
  // Give the screen's subscription a moment to start, then change creditors through the API.
  await page.waitForTimeout(500);
  const { createCreditor } = await gql(server.url, `mutation($input: CreditorInput!) { createCreditor(input: $input) { ${fields} } }`, { input }, admin);
  await page.getByTestId('creditor-row').filter({ hasText: 'Aaa Live Versand' }).waitFor({ timeout: 5_000 });
  assert.match((await names())[0], /Aaa Live Versand/);

  // The creditor on screen renamed elsewhere: the list and the (untouched, read-only) form follow.
  const { creditors } = await gql(server.url, `{ creditors { ${fields} } }`, {}, admin);
  const shown = creditors.find((c) => c.id === creditorId);
  const { __typename: _t, id: _id, ...rest } = shown;
  await gql(server.url, 'mutation($id: ID!, $input: CreditorInput!) { updateCreditor(id: $id, input: $input) { id } }',
    { id: creditorId, input: { ...rest, name: `${shown.name} Live`, dunningStrategy: null } }, admin);
  await page.getByTestId('creditor-row').filter({ hasText: `${shown.name} Live` }).waitFor({ timeout: 5_000 });
  assert.equal(await page.getByTestId('creditor-name').inputValue(), `${shown.name} Live`);
  assert.ok(createCreditor.id);
  await page.context().close();
});

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

const HEADER = 'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date,note';

test('a lead previews a case file, imports it with its bad row rejected, and finds it among past imports', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-intake-e2e-'));
  const file = path.join(dir, 'portfolio.csv');
  writeFileSync(file, [
    HEADER,
    'SWR,E2E-1,Erika Intake,consumer,DE,erika@example.org,,E2E-INV-1,125000,EUR,2026-08-01,2026-08-15,,first',
    'SWR,E2E-1,Erika Intake,consumer,DE,erika@example.org,,E2E-INV-2,4990,EUR,2026-08-10,2026-08-24,,second',
    'SWR,E2E-2,Bob Intake,person,DE,,,E2E-INV-3,1000,EUR,2026-08-10,2026-08-24,,bad kind',
  ].join('\n') + '\n');

  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.getByRole('link', { name: 'Intake' }).click();
  await page.getByTestId('intake-page').waitFor();
  await page.getByTestId('intake-file').setInputFiles(file);

  await page.getByTestId('intake-preview').waitFor();
  assert.match(await page.getByTestId('intake-unknown').innerText(), /note/);
  const previewRows = page.getByTestId('intake-preview-row');
  assert.equal(await previewRows.count(), 3);
  assert.match(await previewRows.nth(2).innerText(), /debtor_kind: "person" is not one of consumer, business/);

  await page.getByTestId('intake-submit').click();
  const result = page.getByTestId('intake-result');
  await result.waitFor();
  assert.match(await page.getByTestId('intake-count-imported').innerText(), /2/);
  assert.match(await page.getByTestId('intake-count-cases').innerText(), /1/);
  assert.match(await page.getByTestId('intake-count-rejected').innerText(), /1/);
  await page.screenshot({ path: path.join(shots, 'intake-result.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByTestId('intake-rejected-download').click();
  assert.match((await download).suggestedFilename(), /^rejected-.*\.csv$/);

  const history = page.getByTestId('intake-history-row').first();
  await history.waitFor();
  assert.match(await history.innerText(), /portfolio\.csv/);

  // The same file again: nothing new.
  await page.getByTestId('intake-file').setInputFiles(file);
  await page.getByTestId('intake-submit').click();
  await page.getByTestId('intake-result').waitFor();
  assert.match(await page.getByTestId('intake-count-duplicates').innerText(), /2/);
  assert.match(await page.getByTestId('intake-result').innerText(), /Nothing new/);
  await page.context().close();
});

test('a lead places one case through the form, sees a refusal at its field, and opens the new case', async () => {
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.getByRole('link', { name: 'Intake' }).click();
  const form = page.getByTestId('place-case-form');
  await form.waitFor();
  const creditor = page.getByTestId('place-case-creditorId');
  await creditor.locator('option', { hasText: 'SWR' }).first().waitFor({ state: 'attached' });
  const value = await creditor.locator('option', { hasText: 'SWR' }).first().getAttribute('value');
  await creditor.selectOption(value);
  await page.getByTestId('place-case-debtorRef').fill('FORM-1');
  await page.getByTestId('place-case-debtorName').fill('Frieda Formular');
  await page.getByTestId('place-case-debtorKind').selectOption('business');
  await page.getByTestId('place-case-debtorEmail').fill('frieda@example.org');
  await page.getByTestId('place-case-debtorStreet').fill('Heidestraße 17');
  await page.getByTestId('place-case-debtorPostcode').fill('51147');
  await page.getByTestId('place-case-debtorCity').fill('Köln');
  await page.getByTestId('place-case-invoiceRef').fill('FORM-INV-1');
  await page.getByTestId('place-case-amount').fill('1.234,56');
  await page.getByTestId('place-case-invoiceDate').fill('2026-08-01');
  // A due date before the invoice date: the API's row check answers at the field.
  await page.getByTestId('place-case-dueDate').fill('2026-07-01');
  await page.getByTestId('place-case-claimKind').selectOption('goods_services');
  await page.getByTestId('place-case-contractSubject').fill('Lieferung von Büromöbeln');
  await page.getByTestId('place-case-submit').click();
  assert.match(await page.getByTestId('place-case-error-dueDate').innerText(), /before the invoice date/);

  await page.getByTestId('place-case-dueDate').fill('2026-08-15');
  await page.screenshot({ path: path.join(shots, 'intake-place-case.png'), fullPage: true });
  await page.getByTestId('place-case-submit').click();
  await page.getByTestId('place-case-done').waitFor();
  await page.getByTestId('place-case-link').click();
  await page.getByTestId('case-detail').waitFor();
  assert.match(await page.locator('.case-title').innerText(), /Frieda Formular/);
  assert.match(await page.getByTestId('case-detail').innerText(), /FORM-INV-1/);
  await page.screenshot({ path: path.join(shots, 'intake-placed-case.png'), fullPage: true });
  await page.context().close();
});

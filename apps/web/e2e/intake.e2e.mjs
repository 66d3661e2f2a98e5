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

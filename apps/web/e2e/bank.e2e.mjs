import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

// The German bank export of the API's specs: Windows-1252, a preamble, semicolons, decimal commas.
const EXPORT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/test/fixtures/bank-export-de.csv');

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test("a lead maps a German bank export's columns once, previews and imports it; the next file of the account uses the mapping", async () => {
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.getByRole('link', { name: 'Bank' }).click();
  await page.getByTestId('bank-file').setInputFiles(EXPORT);

  // The layout is recognised: the editor starts from it and the preview shows each row as read.
  const editor = page.getByTestId('bank-mapping-editor');
  await editor.waitFor();
  assert.equal(await page.getByTestId('mapping-column-amount').inputValue(), 'Betrag');
  assert.equal(await page.getByTestId('mapping-column-counterpartyName').inputValue(), 'Auftraggeber/Empfänger');
  assert.equal(await page.getByTestId('mapping-header-line').inputValue(), '6');
  const rows = page.getByTestId('bank-preview-rows').locator('tbody tr');
  await assert.doesNotReject(rows.first().waitFor());
  assert.equal(await rows.count(), 6);
  assert.match(await rows.nth(0).innerText(), /Jürgen Müller[\s\S]*Credit/);
  assert.match(await rows.nth(5).innerText(), /Betrag: amount "12\.3,4"[\s\S]*Buchungstag: booking date "31\.11\.2026"/);

  await page.getByTestId('mapping-name').fill('Girokonto Commerzbank');
  await page.getByTestId('bank-mapping-save').click();
  await page.getByTestId('bank-mapping-edit').waitFor();
  await page.screenshot({ path: path.join(shots, 'bank-mapping.png'), fullPage: true });

  await page.getByTestId('bank-import-submit').click();
  const result = page.getByTestId('bank-import-result');
  await result.waitFor();
  assert.equal(await page.getByTestId('bank-count-imported').locator('dd').innerText(), '3');
  assert.equal(await page.getByTestId('bank-count-rejected').locator('dd').innerText(), '2');

  // The next export of the account: the saved mapping is chosen for it; a re-import books nothing twice.
  const next = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await next.getByRole('link', { name: 'Bank' }).click();
  await next.getByTestId('bank-file').setInputFiles(EXPORT);
  await next.getByTestId('bank-mapping-edit').waitFor();
  assert.match(await next.getByTestId('bank-mapping').locator('option:checked').innerText(), /Girokonto Commerzbank/);
  await next.getByText('Imported before').first().waitFor();
  await next.getByTestId('bank-import-submit').click();
  await next.getByTestId('bank-import-result').waitFor();
  assert.equal(await next.getByTestId('bank-count-duplicates').locator('dd').innerText(), '3');
  assert.equal(await next.getByTestId('bank-count-imported').locator('dd').innerText(), '0');
});

test('a credit like a manual payment already on the case waits for review; the lead books it as a separate payment', async () => {
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(server.url, `{ cases(filter: { status: OPEN, unassigned: true }, page: { offset: 0, limit: 20 }) {
    items { id currency claims { reference } } } }`, {}, token);
  const target = cases.items.find((c) => c.currency === 'EUR' && c.claims.length === 1);
  assert.ok(target, 'an open EUR case with one claim');
  const reference = target.claims[0].reference;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  await gql(server.url, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
    i: { caseId: target.id, amountCents: 4_321, receivedAt: today, reference: 'Zahlung angekündigt', idempotencyKey: `e2e-review-${reference}` },
  }, token);

  const csv = [
    'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id,account_iban',
    `${today},${today},43.21,EUR,Rechnung ${reference},Debtor,,E2E-REVIEW-1,DE89370400440532013000`,
    '',
  ].join('\n');
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.getByRole('link', { name: 'Bank' }).click();
  await page.getByTestId('bank-file').setInputFiles({ name: 'review.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('bank-preview-rows').waitFor();
  await page.getByTestId('bank-import-submit').click();
  await page.getByTestId('bank-import-result').waitFor();
  assert.equal(await page.getByTestId('bank-count-review').locator('dd').innerText(), '1');
  assert.equal(await page.getByTestId('bank-count-matched').locator('dd').innerText(), '0');

  const row = page.getByTestId('bank-transaction-row').filter({ hasText: 'E2E-REVIEW-1' });
  await row.getByTestId('bank-review').waitFor();
  assert.match(await row.getByTestId('bank-reason').innerText(), /Possibly booked twice/);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'bank-review.png'), fullPage: true });
  await row.getByTestId('bank-review-confirm').click();
  await page.getByTestId('bank-notice').getByText(/booked as a separate payment/).waitFor();
  assert.equal(await page.getByTestId('bank-transaction-row').filter({ hasText: 'E2E-REVIEW-1' }).count(), 0);
});

test('a large standard CSV without an account is previewed through the upload route; the lead chooses its account to import it', async () => {
  const header = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
  const debits = Array.from({ length: 3000 }, (_, i) => `2026-11-20,2026-11-20,-${(i % 90) + 10}.00,EUR,Lastschrift Nummer ${i} Bürobedarf und Porto,Lieferant ${i},,E2E-BIG-D${i}`);
  const csv = [header, '2026-11-20,2026-11-20,12.34,EUR,Ohne Bezug,Jemand,,E2E-BIG-1', '2026-11-20,2026-11-20,5.67,EUR,Ohne Bezug,Jemand,,E2E-BIG-2', ...debits, ''].join('\n');
  assert.ok(Buffer.byteLength(csv) > 256 * 1024, 'larger than a /graphql body');

  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  const previews = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/bank-statements/preview') previews.push(r.url());
  });
  await page.getByRole('link', { name: 'Bank' }).click();
  await page.getByTestId('bank-file').setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('bank-preview-rows').waitFor();
  assert.ok(previews.length >= 1, 'the preview went through POST /bank-statements/preview');
  assert.match(await page.getByTestId('bank-preview').innerText(), /3,002 rows[\s\S]*2 credits[\s\S]*3,000 debits/);

  // The file names no account: the import asks for one of the agency's own accounts.
  const account = page.getByTestId('bank-account');
  await account.waitFor();
  await page.getByTestId('bank-import-submit').click();
  await page.getByText('Choose the account the statement is for').waitFor();
  assert.equal(await page.getByTestId('bank-import-result').count(), 0);
  assert.ok((await account.locator('option').count()) > 1);
  await page.screenshot({ path: path.join(shots, 'bank-account.png'), fullPage: true });
  await account.selectOption('DE89370400440532013000');
  await page.getByTestId('bank-import-submit').click();
  await page.getByTestId('bank-import-result').waitFor();
  assert.equal(await page.getByTestId('bank-count-imported').locator('dd').innerText(), '2');
  assert.equal(await page.getByTestId('bank-count-skipped-debits').locator('dd').innerText(), '3,000');
});

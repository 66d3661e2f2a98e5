import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, backdateCases, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

// Small parts, so that the day's batch comes in several (the server reads its environment at start).
const PART_LETTERS = 2;
process.env.PRINT_BATCH_PART_LETTERS = String(PART_LETTERS);

withMahnwerk((started) => ({ server, browser } = started));

test('a lead makes today\'s print batch on the Dunning page, downloads a part\'s PDF and manifest, and records returned post', async () => {
  const admin = await apiToken(server.url, 'admin@demo.mahnwerk');
  // A case due for its first dunning letter: the run queues the letter and the writer writes it.
  const { creditors } = await gql(server.url, '{ creditors { id country } }', {}, admin);
  const de = creditors.find((c) => c.country === 'DE');
  const newCase = (ref, name, street) => gql(server.url, 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id placedAt } }', { i: {
    creditorId: de.id, debtorRef: ref, debtorName: name, debtorKind: 'consumer', debtorCountry: 'DE',
    debtorStreet: street, debtorPostcode: '50667', debtorCity: 'Köln',
    claims: [{ invoiceRef: `${ref}-1`, invoiceDate: '2026-10-01', dueDate: '2026-10-15', principalCents: 23_400,
      contractSubject: 'Stromliefervertrag', contractDate: '2026-01-10' }],
  } }, admin);
  const { createCase } = await newCase('E2E-PRINT', 'Paula Druck', 'Druckerweg 4');
  // Two more letters: the batch has at least two parts.
  const others = [await newCase('E2E-PRINT-B', 'Bernd Bogen', 'Papiergasse 1'), await newCase('E2E-PRINT-C', 'Clara Kuvert', 'Postplatz 7')];
  // Placed 15 days ago, they are due for their first dunning letter in today's run.
  await backdateCases(server, [createCase.id, ...others.map((o) => o.createCase.id)], 15);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  await gql(server.url, 'mutation($d: Date!) { runDunning(asOf: $d) { letters } }', { d: today }, admin);
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  let ready = 0;
  for (let i = 0; i < 120 && ready === 0; i++) {
    const written = await Promise.all([createCase, ...others.map((o) => o.createCase)].map((c) =>
      gql(server.url, 'query($id: ID!) { case(id: $id) { letters { status } } }', { id: c.id }, lead)));
    if (written.every((w) => w.case.letters.some((l) => l.status === 'READY'))) ready = (await gql(server.url, '{ lettersReadyToPrint }', {}, lead)).lettersReadyToPrint;
    else await new Promise((r) => setTimeout(r, 500));
  }
  assert.ok(ready >= 3, 'the run\'s letters are written');

  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/dunning`);
  const card = page.getByTestId('print-batches');
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(`${ready.toLocaleString('en-US').replace(',', '.?,?')} ready to print|ready to print`));
  await page.getByTestId('print-batch-create').click();
  const row = page.getByTestId('print-batch-row').first();
  await row.waitFor();
  assert.match(await page.getByTestId('print-batch-create').innerText(), /Today's batch is made/);
  // The batch lists its parts, each with its own PDF and manifest (many parts come folded).
  const { printBatches: [batch] } = await gql(server.url, '{ printBatches(limit: 1) { letterCount parts { manifestUrl } } }', {}, lead);
  const parts = batch.parts.length;
  assert.equal(parts, Math.ceil(batch.letterCount / PART_LETTERS));
  assert.ok(parts >= 2);
  if (parts > 4) await row.getByTestId('print-batch-parts-summary').click();
  assert.equal(await row.getByTestId('print-batch-part').count(), parts);
  assert.match(await row.getByTestId('print-batch-part').first().innerText(), /Part 1[\s\S]*letters 1–2/);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'print-batches.png') });

  const pdfDownload = page.waitForEvent('download');
  await row.getByTestId('print-batch-pdf').first().click();
  const pdf = await pdfDownload;
  assert.match(pdf.suggestedFilename(), new RegExp(`^print-batch-\\d{4}-\\d{2}-\\d{2}-part-1-of-${parts}\\.pdf$`));
  const pdfBytes = readFileSync(await pdf.path());
  assert.equal(pdfBytes.subarray(0, 5).toString(), '%PDF-');

  const csvDownload = page.waitForEvent('download');
  await row.getByTestId('print-batch-manifest').first().click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  const [header, ...rows] = csv.trim().split('\n');
  assert.match(header, /^sequence,letter_id,written_on,creditor_ref,recipient_name,address_line_1.*,part$/);
  assert.equal(rows.length, PART_LETTERS);
  // Every letter is in exactly one part's manifest, the new one among them.
  const manifests = await Promise.all(batch.parts.map(async (p) =>
    (await fetch(`${server.url}${p.manifestUrl}`, { headers: { authorization: `Bearer ${lead}` } })).text()));
  const lines = manifests.flatMap((m) => m.trim().split('\n').slice(1));
  assert.equal(lines.length, batch.letterCount);
  assert.ok(lines.some((r) => r.includes('Paula Druck') && r.includes('Druckerweg 4')), 'the new letter is in a manifest');

  // The letter went out today: SENT on the case.
  const { case: sent } = await gql(server.url, 'query($id: ID!) { case(id: $id) { letters { status sentOn } } }', { id: createCase.id }, lead);
  assert.ok(sent.letters.some((l) => l.status === 'SENT' && l.sentOn));

  // The post comes back: the lead records it on the case; the debtor's letters are held.
  await page.goto(`${server.url}/cases/${createCase.id}`);
  await page.getByTestId('letter-sent-on').first().waitFor();
  // The letter's PDF opens in a new tab through a single-use download ticket, never with the token in its address.
  const [pdfResponse] = await Promise.all([
    page.context().waitForEvent('response', (r) => /\/letters\/[0-9a-f-]{36}\.pdf/.test(r.url())),
    page.getByTestId('letter-open').first().click(),
  ]);
  assert.equal(pdfResponse.status(), 200);
  assert.match(pdfResponse.url(), /\/letters\/[0-9a-f-]{36}\.pdf\?ticket=[\w-]{43}$/);
  assert.equal(pdfResponse.headers()['cache-control'], 'no-store');
  for (const tab of page.context().pages()) if (tab !== page) await tab.close();
  await page.getByTestId('returned-mail-open').click();
  await page.getByTestId('returned-mail-reason').selectOption('MOVED');
  await page.getByTestId('returned-mail-letter').selectOption({ index: 1 });
  await page.getByTestId('returned-mail-note').fill('Empfänger verzogen');
  await page.getByTestId('returned-mail-submit').click();
  await page.getByTestId('returned-mail-item').waitFor();
  assert.match(await page.getByTestId('returned-mail').innerText(), /Moved[\s\S]*Druckerweg 4[\s\S]*Empfänger verzogen/);
  await page.getByTestId('letters-held').waitFor();
  await page.getByTestId('returned-mail').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'returned-mail.png') });
  await page.context().close();
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

const ADMIN = 'admin@demo.mahnwerk';
const verifyCli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/dist/audit/audit-verify.cli.js');

/** Runs `audit:verify` on a file: its exit code and what it printed. */
function verify(file) {
  try {
    return { code: 0, out: execFileSync(process.execPath, [verifyCli, file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (e) {
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

test('an admin opens a case, finds the logged read on the audit screen, and exports the creditor\'s trail with a chain that verifies', async () => {
  const token = await apiToken(server.url, ADMIN);
  const { cases } = await gql(server.url, '{ cases(page: { limit: 1 }) { items { id creditor { id name } } } }', {}, token);
  const [c] = cases.items;
  // A change on the case, beside the read the case screen logs.
  await gql(server.url, 'mutation($id: ID!) { addNote(caseId: $id, text: "Called back, no answer") { id } }', { id: c.id }, token);

  const page = await signIn(browser, server.url, ADMIN);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);
  await page.getByTestId('case-timeline').waitFor();

  // The audit screen is in the admin's navigation.
  // An admin's further areas are under More in the top bar.
  await page.getByTestId('nav-more').click();
  await page.getByRole('link', { name: 'Audit', exact: true }).click();
  await page.getByTestId('audit-page').waitFor();
  await page.getByTestId('audit-table').waitFor();

  await page.getByTestId('audit-action').fill('debtor.read');
  await page.getByTestId('audit-case').fill(c.id);
  await page.getByTestId('audit-search').click();
  await page.getByTestId('audit-total').getByText('1 event').waitFor();
  const row = page.getByTestId('audit-row');
  assert.equal(await row.count(), 1);
  assert.equal(await row.getAttribute('data-action'), 'debtor.read');
  assert.match(await row.innerText(), /debtor\.read[\s\S]*via: case/);
  await page.screenshot({ path: path.join(shots, 'audit-search.png'), fullPage: true });

  // Clearing the filters shows the whole trail, newest first.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length > 1);
  assert.equal(await page.locator('[data-testid="audit-row"][data-action="case.note"]').count() > 0, true);
  await page.screenshot({ path: path.join(shots, 'audit-trail.png'), fullPage: true });

  // The export of the case's creditor for today: a CSV whose chain verifies; a changed cell breaks it.
  const exportCard = page.getByTestId('audit-export');
  await exportCard.getByTestId('audit-export-creditor').selectOption(c.creditor.id);
  const [download] = await Promise.all([page.waitForEvent('download'), exportCard.getByTestId('audit-export-csv').click()]);
  const file = path.join(shots, 'audit-export.csv');
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  assert.match(text, new RegExp(`^# creditor: ${c.creditor.id} `, 'm'));
  assert.match(text, /^# final_hash: [0-9a-f]{64}$/m);
  assert.ok(text.includes(`,debtor.read,debtor,`), 'the read is in the export');
  const ok = verify(file);
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /^OK: \d+ rows, final hash [0-9a-f]{64}/);

  const tampered = path.join(shots, 'audit-export-tampered.csv');
  writeFileSync(tampered, text.replace(',debtor.read,debtor,', ',debtor.seen,debtor,'));
  const broken = verify(tampered);
  assert.equal(broken.code, 1);
  assert.match(broken.out, /^BROKEN at row \d+: /);
});

test('the audit screen is not open to a lead', async () => {
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('team-board').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Audit', exact: true }).count(), 0);
  await page.goto(`${server.url}/audit`);
  await page.waitForURL((url) => !url.pathname.startsWith('/audit'));
});

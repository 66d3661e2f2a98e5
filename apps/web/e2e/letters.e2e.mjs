import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, backdateCases, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('RDG 13a: a consumer case without its contract date shows why no letter goes out, and the run lists it as held', async () => {
  const admin = await apiToken(server.url, 'admin@demo.mahnwerk');
  const { creditors } = await gql(server.url, '{ creditors { id country } }', {}, admin);
  const de = creditors.find((c) => c.country === 'DE');
  const { createCase } = await gql(server.url, 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }', { i: {
    creditorId: de.id, debtorRef: 'E2E-13A', debtorName: 'Erika Beispiel', debtorKind: 'consumer', debtorCountry: 'DE',
    debtorStreet: 'Heidestraße 17', debtorPostcode: '51147', debtorCity: 'Köln',
    claims: [{ invoiceRef: 'E2E-13A-1', invoiceDate: '2026-10-01', dueDate: '2026-10-15', principalCents: 12_000, contractSubject: 'Stromliefervertrag' }],
  } }, admin);

  const page = await signIn(browser, server.url, 'admin@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${createCase.id}`);
  const blockers = page.getByTestId('letter-blockers');
  await blockers.waitFor();
  assert.match(await blockers.innerText(), /Claim E2E-13A-1 has no contract date \(RDG 13a\(1\) no\. 2\)/);
  await blockers.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'letter-blockers.png') });

  // Placed 15 days ago, the case is due for its first dunning letter today; the run holds it and says why.
  await backdateCases(server, [createCase.id], 15);
  const asOf = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const { runDunning } = await gql(server.url, 'mutation($d: Date!) { runDunning(asOf: $d) { held holds { caseId reason } } }', { d: asOf }, admin);
  assert.ok(runDunning.holds.some((h) => h.caseId === createCase.id && /no contract date/.test(h.reason)));

  await page.goto(`${server.url}/dunning`);
  const held = page.getByTestId('dunning-run-holds');
  await held.waitFor();
  assert.match(await held.innerText(), /E2E-13A-1 has no contract date/);
  await held.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'dunning-run-holds.png') });
  // The supervisory authority letters name, in force today.
  assert.match(await page.getByTestId('supervisory-authority').innerText(), /Bundesamt für Justiz/);
});

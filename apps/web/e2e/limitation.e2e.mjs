import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('a lead finds a case running out at the year end on the limitation worklist, and why on the case', async () => {
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { creditors } = await gql(server.url, '{ creditors { id country } }', {}, token);
  const creditor = creditors.find((c) => c.country === 'DE');
  // Due in March three years ago: limitation ends on 31 December of this year (BGB 195, 199(1)).
  const year = new Date().getFullYear() - 3;
  const { createCase } = await gql(
    server.url,
    'mutation($input: CreateCaseInput!) { createCase(input: $input) { id limitation { date } } }',
    {
      input: {
        creditorId: creditor.id, debtorRef: `LIM-${Date.now()}`, debtorName: 'Jahresende GmbH', debtorKind: 'business', debtorCountry: 'DE',
        debtorStreet: 'Ringstraße 4', debtorPostcode: '20095', debtorCity: 'Hamburg',
        claims: [{ invoiceRef: `LIM-${Date.now()}`, principalCents: 123_400, invoiceDate: `${year}-02-01`, dueDate: `${year}-03-01` }],
      },
    },
    token,
  );
  assert.equal(createCase.limitation.date, `${year + 3}-12-31`);

  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByRole('link', { name: 'Limitation' }).click();
  await page.getByTestId('limitation-days').selectOption('365');
  const row = page.locator(`[data-testid="limitation-row"][data-case-id="${createCase.id}"]`);
  await row.waitFor();
  await page.screenshot({ path: path.join(shots, 'limitation-worklist.png'), fullPage: true });

  await row.getByRole('link', { name: 'Jahresende GmbH' }).click();
  const card = page.getByTestId('case-limitation');
  await card.waitFor();
  await card.getByText('Why this date?').click();
  await card.getByText(`to ${year + 3}-12-31 (BGB 195, 199(1))`, { exact: false }).waitFor();
  await card.screenshot({ path: path.join(shots, 'limitation-card.png') });
});

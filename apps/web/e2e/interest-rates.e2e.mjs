import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

const ADMIN = 'admin@demo.mahnwerk';

test('an admin sees the stale German rate table, adds the published rate, and the warning goes away', async () => {
  const page = await signIn(browser, server.url, ADMIN);
  await page.getByRole('link', { name: 'Dashboard' }).click();
  const figure = page.getByTestId('stale-rates');
  await figure.waitFor();
  // The built-in German table ends on 2026-01-01: stale from 2026-07-02 on.
  assert.match(await figure.innerText(), /DE: rate table ends on 01 Jan 2026/);
  const before = Number((await page.getByTestId('stale-rates-count').innerText()).replace(/\D/g, ''));
  assert.ok(before > 0);
  await page.screenshot({ path: path.join(shots, 'interest-rates-dashboard.png') });

  await page.getByTestId('nav-more').click();
  await page.getByRole('link', { name: 'Rates', exact: true }).click();
  await page.getByTestId('interest-rates-page').waitFor();
  await page.getByTestId('rates-stale-DE').waitFor();
  await page.screenshot({ path: path.join(shots, 'interest-rates-stale.png') });

  const form = page.getByTestId('rate-form');
  await form.getByTestId('rate-country').selectOption('DE');
  await form.getByTestId('rate-from').fill('2026-07-01');
  await form.getByTestId('rate-percent').fill('1.02');
  await form.getByTestId('rate-source').fill('Bundesbank notice (test)');
  await form.getByTestId('rate-add').click();
  await form.getByText('balances use it now').waitFor();
  await page.getByTestId('rates-DE').getByText('added: Bundesbank notice (test)').waitFor();
  assert.equal(await page.getByTestId('rates-stale-DE').count(), 0);
  await page.screenshot({ path: path.join(shots, 'interest-rates-added.png') });

  // In German the table writes the rate and the day the German way.
  await page.getByTestId('language-select').selectOption('de');
  const added = page.getByTestId('rates-DE').locator('tbody tr').first();
  await added.getByText(/^01\. Juli 2026$/).waitFor();
  assert.match(await added.innerText(), /1,02\s%/);
});

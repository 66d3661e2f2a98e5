import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

test('the Dunning page shows what the run would do before the lead confirms; the run does just that', async () => {
  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.getByTestId('team-board').waitFor();
  await lead.goto(`${server.url}/dunning`);
  await lead.getByTestId('dunning-page').waitFor();

  await lead.getByTestId('dunning-run-start').click();
  await lead.getByTestId('dunning-confirm').waitFor();
  const preview = lead.getByTestId('dunning-preview');
  await preview.waitFor({ timeout: 60_000 });
  const advanced = Number((await lead.getByTestId('dunning-preview-advanced').locator('dd').innerText()).replace(/\D/g, ''));
  assert.ok(advanced > 0, 'the demo portfolio has cases due today');
  await lead.getByTestId('dunning-preview-transitions').waitFor();
  await lead.screenshot({ path: path.join(shots, 'dunning-preview.png'), fullPage: true });

  // Asking changed nothing: no run for today yet.
  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  const runsBefore = (await gql(server.url, '{ dunningRuns { asOf } }', {}, token)).dunningRuns;
  assert.ok(!runsBefore.some((r) => r.asOf === today()));

  await lead.getByTestId('dunning-run-confirm').click();
  await lead.getByTestId('dunning-result').waitFor({ timeout: 60_000 });
  const ran = Number((await lead.getByTestId('dunning-count-advanced').locator('dd').innerText()).replace(/\D/g, ''));
  assert.equal(ran, advanced);
});

test('a date after today is refused on the page and by the API (2099-12-31)', async () => {
  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await lead.getByTestId('team-board').waitFor();
  await lead.goto(`${server.url}/dunning`);
  await lead.getByTestId('dunning-page').waitFor();
  await lead.getByTestId('dunning-date').fill('2099-12-31');
  await lead.getByTestId('dunning-run-start').click();
  await lead.getByText(/at the latest/).waitFor();
  assert.equal(await lead.getByTestId('dunning-confirm').count(), 0);

  const token = await apiToken(server.url, 'lead@demo.mahnwerk');
  for (const query of ['mutation { runDunning(asOf: "2099-12-31") { id } }', '{ previewDunning(asOf: "2099-12-31") { advanced } }']) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
    });
    const result = await response.json();
    assert.equal(result.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(result.errors[0].message, /after today/);
  }
});

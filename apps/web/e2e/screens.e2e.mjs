// Every workbench screen in German, English and Danish at 1280 px: axe-core (through Playwright) finds
// no serious or critical accessibility violation, `<html lang>` matches the person's language, and a
// screenshot of each is kept beside the tests for a person to look at.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { apiToken, gql, PASSWORD, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;
withMahnwerk((started) => ({ server, browser } = started));

const SET_LANGUAGE = 'mutation($l: String!) { updateMyPreferences(input: { language: $l }) { language } }';

/** The screens each role works in; `{case}` is a case the collector holds. */
const SCREENS = [
  { email: 'collector1@demo.mahnwerk', paths: ['/queue', '/queue/{case}', '/cases/{case}', '/password'] },
  { email: 'lead@demo.mahnwerk', paths: ['/team', '/bank', '/dunning', '/creditors', '/intake', '/limitation', '/settlements'] },
  { email: 'manager@demo.mahnwerk', paths: ['/dashboard', '/dashboard/cases'] },
  { email: 'admin@demo.mahnwerk', paths: ['/people', '/interest-rates', '/templates', '/audit'] },
];

async function violationsOf(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the screen has loaded: no spinner, and the network quiet. */
async function settled(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.spinner').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

test('the login screen follows the browser language before anyone signs in', async () => {
  for (const [locale, language, submit] of [['de-DE', 'de', 'Anmelden'], ['da-DK', 'da', 'Log ind'], ['fr-FR', 'en', 'Sign in']]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-submit').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    assert.match(await page.getByTestId('login-submit').innerText(), new RegExp(submit, 'i'));
    await page.screenshot({ path: path.join(shots, `screens-${language}-login.png`), fullPage: true });
    assert.deepEqual(await violationsOf(page, `login (${language})`), []);
    await context.close();
  }
});

test('a person picks their language in the top bar; it is kept for their next sign-in', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill('collector2@demo.mahnwerk');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  // The sign-in page has a picker too: wait for the workbench's, which keeps the choice with the account.
  await page.getByRole('link', { name: 'My queue' }).waitFor();
  await page.getByTestId('language-select').selectOption('da');
  await page.waitForFunction(() => document.documentElement.lang === 'da');
  await page.getByRole('link', { name: 'Mine sager' }).waitFor();
  const token = await apiToken(server.url, 'collector2@demo.mahnwerk');
  // The screen switches once the choice is kept with the account.
  assert.equal((await gql(server.url, '{ me { language } }', {}, token)).me.language, 'da');
  // A new browser with another language: the saved choice wins once signed in.
  const other = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' })).newPage();
  await other.goto(`${server.url}/login`);
  await other.getByTestId('login-email').fill('collector2@demo.mahnwerk');
  await other.getByTestId('login-password').fill(PASSWORD);
  await other.getByTestId('login-submit').click();
  await other.waitForFunction(() => document.documentElement.lang === 'da');
  await context.close();
  await other.context().close();
});

test('a language picked on the sign-in page becomes the setting of an account that has none', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByTestId('language-select').selectOption('de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  await page.getByTestId('login-email').fill('collector4@demo.mahnwerk');
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByRole('link', { name: 'Meine Fälle' }).waitFor();
  const token = await apiToken(server.url, 'collector4@demo.mahnwerk');
  const saved = async () => (await gql(server.url, '{ me { language } }', {}, token)).me.language;
  for (let tries = 0; tries < 50 && (await saved()) !== 'de'; tries += 1) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await saved(), 'de');
  await context.close();
});

test('dates are typed the workbench\'s way, not the browser\'s: a German collector in an American browser', async () => {
  const email = 'collector7@demo.mahnwerk';
  const token = await apiToken(server.url, email);
  await gql(server.url, SET_LANGUAGE, { l: 'de' }, token);
  const { myQueue } = await gql(server.url, '{ myQueue { id } }', {}, token);
  const caseId = myQueue[0]?.id ?? (await gql(server.url, 'mutation { claimNextCase { id } }', {}, token)).claimNextCase.id;
  const page = await signIn(browser, server.url, email, { viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  await page.getByTestId('current-user').waitFor();
  await page.goto(`${server.url}/queue/${caseId}`);
  await page.keyboard.press('p');
  const date = page.getByTestId('payment-date');
  await date.waitFor();
  // Received today, written day first with dots, and the pattern in German letters.
  assert.match(await date.inputValue(), /^\d{2}\.\d{2}\.\d{4}$/);
  assert.equal(await date.getAttribute('placeholder'), 'TT.MM.JJJJ');
  // A date that does not exist is named as such once the field is left.
  await date.fill('31.2.2026');
  await date.press('Tab');
  await page.getByText('Geben Sie das Datum als TT.MM.JJJJ ein.').waitFor();
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  // A short form is read in the German order and written out in full.
  await date.fill('1.12.26');
  await date.press('Tab');
  assert.equal(await date.inputValue(), '01.12.2026');
  assert.equal(await date.getAttribute('aria-invalid'), null);
  await page.screenshot({ path: path.join(shots, 'screens-de-date-typed.png'), fullPage: true });
  await page.context().close();
});

for (const language of ['en', 'de', 'da']) {
  test(`every screen in ${language}: no serious accessibility violation, nothing left in another language's lang`, async () => {
    const violations = [];
    for (const { email, paths } of SCREENS) {
      const token = await apiToken(server.url, email);
      await gql(server.url, SET_LANGUAGE, { l: language }, token);
      let caseId = null;
      if (paths.some((p) => p.includes('{case}'))) {
        const { myQueue } = await gql(server.url, '{ myQueue { id } }', {}, token).catch(() => ({ myQueue: [] }));
        caseId = myQueue?.[0]?.id ?? (await gql(server.url, 'mutation { claimNextCase { id } }', {}, token)).claimNextCase.id;
      }
      const locale = { en: 'en-GB', de: 'de-DE', da: 'da-DK' }[language];
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale, timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      await page.goto(`${server.url}/login`);
      await page.getByTestId('login-email').fill(email);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('current-user').waitFor();
      for (const screen of paths) {
        await page.goto(`${server.url}${screen.replace('{case}', caseId ?? '')}`);
        await settled(page);
        assert.equal(await page.evaluate(() => document.documentElement.lang), language, `${screen} in ${language}`);
        const name = screen.replace('{case}', 'case').replace(/\//g, '-').replace(/^-/, '');
        await page.screenshot({ path: path.join(shots, `screens-${language}-${name}.png`), fullPage: true });
        violations.push(...(await violationsOf(page, `${screen} (${language})`)));
      }
      await context.close();
    }
    assert.deepEqual(violations, []);
  });
}

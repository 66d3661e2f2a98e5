// The debtor portal on a phone: a link issued by staff, sign-in with the postcode, the explained balance,
// paying by transfer, a plan proposed and agreed at once; in German, English and Danish; axe-core finds
// no serious or critical accessibility violation on any portal page.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');
const here = path.dirname(fileURLToPath(import.meta.url));
const locale = (language) => JSON.parse(readFileSync(path.join(here, `../src/portal/locales/${language}.json`), 'utf8'));
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, timezoneId: 'Europe/Berlin' };

// The stored payment provider: card, PayPal and MobilePay show next to the bank transfer.
process.env.PAYMENT_PROVIDER = 'store';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

/** Every serious or critical axe-core violation on the page as it is now. */
async function axeViolations(page, name) {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy allows no inline script tag.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The postcode in a debtor's address ("Hauptstr. 1\n10115 Berlin", "Vestergade 2\nDK-8000 Aarhus C"). */
function postcodeOf(address) {
  const lines = (address ?? '').split(/\n|,/).map((l) => l.trim()).filter(Boolean).reverse();
  for (const line of lines) {
    const match = /(?:^|\s|-)(\d{4,5})(?=\s|$)/.exec(line);
    if (match) return match[1];
  }
  return null;
}

/** Three open cases without a plan, each with a postcode and enough open for a two-installment plan. */
async function pickCases(token) {
  const { cases } = await gql(
    server.url,
    `{ cases(filter: { status: OPEN }, page: { limit: 200 }) { items { id currency openCents paymentPlan { id }
        debtor { id address addressUnknown } } } }`,
    {},
    token,
  );
  const usable = cases.items.filter((c) => !c.paymentPlan && !c.debtor.addressUnknown && c.openCents >= 60000 && postcodeOf(c.debtor.address));
  const byDebtor = new Map();
  for (const c of usable) if (!byDebtor.has(c.debtor.id)) byDebtor.set(c.debtor.id, c);
  const distinct = [...byDebtor.values()];
  const danish = distinct.find((c) => c.currency === 'DKK') ?? distinct[2];
  const others = distinct.filter((c) => c !== danish);
  assert.ok(others.length >= 2 && danish, `three usable demo cases, found ${distinct.length}`);
  return { de: others[0], en: others[1], da: danish };
}

for (const language of ['de', 'en', 'da']) {
  test(`a debtor settles their case on a phone in ${language}: sign in, read the balance, pay, propose a plan that is agreed`, async (t) => {
    const text = locale(language);
    const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
    const chosen = (await pickCases(lead))[language];
    await gql(server.url, 'mutation($id: ID!, $input: DebtorInput!) { updateDebtor(debtorId: $id, input: $input) { id } }', { id: chosen.debtor.id, input: { language } }, lead);
    const { issuePortalLink } = await gql(server.url, 'mutation($id: ID!) { issuePortalLink(caseId: $id) { url expiresAt } }', { id: chosen.id }, lead);
    const linkToken = new URL(issuePortalLink.url, server.url).pathname.split('/').filter(Boolean).pop();
    assert.ok(linkToken.length >= 22, 'the token carries at least 128 random bits');
    const { case: staffView } = await gql(server.url, 'query($id: ID!) { case(id: $id) { balance { totalCents } } }', { id: chosen.id }, lead);

    // A browser whose own language is another one: before sign-in its language shows, after it the case's.
    const browserLocale = language === 'en' ? 'de-DE' : 'en-GB';
    const context = await browser.newContext({ ...PHONE, locale: browserLocale });
    const page = await context.newPage();
    const violations = [];
    await page.goto(`${server.url}/p/${linkToken}`);
    await page.getByTestId('portal-postcode').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), browserLocale.slice(0, 2));
    violations.push(...(await axeViolations(page, 'sign-in')));

    // A wrong postcode: one calm answer, no hint which part was wrong.
    await page.getByTestId('portal-postcode').fill('00000');
    await page.getByTestId('portal-sign-in').click();
    await page.getByTestId('portal-sign-in-error-wrong').waitFor();
    violations.push(...(await axeViolations(page, 'sign-in error')));
    await page.screenshot({ path: path.join(shots, `portal-${language}-sign-in-error.png`), fullPage: true });

    await page.getByTestId('portal-postcode').fill(postcodeOf(chosen.debtor.address));
    await page.getByTestId('portal-sign-in').click();
    await page.getByTestId('portal-balance').waitFor();
    await page.getByRole('heading', { name: text.overview.balanceTitle }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    // The token lives in this tab's sessionStorage, never in localStorage next to a staff session.
    assert.equal(await page.evaluate(() => localStorage.getItem('mahnwerk.session')), null);
    assert.ok(await page.evaluate(() => globalThis.sessionStorage.getItem('mahnwerk.portal.session')));

    const lines = await page.getByTestId('portal-balance-line').count();
    assert.ok(lines >= 1, 'every line of the balance is explained');
    const total = await page.getByTestId('portal-total').innerText();
    const localeTag = { de: 'de-DE', en: 'en-GB', da: 'da-DK' }[language];
    const expected = new Intl.NumberFormat(localeTag, { style: 'currency', currency: chosen.currency }).format(staffView.balance.totalCents / 100);
    assert.equal(total.replace(/\s/g, ' '), expected.replace(/\s/g, ' '), 'the portal shows the balance staff see');
    await page.getByTestId('portal-rights').waitFor();
    await assertFits(page, 'overview');
    violations.push(...(await axeViolations(page, 'overview')));
    await page.screenshot({ path: path.join(shots, `portal-${language}-overview.png`), fullPage: true });

    await page.getByTestId('portal-go-pay').click();
    await page.getByTestId('portal-pay-reference').waitFor();
    if (chosen.currency === 'EUR') await page.getByTestId('portal-qr').waitFor();
    if (chosen.currency === 'DKK' && (await page.getByTestId('portal-pay-iban').innerText()).startsWith('DK')) {
      await page.getByTestId('portal-pay-reg').waitFor();
    }
    await page.getByTestId('portal-rights').waitFor();
    await assertFits(page, 'pay');
    violations.push(...(await axeViolations(page, 'pay')));
    await page.screenshot({ path: path.join(shots, `portal-${language}-pay.png`), fullPage: true });
    if (language === 'da') {
      const online = chosen.currency === 'DKK' ? 'MOBILEPAY' : 'CARD';
      await page.getByTestId(`portal-pay-${online}`).click();
      await page.getByTestId('portal-pay-online-started').waitFor();
    }

    await page.getByTestId('portal-nav-plan').click();
    await page.getByTestId('portal-plan-count').selectOption('2');
    await page.getByTestId('portal-plan-preview').waitFor();
    assert.equal(await page.getByTestId('portal-plan-preview-row').count(), 2);
    await assertFits(page, 'plan');
    violations.push(...(await axeViolations(page, 'plan')));
    await page.screenshot({ path: path.join(shots, `portal-${language}-plan.png`), fullPage: true });

    await page.getByTestId('portal-plan-submit').click();
    await page.getByTestId('portal-plan-accepted').waitFor();
    await page.getByRole('heading', { name: text.plan.acceptedTitle }).waitFor();
    assert.equal(await page.getByTestId('portal-plan-result-row').count(), 2);
    violations.push(...(await axeViolations(page, 'plan agreed')));
    await page.screenshot({ path: path.join(shots, `portal-${language}-plan-agreed.png`), fullPage: true });

    // Staff see the agreed plan on the case.
    const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { paymentPlan { status } } }', { id: chosen.id }, lead);
    assert.equal(after.paymentPlan?.status, 'ACTIVE');

    // Signing out leads back to the form, with a word of thanks.
    await page.getByTestId('portal-sign-out').click();
    await page.getByTestId('portal-sign-in-notice').waitFor();
    assert.deepEqual(violations, []);
    t.diagnostic(`${language}: ${lines} balance lines, total ${total}`);
    await context.close();
  });
}

test('an ended session leads back to the sign-in with a kind word, in the browser\'s language', async () => {
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(server.url, '{ cases(filter: { status: OPEN }, page: { limit: 50 }) { items { id debtor { address addressUnknown } } } }', {}, lead);
  const chosen = cases.items.find((c) => !c.debtor.addressUnknown && postcodeOf(c.debtor.address));
  const { issuePortalLink } = await gql(server.url, 'mutation($id: ID!) { issuePortalLink(caseId: $id) { url } }', { id: chosen.id }, lead);
  const linkToken = new URL(issuePortalLink.url, server.url).pathname.split('/').pop();

  const context = await browser.newContext({ ...PHONE, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${server.url}/p/${linkToken}`);
  await page.getByTestId('portal-postcode').fill(postcodeOf(chosen.debtor.address));
  await page.getByTestId('portal-sign-in').click();
  await page.getByTestId('portal-balance').waitFor();

  // The session ends on the server (as after 30 minutes without a request): the next request says so.
  await page.evaluate(() => {
    const stored = JSON.parse(globalThis.sessionStorage.getItem('mahnwerk.portal.session'));
    globalThis.sessionStorage.setItem('mahnwerk.portal.session', JSON.stringify({ ...stored, token: 'expired-session-token' }));
  });
  await page.reload();
  await page.getByTestId('portal-sign-in-notice').waitFor();
  await page.screenshot({ path: path.join(shots, 'portal-expired.png'), fullPage: true });
  await context.close();
});

test('a plan outside the creditor\'s rules goes to a person; a promise, a call request, new contact details and an objection with a document reach the case; too many wrong postcodes lock the link for 15 minutes', async () => {
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(
    server.url,
    '{ cases(filter: { status: OPEN }, page: { limit: 200 }) { items { id openCents paymentPlan { id } debtor { id address addressUnknown } } } }',
    {},
    lead,
  );
  const usable = cases.items.filter((c) => !c.paymentPlan && !c.debtor.addressUnknown && c.openCents >= 60000 && postcodeOf(c.debtor.address));
  // Cases the tests above did not touch (they take the first debtors' cases).
  const [forPlan, forLock] = usable.slice(-2);
  const link = async (c) => {
    const { issuePortalLink } = await gql(server.url, 'mutation($id: ID!) { issuePortalLink(caseId: $id) { url } }', { id: c.id }, lead);
    return new URL(issuePortalLink.url, server.url).pathname.split('/').pop();
  };
  const en = locale('en');

  const context = await browser.newContext({ ...PHONE, locale: 'en-GB' });
  const page = await context.newPage();
  await gql(server.url, 'mutation($id: ID!, $input: DebtorInput!) { updateDebtor(debtorId: $id, input: $input) { id } }', { id: forPlan.debtor.id, input: { language: 'en' } }, lead);
  await page.goto(`${server.url}/p/${await link(forPlan)}`);
  await page.getByTestId('portal-postcode').fill(postcodeOf(forPlan.debtor.address));
  await page.getByTestId('portal-sign-in').click();
  await page.getByTestId('portal-nav-plan').click();
  await page.getByTestId('portal-plan-count').waitFor();
  const offered = await page.getByTestId('portal-plan-count').locator('option').evaluateAll((options) => options.map((o) => o.value));
  await page.getByTestId('portal-plan-count').selectOption(offered[offered.length - 1]);
  await page.getByTestId('portal-plan-misses').waitFor();
  await page.getByTestId('portal-plan-submit').click();
  await page.getByTestId('portal-plan-review').waitFor();
  await page.getByRole('heading', { name: en.plan.reviewTitle }).waitFor();
  await page.getByText(en.plan.reviewText.replace('{{count}}', '3')).waitFor();
  assert.deepEqual(await axeViolations(page, 'plan in review'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-plan-review.png'), fullPage: true });
  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { paymentPlan { status } } }', { id: forPlan.id }, lead);
  assert.equal(after.paymentPlan, null, 'a proposal in review is no plan yet');

  // Other ways: promise a payment by a date, ask for a call; both land on the case's timeline.
  await page.getByTestId('portal-nav-overview').click();
  await page.getByTestId('portal-go-more').click();
  await page.getByTestId('portal-promise-amount').fill('abc');
  await page.getByTestId('portal-promise-submit').click();
  await page.getByTestId('portal-promise-error').waitFor();
  await assertFits(page, 'more');
  assert.deepEqual(await axeViolations(page, 'promise and call'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-more.png'), fullPage: true });
  await page.getByTestId('portal-promise-amount').fill('50');
  await page.getByTestId('portal-promise-submit').click();
  await page.getByTestId('portal-promise-done').waitFor();
  await page.getByTestId('portal-callback-submit').click();
  await page.getByTestId('portal-callback-done').waitFor();
  assert.deepEqual(await axeViolations(page, 'promised and call asked'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-more-done.png'), fullPage: true });
  const { case: withPromise } = await gql(server.url, 'query($id: ID!) { case(id: $id) { promises { amountCents } } }', { id: forPlan.id }, lead);
  assert.ok(withPromise.promises.some((p) => p.amountCents === 5000), 'the promise is on the case');

  // New contact details, then an objection: a dispute for a person, the case on hold.
  await page.getByTestId('portal-contact-phone').fill('+49 30 1234567');
  await page.getByTestId('portal-contact-channel').selectOption('SMS');
  await page.getByTestId('portal-contact-submit').click();
  await page.getByTestId('portal-contact-saved').waitFor();
  await page.getByTestId('portal-nav-overview').click();
  await page.getByTestId('portal-go-dispute').click();
  await page.getByTestId('portal-dispute-submit').click();
  await page.getByTestId('portal-dispute-error').waitFor();
  await assertFits(page, 'dispute');
  assert.deepEqual(await axeViolations(page, 'dispute'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-dispute.png'), fullPage: true });
  await page.getByTestId('portal-dispute-ALREADY_PAID').check();
  await page.getByTestId('portal-dispute-text').fill('I paid by bank transfer on 1 December.');
  await page.getByTestId('portal-dispute-submit').click();
  await page.getByTestId('portal-dispute-done').waitFor();
  // A document for the objection: a file that is not a PDF or image is refused in plain words, a receipt is stored.
  await page.getByLabel(en.dispute.documentLabel).setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not really a pdf') });
  await page.getByText(en.dispute.documentErrors.type).waitFor();
  await page.getByLabel(en.dispute.documentLabel).setInputFiles({ name: 'transfer-receipt.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\nreceipt of 1 December\n') });
  await page.getByTestId('portal-dispute-files').getByText('transfer-receipt.pdf').waitFor();
  assert.equal(await page.getByTestId('portal-dispute-file-error').count(), 0);
  await assertFits(page, 'dispute documents');
  assert.deepEqual(await axeViolations(page, 'dispute documents'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-dispute-documents.png'), fullPage: true });
  const { case: disputed } = await gql(server.url, 'query($id: ID!) { case(id: $id) { disputes { id documents { fileName } } debtor { phone } } }', { id: forPlan.id }, lead);
  assert.equal(disputed.disputes.length, 1);
  assert.deepEqual(disputed.disputes[0].documents.map((d) => d.fileName), ['transfer-receipt.pdf']);
  assert.equal(disputed.debtor.phone?.replace(/\s/g, ''), '+49301234567');

  // Five wrong postcodes for one link, then even the right one waits.
  await page.getByTestId('portal-sign-out').click();
  await page.goto(`${server.url}/p/${await link(forLock)}`);
  for (let i = 0; i < 5; i++) {
    await page.getByTestId('portal-postcode').fill(`0000${i}`);
    await Promise.all([page.waitForResponse(signInResponse), page.getByTestId('portal-sign-in').click()]);
    await page.getByTestId('portal-sign-in-error-wrong').waitFor();
  }
  await page.getByTestId('portal-postcode').fill(postcodeOf(forLock.debtor.address));
  const [locked] = await Promise.all([page.waitForResponse(signInResponse), page.getByTestId('portal-sign-in').click()]);
  assert.equal(locked.status(), 429, 'the sixth try within 15 minutes is refused');
  await page.getByTestId('portal-sign-in-error-rateLimited').waitFor();
  await page.getByText(en.signIn.rateLimited).waitFor();
  assert.deepEqual(await axeViolations(page, 'rate limited'), []);
  await page.screenshot({ path: path.join(shots, 'portal-en-rate-limited.png'), fullPage: true });
  await context.close();
});

test('a lead issues a portal link from the case screen, copies it, and the link opens the debtor\'s sign-in', async () => {
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  const { cases } = await gql(
    server.url,
    '{ cases(filter: { status: OPEN }, page: { limit: 200 }) { items { id debtor { address addressUnknown } } } }',
    {},
    lead,
  );
  const usable = cases.items.filter((c) => !c.debtor.addressUnknown && postcodeOf(c.debtor.address));
  const chosen = usable[Math.max(0, usable.length - 3)];
  const page = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${chosen.id}`);
  await page.getByTestId('case-detail').waitFor();
  await page.getByTestId('portal-link-card').getByRole('button', { name: 'Portal link' }).click();
  const field = page.getByLabel('Personal link for the debtor');
  await field.waitFor();
  const url = await field.inputValue();
  assert.match(url, /\/p\/[A-Za-z0-9_-]{43}$/);
  assert.match(await page.getByTestId('portal-link-expiry').innerText(), /^Valid until \d{2} \w{3} \d{4}/);
  await page.getByTestId('portal-link-copy').click();
  await page.getByTestId('portal-link-copy').getByText('Copied').waitFor();
  assert.equal(await page.evaluate(() => globalThis.navigator.clipboard.readText()), url);
  await page.getByTestId('portal-link-card').screenshot({ path: path.join(shots, 'case-portal-link.png') });

  // The link opens the portal's sign-in, and the debtor's postcode opens their case.
  const debtor = await browser.newContext(PHONE);
  const portal = await debtor.newPage();
  await portal.goto(`${server.url}${new URL(url, server.url).pathname}`);
  await portal.getByTestId('portal-postcode').fill(postcodeOf(chosen.debtor.address));
  await portal.getByTestId('portal-sign-in').click();
  await portal.getByTestId('portal-sign-out').waitFor();
  await debtor.close();
  await page.context().close();
});

/** The answer to a sign-in (not to any other request of the page). */
function signInResponse(response) {
  return response.url().endsWith('/graphql') && response.request().postDataJSON()?.operationName === 'PortalSignIn';
}

/** Nothing on the page is wider than the phone (no sideways scrolling). */
async function assertFits(page, name) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `${name}: the page is ${scrollWidth} px wide on a ${clientWidth} px screen`);
}

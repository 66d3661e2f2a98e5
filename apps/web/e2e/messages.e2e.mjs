import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

test('a collector sends an e-mail from the case screen: the template in the debtor\'s language, then its final state', async () => {
  const token = await apiToken(server.url, 'collector1@demo.mahnwerk');
  const PREVIEW = 'query($id: ID!) { messagePreview(caseId: $id, channel: EMAIL) { allowed } }';
  // A case of the collector's whose debtor the contact policy lets us write to now (claimed from the pool if need be).
  const writable = async () => {
    const { myQueue } = await gql(server.url, '{ myQueue { id creditor { country } debtor { id email } } }', {}, token);
    for (const x of myQueue) {
      if (x.creditor.country === 'DE' && (await gql(server.url, PREVIEW, { id: x.id }, token)).messagePreview.allowed) return x;
    }
    return null;
  };
  let c = await writable();
  for (let i = 0; !c && i < 10; i++) {
    await gql(server.url, 'mutation { claimNextCase { id } }', {}, token);
    c = await writable();
  }
  assert.ok(c, 'the collector has a case whose debtor may be written to');
  // An English-speaking debtor of the case's creditor, with an address to write to.
  await gql(
    server.url,
    'mutation($id: ID!, $input: DebtorInput!) { updateDebtor(debtorId: $id, input: $input) { id } }',
    { id: c.debtor.id, input: { email: 'debtor.e2e@example.org', language: 'en' } },
    token,
  );

  const page = await signIn(browser, server.url, 'collector1@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/cases/${c.id}`);
  const card = page.getByTestId('case-messages');
  await card.scrollIntoViewIfNeeded();
  // `e` opens the e-mail composer with the focus in it; Esc closes it and gives the focus back.
  await card.getByTestId('message-compose-open').waitFor();
  await page.keyboard.press('e');
  await card.getByTestId('message-composer').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'message-channel');
  assert.equal(await card.getByTestId('message-channel').inputValue(), 'EMAIL');
  await page.keyboard.press('Escape');
  await card.getByTestId('message-composer').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'message-compose-open');
  await page.keyboard.press('e');
  const preview = card.getByTestId('message-preview');
  await preview.waitFor();
  assert.equal(await preview.getAttribute('data-language'), 'en');
  await preview.getByText('To debtor.e2e@example.org').waitFor();
  await preview.getByText('Please pay the total of', { exact: false }).waitFor();
  await page.screenshot({ path: path.join(shots, 'case-message-preview.png'), fullPage: true });

  await card.getByTestId('message-send').click();
  // Through the outbox to its final state (the demo keeps mails: MAIL_TRANSPORT=store).
  await card.locator('[data-testid="message-row"][data-status="STORED"]').first().waitFor({ timeout: 15_000 });
  await page.getByTestId('case-timeline').getByText('kept by the outbox', { exact: false }).first().waitFor({ timeout: 15_000 });
  await card.screenshot({ path: path.join(shots, 'case-message-sent.png') });

  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { messages { channel status language templateVersion to } } }', { id: c.id }, token);
  assert.deepEqual(after.messages[0], { channel: 'EMAIL', status: 'STORED', language: 'en', templateVersion: 1, to: 'debtor.e2e@example.org' });
});

test('an admin edits a template on the Templates screen: preview with a case, saved as the next version', async () => {
  const page = await signIn(browser, server.url, 'admin@demo.mahnwerk');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.goto(`${server.url}/templates`);
  await page.getByTestId('template-EMAIL-REMINDER-en').click();
  const body = page.getByTestId('template-body');
  await body.fill('Dear {debtorName},\n\nA friendly reminder: {totalDue} is open.\n\n{paymentDetails}\n\n{agencyName}');
  await page.getByTestId('template-preview-body').getByText('A friendly reminder:', { exact: false }).waitFor();
  await body.fill('Dear {debtor}');
  await page.getByTestId('template-problems').getByText('Unknown merge field {debtor}', { exact: false }).waitFor();
  assert.equal(await page.getByTestId('template-save').isDisabled(), true);
  await body.fill('Dear {debtorName},\n\nA friendly reminder: {totalDue} is open.\n\n{paymentDetails}\n\n{agencyName}');
  await page.getByTestId('template-save').click();
  await page.getByText('Saved as version 2', { exact: false }).waitFor();
  await page.getByTestId('template-EMAIL-REMINDER-en').getByText('v2').waitFor();
  await page.screenshot({ path: path.join(shots, 'templates.png'), fullPage: true });
});

// A debtor's portal action that needs a person lifts the case in the collector's queue, with the
// reason on the queue row and at the top of the case's "Why this case now".
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { apiToken, gql, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;

withMahnwerk((started) => ({ server, browser } = started));

/** The postcode in a debtor's address ("Hauptstr. 1\n10115 Berlin", "Vestergade 2\nDK-8000 Aarhus C"). */
function postcodeOf(address) {
  const lines = (address ?? '').split(/\n|,/).map((l) => l.trim()).filter(Boolean).reverse();
  for (const line of lines) {
    const match = /(?:^|\s|-)(\d{4,5})(?=\s|$)/.exec(line);
    if (match) return match[1];
  }
  return null;
}

test('a plan proposed in the portal for review shows as the reason on the queue row and the case screen', async () => {
  const email = 'collector1@demo.mahnwerk';
  const token = await apiToken(server.url, email);
  const { myQueue } = await gql(
    server.url,
    `{ myQueue { id status openCents priority paymentPlan { id } debtor { address addressUnknown } } }`,
    {},
    token,
  );
  const chosen = myQueue.find((c) => c.status === 'OPEN' && !c.paymentPlan && !c.debtor.addressUnknown && c.openCents >= 60000 && postcodeOf(c.debtor.address));
  assert.ok(chosen, 'an open case of the collector without a plan');
  const { issuePortalLink } = await gql(server.url, 'mutation($id: ID!) { issuePortalLink(caseId: $id) { url } }', { id: chosen.id }, token);
  const linkToken = new URL(issuePortalLink.url, server.url).pathname.split('/').filter(Boolean).pop();
  const { portalSignIn } = await gql(
    server.url, 'mutation($t: String!, $c: String!) { portalSignIn(linkToken: $t, check: $c) { token } }',
    { t: linkToken, c: postcodeOf(chosen.debtor.address) },
  );
  const firstDue = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  const { portalProposePlan } = await gql(
    server.url, 'mutation($input: PortalPlanInput!) { portalProposePlan(input: $input) { status } }',
    { input: { installments: 48, firstDueDate: firstDue } }, portalSignIn.token,
  );
  assert.equal(portalProposePlan.status, 'REVIEW');
  const { case: after } = await gql(server.url, 'query($id: ID!) { case(id: $id) { priority portalRequest } }', { id: chosen.id }, token);
  assert.equal(after.portalRequest, 'Debtor asked in the portal: plan to review');
  assert.ok(after.priority > chosen.priority, `the priority rose from ${chosen.priority} to ${after.priority}`);

  const page = await signIn(browser, server.url, email);
  const row = page.locator(`[data-testid="queue-row"][data-case-id="${chosen.id}"]`);
  await row.getByTestId('queue-portal-request').waitFor();
  assert.equal(await row.getByTestId('queue-portal-request').innerText(), 'Debtor asked in the portal: plan to review');
  await row.click();
  const callout = page.getByTestId('priority-portal-request');
  await callout.waitFor();
  assert.match(await callout.innerText(), /^Debtor asked in the portal: plan to review \(\+150\)$/);
  await page.getByTestId('priority-part-portalRequest').waitFor();
  await callout.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'portal-request-priority.png') });

  // The collector answers from the case screen: counters the 48 installments with 3 of their own.
  const card = page.getByTestId('portal-proposal');
  await card.scrollIntoViewIfNeeded();
  const proposedRows = card.getByTestId('portal-proposal-plan').locator('tbody tr');
  await proposedRows.nth(47).waitFor(); // the card's own query may still be answering
  assert.equal(await proposedRows.count(), 48);
  await card.getByTestId('portal-proposal-counter-open').click();
  const counter = card.getByTestId('portal-proposal-counter');
  assert.equal(await counter.locator('.portal-proposal-row').count(), 48);
  await card.screenshot({ path: path.join(shots, 'portal-proposal-counter.png') });
  // The counter: the first installment 10.00 lower, recorded as the plan; the proposal is answered.
  const proposed = (await gql(server.url, 'query($id: ID!) { case(id: $id) { portalPlanProposal { plan { dueDate amountCents } } } }', { id: chosen.id }, token))
    .case.portalPlanProposal.plan;
  const lower = proposed[0].amountCents - 1_000;
  await page.getByTestId('counter-amount-0').fill(`${Math.trunc(lower / 100)},${String(lower % 100).padStart(2, '0')}`);
  await card.getByTestId('portal-proposal-counter-record').click();
  await card.waitFor({ state: 'detached' });
  const { case: planned } = await gql(
    server.url, 'query($id: ID!) { case(id: $id) { portalPlanProposal { id } portalRequest paymentPlan { status installments { amountCents } } } }', { id: chosen.id }, token,
  );
  assert.equal(planned.portalPlanProposal, null);
  assert.equal(planned.portalRequest, null);
  assert.equal(planned.paymentPlan.status, 'ACTIVE');
  assert.equal(planned.paymentPlan.installments.length, 48);
  assert.equal(planned.paymentPlan.installments[0].amountCents, lower);
  await page.context().close();
});

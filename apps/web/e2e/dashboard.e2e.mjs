// The manager dashboard in a real browser: tiles and charts from the demo history, a filter kept in
// the URL, the debtor portal figures, a drill-down to the cases behind a tile with its CSV, the creditor report, tiles
// and the per-collector table that move live when a payment is recorded, a dash for rates of an empty period, the note
// on payment-rate months too young to judge, and the screen in German and Danish.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { apiToken, gql, isoDateIn, LAUNCH_ARGS, shots, signIn } from './browser.mjs';
import { startMahnwerk } from './server.mjs';

const MANAGER = 'manager@demo.mahnwerk';
const CREDITOR = 'Stadtwerke Rheinau GmbH';
const KPI_FIELDS = 'casesPlaced casesPaidInFull recoveredCents principalCollectedCents interestCollectedCents feesCollectedCents';

let server;
let browser;
/** The API's own answers for the demo data, to hold the screens against. */
let demo;

before(async () => {
  server = await startMahnwerk();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: LAUNCH_ARGS });
  const token = await apiToken(server.url, MANAGER);
  const { creditors } = await gql(server.url, '{ creditors { id name currency } }', {}, token);
  const creditor = creditors.find((c) => c.name === CREDITOR);
  assert.ok(creditor, `the demo has the creditor ${CREDITOR}`);
  demo = { token, creditor, creditors };
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The manager, signed in and looking at the dashboard (optionally at a shared link's filter).
 * Reduced motion switches recharts' entry animations off, so screenshots need no waiting.
 */
async function managerOn(search = '') {
  const page = await signIn(browser, server.url, MANAGER, { reducedMotion: 'reduce' });
  await page.waitForURL('**/dashboard**');
  if (search) await page.goto(`${server.url}/dashboard?${search}`);
  // The first dashboard of a fresh database computes every figure cold: give it time on a busy machine.
  await page.getByTestId('kpi-cards').waitFor({ timeout: 45_000 });
  return page;
}

/** "1.089.354,68 €" or "12.345,00 kr." to integer minor units (both currencies have two decimals). */
function cents(text) {
  const digits = text.replace(/[^\d-]/g, '');
  assert.match(digits, /^-?\d+$/, `an amount: ${text}`);
  return Number(digits);
}

/** A count as the English screen writes it ("1,234"). */
const shown = (n) => n.toLocaleString('en-GB');

function count(text) {
  return Number(text.replace(/[^\d]/g, ''));
}

function tileValue(page, id) {
  return page.getByTestId(`kpi-${id}`).locator('.kpi-value');
}

function bodyRows(table) {
  return table.locator('tbody tr');
}

/** The KPIs the API reports for the default period (what the dashboard opens with) and `extra`. */
async function apiKpis(page, extra = {}) {
  const from = await isoDateIn(page.getByRole('textbox', { name: 'From', exact: true }));
  const to = await isoDateIn(page.getByRole('textbox', { name: 'To', exact: true }));
  const filter = { from, to, ...extra };
  const data = await gql(
    server.url,
    `query($f: KpiFilter!) { kpis(filter: $f) { ${KPI_FIELDS} } kpisByCollector(filter: $f) { collector { name } kpis { casesPlaced contacts recoveredCents } } }`,
    { f: filter },
    demo.token,
  );
  // The API lists every collector; the table those with something in the period.
  const active = data.kpisByCollector.filter(({ kpis: k }) => k.casesPlaced > 0 || k.contacts > 0 || k.recoveredCents > 0);
  return { kpis: data.kpis, collectors: active.map((r) => r.collector.name).sort(), allCollectors: data.kpisByCollector.length };
}

/** What the API counts as recovered per collector for `filter`, summed over the collectors. */
async function collectorsRecoveredCents(filter) {
  const { kpisByCollector } = await gql(
    server.url,
    'query($f: KpiFilter!) { kpisByCollector(filter: $f) { kpis { recoveredCents } } }',
    { f: filter },
    demo.token,
  );
  return kpisByCollector.reduce((sum, r) => sum + r.kpis.recoveredCents, 0);
}

/** The sum of the per-collector table's "Recovered" column as shown. */
async function tableRecoveredCents(page) {
  const table = page.getByTestId('kpi-collector-table');
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.findIndex((h) => h.startsWith('Recovered'));
  assert.ok(column >= 0, `a Recovered column: ${headers.join('|')}`);
  const cells = await bodyRows(table).locator(`td:nth-child(${column + 1})`).allInnerTexts();
  return cells.reduce((sum, text) => sum + cents(text), 0);
}

/** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      assert.equal(field, '', `a quote opens a field only at its start (record ${records.length + 1})`);
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      assert.ok(ch !== '\r' && ch !== '\n', `a bare line break outside quotes at ${i}`);
      field += ch;
      i += 1;
    }
  }
  assert.ok(!quoted, 'every quoted field is closed');
  assert.ok(field === '' && record.length === 0, 'the last record ends with CRLF');
  return records;
}

async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  const raw = await readFile(file, 'utf8');
  assert.ok(raw.startsWith('\uFEFF'), 'the file starts with a UTF-8 BOM for spreadsheets');
  return { name: download.suggestedFilename(), text: raw.slice(1), records: parseCsv(raw.slice(1)) };
}

/** Resolves when the page has sent a KpisChanged subscription whose filter names `creditorId`. */
function kpiSubscriptionSent(page, creditorId) {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      ws.on('framesent', ({ payload }) => {
        const message = typeof payload === 'string' ? JSON.parse(payload) : null;
        if (message?.type === 'subscribe' && message.payload?.operationName === 'KpisChanged' && message.payload.variables?.filter?.creditorId === creditorId) {
          resolve();
        }
      });
    });
  });
}

test('the dashboard draws its tile groups, charts and the per-collector table from the demo history', async () => {
  const page = await managerOn();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Dashboard');
  for (const group of ['Outcome', 'Collected', 'Duration', 'Contact']) {
    await page.getByRole('region', { name: group }).getByRole('heading', { name: group }).waitFor();
  }

  // Each chart is a recharts SVG with marks in it, not an empty frame: trends, ageing, forecast
  // ahead, creditor comparison. (The forecast's past windows may be empty on a fresh database.)
  const marks = {
    'chart-recovered': '.recharts-bar-rectangle',
    'chart-rates': '.recharts-line-curve',
    'chart-ageing': '.recharts-bar-rectangle',
    'chart-forecast': '.recharts-bar-rectangle',
    'chart-creditors': '.recharts-bar-rectangle',
  };
  for (const [chart, mark] of Object.entries(marks)) {
    const svg = page.getByTestId(chart).getByRole('application');
    await svg.locator(mark).first().waitFor();
    assert.ok((await svg.locator(mark).count()) > 0, `${chart} draws ${mark}`);
  }
  // A fresh demo has recorded only today's forecast: an empty state for the past windows, none made up.
  assert.match(await page.getByTestId('forecast-past-empty').innerText(), /No past window to compare yet/);
  // The creditor comparison names every demo creditor on its axis.
  const axis = (await page.getByTestId('chart-creditors').locator('.recharts-yAxis-tick-labels').textContent()).replace(/\s+/g, '');
  for (const { name } of demo.creditors) assert.ok(axis.includes(name.replace(/\s+/g, '')), `${name} on the creditor chart's axis: ${axis}`);

  // Every collector with activity has a row, and the tiles show what the API computes.
  const api = await apiKpis(page);
  const collectorRows = bodyRows(page.getByTestId('kpi-collector-table'));
  assert.ok(api.collectors.length > 0, 'the demo has collector activity');
  assert.deepEqual((await collectorRows.locator('td:first-child').allInnerTexts()).sort(), api.collectors);
  assert.equal(cents(await tileValue(page, 'recovered').innerText()), api.kpis.recoveredCents);
  assert.match(await page.getByTestId('kpi-payment-rate').innerText(), new RegExp(`${shown(api.kpis.casesPaidInFull)} of ${shown(api.kpis.casesPlaced)} placed cases`));
  assert.equal(await bodyRows(page.getByTestId('kpi-creditor-table')).count(), demo.creditors.length);

  await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });
  await page.context().close();
});

test('the debtor portal tile group shows the API\'s portal figures, each with what it counts', async () => {
  const page = await managerOn();
  const group = page.getByRole('region', { name: 'Debtor portal' });
  await group.getByRole('heading', { name: 'Debtor portal' }).waitFor({ timeout: 15_000 });
  const from = await isoDateIn(page.getByRole('textbox', { name: 'From', exact: true }));
  const to = await isoDateIn(page.getByRole('textbox', { name: 'To', exact: true }));
  const { portalFigures: f } = await gql(
    server.url,
    `query($f: KpiFilter!) { portalFigures(filter: $f) {
       linksIssued signIns casesSignedIn casesPaidAfterSignIn plansProposed plansAccepted selfCureRate selfCureWindowDays } }`,
    { f: { from, to } },
    demo.token,
  );
  // The demo seeds portal visits, some followed by a payment, and proposals waiting for review.
  assert.ok(f.linksIssued > f.signIns && f.signIns > 0, `links and sign-ins in the demo: ${JSON.stringify(f)}`);
  assert.ok(f.casesPaidAfterSignIn > 0 && f.plansProposed > 0, `self-cure and proposals in the demo: ${JSON.stringify(f)}`);
  assert.equal(count(await tileValue(page, 'portal-links').innerText()), f.linksIssued);
  assert.equal(count(await tileValue(page, 'portal-sign-ins').innerText()), f.signIns);
  assert.equal(count(await tileValue(page, 'portal-plans-proposed').innerText()), f.plansProposed);
  assert.equal(count(await tileValue(page, 'portal-plans-accepted').innerText()), f.plansAccepted);
  const rate = (f.selfCureRate * 100).toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  assert.equal((await tileValue(page, 'portal-self-cure').innerText()).replace(/\s/g, '').replace(',', '.'), `${rate}%`);
  assert.match(
    await page.getByTestId('kpi-portal-self-cure').innerText(),
    new RegExp(`${shown(f.casesPaidAfterSignIn)} of ${shown(f.casesSignedIn)} cases? with a sign-in had a payment within ${f.selfCureWindowDays} days`),
  );
  assert.match(await page.getByTestId('kpi-portal-sign-ins').innerText(), new RegExp(`on ${shown(f.casesSignedIn)} cases?`));
  await group.screenshot({ path: path.join(shots, 'dashboard-portal.png') });
  await page.context().close();
});

test('a creditor filter narrows the figures, goes into the URL and survives a reload; a payment moves the tiles and the per-collector table live', async () => {
  const page = await managerOn();
  const collectorRows = bodyRows(page.getByTestId('kpi-collector-table'));
  const allCollectors = await collectorRows.count();
  const recoveredAll = cents(await tileValue(page, 'recovered').innerText());

  await page.getByRole('combobox', { name: 'Creditor', exact: true }).selectOption(demo.creditor.id);
  await page.waitForURL((url) => url.searchParams.get('creditorId') === demo.creditor.id);
  const api = await apiKpis(page, { creditorId: demo.creditor.id });
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="kpi-collector-table"] tbody tr').length === n,
    api.collectors.length,
  );
  assert.ok(api.collectors.length > 0 && api.collectors.length < allCollectors, 'some, not all collectors work this creditor');
  assert.deepEqual((await collectorRows.locator('td:first-child').allInnerTexts()).sort(), api.collectors);
  const recovered = cents(await tileValue(page, 'recovered').innerText());
  assert.equal(recovered, api.kpis.recoveredCents);
  assert.ok(recovered < recoveredAll, 'one creditor recovered less than all of them');
  await page.getByRole('link', { name: 'Creditor report' }).waitFor();

  // A reload reads the filter back from the URL; it opens a new live connection as well.
  const subscribed = kpiSubscriptionSent(page, demo.creditor.id);
  await page.reload();
  await page.getByTestId('kpi-cards').waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Creditor', exact: true }).inputValue(), demo.creditor.id);
  assert.equal(await collectorRows.count(), api.collectors.length);
  assert.equal(cents(await tileValue(page, 'recovered').innerText()), recovered);
  await subscribed;
  const shownBefore = (await tileValue(page, 'recovered').innerText()).trim();
  const period = {
    from: await isoDateIn(page.getByRole('textbox', { name: 'From', exact: true })),
    to: await isoDateIn(page.getByRole('textbox', { name: 'To', exact: true })),
    creditorId: demo.creditor.id,
  };
  const collectorsBefore = await collectorsRecoveredCents(period);
  assert.equal(await tableRecoveredCents(page), collectorsBefore, 'the table shows what the API counts per collector');

  // A lead books a payment on one of the creditor's open cases; the tiles follow without a reload.
  const lead = await apiToken(server.url, 'lead@demo.mahnwerk');
  const amountCents = 12_345;
  // A case a collector works, so that the payment counts in a row of the per-collector table.
  const { collectors } = await gql(server.url, '{ collectors { id } }', {}, lead);
  let target;
  for (const collector of collectors) {
    const { cases } = await gql(
      server.url,
      'query($f: CaseFilter!) { cases(filter: $f, page: { limit: 50 }) { items { id openCents currency } } }',
      { f: { creditorId: demo.creditor.id, status: 'OPEN', assigneeId: collector.id } },
      lead,
    );
    target = cases.items.find((c) => c.currency === 'EUR' && c.openCents > amountCents * 2);
    if (target) break;
  }
  assert.ok(target, 'an assigned open case with more than the payment outstanding');
  // Yesterday lies inside the default period whatever the time zones of browser and creditor.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  // Ageing, forecast, roll rates and the portal figures carry no payload in the event: they are asked for again.
  const askedAgain = (operationName) =>
    page.waitForRequest((request) => request.url().endsWith('/graphql') && request.postDataJSON()?.operationName === operationName, { timeout: 15_000 });
  const analyticsAskedAgain = askedAgain('DashboardAnalytics');
  const portalFiguresAskedAgain = askedAgain('PortalFigures');
  await gql(
    server.url,
    'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
    { i: { caseId: target.id, amountCents, receivedAt: yesterday, reference: 'e2e live tile', idempotencyKey: `e2e-live-${Date.now()}` } },
    lead,
  );
  await tileValue(page, 'recovered').filter({ hasNotText: shownBefore }).waitFor({ timeout: 10_000 });
  const live = cents(await tileValue(page, 'recovered').innerText());
  assert.equal(live, recovered + amountCents);
  const parts = await Promise.all(['principal-collected', 'interest-collected', 'fees-collected'].map(async (id) => cents(await tileValue(page, id).innerText())));
  assert.equal(parts[0] + parts[1] + parts[2], live, 'principal, interest and fees add up to what was recovered');

  // The per-collector table follows the same live event: it reloads and shows the payment too.
  const collectorsAfter = await collectorsRecoveredCents(period);
  assert.equal(collectorsAfter, collectorsBefore + amountCents, 'the API counts the payment for the case\'s collector');
  const deadline = Date.now() + 10_000;
  while ((await tableRecoveredCents(page)) !== collectorsAfter) {
    assert.ok(Date.now() < deadline, 'the per-collector table shows the payment within 10 s, without a reload');
    await page.waitForTimeout(250);
  }
  await analyticsAskedAgain;
  await portalFiguresAskedAgain;
  await page.context().close();
});

test('a tile drills down to its cases, page by page, and the page downloads as CSV', async () => {
  const page = await managerOn(`creditorId=${demo.creditor.id}`);
  const detail = await page.getByTestId('kpi-payment-rate').locator('.kpi-detail').innerText();
  const [, paidText] = detail.match(/^([\d,]+) of [\d,]+ placed cases paid in full$/) ?? [];
  assert.ok(paidText, `the payment rate tile names its cases: ${detail}`);
  const paid = count(paidText);
  assert.ok(paid > 50, 'the demo has more paid cases than fit on one page');

  await page.getByRole('link', { name: 'Cases behind Payment rate', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/dashboard/cases' && url.searchParams.get('metric') === 'PAID_IN_FULL');
  assert.equal(new URL(page.url()).searchParams.get('creditorId'), demo.creditor.id, 'the drill-down keeps the filter');
  await page.getByRole('heading', { level: 1, name: 'Cases paid in full' }).waitFor();
  const list = page.getByTestId('kpi-cases');
  await list.getByRole('heading', { name: `${shown(paid)} cases` }).waitFor();
  const table = page.getByTestId('kpi-cases-table');
  const rows = bodyRows(table);
  await list.getByText(`1–50 of ${shown(paid)}`).waitFor();
  assert.equal(await rows.count(), 50);
  await page.screenshot({ path: path.join(shots, 'dashboard-cases.png'), fullPage: true });

  // The CSV holds exactly the page the list shows: the header, then one record per row.
  const csv = await downloadCsv(page, list.getByRole('button', { name: 'Download CSV' }));
  assert.match(csv.name, /^cases_paid_in_full_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const headers = await table.locator('thead th').allInnerTexts();
  assert.equal(csv.text.split('\r\n')[0], headers.join(','), 'the first line is the header');
  const [head, ...records] = csv.records;
  assert.deepEqual(head, headers);
  assert.equal(records.length, await rows.count());
  for (const record of records) assert.equal(record.length, headers.length, `a full record: ${record.join('|')}`);
  const refColumn = headers.indexOf('Debtor ref');
  const shownRefs = await rows.locator(`td:nth-child(${refColumn + 1})`).allInnerTexts();
  assert.deepEqual(records.map((r) => r[refColumn]), shownRefs);
  assert.ok(records.every((r) => r[headers.indexOf('Creditor')] === CREDITOR), 'only the filtered creditor');
  assert.ok(records.every((r) => r[headers.indexOf('Status')] === 'Paid' && /^\d{4}-\d{2}-\d{2}$/.test(r[headers.indexOf('Paid')])), 'every case paid, with its date');

  // The next page continues the list with other cases (a debtor may owe on several, so compare the cases).
  const caseIds = () => rows.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const firstPage = await caseIds();
  assert.equal(new Set(firstPage).size, 50, 'fifty different cases');
  await list.getByRole('button', { name: 'Next →' }).click();
  await page.waitForURL((url) => url.searchParams.get('offset') === '50');
  await list.getByText(`51–${shown(Math.min(100, paid))} of ${shown(paid)}`).waitFor();
  await page.waitForFunction(
    (first) => document.querySelector('[data-testid="kpi-cases-table"] tbody a')?.getAttribute('href') !== first,
    firstPage[0],
  );
  const secondPage = await caseIds();
  assert.equal(secondPage.length, Math.min(50, paid - 50));
  assert.deepEqual(secondPage.filter((id) => firstPage.includes(id)), [], 'no case on both pages');
  await page.context().close();
});

test('the creditor report shows placed, collected, fees, interest and the remittance due', async () => {
  const page = await managerOn(`creditorId=${demo.creditor.id}`);
  const tiles = {};
  for (const id of ['recovered', 'principal-collected', 'interest-collected', 'fees-collected']) tiles[id] = cents(await tileValue(page, id).innerText());

  await page.getByRole('link', { name: 'Creditor report' }).click();
  await page.waitForURL((url) => url.pathname === '/dashboard/creditor-report' && url.searchParams.get('creditorId') === demo.creditor.id);
  const report = page.getByTestId('creditor-report');
  await report.getByRole('heading', { name: CREDITOR }).waitFor();

  const figure = async (label) => {
    const row = report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }) });
    assert.equal(await row.count(), 1, `one row for ${label}`);
    return row.getByRole('cell').innerText();
  };
  const casesPlaced = count(await figure('Cases placed'));
  const placed = cents(await figure('Placed (claim amount)'));
  const collected = cents(await figure('Collected'));
  const principal = cents(await figure('of which principal'));
  const interest = cents(await figure('of which interest'));
  const fees = cents(await figure('of which fees'));
  const remittance = cents(await figure('Remittance due'));

  assert.ok(casesPlaced > 0 && placed > 0 && collected > 0 && interest > 0 && fees > 0, 'the demo creditor has history in the period');
  assert.equal(remittance, principal + interest, 'remittance due is principal plus interest collected');
  assert.equal(collected, principal + interest + fees, 'collected splits into principal, interest and fees');
  // The creditor keeps its books in EUR, as the dashboard reports: the same figures for the same filter.
  assert.equal(demo.creditor.currency, 'EUR');
  assert.deepEqual(
    { collected, principal, interest, fees },
    { collected: tiles.recovered, principal: tiles['principal-collected'], interest: tiles['interest-collected'], fees: tiles['fees-collected'] },
  );
  await page.screenshot({ path: path.join(shots, 'creditor-report.png'), fullPage: true });
  await page.context().close();
});

test('a period without cases shows a dash with its reason for every rate, never "0.0% (0 of 0)"', async () => {
  const page = await managerOn('from=2000-01-01&to=2000-01-31');
  const api = await apiKpis(page);
  assert.equal(api.kpis.casesPlaced, 0, 'nothing was placed in January 2000');
  const paymentRate = page.getByTestId('kpi-payment-rate');
  assert.equal((await tileValue(page, 'payment-rate').innerText()).trim(), '—');
  assert.equal(await paymentRate.getByTestId('rate-none').getAttribute('title'), 'No cases placed in this period');
  assert.equal((await paymentRate.locator('.kpi-detail').innerText()).trim(), 'No cases placed in this period');
  const expected = {
    'payment-rate-amount': 'No amount placed in this period',
    'recovery-rate': 'No amount placed in this period',
    'promise-kept-rate': 'No promise fell due in this period',
    'rpc-rate': 'No contact attempt in this period',
  };
  for (const [tile, title] of Object.entries(expected)) {
    assert.equal((await tileValue(page, tile).innerText()).trim(), '—', `${tile} shows a dash`);
    assert.equal(await page.getByTestId(`kpi-${tile}`).getByTestId('rate-none').getAttribute('title'), title);
  }
  const cards = await page.getByTestId('kpi-cards').innerText();
  assert.doesNotMatch(cards, /0[.,]0\s?%/, 'no rate of nothing shows as 0.0 %');
  assert.doesNotMatch(cards, /\b0 of 0\b/);
  // Nothing placed, so no month is too young to judge either.
  assert.equal(await page.getByTestId('young-cohort-note').count(), 0);
  assert.equal(await page.getByTestId('young-cohort-tile-note').count(), 0);
  await page.getByText('No collector activity in this period').waitFor();
  await page.screenshot({ path: path.join(shots, 'dashboard-empty-period.png'), fullPage: true });
  await page.context().close();
});

test('the payment rate marks the months whose cases are too young to judge, by the 90th percentile of days to paid in full', async () => {
  const page = await managerOn();
  const from = await isoDateIn(page.getByRole('textbox', { name: 'From', exact: true }));
  const to = await isoDateIn(page.getByRole('textbox', { name: 'To', exact: true }));
  const { kpis } = await gql(server.url, 'query($f: KpiFilter!) { kpis(filter: $f) { dunningDurationDaysP90 } }', { f: { from, to } }, demo.token);
  assert.ok(kpis.dunningDurationDaysP90 > 0, 'the demo has paid cases to measure the percentile');
  const days = Math.ceil(kpis.dunningDurationDaysP90);

  const note = page.getByTestId('young-cohort-note');
  await note.waitFor();
  assert.match(
    await note.innerText(),
    new RegExp(`cases placed since \\d{2} \\w+ \\d{4} are younger than ${days} days, the time within which 9 in 10 of the period's paid cases were paid in full.*too young to judge`),
  );
  // The young months are shaded and their rate drawn on a dashed line of its own.
  const chart = page.getByTestId('chart-rates');
  await chart.locator('.recharts-reference-area').first().waitFor();
  assert.ok((await chart.locator('.recharts-line-curve[stroke-dasharray="4 3"]').count()) === 1, 'one dashed line for the young months');
  assert.match(await chart.locator('.recharts-legend-wrapper').innerText(), /Payment rate, too young to judge/);
  assert.match(
    await page.getByTestId('young-cohort-tile-note').innerText(),
    new RegExp(`^[\\d,]+ cases? placed since \\d{2} \\w+ \\d{4} (is|are) too young to judge \\(under ${days} days\\)$`),
  );
  await chart.screenshot({ path: path.join(shots, 'dashboard-young-cohorts.png') });
  await page.context().close();
});

test('the dashboard in German and Danish: tiles, charts, tables and filters in the language, numbers in its format', async () => {
  const page = await managerOn();
  const screens = {
    de: { rate: 'Zahlungsquote', table: 'Nach Sachbearbeiter', young: /für eine Bewertung zu jung/, filter: 'Gläubiger' },
    da: { rate: 'Betalingsrate', table: 'Pr. sagsbehandler', young: /er for ung til at vurdere/, filter: 'Kreditor' },
  };
  try {
    for (const [language, words] of Object.entries(screens)) {
      await page.getByTestId('language-select').selectOption(language);
      await page.getByTestId('kpi-payment-rate').locator('.kpi-label').filter({ hasText: words.rate }).waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), language);
      await page.getByRole('heading', { name: words.table }).waitFor();
      await page.getByRole('combobox', { name: words.filter, exact: true }).waitFor();
      assert.match(await page.getByTestId('young-cohort-note').innerText(), words.young);
      // German and Danish write "42,5 %" with a decimal comma.
      assert.match(await tileValue(page, 'payment-rate').innerText(), /^\d{1,3},\d\s%$/);
      await page.screenshot({ path: path.join(shots, `dashboard-${language}.png`), fullPage: true });
    }
  } finally {
    // The choice is the manager's setting: back to English for the other tests.
    await page.getByTestId('language-select').selectOption('en');
    await page.getByTestId('kpi-payment-rate').locator('.kpi-label').filter({ hasText: 'Payment rate' }).first().waitFor();
    await page.context().close();
  }
});

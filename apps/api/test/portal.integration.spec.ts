import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type AddCaseOptions, type Fixture } from './fixtures.js';
import { FixedClock, connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const ISSUE = `mutation($id: ID!) { issuePortalLink(caseId: $id) { url expiresAt } }`;
const SIGN_IN = `mutation($t: String!, $c: String!) { portalSignIn(linkToken: $t, check: $c) { token expiresAt } }`;
const PORTAL_CASE = `query { portalCase {
  creditor { name } reference debtorName status currency language
  claims { reference subject dueDate principalCents }
  balance { totalCents lines { kind amountCents explanation } }
  nextStep { description date }
  paymentDetails { accountHolder iban bic reference }
  epcQrPayload paymentMethods
  paymentPlan { status installments { dueDate amountCents } }
  planProposal { installments firstDueDate }
  planRules { maxInstallments minInstallmentCents latestFirstDueDate available }
} }`;
const PROPOSE = `mutation($input: PortalPlanInput!) { portalProposePlan(input: $input) { status reasons plan { feeCents totalCents installments { dueDate amountCents } } } }`;
const STAFF_BALANCE = `query($id: ID!) { case(id: $id) { stage status balance { totalCents } paymentPlan { status installments { dueDate amountCents } } } }`;
const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { status advanced } }`;

const tokenOf = (url: string): string => url.split('/p/')[1]!;

describe('the debtor portal: links, sign-in, the case, plans', () => {
  const clock = new FixedClock(new Date('2026-11-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  const ids: Record<string, string> = {};
  const tick = (minutes: number) => {
    clock.instant = new Date(clock.instant.getTime() + minutes * 60_000);
  };

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    env: () => ({ PORTAL_BASE_URL: 'https://portal.example.org', PAYMENT_PROVIDER: 'store' }),
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const de = (o: Partial<AddCaseOptions> & { priority: number }) => addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', stage: 'REMINDER',
        stageEnteredOn: '2026-10-01', assigneeId: fx.collectors[0].id, ...o,
      });
      ids.main = await de({ priority: 1 });
      ids.limited = await de({ priority: 2 });
      ids.accepted = await de({ priority: 3 });
      ids.review = await de({ priority: 4 });
      ids.control = await de({ priority: 5 });
      ids.dk = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 500_000, priority: 6, currency: 'DKK', country: 'DK',
        address: 'Strandvejen 100\nDK-2900 Hellerup', assigneeId: fx.collectors[0].id, stage: 'REMINDER',
      });
      await db.query(`UPDATE debtors SET language = 'da' WHERE id = (SELECT debtor_id FROM cases WHERE id = $1)`, [ids.dk]);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const link = async (caseId: string): Promise<string> =>
    tokenOf((await api.ok<{ issuePortalLink: { url: string } }>(ISSUE, { id: caseId }, collector)).issuePortalLink.url);
  const signIn = async (caseId: string, check = '10115'): Promise<string> =>
    (await api.ok<{ portalSignIn: { token: string } }>(SIGN_IN, { t: await link(caseId), c: check })).portalSignIn.token;

  it('issues a link whose token is long, random and stored only as a hash', async () => {
    const { issuePortalLink } = await api.ok<{ issuePortalLink: { url: string; expiresAt: string } }>(ISSUE, { id: ids.main }, collector);
    expect(issuePortalLink.url).toMatch(/^https:\/\/portal\.example\.org\/p\/[A-Za-z0-9_-]{43}$/);
    expect(issuePortalLink.expiresAt).toBe('2027-11-02T10:00:00.000Z');
    const token = tokenOf(issuePortalLink.url);
    const stored = await db.query(`SELECT encode(token_hash, 'hex') AS h FROM portal_links WHERE case_id = $1`, [ids.main]);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0].h).not.toContain(Buffer.from(token).toString('hex'));
    const audit = await db.query(`SELECT after::text AS a FROM audit_events WHERE action = 'portal.link-issue' AND entity_id = $1`, [ids.main]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].a).not.toContain(token);
    // A collector of another creditor does not see the case at all: as if it did not exist.
    const other = await api.login(fx.collectorB.email);
    expect((await api.gql(ISSUE, { id: ids.main }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('an e-mail to the debtor carries a personal link that signs in', async () => {
    const SEND = `mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { body } }`;
    const { sendCaseMessage } = await api.ok(SEND, { input: { caseId: ids.main, channel: 'EMAIL' } }, collector);
    const url = /https:\/\/portal\.example\.org\/p\/[A-Za-z0-9_-]{43}/.exec(sendCaseMessage.body)?.[0];
    expect(url).toBeDefined();
    expect((await api.gql(SIGN_IN, { t: tokenOf(url!), c: '10115' })).errors).toBeUndefined();
  });

  it('signs in with the right postcode; a wrong postcode and a wrong token get the same error', async () => {
    const token = await link(ids.main);
    const ok = await api.ok<{ portalSignIn: { token: string; expiresAt: string } }>(SIGN_IN, { t: token, c: ' 10115 ' });
    expect(ok.portalSignIn.expiresAt).toBe('2026-11-02T10:30:00.000Z');
    const wrongCheck = await api.gql(SIGN_IN, { t: token, c: '10117' });
    const wrongToken = await api.gql(SIGN_IN, { t: token.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A')), c: '10115' });
    expect(wrongCheck.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongToken.errors?.[0]).toEqual(wrongCheck.errors?.[0]);
    const audit = await db.query(`SELECT action, count(*)::int AS n FROM audit_events WHERE action LIKE 'portal.sign-in%' GROUP BY action ORDER BY action`);
    expect(audit.rows).toEqual([{ action: 'portal.sign-in', n: 2 }, { action: 'portal.sign-in-failed', n: 2 }]);
  });

  it('refuses a portal token on staff operations and a staff token on portal operations', async () => {
    const portal = await signIn(ids.main);
    expect((await api.gql('query { me { id } }', {}, portal)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(STAFF_BALANCE, { id: ids.main }, portal)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(PORTAL_CASE, {}, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(PORTAL_CASE, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(PROPOSE, { input: { installments: 3, firstDueDate: '2026-11-10' } }, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows the balance staff see for the same day, each line explained in the debtor\'s language', async () => {
    const portal = await signIn(ids.main);
    const { portalCase: p } = await api.ok(PORTAL_CASE, {}, portal);
    const { case: staff } = await api.ok(STAFF_BALANCE, { id: ids.main }, collector);
    expect(p.balance.totalCents).toBe(staff.balance.totalCents);
    expect(p.balance.totalCents).toBeGreaterThan(100_000); // interest since the default date
    expect(p.language).toBe('de');
    expect(p.balance.lines.map((l: { kind: string }) => l.kind)).toEqual(expect.arrayContaining(['PRINCIPAL', 'INTEREST']));
    expect(p.balance.lines.find((l: { kind: string }) => l.kind === 'PRINCIPAL').explanation).toMatch(/^Rechnung INV-1, fällig seit 01\.06\.2026/);
    expect(p.balance.lines.find((l: { kind: string }) => l.kind === 'INTEREST').explanation).toMatch(/Verzugszinsen/);
    expect(p.claims).toEqual([{ reference: 'INV-1', subject: 'Liefervertrag', dueDate: '2026-06-01', principalCents: 100_000 }]);
    expect(p.creditor.name).toBe('Alpha Versand GmbH');
    expect(p.paymentDetails.reference).toMatch(/^INV-1\/D-/);
    expect(p.epcQrPayload).toMatch(/^BCD\n/);
    expect(p.paymentMethods).toEqual(['BANK_TRANSFER', 'CARD', 'PAYPAL']);
    expect(p.nextStep.description).toMatch(/Mahnung|Schritt|folgt/);
    expect(p.planRules).toEqual({ maxInstallments: 12, minInstallmentCents: 2_500, latestFirstDueDate: '2026-12-02', available: true });
  });

  it('speaks Danish to a Danish debtor and has no GiroCode for DKK', async () => {
    const portal = await signIn(ids.dk, '2900');
    const { portalCase: p } = await api.ok(PORTAL_CASE, {}, portal);
    expect(p.language).toBe('da');
    expect(p.currency).toBe('DKK');
    expect(p.epcQrPayload).toBeNull();
    expect(p.balance.lines[0].explanation).toMatch(/^Faktura /);
    expect(p.planRules.minInstallmentCents).toBe(20_000);
  });

  it('a session lasts 30 minutes after its last request', async () => {
    const portal = await signIn(ids.main);
    tick(20);
    expect((await api.gql(PORTAL_CASE, {}, portal)).errors).toBeUndefined();
    tick(20); // 40 minutes after sign-in, 20 after the last request
    expect((await api.gql(PORTAL_CASE, {}, portal)).errors).toBeUndefined();
    tick(31);
    const ended = await api.gql(PORTAL_CASE, {}, portal);
    expect(ended.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ended.errors?.[0]?.message).toMatch(/session has ended/);
    // A page that still sends the ended session's token signs in anew (the token is no error by itself).
    const { issuePortalLink } = await api.ok<{ issuePortalLink: { url: string } }>(ISSUE, { id: ids.main }, collector);
    const again = await fetch(api.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${portal}` },
      body: JSON.stringify({ query: SIGN_IN, variables: { t: tokenOf(issuePortalLink.url), c: '10115' } }),
    });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: { portalSignIn: { token: string } } }).data.portalSignIn.token).toMatch(/^mwp_/);
  });

  it('after 5 failed checks for a link, further tries are RATE_LIMITED (HTTP 429) until the window passes', async () => {
    tick(60); // earlier failures are out of the window
    const token = await link(ids.limited);
    for (let i = 0; i < 5; i++) {
      expect((await api.gql(SIGN_IN, { t: token, c: `9999${i}` })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const response = await fetch(api.url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { t: token, c: '10115' } }),
    });
    expect(response.status).toBe(429);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    tick(14);
    expect((await api.gql(SIGN_IN, { t: token, c: '10115' })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    tick(2);
    expect((await api.gql(SIGN_IN, { t: token, c: '10115' })).errors).toBeUndefined();
  });

  it('a plan within the creditor\'s rules is accepted: the plan record, the confirmation letter, the dunning held, the collector told live', async () => {
    const portal = await signIn(ids.accepted);
    const socket = api.socket(collector);
    await connected(socket);
    const queue = subscribe<{ queueChanged: { kind: string; caseId: string } }>(socket, 'subscription { queueChanged { kind caseId } }');
    await api.untilListening('queue', 1);
    const result = await api.ok(PROPOSE, { input: { installments: 4, firstDueDate: '2026-11-20' } }, portal);
    expect(result.portalProposePlan.status).toBe('ACCEPTED');
    expect(result.portalProposePlan.reasons).toEqual([]);
    const plan = result.portalProposePlan.plan;
    expect(plan.installments.map((i: { dueDate: string }) => i.dueDate)).toEqual(['2026-11-20', '2026-12-20', '2027-01-20', '2027-02-20']);
    expect(await queue.next()).toEqual({ queueChanged: { kind: 'UPDATED', caseId: ids.accepted } });

    const { case: staff } = await api.ok(STAFF_BALANCE, { id: ids.accepted }, collector);
    expect(staff.paymentPlan.status).toBe('ACTIVE');
    expect(staff.paymentPlan.installments).toEqual(plan.installments);
    expect(plan.totalCents).toBe(staff.balance.totalCents);
    const activity = await db.query(`SELECT channel, direction, outcome, actor_id FROM activities WHERE case_id = $1`, [ids.accepted]);
    expect(activity.rows).toEqual([{ channel: 'PORTAL', direction: 'INBOUND', outcome: 'PAYMENT_PLAN', actor_id: null }]);
    const letters = await db.query(`SELECT kind FROM letters WHERE case_id = $1`, [ids.accepted]);
    expect(letters.rows).toEqual([{ kind: 'PLAN_CONFIRMATION' }]);

    const { portalCase: p } = await api.ok(PORTAL_CASE, {}, portal);
    expect(p.paymentPlan.status).toBe('ACTIVE');
    expect(p.nextStep.date).toBe('2026-11-20');
    expect(p.planRules.available).toBe(false);

    // The confirmation letter carries the debtor's portal link and its QR code.
    await api.app.get(LetterWriterService, { strict: false }).writeAll();
    const letter = await db.query(`SELECT status, content->'portal'->>'url' AS url FROM letters WHERE case_id = $1`, [ids.accepted]);
    expect(letter.rows[0]).toMatchObject({ status: 'READY', url: expect.stringMatching(/^https:\/\/portal\.example\.org\/p\/[A-Za-z0-9_-]{43}$/) });

    // The dunning run the next day steps the control case, not the one with the plan.
    clock.instant = new Date('2026-11-03T06:00:00Z');
    await api.ok(RUN, { d: '2026-11-03' }, lead);
    const stages = await db.query(`SELECT id, stage FROM cases WHERE id = ANY($1::uuid[])`, [[ids.accepted, ids.control]]);
    const stageOf = Object.fromEntries(stages.rows.map((r) => [r.id, r.stage]));
    expect(stageOf[ids.control]).not.toBe('REMINDER');
    expect(stageOf[ids.accepted]).toBe('REMINDER');
  });

  it('a plan outside the rules goes to review: stored for the collector, no plan yet, the collector told live', async () => {
    const portal = await signIn(ids.review);
    const socket = api.socket(collector);
    await connected(socket);
    const updates = subscribe<{ caseUpdated: { id: string } }>(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id } }', { id: ids.review });
    await api.untilListening('case', 1);
    const result = await api.ok(PROPOSE, { input: { installments: 24, firstDueDate: '2027-01-15' } }, portal);
    expect(result.portalProposePlan.status).toBe('REVIEW');
    expect(result.portalProposePlan.reasons).toHaveLength(2);
    expect(result.portalProposePlan.plan.installments).toHaveLength(24);
    expect(await updates.next()).toEqual({ caseUpdated: { id: ids.review } });
    const { case: staff } = await api.ok(STAFF_BALANCE, { id: ids.review }, collector);
    expect(staff.paymentPlan).toBeNull();
    const proposals = await db.query(`SELECT status, installments FROM portal_plan_proposals WHERE case_id = $1`, [ids.review]);
    expect(proposals.rows).toEqual([{ status: 'PENDING', installments: 24 }]);
    const activity = await db.query(`SELECT channel, direction FROM activities WHERE case_id = $1 AND channel = 'PORTAL'`, [ids.review]);
    expect(activity.rows).toEqual([{ channel: 'PORTAL', direction: 'INBOUND' }]);
    const { portalCase: p } = await api.ok(PORTAL_CASE, {}, portal);
    expect(p.planProposal).toEqual({ installments: 24, firstDueDate: '2027-01-15' });
    expect(p.planRules.available).toBe(false);
    const again = await api.gql(PROPOSE, { input: { installments: 3, firstDueDate: '2026-11-20' } }, portal);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // The collector sees it on the case and declines it; the debtor may propose again.
    const STAFF_PROPOSAL = `query($id: ID!) { case(id: $id) { portalPlanProposal { installments firstDueDate plan { dueDate amountCents } } } }`;
    const seen = (await api.ok(STAFF_PROPOSAL, { id: ids.review }, collector)).case.portalPlanProposal;
    expect(seen).toMatchObject({ installments: 24, firstDueDate: '2027-01-15' });
    expect(seen.plan).toHaveLength(24);
    await api.ok(`mutation($id: ID!) { declinePortalPlanProposal(caseId: $id) { id } }`, { id: ids.review }, collector);
    expect((await api.ok(STAFF_PROPOSAL, { id: ids.review }, collector)).case.portalPlanProposal).toBeNull();
    expect((await api.ok(PORTAL_CASE, {}, portal)).portalCase.planRules.available).toBe(true);
  });

  it('the debtor promises a payment, asks for a call, starts a card payment and corrects the contact details: each on the timeline as PORTAL/INBOUND, audited', async () => {
    const portal = await signIn(ids.main);
    await api.ok(`mutation { portalPromise(date: "2026-11-10", amountCents: 50000) { status } }`, {}, portal);
    await api.ok(`mutation { portalRequestCallback(from: "2026-11-04T09:00:00Z", to: "2026-11-04T11:00:00Z") { status } }`, {}, portal);
    const activities = await db.query(
      `SELECT outcome, channel, direction FROM activities WHERE case_id = $1 AND channel = 'PORTAL' ORDER BY occurred_at, outcome`, [ids.main],
    );
    expect(activities.rows).toEqual([
      { outcome: 'CALLBACK', channel: 'PORTAL', direction: 'INBOUND' },
      { outcome: 'PROMISE_TO_PAY', channel: 'PORTAL', direction: 'INBOUND' },
    ]);
    const promise = await db.query(`SELECT amount_cents::int AS a, due_date::text AS d FROM promises WHERE case_id = $1`, [ids.main]);
    expect(promise.rows).toEqual([{ a: 50_000, d: '2026-11-10' }]);
    const started = await api.ok(`mutation { portalStartPayment(method: "CARD") { intentId redirectUrl } }`, {}, portal);
    expect(started.portalStartPayment.redirectUrl).toBeNull();
    const intents = await db.query(`SELECT provider, method FROM portal_payment_intents WHERE case_id = $1`, [ids.main]);
    expect(intents.rows).toEqual([{ provider: 'store', method: 'CARD' }]);
    expect((await api.gql(`mutation { portalStartPayment(method: "BITCOIN") { intentId } }`, {}, portal)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const updated = await api.ok(`mutation { portalUpdateContact(input: { email: "new@example.org", phone: "+49 171 5550000", preferredChannel: SMS }) { contact { email phone preferredChannel } } }`, {}, portal);
    expect(updated.portalUpdateContact.contact).toEqual({ email: 'new@example.org', phone: '+49 171 5550000', preferredChannel: 'SMS' });
    const bad = await api.gql(`mutation { portalUpdateContact(input: { email: "not-an-address" }) { status } }`, {}, portal);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const note = await db.query(`SELECT note FROM activities WHERE case_id = $1 AND channel = 'PORTAL' AND outcome IS NULL`, [ids.main]);
    expect(note.rows[0].note).toMatch(/^Contact details changed by the debtor in the portal: .*E-mail/);
    const audit = await db.query(`SELECT action FROM audit_events WHERE entity_id = $1 AND action IN ('portal.promise', 'portal.callback-request', 'portal.payment-start') ORDER BY id`, [ids.main]);
    expect(audit.rows.map((r) => r.action)).toEqual(['portal.promise', 'portal.callback-request', 'portal.payment-start']);
  });

  it('the debtor disputes the claim: a dispute with its hold, dunning paused, on the timeline as PORTAL/INBOUND', async () => {
    const portal = await signIn(ids.dk, '2900');
    const { portalDispute } = await api.ok(
      `mutation { portalDispute(reason: ALREADY_PAID, text: "Jeg har betalt den 1. oktober.") { status nextStep { description } } }`, {}, portal,
    );
    expect(portalDispute.nextStep.description).toMatch(/i bero/);
    const c = await db.query(`SELECT status FROM cases WHERE id = $1`, [ids.dk]);
    expect(c.rows[0].status).toBe('ON_HOLD');
    const dispute = await db.query(`SELECT reason, status, opened_by FROM disputes WHERE case_id = $1`, [ids.dk]);
    expect(dispute.rows).toEqual([{ reason: 'ALREADY_PAID', status: 'OPEN', opened_by: null }]);
    const activity = await db.query(`SELECT note FROM activities WHERE case_id = $1 AND channel = 'PORTAL'`, [ids.dk]);
    expect(activity.rows[0].note).toMatch(/disputes the claim in the portal \(ALREADY_PAID\)/);
  });

  it('admins change a creditor\'s portal plan rules; the portal offers them', async () => {
    const SETTINGS = `mutation($id: ID!, $input: PortalPlanSettingsInput!) { updatePortalPlanSettings(creditorId: $id, input: $input) { maxInstallments minInstallmentEurCents } }`;
    const input = { maxInstallments: 6, minInstallmentEurCents: 5_000, minInstallmentDkkCents: 30_000, maxFirstDueDays: 14 };
    expect((await api.gql(SETTINGS, { id: fx.creditorDE, input }, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.login(fx.admin.email);
    expect((await api.gql(SETTINGS, { id: fx.creditorDE, input: { ...input, maxInstallments: 0 } }, admin)).errors?.[0]?.extensions)
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxInstallments' });
    await api.ok(SETTINGS, { id: fx.creditorDE, input }, admin);
    expect((await api.ok(`query($id: ID!) { portalPlanSettings(creditorId: $id) { maxFirstDueDays } }`, { id: fx.creditorDE }, lead)).portalPlanSettings)
      .toEqual({ maxFirstDueDays: 14 });
    const portal = await signIn(ids.control);
    const { portalCase: p } = await api.ok(PORTAL_CASE, {}, portal);
    expect(p.planRules).toMatchObject({ maxInstallments: 6, minInstallmentCents: 5_000 });
  });

  it('after 20 failed tries from one address, every link is RATE_LIMITED from there', async () => {
    tick(60);
    for (let i = 0; i < 20; i++) {
      expect((await api.gql(SIGN_IN, { t: `no-such-link-${i}`, c: '10115' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const token = await link(ids.main);
    expect((await api.gql(SIGN_IN, { t: token, c: '10115' })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

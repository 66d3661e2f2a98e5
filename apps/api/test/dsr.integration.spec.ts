import type pg from 'pg';
import { addActivity, addPayment, addPortalLink, debtorOf, updateCase } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (Europe/Berlin: 2026-11-25).
const EXPORT = `query($d: ID!) { debtorDataExport(debtorId: $d) { debtorId generatedAt json pdfUrl } }`;
const REQUEST_FIELDS = 'id kind requestedById requestedAt summary erased kept { type label reason keptUntil } pseudonymisedFrom';
const RESTRICT = `mutation($d: ID!) { restrictDebtorProcessing(debtorId: $d) { ${REQUEST_FIELDS} } }`;
const LIFT = `mutation($d: ID!) { liftDebtorRestriction(debtorId: $d) { ${REQUEST_FIELDS} } }`;
const ERASE = `mutation($d: ID!) { eraseDebtorData(debtorId: $d) { ${REQUEST_FIELDS} } }`;
const PRIVACY = `query($d: ID!) { debtorPrivacy(debtorId: $d) { processingRestrictedSince pseudonymisedAt keptIfErased { type keptUntil } pseudonymisedFrom requests { kind summary } } }`;
const CASE = `query($c: ID!) { case(id: $c) { id status stage holdReason holds { id type reason releasedAt } } }`;
const RELEASE_HOLD = `mutation($c: ID!, $h: ID!, $r: String!) { releaseHold(caseId: $c, holdId: $h, reason: $r) { id } }`;
const RUN_DUNNING = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced } }';
const SEND = `mutation($i: SendCaseMessageInput!) { sendCaseMessage(input: $i) { id } }`;

interface Kept { type: string; label: string; reason: string; keptUntil: string | null }
interface Request { id: string; kind: string; requestedById: string; summary: string; erased: string[]; kept: Kept[]; pseudonymisedFrom: string | null }

describe('data subject requests: export (JSON and PDF), restriction, erasure with the kept-until statement', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  let lead: string;
  const c = { open: '', closed: '', old: '', restricted: '' };
  const d = { open: '', closed: '', old: '', restricted: '' };

  const clock = new FixedClock();
  const bed = withApi({
    collectors: 1, cases: 2, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      c.open = await addCase(db, { creditorId: fx.creditorDE, principalCents: 120_000, priority: 7, reference: 'INV-OPEN-7' });
      d.open = await debtorOf(db, c.open);
      await db.query(`UPDATE debtors SET name = 'Erika Mustermann' WHERE id = $1`, [d.open]);
      await addPayment(db, c.open, { amountCents: 12_345, receivedAt: '2026-09-01' });
      await addActivity(db, c.open, { channel: 'PHONE', outcome: 'RIGHT_PARTY_CONTACT', note: 'Erika promised to call back' });

      c.closed = await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 8, address: 'Ring 2\n10115 Berlin' });
      d.closed = await debtorOf(db, c.closed);
      await updateCase(db, c.closed, { status: 'UNCOLLECTIBLE', closedOn: '2019-05-01' });
      await addActivity(db, c.closed, { channel: 'PHONE', note: 'Max said his wife handles the bills' });
      await addActivity(db, c.closed, { channel: 'LETTER', note: 'Final demand written' });
      await addPortalLink(db, c.closed, { token: 'erase-me', expiresAt: '2019-06-01T00:00:00Z' });

      c.old = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 9 });
      d.old = await debtorOf(db, c.old);
      await updateCase(db, c.old, { status: 'PAID', paidAt: '2014-03-01T10:00:00Z', closedOn: '2014-03-01' });

      // Due for its next dunning step today.
      c.restricted = await addCase(db, { creditorId: fx.creditorDE, principalCents: 60_000, priority: 10, stage: 'REMINDER', stageEnteredOn: '2026-09-01' });
      d.restricted = await debtorOf(db, c.restricted);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    lead = await api.login(fx.lead.email);
  });

  const origin = () => api.url.replace(/\/graphql$/, '');
  const debtor = async (id: string) => (await db.query('SELECT name, address, email, phone, pseudonymised_at FROM debtors WHERE id = $1', [id])).rows[0];

  describe('export (Art. 15)', () => {
    it('JSON holds the debtor, cases, claims, payments, activities and audit events; recorded as a request', async () => {
      const { debtorDataExport } = await api.ok(EXPORT, { d: d.open }, admin);
      expect(debtorDataExport.pdfUrl).toBe(`/privacy/debtors/${d.open}/export.pdf`);
      const data = JSON.parse(debtorDataExport.json);
      expect(data.debtor).toMatchObject({ id: d.open, name: 'Erika Mustermann', email: 'debtor@example.org', phone: '+49 30 1234567' });
      expect(data.cases.map((x: { id: string }) => x.id)).toEqual([c.open]);
      expect(data.records.claims).toEqual([expect.objectContaining({ reference: 'INV-OPEN-7', principal_cents: 120_000 })]);
      expect(data.records.payments).toEqual([expect.objectContaining({ amount_cents: 12_345 })]);
      expect(data.records.activities).toEqual([expect.objectContaining({ note: 'Erika promised to call back' })]);
      for (const key of ['letters', 'promises', 'payment_plans', 'disputes', 'portal_links', 'portal_sessions', 'outbox']) expect(data.records[key]).toEqual([]);
      const requests = (await db.query(`SELECT kind, requested_by, result FROM data_subject_requests WHERE debtor_id = $1`, [d.open])).rows;
      expect(requests).toEqual([{ kind: 'EXPORT', requested_by: fx.admin.id, result: expect.objectContaining({ format: 'JSON' }) }]);
    });

    it('the PDF downloads for an admin, not cached; others are refused', async () => {
      const url = `${origin()}/privacy/debtors/${d.open}/export.pdf`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1500);
      expect((await fetch(url, { headers: { authorization: `Bearer ${lead}` } })).status).toBe(403);
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(`${origin()}/privacy/debtors/00000000-0000-4000-8000-000000000000/export.pdf`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
    });

    it('only admins export', async () => {
      expect((await api.gql(EXPORT, { d: d.open }, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('restriction (Art. 18)', () => {
    it('holds the open case (shown on it), stops dunning and contact; a second restriction is a conflict', async () => {
      const { restrictDebtorProcessing: r } = await api.ok<{ restrictDebtorProcessing: Request }>(RESTRICT, { d: d.restricted }, admin);
      expect(r).toMatchObject({ kind: 'RESTRICTION', requestedById: fx.admin.id, summary: expect.stringContaining('1 open case') });
      const { case: kase } = await api.ok(CASE, { c: c.restricted }, admin);
      expect(kase).toMatchObject({ status: 'ON_HOLD', holdReason: expect.stringContaining('Art. 18 GDPR') });
      expect(kase.holds).toEqual([expect.objectContaining({ type: 'CEASE_CONTACT', releasedAt: null })]);

      await api.ok(RUN_DUNNING, { d: '2026-11-25' }, admin);
      expect((await db.query('SELECT stage FROM cases WHERE id = $1', [c.restricted])).rows[0].stage).toBe('REMINDER');
      expect((await db.query('SELECT count(*)::int AS n FROM dunning_steps WHERE case_id = $1', [c.restricted])).rows[0].n).toBe(0);

      const send = await api.gql(SEND, { i: { caseId: c.restricted, channel: 'EMAIL' } }, admin);
      expect(send.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringContaining('restricted') });
      expect((await db.query('SELECT count(*)::int AS n FROM outbox WHERE case_id = $1', [c.restricted])).rows[0].n).toBe(0);

      const { debtorPrivacy } = await api.ok(PRIVACY, { d: d.restricted }, admin);
      expect(debtorPrivacy.processingRestrictedSince).toBe('2026-11-25T10:00:00.000Z');
      expect((await api.gql(RESTRICT, { d: d.restricted }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await api.gql(RESTRICT, { d: d.restricted }, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Only lifting the restriction releases its hold; a lead's release is refused.
      const release = await api.gql(RELEASE_HOLD, { c: c.restricted, h: kase.holds[0].id, r: 'Debtor called' }, lead);
      expect(release.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('Art. 18') });
    });

    it('an admin lifts it: the hold is released and the case is open again', async () => {
      const { liftDebtorRestriction: r } = await api.ok<{ liftDebtorRestriction: Request }>(LIFT, { d: d.restricted }, admin);
      expect(r).toMatchObject({ kind: 'RESTRICTION_LIFTED', summary: expect.stringContaining('1 hold') });
      const { case: kase } = await api.ok(CASE, { c: c.restricted }, admin);
      expect(kase).toMatchObject({ status: 'OPEN', holdReason: null });
      const { debtorPrivacy } = await api.ok(PRIVACY, { d: d.restricted }, admin);
      expect(debtorPrivacy.processingRestrictedSince).toBeNull();
      expect(debtorPrivacy.requests.map((x: { kind: string }) => x.kind).sort()).toEqual(['RESTRICTION', 'RESTRICTION_LIFTED']);
      expect((await api.gql(LIFT, { d: d.restricted }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
      // Dunning resumes: the next run steps the case.
      clock.instant = new Date('2026-11-26T10:00:00Z');
      await api.ok(RUN_DUNNING, { d: '2026-11-26' }, admin);
      expect((await db.query('SELECT stage FROM cases WHERE id = $1', [c.restricted])).rows[0].stage).not.toBe('REMINDER');
    });
  });

  describe('erasure (Art. 17)', () => {
    it('with an open case nothing is erased: everything is kept for the claim', async () => {
      const { eraseDebtorData: r } = await api.ok<{ eraseDebtorData: Request }>(ERASE, { d: d.open }, admin);
      expect(r).toMatchObject({ kind: 'ERASURE', erased: [], pseudonymisedFrom: null });
      expect(r.kept).toEqual([expect.objectContaining({ type: 'OPEN_CASES', keptUntil: null, reason: expect.stringContaining('Art. 17(3)(e)') })]);
      expect(await debtor(d.open)).toMatchObject({ name: 'Erika Mustermann', email: 'debtor@example.org' });
    });

    it('with every case closed: contacts, call notes and portal access go now; each record type is kept until its period ends', async () => {
      const { eraseDebtorData: r } = await api.ok<{ eraseDebtorData: Request }>(ERASE, { d: d.closed }, admin);
      expect(r.erased).toEqual(expect.arrayContaining(['E-mail address', 'Phone number', 'Portal links and sessions']));
      expect(r.kept.map((k) => [k.type, k.keptUntil])).toEqual([
        ['BOOKS', '2029-12-31'], ['BOOKKEEPING_RECORDS', '2027-12-31'], ['IDENTITY', '2029-12-31'],
      ]);
      expect(r.pseudonymisedFrom).toBe('2030-01-01');
      expect(await debtor(d.closed)).toMatchObject({ email: null, phone: null, address: 'Ring 2\n10115 Berlin', pseudonymised_at: null });
      const notes = (await db.query('SELECT channel, note FROM activities WHERE case_id = $1 ORDER BY channel', [c.closed])).rows;
      expect(notes).toEqual([
        { channel: 'LETTER', note: 'Final demand written' },
        { channel: 'PHONE', note: '[erased at the data subject\'s request]' },
      ]);
      expect((await db.query('SELECT count(*)::int AS n FROM portal_links WHERE case_id = $1', [c.closed])).rows[0].n).toBe(0);
      // The statement is stored with the request and shown on the debtor.
      const stored = (await db.query(`SELECT requested_by, result FROM data_subject_requests WHERE debtor_id = $1 AND kind = 'ERASURE'`, [d.closed])).rows;
      expect(stored).toEqual([{ requested_by: fx.admin.id, result: expect.objectContaining({ pseudonymisedFrom: '2030-01-01', kept: expect.any(Array) }) }]);
      const { debtorPrivacy } = await api.ok(PRIVACY, { d: d.closed }, admin);
      expect(debtorPrivacy).toMatchObject({ pseudonymisedFrom: '2030-01-01', requests: [{ kind: 'ERASURE', summary: expect.stringContaining('2030-01-01') }] });
      const audit = (await db.query(`SELECT after FROM audit_events WHERE action = 'privacy.erasure' AND entity_id = $1`, [d.closed])).rows;
      expect(JSON.stringify(audit)).not.toMatch(/Ring 2|debtor@example\.org|wife/);
    });

    it('past every period the debtor is pseudonymised at once', async () => {
      const { eraseDebtorData: r } = await api.ok<{ eraseDebtorData: Request }>(ERASE, { d: d.old }, admin);
      expect(r.kept).toEqual([]);
      expect(r.summary).toContain('pseudonymised');
      expect(await debtor(d.old)).toMatchObject({ email: null, phone: null, address: null, pseudonymised_at: expect.any(Date) });
    });
  });
});

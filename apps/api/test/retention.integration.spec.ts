import type pg from 'pg';
import { isRetentionOver, retentionClosingCutoff } from '@mahnwerk/domain';
import { PrivacyRepository } from '../src/privacy/privacy.repository.js';
import { RetentionSchedulerService } from '../src/privacy/retention-scheduler.service.js';
import { addActivity, addFee, addOutboxMail, addPayment, addPortalLink, addSentLetter, debtorOf, updateCase } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z: every period of a case closed in 2015 ended on 2025-12-31
// (books, 10 years); a case closed in 2016 keeps its books until 2026-12-31.
const DRY_RUN = `query($d: Date) { retentionDryRun(asOf: $d) { debtorId debtorRef caseIds claimReferences latestClosedOn retentionEnd data } }`;
const RUN = `mutation { runRetentionNow { asOf pseudonymised { debtorId retentionEnd } } }`;
const KPIS = `query($f: KpiFilter!) { kpis(filter: $f) { recoveredCents recoveryRate paymentRate } }`;

interface Candidate { debtorId: string; debtorRef: string; caseIds: string[]; claimReferences: string[]; latestClosedOn: string; retentionEnd: string; data: string[] }

describe('retention: the daily job pseudonymises debtors past every retention period; figures and KPIs stay', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  // expired: one case closed 2015; mixed: cases closed 2015 and 2020; open: an open case; recent: closed 2016.
  const debtors = { expired: '', mixed: '', open: '', recent: '' };
  const cases = { expired: '', mixedOld: '', mixedNew: '', open: '', recent: '' };
  let letterId = '';

  const bed = withApi({
    collectors: 1, cases: 2, clock: new FixedClock(),
    arrange: async () => {
      ({ db, fx } = bed);
      const closed = async (closedOn: string, debtorId?: string) => {
        const id = await addCase(db, { creditorId: fx.creditorDE, principalCents: 80_000, priority: 5, placedAt: '2014-01-10', dueDate: '2013-12-01', invoiceDate: '2013-11-01', address: 'Hauptstr. 1\n50667 Köln', debtorId });
        await updateCase(db, id, { status: 'UNCOLLECTIBLE', closedOn });
        return id;
      };
      cases.expired = await closed('2015-06-30');
      debtors.expired = await debtorOf(db, cases.expired);
      await db.query(`UPDATE debtors SET name = 'Alice Example', preferred_channel = 'EMAIL' WHERE id = $1`, [debtors.expired]);
      await addPayment(db, cases.expired, { amountCents: 30_000, receivedAt: '2015-03-02' });
      await addFee(db, cases.expired, { label: 'Mahngebühr', amountCents: 500, chargedOn: '2014-02-01' });
      await addActivity(db, cases.expired, { channel: 'PHONE', outcome: 'RIGHT_PARTY_CONTACT', note: 'Alice says she lost her job at the bakery', occurredAt: '2015-02-01T10:00:00Z' });
      await addOutboxMail(db, { caseId: cases.expired, dedupeKey: 'r-1', to: 'alice@example.org', body: 'Dear Alice Example, please pay' });
      await addPortalLink(db, cases.expired, { token: 't1', expiresAt: '2015-08-01T00:00:00Z' });
      letterId = await addSentLetter(db, {
        debtorId: debtors.expired, creditorId: fx.creditorDE, createdBy: fx.admin.id, sentOn: '2015-01-10', content: { salutation: 'Dear Alice Example' },
      });

      cases.mixedOld = await closed('2015-02-01');
      debtors.mixed = await debtorOf(db, cases.mixedOld);
      cases.mixedNew = await closed('2020-09-30', debtors.mixed);
      await addActivity(db, cases.mixedNew, { channel: 'PHONE', note: 'Bob asked for a plan' });

      cases.open = await addCase(db, { creditorId: fx.creditorDE, principalCents: 20_000, priority: 6 });
      debtors.open = await debtorOf(db, cases.open);
      await addActivity(db, cases.open, { channel: 'PHONE', note: 'Carol will call back' });

      cases.recent = await closed('2016-03-01');
      debtors.recent = await debtorOf(db, cases.recent);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
  });

  const debtor = async (id: string) =>
    (await db.query('SELECT ref, name, address, email, phone, preferred_channel, pseudonymised_at FROM debtors WHERE id = $1', [id])).rows[0];
  const notes = async (caseId: string) => (await db.query('SELECT note FROM activities WHERE case_id = $1 ORDER BY occurred_at', [caseId])).rows.map((r) => r.note);
  const figures = async () => (await db.query(
    `SELECT (SELECT json_agg(p ORDER BY id) FROM (SELECT id, case_id, amount_cents, principal_cents, interest_cents, fees_cents, received_at FROM payments) p) AS payments,
            (SELECT json_agg(c ORDER BY id) FROM (SELECT id, principal_cents, due_date FROM claims) c) AS claims,
            (SELECT json_agg(f ORDER BY id) FROM (SELECT id, amount_cents, charged_on FROM fees) f) AS fees,
            (SELECT json_agg(c ORDER BY id) FROM (SELECT id, status, stage, closed_on, open_cents FROM cases) c) AS cases,
            (SELECT json_agg(a ORDER BY id) FROM (SELECT id, outcome, occurred_at, channel FROM activities) a) AS activities,
            (SELECT json_agg(k ORDER BY k::text) FROM kpi_daily k) AS kpi_daily,
            (SELECT json_agg(k ORDER BY k::text) FROM kpi_cohort k) AS kpi_cohort,
            (SELECT json_agg(k ORDER BY k::text) FROM kpi_open k) AS kpi_open`,
  )).rows[0];
  const kpis = () => api.ok(KPIS, { f: { from: '2014-01-01', to: '2016-12-31' } }, admin);

  let before: Record<string, unknown>;
  let kpisBefore: unknown;

  it('parity: the candidates query with the domain\'s cutoff selects exactly the debtors isRetentionOver accepts', async () => {
    const repository = api.app.get(PrivacyRepository);
    const { rows } = await db.query(
      `SELECT d.id, json_agg(json_build_object('closedOn', c.closed_on::text)) AS cases FROM debtors d JOIN cases c ON c.debtor_id = d.id GROUP BY d.id`,
    );
    for (const asOf of ['2025-12-31', '2026-01-01', '2026-11-25', '2026-12-31', '2027-01-01', '2031-01-01']) {
      const selected = (await repository.retentionCandidates(retentionClosingCutoff(asOf), 1000)).map((r) => r.debtorId).sort();
      const accepted = rows.filter((r) => isRetentionOver(r.cases, asOf)).map((r) => r.id as string).sort();
      expect([asOf, selected]).toEqual([asOf, accepted]);
    }
  });

  it('the dry run lists only the debtor past every period, with its cases, the data and the retention end; changes nothing', async () => {
    before = await figures();
    kpisBefore = await kpis();
    const { retentionDryRun } = await api.ok<{ retentionDryRun: Candidate[] }>(DRY_RUN, {}, admin);
    expect(retentionDryRun).toEqual([{
      debtorId: debtors.expired, debtorRef: (await debtor(debtors.expired)).ref, caseIds: [cases.expired], claimReferences: ['INV-5'],
      latestClosedOn: '2015-06-30', retentionEnd: '2025-12-31', data: expect.arrayContaining(['name', 'address', 'email', 'phone', 'activityNotes', 'letterContents']),
    }]);
    expect(await debtor(debtors.expired)).toMatchObject({ name: 'Alice Example', email: 'debtor@example.org', pseudonymised_at: null });
  });

  it('the dry run as of a later day lists what will be due then', async () => {
    const { retentionDryRun } = await api.ok<{ retentionDryRun: Candidate[] }>(DRY_RUN, { d: '2027-01-01' }, admin);
    expect(retentionDryRun.map((c) => c.debtorId).sort()).toEqual([debtors.expired, debtors.recent].sort());
    expect(retentionDryRun.find((c) => c.debtorId === debtors.recent)?.retentionEnd).toBe('2026-12-31');
  });

  it('only admins see the dry run and run the job', async () => {
    const lead = await api.login(fx.lead.email);
    expect((await api.gql(DRY_RUN, {}, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(RUN, {}, lead)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the run pseudonymises the expired debtor only: name, address, contacts, notes, letter text, messages and portal access', async () => {
    const { runRetentionNow } = await api.ok(RUN, {}, admin);
    expect(runRetentionNow).toEqual({ asOf: '2026-11-25', pseudonymised: [{ debtorId: debtors.expired, retentionEnd: '2025-12-31' }] });
    const d = await debtor(debtors.expired);
    expect(d).toMatchObject({ name: `Pseudonymised debtor ${d.ref}`, address: null, email: null, phone: null, preferred_channel: null });
    expect(d.pseudonymised_at).toBeInstanceOf(Date);
    expect(await notes(cases.expired)).toEqual(['[pseudonymised]']);
    const letter = (await db.query('SELECT status, content, pdf, content_sha256, pdf_sha256 FROM letters WHERE id = $1', [letterId])).rows[0];
    expect(letter).toEqual({ status: 'SENT', content: null, pdf: null, content_sha256: 'c'.repeat(64), pdf_sha256: 'p'.repeat(64) });
    const mail = (await db.query('SELECT to_address, body FROM outbox WHERE case_id = $1', [cases.expired])).rows;
    expect(mail).toEqual([{ to_address: '[pseudonymised]', body: '[pseudonymised]' }]);
    expect((await db.query('SELECT count(*)::int AS n FROM portal_links WHERE case_id = $1', [cases.expired])).rows[0].n).toBe(0);

    // The others keep everything.
    expect(await debtor(debtors.mixed)).toMatchObject({ email: 'debtor@example.org', pseudonymised_at: null });
    expect(await notes(cases.mixedNew)).toEqual(['Bob asked for a plan']);
    expect(await notes(cases.open)).toEqual(['Carol will call back']);
    expect(await debtor(debtors.recent)).toMatchObject({ pseudonymised_at: null, address: 'Hauptstr. 1\n50667 Köln' });
  });

  it('figures, cases, outcomes and KPIs are unchanged', async () => {
    expect(await figures()).toEqual(before);
    expect(await kpis()).toEqual(kpisBefore);
  });

  it('is audited without the personal data', async () => {
    const { rows } = await db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'retention.pseudonymised' AND entity_id = $1`, [debtors.expired]);
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_id).toBe(fx.admin.id);
    expect(rows[0].after).toMatchObject({ asOf: '2026-11-25', retentionEnd: '2025-12-31', caseIds: [cases.expired], counts: expect.objectContaining({ activityNotes: 1, letterContents: 1 }) });
    expect(JSON.stringify(rows[0].after)).not.toMatch(/Alice|alice|Hauptstr|bakery/);
  });

  it('is idempotent: the scheduled job and a second run change nothing', async () => {
    const after = await figures();
    await api.app.get(RetentionSchedulerService).tick();
    const { runRetentionNow } = await api.ok(RUN, {}, admin);
    expect(runRetentionNow.pseudonymised).toEqual([]);
    expect(await figures()).toEqual(after);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'retention.pseudonymised'`)).rows[0].n).toBe(1);
    const { retentionDryRun } = await api.ok<{ retentionDryRun: Candidate[] }>(DRY_RUN, {}, admin);
    expect(retentionDryRun).toEqual([]);
  });

  it('a sent letter stays final outside the retention job', async () => {
    const other = await addSentLetter(db, { debtorId: debtors.open, creditorId: fx.creditorDE, createdBy: fx.admin.id, sentOn: '2026-01-10', content: {} });
    await expect(db.query('UPDATE letters SET content = NULL, pdf = NULL WHERE id = $1', [other])).rejects.toThrow(/final/);
  });
});

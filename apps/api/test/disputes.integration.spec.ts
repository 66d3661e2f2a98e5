import type pg from 'pg';
import { updateCase } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z.
const FIELDS = `id status stage holdReason openCents holds { id type releasedAt }
  disputes { id reason note status clarification resolutionNote reductionCents holdId documents { id fileName contentType sizeBytes sha256 url } }`;
const OPEN = `mutation($c: ID!, $i: DisputeInput!) { openDispute(caseId: $c, input: $i) { ${FIELDS} } }`;
const CLARIFY = `mutation($c: ID!, $d: ID!, $t: String!) { recordDisputeClarification(caseId: $c, disputeId: $d, clarification: $t) { ${FIELDS} } }`;
const RESOLVE = `mutation($c: ID!, $d: ID!, $i: ResolveDisputeInput!) { resolveDispute(caseId: $c, disputeId: $d, input: $i) { ${FIELDS} } }`;
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced } }';

interface DisputeView {
  id: string; status: string; reductionCents: number; holdId: string; clarification: string | null;
  documents: { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; url: string }[];
}
interface CaseView { id: string; status: string; stage: string; openCents: number; holds: { id: string; type: string; releasedAt: string | null }[]; disputes: DisputeView[] }

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('disputes: opened with a reason and documents, clarified, upheld (adjustment booking) or rejected (dunning resumes)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  let smallDisputed: string;
  let smallUndisputed: string;

  const clock = new FixedClock();
  const bed = withApi({
    collectors: 1, cases: 4, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.cases, { stage: 'REMINDER', stageEnteredOn: '2026-10-01', assigneeId: null });
      await updateCase(db, fx.cases.slice(0, 3), { assigneeId: fx.collectors[0].id });
      // Two claims of EUR 40 due for the agency's hand-over (PHONE -> AGENCY, priced by value): one disputed.
      const small = { creditorId: fx.creditorDE, principalCents: 4_000, stage: 'PHONE' as const, stageEnteredOn: '2026-11-01', address: 'Hauptstraße 1, 10115 Berlin' };
      smallDisputed = await addCase(db, { ...small, priority: 1, assigneeId: fx.collectors[0].id });
      smallUndisputed = await addCase(db, { ...small, priority: 2 });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const base = () => api.url.replace(/\/graphql$/, '');
  const upload = (caseId: string, disputeId: string, name: string, content: Buffer, token: string) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    return fetch(`${base()}/cases/${caseId}/disputes/${disputeId}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };
  const principal = async (caseId: string) =>
    Number((await db.query('SELECT sum(principal_cents) AS p FROM claims WHERE case_id = $1', [caseId])).rows[0].p);

  it('upheld: documents stored with their hash and checked by type, the creditor\'s clarification, the claim reduced by an adjustment booking', async () => {
    const caseId = fx.cases[0]!;
    const opened = (await api.ok<{ openDispute: CaseView }>(OPEN, { c: caseId, i: { reason: 'AMOUNT', note: 'Two of three items delivered' } }, collector)).openDispute;
    expect(opened.status).toBe('ON_HOLD');
    const [dispute] = opened.disputes;
    expect(dispute).toMatchObject({ status: 'OPEN', reductionCents: 0 });
    expect(opened.holds).toEqual([expect.objectContaining({ id: dispute!.holdId, type: 'DISPUTE', releasedAt: null })]);

    const stored = await upload(caseId, dispute!.id, 'delivery-note.pdf', PDF, collector);
    expect(stored.status).toBe(201);
    const doc = (await stored.json()) as { id: string; sha256: string; sizeBytes: number; contentType: string; url: string };
    expect(doc).toMatchObject({ contentType: 'application/pdf', sizeBytes: PDF.length });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload(caseId, dispute!.id, 'again.pdf', PDF, collector)).status).toBe(409);
    const fake = await upload(caseId, dispute!.id, 'invoice.pdf', Buffer.from('MZ not a pdf at all'), collector);
    expect(fake.status).toBe(400);
    expect((await upload(caseId, dispute!.id, 'x.pdf', PDF, 'not-a-token')).status).toBe(401);
    const download = await fetch(`${base()}${doc.url}`, { headers: { authorization: `Bearer ${lead}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const byCollector = await api.gql(CLARIFY, { c: caseId, d: dispute!.id, t: 'x' }, collector);
    expect(byCollector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const clarified = (await api.ok<{ recordDisputeClarification: CaseView }>(
      CLARIFY, { c: caseId, d: dispute!.id, t: 'Creditor: one item was returned, credit note follows' }, lead,
    )).recordDisputeClarification;
    expect(clarified.disputes[0]).toMatchObject({ clarification: 'Creditor: one item was returned, credit note follows' });
    expect(clarified.disputes[0]!.documents).toEqual([expect.objectContaining({ id: doc.id, fileName: 'delivery-note.pdf' })]);

    const resolvedByCollector = await api.gql(RESOLVE, { c: caseId, d: dispute!.id, i: { resolution: 'UPHELD', note: 'x', reductionCents: 100 } }, collector);
    expect(resolvedByCollector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMuch = await api.gql(RESOLVE, { c: caseId, d: dispute!.id, i: { resolution: 'UPHELD', note: 'x', reductionCents: 1e9 } }, lead);
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reductionCents' });

    const principalBefore = await principal(caseId);
    const openBefore = clarified.openCents;
    const upheld = (await api.ok<{ resolveDispute: CaseView }>(
      RESOLVE, { c: caseId, d: dispute!.id, i: { resolution: 'UPHELD', note: 'Credit note CN-7 for the returned item', reductionCents: 20_000 } }, lead,
    )).resolveDispute;
    expect(upheld.status).toBe('OPEN');
    expect(upheld.disputes[0]).toMatchObject({ status: 'UPHELD', reductionCents: 20_000 });
    expect(upheld.holds[0]!.releasedAt).not.toBeNull();
    expect(await principal(caseId)).toBe(principalBefore - 20_000);
    expect(upheld.openCents).toBeLessThan(openBefore);
    const bookings = (await db.query(
      `SELECT kind, amount_cents, reason, booked_on::text AS booked_on, dispute_id, claim_id IS NOT NULL AS per_claim, settlement_id
         FROM adjustments WHERE case_id = $1`, [caseId],
    )).rows;
    expect(bookings).toEqual([{
      kind: 'DISPUTE_REDUCTION', amount_cents: 20_000, reason: 'Credit note CN-7 for the returned item', booked_on: '2026-11-25',
      dispute_id: dispute!.id, per_claim: true, settlement_id: null,
    }]);
    // The reduction lowered the principal: it is not an ADJUSTMENT line of the balance as well.
    const { case: withBalance } = await api.ok<{ case: { balance: { adjustedCents: number; lines: { kind: string }[] } } }>(
      `query($id: ID!) { case(id: $id) { balance { adjustedCents lines { kind } } } }`, { id: caseId }, lead,
    );
    expect(withBalance.balance.adjustedCents).toBe(0);
    expect(withBalance.balance.lines.some((l) => l.kind === 'ADJUSTMENT')).toBe(false);
    expect((await db.query('SELECT count(*)::int AS n FROM payments WHERE case_id = $1', [caseId])).rows[0].n).toBe(0);
    const again = await api.gql(RESOLVE, { c: caseId, d: dispute!.id, i: { resolution: 'REJECTED', note: 'x' } }, lead);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('upheld without an amount: the claim is withdrawn in full and the case closes', async () => {
    const caseId = fx.cases[1]!;
    const principalBefore = await principal(caseId);
    const opened = (await api.ok<{ openDispute: CaseView }>(OPEN, { c: caseId, i: { reason: 'NOT_MY_DEBT', note: 'Identity theft, police report' } }, collector)).openDispute;
    const withdrawn = (await api.ok<{ resolveDispute: CaseView }>(
      RESOLVE, { c: caseId, d: opened.disputes[0]!.id, i: { resolution: 'UPHELD', note: 'Creditor withdraws the claim' } }, lead,
    )).resolveDispute;
    expect(withdrawn).toMatchObject({ status: 'UNCOLLECTIBLE' });
    expect(withdrawn.disputes[0]!.reductionCents).toBe(principalBefore);
  });

  it('rejected: the hold is released and dunning resumes in the stage where it stopped', async () => {
    const caseId = fx.cases[2]!;
    const opened = (await api.ok<{ openDispute: CaseView }>(OPEN, { c: caseId, i: { reason: 'NOT_RECEIVED', note: 'Says the parcel never came' } }, collector)).openDispute;
    await api.ok(RUN, { d: '2026-11-25' }, lead);
    expect((await db.query('SELECT count(*)::int AS n FROM dunning_steps WHERE case_id = $1', [caseId])).rows[0].n).toBe(0);

    const rejected = (await api.ok<{ resolveDispute: CaseView }>(
      RESOLVE, { c: caseId, d: opened.disputes[0]!.id, i: { resolution: 'REJECTED', note: 'Signed delivery receipt of 2026-05-10' } }, lead,
    )).resolveDispute;
    expect(rejected).toMatchObject({ status: 'OPEN', stage: 'REMINDER' });
    expect(rejected.disputes[0]).toMatchObject({ status: 'REJECTED', reductionCents: 0 });
    expect(rejected.holds[0]!.releasedAt).not.toBeNull();
    clock.instant = new Date('2026-11-26T10:00:00Z');
    await api.ok(RUN, { d: '2026-11-26' }, lead);
    const steps = (await db.query('SELECT from_stage, to_stage FROM dunning_steps WHERE case_id = $1', [caseId])).rows;
    expect(steps).toEqual([{ from_stage: 'REMINDER', to_stage: 'DUNNING_1' }]);
  });

  it('a claim whose dispute was rejected is stepped and charged case by case (the domain prices it as disputed)', async () => {
    const opened = (await api.ok<{ openDispute: CaseView }>(OPEN, { c: smallDisputed, i: { reason: 'AMOUNT', note: 'Says 30 euros were agreed' } }, collector)).openDispute;
    await api.ok(RESOLVE, { c: smallDisputed, d: opened.disputes[0]!.id, i: { resolution: 'REJECTED', note: 'Price list signed' } }, lead);
    clock.instant = new Date('2026-11-27T10:00:00Z');
    await api.ok(RUN, { d: '2026-11-27' }, lead);
    const fees = async (id: string) => (await db.query('SELECT amount_cents, label FROM fees WHERE case_id = $1', [id])).rows;
    const steps = async (id: string) => (await db.query('SELECT to_stage FROM dunning_steps WHERE case_id = $1', [id])).rows;
    expect(await steps(smallDisputed)).toEqual([{ to_stage: 'AGENCY' }]);
    expect(await steps(smallUndisputed)).toEqual([{ to_stage: 'AGENCY' }]);
    const [disputed] = await fees(smallDisputed);
    const [undisputed] = await fees(smallUndisputed);
    // The first demand's 0.5 is the same for both; the case-by-case step charged it with the domain's disputed rules.
    expect(disputed).toEqual(undisputed);
    expect(disputed.amount_cents).toBeGreaterThan(0);
  });
});

import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { updateCase } from './factories.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const LIMITATION = `query($id: ID!) { case(id: $id) { id limitation { date explanation steps daysLeft claimReference } } }`;
const WORKLIST = `query($days: Int!) {
  limitationWorklist(days: $days) { id status creditor { id country } debtor { name } limitation { date daysLeft claimReference } }
}`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`;
const OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const COURT = `mutation($input: RecordCourtEventInput!) { recordCourtEvent(input: $input) { id } }`;

interface Limitation { date: string | null; explanation: string; steps: string[]; daysLeft: number | null; claimReference: string | null }

describe('limitation: Case.limitation and limitationWorklist (BGB 195, 197, 199, 212; forældelsesloven)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let ids: Record<string, string>;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      const de = (priority: number, dueDate: string, extra: Record<string, unknown> = {}) =>
        addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, priority, dueDate, invoiceDate: dueDate, reference: `INV-${priority}`, ...extra });
      // Arranged before the API starts, without a stored limitation: the API fills the snapshots.
      ids = {
        yearEnd: await de(1, '2023-05-10'), // 2026-12-31, in 36 days
        yearEnd2: await de(2, '2023-12-01'), // 2026-12-31
        nextYear: await de(3, '2024-02-01'), // 2027-12-31
        barred: await de(4, '2022-06-01'), // 2025-12-31: already time-barred
        paid: await de(5, '2023-05-10'),
        danish: await addCase(db, {
          creditorId: fx.creditorDK, principalCents: 500_000, priority: 6, currency: 'DKK', country: 'DK', dueDate: '2023-12-10', invoiceDate: '2023-11-10', reference: 'F-6',
        }), // forældelsesloven 3(1): 2026-12-10, in 15 days
        early: await de(7, '2026-03-01'), // paid in part in the year it arose
        promised: await de(8, '2023-06-15'),
        titled: await de(9, '2023-05-10', { stage: 'AGENCY', stageEnteredOn: '2026-04-20' }),
      };
      await updateCase(db, ids.paid, { status: 'PAID', paidAt: '2026-11-01T10:00:00Z' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
  });

  const limitation = async (id: string): Promise<Limitation> =>
    (await api.ok<{ case: { limitation: Limitation } }>(LIMITATION, { id }, lead)).case.limitation;
  const stored = async (id: string) =>
    (await db.query(`SELECT limitation_date::text, limitation_refresh_on::text FROM cases WHERE id = $1`, [id])).rows[0];
  const worklist = async (days: number, token = lead) => api.gql<{ limitationWorklist: { id: string; limitation: Limitation }[] }>(WORKLIST, { days }, token);

  it('shows the date and why on the case (BGB 195, 199(1))', async () => {
    expect(await limitation(ids.yearEnd)).toEqual({
      date: '2026-12-31',
      daysLeft: 36,
      claimReference: 'INV-1',
      steps: [
        'Claim INV-1, due 2023-05-10',
        'Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-05-10, to 2026-12-31 (BGB 195, 199(1))',
      ],
      explanation: 'Claim INV-1, due 2023-05-10. Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-05-10, to 2026-12-31 (BGB 195, 199(1)).',
    });
    expect((await limitation(ids.danish)).steps).toContain('3 years from the due date 2023-12-10, to 2026-12-10 (forældelsesloven 2, 3(1))');
  });

  it('lists open cases running out within the days, soonest first, from snapshots filled at start-up', async () => {
    const { data, errors } = await worklist(40);
    expect(errors).toBeUndefined();
    const soonest = data!.limitationWorklist.map((c) => c.id);
    // DK 2026-12-10 first, then the German year-end cases (by id); not the time-barred, paid or later ones
    const yearEnd = [ids.yearEnd, ids.yearEnd2, ids.promised, ids.titled].sort();
    expect(soonest).toEqual([ids.danish, ...yearEnd]);
    expect(data!.limitationWorklist[0]!.limitation).toMatchObject({ date: '2026-12-10', daysLeft: 15 });
    expect(await stored(ids.barred)).toEqual({ limitation_date: '2025-12-31', limitation_refresh_on: null });
    expect(await stored(ids.nextYear)).toEqual({ limitation_date: '2027-12-31', limitation_refresh_on: null });
    const all = (await worklist(401)).data!.limitationWorklist.map((c) => c.id);
    expect(all).toEqual([ids.danish, ...yearEnd, ids.nextYear]);
  });

  it('is for leads and admins; days must make sense', async () => {
    const collector = await api.login(fx.collectors[0].email);
    expect((await worklist(30, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await worklist(30, await api.login(fx.admin.email))).errors).toBeUndefined();
    const bad = await worklist(-1);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });

  it('BGB 212: a part payment before the period started keeps the year-end date; the stored date follows', async () => {
    expect((await limitation(ids.early)).date).toBe('2029-12-31');
    await api.ok(PAY, { input: { caseId: ids.early, amountCents: 10_000, receivedAt: '2026-06-01', reference: 'SEPA 1', idempotencyKey: 'lim-early' } }, lead);
    const l = await limitation(ids.early);
    // not 2029-06-01: the later date wins
    expect(l.date).toBe('2029-12-31');
    expect(l.explanation).toContain('Acknowledged on 2026-06-01, before the period started on 2027-01-01: the end stays 2029-12-31, not 2029-06-01 (BGB 212(1) no. 1 with 199(1): the later date wins).');
    expect(await stored(ids.early)).toEqual({ limitation_date: '2029-12-31', limitation_refresh_on: null });
  });

  it('BGB 212: a promise to pay restarts the 3 years and takes the case off the year-end list', async () => {
    expect((await limitation(ids.promised)).date).toBe('2026-12-31');
    await api.ok(OUTCOME, { input: { caseId: ids.promised, type: 'PROMISE_TO_PAY', promiseAmountCents: 5_000, promiseDate: '2026-12-10' } }, lead);
    const l = await limitation(ids.promised);
    expect(l.date).toBe('2029-11-25');
    expect(l.steps).toContain('Acknowledged on 2026-11-25 (e.g. an instalment): the 3 years start anew, to 2029-11-25 (BGB 212(1) no. 1)');
    expect(await stored(ids.promised)).toEqual({ limitation_date: '2029-11-25', limitation_refresh_on: null });
    expect((await worklist(40)).data!.limitationWorklist.map((c) => c.id)).not.toContain(ids.promised);
  });

  it('BGB 204, 197(2): no end while the procedure goes on; once titled, the interest after the title runs out first', async () => {
    const court = (event: string, on: string) => api.ok(COURT, { input: { caseId: ids.titled, event, on } }, lead);
    await court('ORDER_APPLIED', '2026-05-04');
    await court('ORDER_SERVED', '2026-05-11');
    const pending = await limitation(ids.titled);
    expect(pending).toMatchObject({ date: null, daysLeft: null });
    expect(pending.explanation).toContain('no end date yet (BGB 204(2))');
    expect(await stored(ids.titled)).toEqual({ limitation_date: 'infinity', limitation_refresh_on: null });

    await court('ENFORCEMENT_APPLIED', '2026-05-27');
    await court('ENFORCEMENT_SERVED', '2026-06-10');
    // objection period (ZPO 700, 339: two weeks) over on 2026-06-24: final from 2026-06-25
    const titled = await limitation(ids.titled);
    expect(titled.date).toBe('2029-12-31');
    expect(titled.steps).toEqual([
      'Claim INV-9, due 2023-05-10: interest after the title runs out before the titled claim (2056-06-25)',
      'Interest falling due after the title of 2026-06-25 keeps the regular 3 years from the end of the year it falls due, not 30 (BGB 197(2), 195, 199(1)): interest from 2026-06-26 to 2029-12-31',
    ]);
    // the stored date is computed again the day after it passed (the next year's interest)
    expect(await stored(ids.titled)).toEqual({ limitation_date: '2029-12-31', limitation_refresh_on: '2030-01-01' });
  });

  it('BGB 197(2): once the interest of one year ran out, the next year end is stored and listed', async () => {
    // Another instance on 2030-01-02: the stored 2029-12-31 passed, its refresh day came.
    const later = await bed.startApi(new FixedClock(new Date('2030-01-02T10:00:00Z')));
    const token = await later.login(fx.lead.email);
    const { data, errors } = await later.gql<{ limitationWorklist: { id: string; limitation: Limitation }[] }>(WORKLIST, { days: 365 }, token);
    expect(errors).toBeUndefined();
    expect(await stored(ids.titled)).toEqual({ limitation_date: '2030-12-31', limitation_refresh_on: '2031-01-01' });
    // with legal since the court procedure, and listed all the same
    const titled = data!.limitationWorklist.find((c) => c.id === ids.titled);
    expect(titled).toMatchObject({ status: 'LEGAL', limitation: { date: '2030-12-31', daysLeft: 363 } });
  });
});

import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { addPayment } from './factories.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const QUERY = `query($f: KpiFilter!) { portalFigures(filter: $f) {
  linksIssued signIns casesSignedIn casesPaidAfterSignIn plansProposed plansAcceptedAutomatically
  plansAcceptedAfterReview plansAccepted selfCureRate selfCureWindowDays } }`;
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };

/**
 * A hand-counted October 2026 (calendar days in Europe/Berlin: CEST, UTC+2, until 10-25, then CET):
 *  A  DE  c1  link 10-02; sign-ins 10-02 and 10-20; paid 10-25 (5 days after the 2nd sign-in: cured);
 *             plan proposed 10-02 and accepted at once
 *  B  DE  c2  link 10-03; sign-in 10-03; paid 10-01 (before) and 10-18 (15 days after: too late);
 *             plan proposed 10-03 for review, a collector's plan on 10-04 (accepted after review)
 *  C  DK  c1  link 10-05; sign-in 10-05; paid 10-05 (day 0: cured); plan proposed 10-05, declined
 *  D  DE  c2  links 09-30 23:30 Berlin (September) and 10-01 00:30 Berlin (October); sign-in
 *             11-01 00:30 Berlin (November); paid 11-02; plan proposed 09-15 and accepted (September)
 * October: links 4 (A B C D2), sign-ins 4 (A A B C), cases signed in 3, cured 2 (A C), rate 2/3;
 * plans proposed 3 (A B C), accepted at once 1 (A), after review 1 (B).
 */
describe('portal figures on the dashboard: links, sign-ins, plans, self-cure rate', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let manager: string;
  const ids: Record<string, string> = {};

  const link = async (caseId: string, at: string): Promise<string> =>
    (await db.query(
      `INSERT INTO portal_links (case_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $3::timestamptz + interval '90 days') RETURNING id`,
      [caseId, randomBytes(32), at],
    )).rows[0].id;
  const signIn = (linkId: string, caseId: string, at: string) =>
    db.query(
      `INSERT INTO portal_sessions (link_id, case_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $4::timestamptz + interval '30 minutes')`,
      [linkId, caseId, randomBytes(32), at],
    );
  const proposal = (caseId: string, status: 'PENDING' | 'ACCEPTED' | 'DECIDED', at: string) =>
    db.query(
      `INSERT INTO portal_plan_proposals (case_id, installments, first_due_date, plan, status, proposed_at, decided_at)
       VALUES ($1, 3, '2026-11-01', '[]', $2, $3, CASE WHEN $2 <> 'PENDING' THEN $3::timestamptz END)`,
      [caseId, status, at],
    );
  const plan = (caseId: string, at: string) => db.query('INSERT INTO payment_plans (case_id, created_at) VALUES ($1, $2)', [caseId, at]);
  const pay = (caseId: string, receivedAt: string, currency = 'EUR') =>
    addPayment(db, caseId, { amountCents: 1_000, currency, receivedAt, reference: 'bank' });
  const figures = async (filter: Record<string, unknown>, token = manager) =>
    (await api.ok<{ portalFigures: Record<string, number | null> }>(QUERY, { f: filter }, token)).portalFigures;

  const bed = withApi({
    collectors: 2, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      const [c1, c2] = fx.collectors;
      const de = { creditorId: fx.creditorDE, principalCents: 100_000, placedAt: '2026-09-01' };
      ids.A = await addCase(db, { ...de, priority: 1, assigneeId: c1.id });
      ids.B = await addCase(db, { ...de, priority: 2, assigneeId: c2.id });
      ids.C = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 1_000_000, placedAt: '2026-09-01', priority: 3, assigneeId: c1.id, currency: 'DKK', country: 'DK',
      });
      ids.D = await addCase(db, { ...de, priority: 4, assigneeId: c2.id });

      const a = await link(ids.A, '2026-10-02T08:00:00Z');
      await signIn(a, ids.A, '2026-10-02T10:00:00Z');
      await signIn(a, ids.A, '2026-10-20T10:00:00Z');
      await pay(ids.A, '2026-10-25');
      await proposal(ids.A, 'ACCEPTED', '2026-10-02T10:05:00Z');
      await plan(ids.A, '2026-10-02T10:05:00Z');

      const b = await link(ids.B, '2026-10-03T08:00:00Z');
      await signIn(b, ids.B, '2026-10-03T10:00:00Z');
      await pay(ids.B, '2026-10-01');
      await pay(ids.B, '2026-10-18');
      await proposal(ids.B, 'PENDING', '2026-10-03T10:05:00Z');
      await plan(ids.B, '2026-10-04T09:00:00Z');

      const c = await link(ids.C, '2026-10-05T08:00:00Z');
      await signIn(c, ids.C, '2026-10-05T10:00:00Z');
      await pay(ids.C, '2026-10-05', 'DKK');
      await proposal(ids.C, 'DECIDED', '2026-10-05T10:05:00Z');

      await link(ids.D, '2026-09-30T21:30:00Z');
      const d = await link(ids.D, '2026-09-30T22:30:00Z');
      await signIn(d, ids.D, '2026-10-31T23:30:00Z');
      await pay(ids.D, '2026-11-02');
      await proposal(ids.D, 'ACCEPTED', '2026-09-15T10:00:00Z');
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    manager = await api.login(fx.manager.email);
  });

  it('counts October by hand: links, sign-ins, plans and the self-cure rate', async () => {
    expect(await figures(OCTOBER)).toEqual({
      linksIssued: 4, signIns: 4, casesSignedIn: 3, casesPaidAfterSignIn: 2, plansProposed: 3,
      plansAcceptedAutomatically: 1, plansAcceptedAfterReview: 1, plansAccepted: 2, selfCureRate: 2 / 3, selfCureWindowDays: 14,
    });
  });

  it('filters by creditor, collector and country like the other figures', async () => {
    expect(await figures({ ...OCTOBER, creditorId: fx.creditorDK })).toMatchObject({
      linksIssued: 1, signIns: 1, casesSignedIn: 1, casesPaidAfterSignIn: 1, plansProposed: 1, plansAccepted: 0, selfCureRate: 1,
    });
    expect(await figures({ ...OCTOBER, collectorId: fx.collectors[1]!.id })).toMatchObject({
      linksIssued: 2, signIns: 1, casesSignedIn: 1, casesPaidAfterSignIn: 0, plansProposed: 1,
      plansAcceptedAutomatically: 0, plansAcceptedAfterReview: 1, selfCureRate: 0,
    });
    expect(await figures({ ...OCTOBER, country: 'DE' })).toMatchObject({ linksIssued: 3, signIns: 3, casesSignedIn: 2, casesPaidAfterSignIn: 1 });
  });

  it('November holds D\'s sign-in; a period without sign-ins has no rate (null, not 0)', async () => {
    expect(await figures({ from: '2026-11-01', to: '2026-11-30' })).toMatchObject({
      linksIssued: 0, signIns: 1, casesSignedIn: 1, casesPaidAfterSignIn: 1, selfCureRate: 1,
    });
    expect(await figures({ from: '2026-09-01', to: '2026-09-30' })).toMatchObject({
      linksIssued: 1, signIns: 0, casesSignedIn: 0, selfCureRate: null, plansProposed: 1, plansAcceptedAutomatically: 1,
    });
  });

  it('managers and leads see them; a collector does not', async () => {
    const lead = await api.login(fx.lead.email);
    expect((await figures(OCTOBER, lead)).linksIssued).toBe(4);
    const collector = await api.login(fx.collectors[0]!.email);
    expect((await api.gql(QUERY, { f: OCTOBER }, collector)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a period that ends before it starts', async () => {
    expect((await api.gql(QUERY, { f: { from: '2026-10-31', to: '2026-10-01' } }, manager)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

import type pg from 'pg';
import { PORTAL_REQUEST_PRIORITY_BUMP } from '@mahnwerk/domain';
import { CaseFiguresService } from '../src/cases/case-figures.service.js';
import { addCase, type AddCaseOptions, type Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const ISSUE = `mutation($id: ID!) { issuePortalLink(caseId: $id) { url expiresAt } }`;
const SIGN_IN = `mutation($t: String!, $c: String!) { portalSignIn(linkToken: $t, check: $c) { token expiresAt } }`;
const PROPOSE = `mutation($input: PortalPlanInput!) { portalProposePlan(input: $input) { status } }`;
const CALLBACK = `mutation($from: DateTime!, $to: DateTime!) { portalRequestCallback(from: $from, to: $to) { status } }`;
const PARTS = `query($id: ID!) { case(id: $id) { priority priorityParts { key label points maxPoints explanation } } }`;
const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const DECLINE = `mutation($id: ID!) { declinePortalPlanProposal(caseId: $id) { id } }`;

interface Part { key: string; label: string; points: number; maxPoints: number; explanation: string }

describe('a portal action that needs a person raises the case\'s priority, with the reason shown', () => {
  const clock = new FixedClock(new Date('2026-11-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let collector: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    env: () => ({ PORTAL_BASE_URL: 'https://portal.example.org', PAYMENT_PROVIDER: 'store' }),
    arrange: async () => {
      ({ db, fx } = bed);
      const de = (o: Partial<AddCaseOptions> & { priority: number }) => addCase(db, {
        creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', stage: 'REMINDER',
        stageEnteredOn: '2026-10-01', assigneeId: fx.collectors[0].id, ...o,
      });
      ids.asks = await de({ priority: 1 });
      ids.twin = await de({ priority: 2 });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    collector = await api.login(fx.collectors[0].email);
    // Both cases scored as of now: equal inputs, equal priority.
    await api.app.get(CaseFiguresService, { strict: false }).recomputeCreditor(fx.creditorDE);
  });

  const signIn = async (caseId: string): Promise<string> => {
    const url = (await api.ok<{ issuePortalLink: { url: string } }>(ISSUE, { id: caseId }, collector)).issuePortalLink.url;
    return (await api.ok<{ portalSignIn: { token: string } }>(SIGN_IN, { t: url.split('/p/')[1]!, c: '10115' })).portalSignIn.token;
  };
  const stored = async (): Promise<{ asks: number; twin: number }> => {
    const rows = await db.query(`SELECT id, priority FROM cases WHERE id = ANY($1::uuid[])`, [[ids.asks, ids.twin]]);
    const of = Object.fromEntries(rows.rows.map((r) => [r.id, r.priority as number]));
    return { asks: of[ids.asks]!, twin: of[ids.twin]! };
  };
  const partsOf = async (id: string): Promise<{ priority: number; priorityParts: Part[] }> => (await api.ok(PARTS, { id }, collector)).case;
  const queueOrder = async (): Promise<string[]> =>
    (await api.ok<{ myQueue: { id: string }[] }>(`query { myQueue { id } }`, {}, collector)).myQueue.map((c) => c.id);

  it('a plan proposal sent to review lifts the case above an equal one until the collector answers it', async () => {
    const before = await stored();
    expect(before.asks).toBe(before.twin);

    const portal = await signIn(ids.asks);
    expect((await api.ok(PROPOSE, { input: { installments: 24, firstDueDate: '2027-01-15' } }, portal)).portalProposePlan.status).toBe('REVIEW');
    const lifted = await stored();
    expect(lifted.asks).toBe(before.twin + PORTAL_REQUEST_PRIORITY_BUMP.points);
    expect(lifted.twin).toBe(before.twin);
    expect((await queueOrder()).indexOf(ids.asks)).toBeLessThan((await queueOrder()).indexOf(ids.twin));

    const c = await partsOf(ids.asks);
    const part = c.priorityParts.find((p) => p.key === 'portalRequest');
    expect(part).toMatchObject({ label: 'Debtor asked in the portal: plan to review', points: PORTAL_REQUEST_PRIORITY_BUMP.points });
    expect(c.priorityParts.reduce((s, p) => s + p.points, 0)).toBe(c.priority);
    expect((await partsOf(ids.twin)).priorityParts.some((p) => p.key === 'portalRequest')).toBe(false);
    // The queue row names the reason.
    const rows = (await api.ok<{ myQueue: { id: string; portalRequest: string | null }[] }>(`query { myQueue { id portalRequest } }`, {}, collector)).myQueue;
    expect(rows.find((r) => r.id === ids.asks)?.portalRequest).toBe('Debtor asked in the portal: plan to review');
    expect(rows.find((r) => r.id === ids.twin)?.portalRequest).toBeNull();

    // Declined: it waits for nobody any more, and the case is equal to its twin again.
    await api.ok(DECLINE, { id: ids.asks }, collector);
    expect(await stored()).toEqual(before);
    expect((await partsOf(ids.asks)).priorityParts.some((p) => p.key === 'portalRequest')).toBe(false);
  });

  it('a plan the collector records answers the proposal too', async () => {
    const before = await stored();
    const portal = await signIn(ids.asks);
    expect((await api.ok(PROPOSE, { input: { installments: 24, firstDueDate: '2027-01-15' } }, portal)).portalProposePlan.status).toBe('REVIEW');
    expect((await stored()).asks).toBe(before.asks + PORTAL_REQUEST_PRIORITY_BUMP.points);
    clock.instant = new Date('2026-11-02T10:05:00Z');
    await api.ok(RECORD, { input: { caseId: ids.asks, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-12-01', amountCents: 40_000 }, { dueDate: '2027-01-01', amountCents: 40_000 },
    ] } }, collector);
    expect((await partsOf(ids.asks)).priorityParts.some((p) => p.key === 'portalRequest')).toBe(false);
  });

  it('a callback request lifts the case with its window as the reason until an outcome is recorded after it', async () => {
    const portal = await signIn(ids.twin);
    const before = (await stored()).twin;
    await api.ok(CALLBACK, { from: '2026-11-04T09:00:00Z', to: '2026-11-04T11:00:00Z' }, portal);
    const c = await partsOf(ids.twin);
    const part = c.priorityParts.find((p) => p.key === 'portalRequest');
    expect(part?.label).toBe('Debtor asked in the portal: callback requested for 2026-11-04 10:00–12:00 (Europe/Berlin)');
    expect((await stored()).twin).toBe(c.priority);
    expect(c.priority).toBeGreaterThanOrEqual(before + PORTAL_REQUEST_PRIORITY_BUMP.points - 40); // the callback outcome also dates the last contact

    clock.instant = new Date('2026-11-04T09:30:00Z');
    await api.ok(RECORD, { input: { caseId: ids.twin, type: 'RIGHT_PARTY_CONTACT', channel: 'PHONE' } }, collector);
    const after = await partsOf(ids.twin);
    expect(after.priorityParts.some((p) => p.key === 'portalRequest')).toBe(false);
    expect((await stored()).twin).toBe(after.priority);
  });
});

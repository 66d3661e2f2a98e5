import type pg from 'pg';
import { HOLD_TYPES } from '@mahnwerk/domain';
import { HoldsService } from '../src/holds/holds.service.js';
import { updateCase } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock, connected, subscribe } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z; the German creditor's today is 2026-11-25.
const CASE_FIELDS = 'id status holdReason assignee { id } holds { id type reason since until releasedAt releaseReason placedByName }';
const PLACE = `mutation($c: ID!, $i: HoldInput!) { placeHold(caseId: $c, input: $i) { ${CASE_FIELDS} } }`;
const RELEASE = `mutation($c: ID!, $h: ID!, $r: String!) { releaseHold(caseId: $c, holdId: $h, reason: $r) { ${CASE_FIELDS} } }`;
const QUEUE = '{ myQueue { id } }';
const CLAIM = 'mutation { claimNextCase { id } }';
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced feesCharged letters } }';

interface HoldView { id: string; type: string; reason: string; since: string; until: string | null; releasedAt: string | null; releaseReason: string | null }
interface CaseView { id: string; status: string; holdReason: string | null; assignee: { id: string } | null; holds: HoldView[] }

describe('holds: each type takes its case out of the queues, the pool and the dunning run; release; end dates; permissions', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  let collector2: string;
  let manager: string;
  const clock = new FixedClock();
  const held: string[] = [];
  let seeded: string;

  const bed = withApi({
    collectors: 2, cases: 10, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      // Every case due for its next dunning step on 2026-11-25; the first seven in the first collector's queue.
      await updateCase(db, fx.cases, { stage: 'REMINDER', stageEnteredOn: '2026-10-01' });
      await updateCase(db, fx.cases.slice(0, HOLD_TYPES.length), { assigneeId: fx.collectors[0].id });
      // A case put on hold by a direct write (as the demo seed does), without a hold record.
      seeded = await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 1, status: 'ON_HOLD' });
      await updateCase(db, seeded, { holdReason: 'Debtor disputes the delivery' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
    collector2 = await api.login(fx.collectors[1].email);
    manager = await api.login(fx.manager.email);
  });

  const place = async (caseId: string, input: Record<string, unknown>, token: string) =>
    (await api.ok<{ placeHold: CaseView }>(PLACE, { c: caseId, i: input }, token)).placeHold;
  const row = async (id: string) =>
    (await db.query('SELECT status, hold_reason, assignee_id, stage FROM cases WHERE id = $1', [id])).rows[0];
  const count = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].n as number;

  it('a lead places each hold type: the case is ON_HOLD with the summary, out of its collector\'s queue', async () => {
    for (const [i, type] of HOLD_TYPES.entries()) {
      const c = await place(fx.cases[i]!, { type, reason: `Reason ${type}` }, lead);
      expect(c).toMatchObject({ status: 'ON_HOLD', assignee: null });
      expect(c.holds).toEqual([expect.objectContaining({ type, reason: `Reason ${type}`, until: null, releasedAt: null, placedByName: expect.any(String) })]);
      expect(c.holdReason).toMatch(new RegExp(`Reason ${type}$`));
      expect(await row(fx.cases[i]!)).toMatchObject({ status: 'ON_HOLD', assignee_id: null });
      held.push(fx.cases[i]!);
    }
    const { myQueue } = await api.ok<{ myQueue: { id: string }[] }>(QUEUE, {}, collector);
    expect(myQueue.filter((c) => held.includes(c.id))).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'hold.place'`, [])).toBe(HOLD_TYPES.length);
    expect(await count(`SELECT count(*)::int AS n FROM activities WHERE case_id = ANY($1) AND channel = 'SYSTEM' AND note LIKE '%hold placed%'`, [held]))
      .toBe(HOLD_TYPES.length);
  });

  it('no held case can be claimed from the pool', async () => {
    const claimed: string[] = [];
    for (;;) {
      const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, collector2);
      if (!claimNextCase) break;
      claimed.push(claimNextCase.id);
    }
    expect(claimed.sort()).toEqual(fx.cases.slice(HOLD_TYPES.length).sort());
  });

  it('the dunning run skips every held case: no step, no fee, no letter', async () => {
    const { runDunning } = await api.ok<{ runDunning: { status: string; advanced: number } }>(RUN, { d: '2026-11-25' }, lead);
    expect(runDunning.status).toBe('DONE');
    expect(runDunning.advanced).toBe(fx.cases.length - HOLD_TYPES.length);
    for (const id of held) {
      expect(await row(id)).toMatchObject({ stage: 'REMINDER', status: 'ON_HOLD' });
      expect(await count('SELECT count(*)::int AS n FROM dunning_steps WHERE case_id = $1', [id])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM fees WHERE case_id = $1', [id])).toBe(0);
      expect(await count('SELECT count(*)::int AS n FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id WHERE c.id = $1', [id])).toBe(0);
    }
  });

  it('a held case shows on the team board\'s list of held cases (cases filtered by ON_HOLD)', async () => {
    const { cases } = await api.ok<{ cases: { items: { id: string; holdReason: string }[] } }>(
      '{ cases(filter: { status: ON_HOLD }) { items { id holdReason } } }', {}, lead,
    );
    expect(cases.items.map((c) => c.id).sort()).toEqual([...held, seeded].sort());
  });

  it('collectors place only DISPUTE and CEASE_CONTACT, on their own cases; managers none; refusals write nothing', async () => {
    const own = fx.cases[HOLD_TYPES.length]!; // claimed by the second collector above
    const before = await count('SELECT count(*)::int AS n FROM case_holds', []);
    for (const type of HOLD_TYPES.filter((t) => t !== 'DISPUTE' && t !== 'CEASE_CONTACT')) {
      const r = await api.gql(PLACE, { c: own, i: { type, reason: 'x' } }, collector2);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const notOwn = await api.gql(PLACE, { c: own, i: { type: 'DISPUTE', reason: 'x' } }, collector);
    expect(notOwn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byManager = await api.gql(PLACE, { c: own, i: { type: 'DISPUTE', reason: 'x' } }, manager);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await api.gql(PLACE, { c: own, i: { type: 'DISPUTE', reason: '  ' } }, collector2);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await count('SELECT count(*)::int AS n FROM case_holds', [])).toBe(before);
    expect(await row(own)).toMatchObject({ status: 'OPEN', assignee_id: fx.collectors[1].id });

    const c = await place(own, { type: 'CEASE_CONTACT', reason: 'Debtor asked in writing to stop calls' }, collector2);
    expect(c.status).toBe('ON_HOLD');
    const release = await api.gql(RELEASE, { c: own, h: c.holds[0]!.id, r: 'x' }, collector2);
    expect(release.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await row(own)).toMatchObject({ status: 'ON_HOLD' });
  });

  it('a lead releases: with no other hold the case is open again and back in the pool, live', async () => {
    const caseId = held[0]!;
    const [hold] = (await place(caseId, { type: 'DECEASED', reason: 'Death notice received' }, lead)).holds.filter((h) => h.type === 'DECEASED');
    const first = (await api.ok<{ case: CaseView }>(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: caseId }, lead)).case
      .holds.find((h) => h.type === HOLD_TYPES[0])!;
    const partly = (await api.ok<{ releaseHold: CaseView }>(RELEASE, { c: caseId, h: first.id, r: 'Creditor confirmed the amount' }, lead)).releaseHold;
    expect(partly).toMatchObject({ status: 'ON_HOLD', holdReason: 'Deceased: Death notice received' });

    const socket = api.socket(lead);
    await connected(socket);
    const sub = subscribe<{ caseUpdated: { status: string } }>(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { status } }', { id: caseId });
    await api.untilListening('case', 1);
    const open = (await api.ok<{ releaseHold: CaseView }>(RELEASE, { c: caseId, h: hold!.id, r: 'Heir confirmed, estate pays' }, lead)).releaseHold;
    expect(open).toMatchObject({ status: 'OPEN', holdReason: null, assignee: null });
    expect(open.holds.every((h) => h.releasedAt !== null)).toBe(true);
    expect(open.holds.find((h) => h.id === hold!.id)?.releaseReason).toBe('Heir confirmed, estate pays');
    expect((await sub.next()).caseUpdated.status).toBe('OPEN');
    sub.stop();
    const again = await api.gql(RELEASE, { c: caseId, h: hold!.id, r: 'again' }, lead);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, collector);
    expect(claimNextCase?.id).toBe(caseId);
  });

  it('a hold with an end date ends by itself on that day (the periodic job, safe on two instances at once)', async () => {
    const caseId = held[1]!;
    const tooSoon = await api.gql(PLACE, { c: caseId, i: { type: 'FRAUD_CHECK', reason: 'x', until: '2026-11-25' } }, lead);
    expect(tooSoon.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    const current = (await api.ok<{ case: CaseView }>(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: caseId }, lead)).case;
    await api.ok(RELEASE, { c: caseId, h: current.holds[0]!.id, r: 'replaced by a dated hold' }, lead);
    const c = await place(caseId, { type: 'ADDRESS_RESEARCH', reason: 'Address research ordered', until: '2026-11-30' }, lead);
    expect(c.holds.find((h) => h.type === 'ADDRESS_RESEARCH')).toMatchObject({ type: 'ADDRESS_RESEARCH', until: '2026-11-30', releasedAt: null });

    const holds = api.app.get(HoldsService);
    clock.instant = new Date('2026-11-29T22:00:00Z'); // 23:00 in Berlin: still the 29th
    expect(await holds.endDueHolds()).toBe(0);
    clock.instant = new Date('2026-11-29T23:30:00Z'); // the 30th in Berlin
    const second = await bed.startApi(clock);
    const ended = await Promise.all([holds.endDueHolds(), second.app.get(HoldsService).endDueHolds()]);
    expect(ended[0] + ended[1]).toBe(1);
    clock.instant = new Date('2026-11-25T10:00:00Z');
    expect(await row(caseId)).toMatchObject({ status: 'OPEN', hold_reason: null });
    const [h] = (await db.query('SELECT released_at, release_reason, released_by FROM case_holds WHERE case_id = $1 AND until IS NOT NULL', [caseId])).rows;
    expect(h).toMatchObject({ release_reason: 'Ended on its end date 2026-11-30', released_by: null });
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'hold.end' AND entity_id = $1`, [caseId])).toBe(1);
  });

  it('a case held by a direct write gets its DISPUTE hold at start-up, once, and a lead can release it', async () => {
    await api.app.get(HoldsService).recordUntrackedHolds();
    expect(await api.app.get(HoldsService).recordUntrackedHolds()).toBe(0);
    const c = (await api.ok<{ case: CaseView }>(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, { id: seeded }, lead)).case;
    expect(c.holds).toEqual([expect.objectContaining({ type: 'DISPUTE', reason: 'Debtor disputes the delivery', releasedAt: null })]);
    const released = (await api.ok<{ releaseHold: CaseView }>(RELEASE, { c: seeded, h: c.holds[0]!.id, r: 'Delivery confirmed' }, lead)).releaseHold;
    expect(released.status).toBe('OPEN');
  });
});

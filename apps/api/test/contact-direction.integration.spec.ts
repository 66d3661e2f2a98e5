import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addActivity } from './factories.js';
import { addCase, writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// Sunday 2026-11-29 12:00 in Berlin: no outbound calls on Sundays.
const SUNDAY = new Date('2026-11-29T11:00:00Z');
// Wednesday 2026-11-25 11:00 in Berlin: within contact hours.
const WEDNESDAY = new Date('2026-11-25T10:00:00Z');
const RECORD = `mutation($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) { id nextActionAt activities { channel direction outcome note } }
}`;
const NOTE = 'mutation($caseId: ID!, $text: String!) { addNote(caseId: $caseId, text: $text) { id version activities { id channel direction outcome note actor { id } } } }';
const CASE = `query($id: ID!) {
  case(id: $id) { id nextContactAllowedAt otherOpenCases { id status assignee { id } } }
}`;

interface ActivityRow { case_id: string; channel: string; direction: string | null; outcome: string | null; contact_id: string | null }

describe('channels and direction; a conversation is with a debtor', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const clock = new FixedClock(new Date(WEDNESDAY));
  let collector: string;
  let other: string;
  let collectorId: string;

  const bed = withApi({ collectors: 2, cases: 2, clock });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    collector = await api.login(fx.collectors[0].email);
    other = await api.login(fx.collectors[1].email);
    collectorId = fx.collectors[0].id;
  });
  beforeEach(() => {
    clock.instant = new Date(WEDNESDAY);
  });

  let n = 0;
  /** A case of a new debtor (or of `debtorId`) in the collector's queue. */
  const myCase = (debtorId?: string, assigneeId: string | null = collectorId) =>
    addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 10 + n++, assigneeId, debtorId, reference: `INV-H1-${n}` });
  const debtorOf = async (caseId: string): Promise<string> => (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [caseId])).rows[0].debtor_id;
  const activities = async (caseIds: string[]): Promise<ActivityRow[]> =>
    (await db.query('SELECT case_id, channel, direction, outcome, contact_id FROM activities WHERE case_id = ANY($1::uuid[]) ORDER BY occurred_at', [caseIds])).rows;
  const rightPartyContacts = async (day: string): Promise<number> =>
    Number((await db.query('SELECT coalesce(sum(right_party_contacts), 0) AS n FROM kpi_daily WHERE day = $1 AND creditor_id = $2', [day, fx.creditorDE])).rows[0].n);

  it('records an inbound promise on a Sunday; an outbound call is refused there; the promise counts as a right-party contact', async () => {
    clock.instant = new Date(SUNDAY);
    const caseId = await myCase();
    const before = await rightPartyContacts('2026-11-29');

    const outbound = await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
    expect(outbound.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'type', nextAllowedAt: '2026-11-30T07:00:00.000Z' });
    expect(outbound.errors?.[0]?.message).toContain('Outside contact hours: it is Sunday 2026-11-29 12:00 in Europe/Berlin');
    expect(outbound.errors?.[0]?.message).toContain('Next allowed at Monday 2026-11-30 08:00 (Europe/Berlin).');
    const outboundEmail = await api.gql(RECORD, { input: { caseId, type: 'RIGHT_PARTY_CONTACT', channel: 'IN_PERSON' } }, collector);
    expect(outboundEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT'); // a visit keeps to the hours too
    expect(await activities([caseId])).toEqual([]);

    const { recordOutcome } = await api.ok<{ recordOutcome: { activities: { channel: string; direction: string; outcome: string }[] } }>(RECORD, {
      input: { caseId, type: 'PROMISE_TO_PAY', direction: 'INBOUND', channel: 'PHONE', promiseAmountCents: 20_000, promiseDate: '2026-12-04' },
    }, collector);
    expect(recordOutcome.activities[0]).toMatchObject({ channel: 'PHONE', direction: 'INBOUND', outcome: 'PROMISE_TO_PAY' });
    expect(await activities([caseId])).toEqual([expect.objectContaining({ channel: 'PHONE', direction: 'INBOUND', outcome: 'PROMISE_TO_PAY' })]);
    expect((await db.query('SELECT amount_cents, due_date::text FROM promises WHERE case_id = $1', [caseId])).rows)
      .toEqual([{ amount_cents: 20000, due_date: '2026-12-04' }]);
    expect(await rightPartyContacts('2026-11-29')).toBe(before + 1);

    // An inbound e-mail from the debtor is no reminder and no attempt: the e-mail channel stays open.
    const email = await api.ok(RECORD, { input: { caseId: await myCase(), type: 'RIGHT_PARTY_CONTACT', direction: 'INBOUND', channel: 'EMAIL' } }, collector);
    expect(email.recordOutcome.activities[0]).toMatchObject({ channel: 'EMAIL', direction: 'INBOUND' });
  });

  it('counts outbound attempts only against the cap', async () => {
    const caseId = await myCase();
    for (const at of ['2026-11-23T09:00:00Z', '2026-11-24T09:00:00Z', '2026-11-24T15:00:00Z']) {
      await addActivity(db, caseId, { outcome: 'RIGHT_PARTY_CONTACT', actorId: collectorId, occurredAt: at, direction: 'INBOUND' });
    }
    await addActivity(db, caseId, { outcome: 'NO_CONTACT', actorId: collectorId, occurredAt: '2026-11-23T10:00:00Z' });
    await addActivity(db, caseId, { outcome: 'NO_CONTACT', actorId: collectorId, occurredAt: '2026-11-24T10:00:00Z' });
    // Two outbound attempts and three inbound calls: a third outbound call is allowed.
    expect((await api.ok(CASE, { id: caseId }, collector)).case.nextContactAllowedAt).toBeNull();
    expect((await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector)).errors).toBeUndefined();
    // Now three outbound: the fourth is refused until Monday 23rd 10:00Z is 7 days old, but the debtor may still call in.
    const fourth = await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
    expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', nextAllowedAt: '2026-11-30T10:00:00.000Z' });
    expect(fourth.errors?.[0]?.message).toContain('3 contact attempts in the last 7 days (at most 3)');
    const inbound = await api.gql(RECORD, { input: { caseId, type: 'RIGHT_PARTY_CONTACT', direction: 'INBOUND' } }, collector);
    expect(inbound.errors).toBeUndefined();
  });

  it('adds a plain note as its own timeline entry, without a contact or a change to the case', async () => {
    const caseId = await myCase();
    const before = await writeCounts(db, caseId);
    const kpiBefore = (await db.query('SELECT coalesce(sum(contacts), 0)::int AS n FROM kpi_daily')).rows[0].n;
    const { addNote } = await api.ok<{ addNote: { version: number; activities: Record<string, unknown>[] } }>(
      NOTE, { caseId, text: '  Debtor\'s bank confirmed the standing order.  ' }, collector,
    );
    expect(addNote.activities).toEqual([
      expect.objectContaining({ channel: 'NOTE', direction: null, outcome: null, note: 'Debtor\'s bank confirmed the standing order.', actor: { id: collectorId } }),
    ]);
    const after = await writeCounts(db, caseId);
    expect(after).toMatchObject({ activities: before.activities + 1, audit: before.audit + 1, version: before.version });
    expect((await db.query('SELECT coalesce(sum(contacts), 0)::int AS n FROM kpi_daily')).rows[0].n).toBe(kpiBefore);
    expect((await db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'case.note'`, [caseId])).rows[0].after)
      .not.toHaveProperty('text');

    const empty = await api.gql(NOTE, { caseId, text: '   ' }, collector);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const manager = await api.gql(NOTE, { caseId, text: 'x' }, await api.login(fx.manager.email));
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const dk = await api.gql(NOTE, { caseId: fx.danishCase, text: 'not mine' }, other);
    expect(dk.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // a creditor the collector does not work for: as if missing
  });

  it('shows the debtor\'s other open cases and records one call on several of them, once', async () => {
    const first = await myCase();
    const debtorId = await debtorOf(first);
    const second = await myCase(debtorId);
    const third = await myCase(debtorId);
    const othersQueue = await myCase(debtorId, fx.collectors[1].id);
    await addCase(db, { creditorId: fx.creditorDE, principalCents: 1_000, priority: 1, debtorId, status: 'ON_HOLD', reference: 'INV-H1-HELD' });
    const stranger = await myCase();

    const { case: c } = await api.ok(CASE, { id: first }, collector);
    expect(c.otherOpenCases.map((o: { id: string }) => o.id).sort()).toEqual([second, third, othersQueue].sort());

    const key = randomUUID();
    const input = { caseId: first, type: 'NO_CONTACT', alsoCaseIds: [second, third], idempotencyKey: key, note: 'Voicemail' };
    const countsBefore = await writeCounts(db);
    const done = await api.ok(RECORD, { input }, collector);
    expect(done.recordOutcome.activities[0].note).toContain('one conversation about 3 cases');
    const rows = await activities([first, second, third]);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.contact_id))).toEqual(new Set([key]));
    expect(rows.every((r) => r.outcome === 'NO_CONTACT' && r.direction === 'OUTBOUND')).toBe(true);
    const next = (await db.query('SELECT DISTINCT next_action_at FROM cases WHERE id = ANY($1::uuid[])', [[first, second, third]])).rows;
    expect(next).toEqual([{ next_action_at: new Date('2026-11-26T10:00:00Z') }]);

    // The same request again writes nothing.
    await api.ok(RECORD, { input }, collector);
    expect(await activities([first, second, third])).toHaveLength(3);
    expect((await writeCounts(db)).audit).toBe(countsBefore.audit + 3);

    // One call on three cases is one attempt: two more outbound calls are allowed, the fourth is not.
    expect((await api.gql(RECORD, { input: { caseId: first, type: 'NO_CONTACT' } }, collector)).errors).toBeUndefined();
    expect((await api.gql(RECORD, { input: { caseId: second, type: 'NO_CONTACT' } }, collector)).errors).toBeUndefined();
    expect((await api.gql(RECORD, { input: { caseId: third, type: 'NO_CONTACT' } }, collector)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Each case is checked: another collector's case, another debtor's case, a promise over several cases.
    const before = await writeCounts(db);
    const foreign = await api.gql(RECORD, { input: { caseId: first, type: 'DISPUTE', note: 'all of it', alsoCaseIds: [othersQueue] } }, collector);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mixed = await api.gql(RECORD, { input: { caseId: first, type: 'DISPUTE', note: 'all of it', alsoCaseIds: [stranger] } }, collector);
    expect(mixed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alsoCaseIds' });
    const promise = await api.gql(RECORD, {
      input: { caseId: first, type: 'PROMISE_TO_PAY', direction: 'INBOUND', promiseAmountCents: 1_000, promiseDate: '2026-12-01', alsoCaseIds: [second] },
    }, collector);
    expect(promise.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alsoCaseIds' });
    expect(await writeCounts(db)).toEqual(before);
  });

  describe('follow-ups keep to the contact policy', () => {
    it('after no contact on Friday evening the case comes back on Monday 08:00, not on Saturday evening', async () => {
      clock.instant = new Date('2026-11-27T18:30:00Z'); // Friday 19:30 in Berlin
      const caseId = await myCase();
      const { recordOutcome } = await api.ok(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
      expect(recordOutcome.nextActionAt).toBe('2026-11-30T07:00:00.000Z');
    });

    it('refuses a callback outside the debtor\'s contact hours with the next allowed time', async () => {
      const caseId = await myCase();
      const sunday = await api.gql(RECORD, { input: { caseId, type: 'CALLBACK', callbackAt: '2026-11-29T11:00:00.000Z' } }, collector);
      expect(sunday.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'callbackAt' });
      expect(sunday.errors?.[0]?.message).toContain('Next allowed at Monday 2026-11-30 08:00 (Europe/Berlin).');
      expect(await activities([caseId])).toEqual([]);
      const thursday = await api.ok(RECORD, { input: { caseId, type: 'CALLBACK', callbackAt: '2026-11-26T09:00:00.000Z' } }, collector);
      expect(thursday.recordOutcome.nextActionAt).toBe('2026-11-26T09:00:00.000Z');
    });
  });
});

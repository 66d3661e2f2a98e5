import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addPayment } from './factories.js';
import { writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock); "today" for the German creditor is 2026-11-25.
const NOW = '2026-11-25T10:00:00.000Z';
const CLAIM = 'mutation { claimNextCase { id version assignee { id } } }';
const RECORD = `mutation($input: RecordOutcomeInput!) {
  recordOutcome(input: $input) { id status stage version assignee { id } nextActionAt holdReason paidAt }
}`;

interface CaseRow {
  status: string;
  stage: string;
  assignee_id: string | null;
  last_assignee_id: string | null;
  version: number;
  next_action_at: Date | null;
  hold_reason: string | null;
  paid_at: Date | null;
}

describe('recordOutcome: every outcome type, its writes, and refused inputs that write nothing', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let collector: { id: string; email: string };
  let token: string;

  const bed = withApi({
    collectors: 2, cases: 16,
    arrange: async () => {
      ({ db, fx } = bed);
      collector = fx.collectors[0];
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    token = await api.login(collector.email);
  });

  const caseRow = async (id: string): Promise<CaseRow> =>
    (
      await db.query(
        `SELECT status, stage, assignee_id, last_assignee_id, version, next_action_at, hold_reason, paid_at FROM cases WHERE id = $1`,
        [id],
      )
    ).rows[0];

  /** Claims the next German case for the collector and checks the claim landed in the database. */
  async function claim(): Promise<{ id: string; version: number }> {
    const { claimNextCase } = await api.ok<{ claimNextCase: { id: string; version: number; assignee: { id: string } } }>(CLAIM, {}, token);
    expect(claimNextCase.assignee.id).toBe(collector.id);
    const row = await caseRow(claimNextCase.id);
    expect(row).toMatchObject({ assignee_id: collector.id, status: 'OPEN', version: claimNextCase.version });
    return { id: claimNextCase.id, version: claimNextCase.version };
  }

  /** Records an outcome and checks the writes every outcome makes: one activity, one audit event, version + 1. */
  async function record(caseId: string, input: Record<string, unknown>) {
    const before = await writeCounts(db, caseId);
    const beforeRow = await caseRow(caseId);
    const { recordOutcome } = await api.ok<{ recordOutcome: Record<string, any> }>(RECORD, { input: { caseId, ...input } }, token);
    const after = await writeCounts(db, caseId);
    expect(after.version).toBe(before.version! + 1);
    expect(after.activities).toBe(before.activities + 1);
    expect(after.audit).toBe(before.audit + 1);
    expect(after.payments).toBe(before.payments);

    const activities = await db.query(`SELECT id, actor_id, channel, outcome, note, occurred_at FROM activities WHERE case_id = $1`, [caseId]);
    expect(activities.rows).toHaveLength(1);
    expect(activities.rows[0]).toMatchObject({ actor_id: collector.id, channel: 'PHONE', outcome: input.type });
    expect(activities.rows[0].occurred_at.toISOString()).toBe(NOW);

    const audit = await db.query(`SELECT actor_id, action, entity, before, after FROM audit_events WHERE entity_id = $1 AND action LIKE 'outcome.%'`, [caseId]);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      actor_id: collector.id,
      action: `outcome.${input.type}`,
      entity: 'case',
      before: { status: 'OPEN', assigneeId: collector.id, version: beforeRow.version },
      after: { version: beforeRow.version + 1 },
    });
    expect(recordOutcome.version).toBe(beforeRow.version + 1);
    return { response: recordOutcome, row: await caseRow(caseId), activity: activities.rows[0], audit: audit.rows[0], before, after };
  }

  const promisesOf = async (caseId: string) =>
    (await db.query(`SELECT amount_cents, due_date, installment, status, created_by, activity_id FROM promises WHERE case_id = $1 ORDER BY due_date`, [caseId])).rows;

  const myQueueIds = async (): Promise<string[]> =>
    (await api.ok<{ myQueue: { id: string }[] }>('{ myQueue { id } }', {}, token)).myQueue.map((c) => c.id);

  it('NO_CONTACT keeps the case with the collector and schedules the next attempt a day later', async () => {
    const c = await claim();
    const { row, response, after, before } = await record(c.id, { type: 'NO_CONTACT' });
    expect(row).toMatchObject({ status: 'OPEN', stage: 'PHONE', assignee_id: collector.id, hold_reason: null, paid_at: null });
    expect(row.next_action_at?.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(response).toMatchObject({ status: 'OPEN', assignee: { id: collector.id }, nextActionAt: '2026-11-26T10:00:00.000Z' });
    expect(after.promises).toBe(before.promises);
    expect(await myQueueIds()).toContain(c.id);
  });

  it('RIGHT_PARTY_CONTACT keeps the case and follows up in three days; the note is kept on the activity', async () => {
    const c = await claim();
    const { row, activity, after, before } = await record(c.id, { type: 'RIGHT_PARTY_CONTACT', note: 'Will check with spouse' });
    expect(row).toMatchObject({ status: 'OPEN', stage: 'PHONE', assignee_id: collector.id });
    expect(row.next_action_at?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(activity.note).toContain('Will check with spouse');
    expect(after.promises).toBe(before.promises);
  });

  it('PROMISE_TO_PAY writes one open promise with amount and date, next action the day after', async () => {
    const c = await claim();
    const { row, activity, after, before } = await record(c.id, { type: 'PROMISE_TO_PAY', promiseAmountCents: 25_000, promiseDate: '2026-12-10' });
    expect(row).toMatchObject({ status: 'OPEN', assignee_id: collector.id });
    expect(row.next_action_at?.toISOString()).toBe('2026-12-11T00:00:00.000Z');
    expect(after.promises).toBe(before.promises + 1);
    expect(await promisesOf(c.id)).toEqual([
      { amount_cents: 25_000, due_date: '2026-12-10', installment: null, status: 'OPEN', created_by: collector.id, activity_id: activity.id },
    ]);
  });

  it('PAYMENT_PLAN writes one numbered promise per installment', async () => {
    const c = await claim();
    const installments = [
      { dueDate: '2026-12-01', amountCents: 10_000 },
      { dueDate: '2027-01-01', amountCents: 10_000 },
      { dueDate: '2027-02-01', amountCents: 5_000 },
    ];
    const { row, activity, after, before } = await record(c.id, { type: 'PAYMENT_PLAN', installments });
    expect(row).toMatchObject({ status: 'OPEN', assignee_id: collector.id });
    expect(row.next_action_at?.toISOString()).toBe('2026-12-02T00:00:00.000Z');
    expect(after.promises).toBe(before.promises + 3);
    expect(await promisesOf(c.id)).toEqual(
      installments.map((inst, i) => ({
        amount_cents: inst.amountCents, due_date: inst.dueDate, installment: i + 1, status: 'OPEN',
        created_by: collector.id, activity_id: activity.id,
      })),
    );
  });

  it('DISPUTE puts the case on hold with the note as reason and takes it out of the queue', async () => {
    const c = await claim();
    const { row, response } = await record(c.id, { type: 'DISPUTE', note: '  Goods never delivered  ' });
    expect(row).toMatchObject({ status: 'ON_HOLD', stage: 'PHONE', assignee_id: null, hold_reason: 'Goods never delivered', next_action_at: null, paid_at: null });
    expect(row.last_assignee_id).toBe(collector.id);
    expect(response).toMatchObject({ status: 'ON_HOLD', assignee: null, holdReason: 'Goods never delivered' });
    expect(await myQueueIds()).not.toContain(c.id);
    // An on-hold case is not handed out again.
    const next = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, token);
    expect(next.claimNextCase?.id).not.toBe(c.id);
    if (next.claimNextCase) await api.ok('mutation($c: ID!) { releaseCase(caseId: $c) { id } }', { c: next.claimNextCase.id }, token);
  });

  it('PAID at a zero balance closes the case as paid, stamps paid_at and unassigns it', async () => {
    const c = await claim();
    // Paid in full by a line written straight to the table; with a balance open a lead approves (payment-guards spec).
    const open = (await api.ok<{ case: { balance: { totalCents: number } } }>('query($id: ID!) { case(id: $id) { balance { totalCents } } }', { id: c.id }, token))
      .case.balance.totalCents;
    await addPayment(db, c.id, { amountCents: open, receivedAt: '2026-11-25' });
    const { row, response } = await record(c.id, { type: 'PAID' });
    expect(row).toMatchObject({ status: 'PAID', assignee_id: null, next_action_at: null });
    expect(row.paid_at?.toISOString()).toBe(NOW);
    expect(response).toMatchObject({ status: 'PAID', assignee: null, paidAt: NOW });
    expect(await myQueueIds()).not.toContain(c.id);
  });

  it('UNCOLLECTIBLE closes the case with the reason and unassigns it', async () => {
    const c = await claim();
    const { row, activity } = await record(c.id, { type: 'UNCOLLECTIBLE', note: 'Debtor deceased, no estate' });
    expect(row).toMatchObject({ status: 'UNCOLLECTIBLE', stage: 'PHONE', assignee_id: null, paid_at: null, next_action_at: null });
    expect(activity.note).toContain('Debtor deceased, no estate');
    expect(await myQueueIds()).not.toContain(c.id);
  });

  it('ESCALATE_LEGAL moves the case to LEGAL / COURT and unassigns it', async () => {
    const c = await claim();
    const { row, response } = await record(c.id, { type: 'ESCALATE_LEGAL' });
    expect(row).toMatchObject({ status: 'LEGAL', stage: 'COURT', assignee_id: null, paid_at: null });
    expect(response).toMatchObject({ status: 'LEGAL', stage: 'COURT', assignee: null });
  });

  it('CALLBACK sets next_action_at to the callback time and keeps the case', async () => {
    const c = await claim();
    const { row, response } = await record(c.id, { type: 'CALLBACK', callbackAt: '2026-11-27T14:30:00.000Z' });
    expect(row).toMatchObject({ status: 'OPEN', assignee_id: collector.id });
    expect(row.next_action_at?.toISOString()).toBe('2026-11-27T14:30:00.000Z');
    expect(response.nextActionAt).toBe('2026-11-27T14:30:00.000Z');
    expect(await myQueueIds()).toContain(c.id);
  });

  describe('refused inputs write nothing', () => {
    let target: string;
    let openCents: number;

    beforeAll(async () => {
      target = (await claim()).id;
      openCents = (await db.query('SELECT open_cents FROM cases WHERE id = $1', [target])).rows[0].open_cents;
      expect(openCents).toBeGreaterThan(0);
    });

    const promise = (promiseAmountCents: number, promiseDate: string) => ({ type: 'PROMISE_TO_PAY', promiseAmountCents, promiseDate });
    const cases: [string, string, string | undefined, () => Record<string, unknown>][] = [
      ['a promise of 0 cents', 'BAD_USER_INPUT', 'promiseAmountCents', () => promise(0, '2026-12-10')],
      ['a negative promise', 'BAD_USER_INPUT', 'promiseAmountCents', () => promise(-5, '2026-12-10')],
      ['a promise above the open balance', 'BAD_USER_INPUT', 'promiseAmountCents', () => promise(openCents + 1, '2026-12-10')],
      ['a promise date in the past', 'BAD_USER_INPUT', 'promiseDate', () => promise(1_000, '2026-11-24')],
      ['a promise date "tomorrow"', 'BAD_USER_INPUT', undefined, () => promise(1_000, 'tomorrow')],
      ['a promise date 2026-02-30', 'BAD_USER_INPUT', undefined, () => promise(1_000, '2026-02-30')],
      ['a promise without a date', 'BAD_USER_INPUT', 'promiseDate', () => ({ type: 'PROMISE_TO_PAY', promiseAmountCents: 1_000 })],
      ['a fractional promise', 'BAD_USER_INPUT', undefined, () => promise(99.5, '2026-12-10')],
      ['a callback in the past', 'BAD_USER_INPUT', 'callbackAt', () => ({ type: 'CALLBACK', callbackAt: '2026-11-25T09:59:00.000Z' })],
      ['a callback exactly now', 'BAD_USER_INPUT', 'callbackAt', () => ({ type: 'CALLBACK', callbackAt: NOW })],
      ['a callback without a time', 'BAD_USER_INPUT', 'callbackAt', () => ({ type: 'CALLBACK' })],
      ['a callback time "later"', 'BAD_USER_INPUT', undefined, () => ({ type: 'CALLBACK', callbackAt: 'later' })],
      ['a dispute without a note', 'BAD_USER_INPUT', 'note', () => ({ type: 'DISPUTE' })],
      ['a dispute with a blank note', 'BAD_USER_INPUT', 'note', () => ({ type: 'DISPUTE', note: '   ' })],
      ['an uncollectible without a note', 'BAD_USER_INPUT', 'note', () => ({ type: 'UNCOLLECTIBLE' })],
      ['a plan of one installment', 'BAD_USER_INPUT', 'installments', () => ({ type: 'PAYMENT_PLAN', installments: [{ dueDate: '2026-12-01', amountCents: 100 }] })],
      ['a plan with descending dates', 'BAD_USER_INPUT', 'installments[1].dueDate', () => ({
        type: 'PAYMENT_PLAN', installments: [{ dueDate: '2027-01-01', amountCents: 100 }, { dueDate: '2026-12-01', amountCents: 100 }],
      })],
      ['a plan above the open balance', 'BAD_USER_INPUT', 'installments', () => ({
        type: 'PAYMENT_PLAN', installments: [{ dueDate: '2026-12-01', amountCents: openCents }, { dueDate: '2027-01-01', amountCents: 1 }],
      })],
      ['an unknown outcome type', 'BAD_USER_INPUT', undefined, () => ({ type: 'LOST' })],
    ];

    it.each(cases)('%s → %s', async (_name, code, field, input) => {
      const before = await writeCounts(db, target);
      const result = await api.gql(RECORD, { input: { caseId: target, ...input() } }, token);
      expect(result.data?.recordOutcome ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe(code);
      if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(result.errors?.[0].message).toBeTruthy();
      expect(await writeCounts(db, target)).toEqual(before);
      expect(await caseRow(target)).toMatchObject({ status: 'OPEN', assignee_id: collector.id, next_action_at: null });
    });

    it('an unknown case id → NOT_FOUND', async () => {
      const before = await writeCounts(db, target);
      const result = await api.gql(RECORD, { input: { caseId: randomUUID(), type: 'NO_CONTACT' } }, token);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await writeCounts(db, target)).toEqual(before);
    });

    it('a case id that is not a UUID → BAD_USER_INPUT', async () => {
      const before = await writeCounts(db, target);
      const result = await api.gql(RECORD, { input: { caseId: 'case-1', type: 'NO_CONTACT' } }, token);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/caseId/);
      expect(await writeCounts(db, target)).toEqual(before);
    });
  });

  it('a collector cannot record on a case that is not in their queue (FORBIDDEN, nothing written)', async () => {
    const other = fx.collectors[1];
    const otherToken = await api.login(other.email);
    const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, otherToken);
    const unassigned = (await db.query(`SELECT id FROM cases WHERE status = 'OPEN' AND assignee_id IS NULL AND creditor_id = $1 LIMIT 1`, [fx.creditorDE])).rows[0].id;

    for (const caseId of [claimNextCase.id, unassigned]) {
      const before = await writeCounts(db, caseId);
      const result = await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, token);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await writeCounts(db, caseId)).toEqual(before);
    }
    expect((await caseRow(claimNextCase.id)).assignee_id).toBe(other.id);
    expect((await caseRow(unassigned)).assignee_id).toBeNull();
  });

  it('an outcome on a closed case is refused and writes nothing', async () => {
    // The PAID case from above is no longer in anyone's queue; a lead (no queue check) still cannot re-close it.
    const lead = await api.login(fx.lead.email);
    const paid = (await db.query(`SELECT id FROM cases WHERE status = 'PAID' LIMIT 1`)).rows[0].id;
    const before = await writeCounts(db, paid);
    const result = await api.gql(RECORD, { input: { caseId: paid, type: 'NO_CONTACT' } }, lead);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await writeCounts(db, paid)).toEqual(before);
  });
});

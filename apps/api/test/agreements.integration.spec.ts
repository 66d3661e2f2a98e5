import { randomUUID } from 'node:crypto';
import { BROKEN_PROMISE_PRIORITY_BUMP, dunningPausedByAgreement, type PaymentPlanStatus, type StoredPromiseStatus } from '@mahnwerk/domain';
import type pg from 'pg';
import { AGREEMENT_PAUSES_DUNNING } from '../src/agreements/agreements.repository.js';
import { addPromise } from './factories.js';
import { addCase, setCreditorAddress, type AddCaseOptions, type Fixture } from './fixtures.js';
import { AgreementsService } from '../src/agreements/agreements.service.js';
import { FixedClock, connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { status advanced promisesBroken } }`;
const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id status } }`;
const PLAN = `query($id: ID!) { case(id: $id) {
  stage status priority
  paymentPlan { status missedToDefault missedInstallments confirmation installments { number dueDate amountCents paidCents status } }
} }`;
const OFFER = `mutation($caseId: ID!, $amountCents: SafeInt!, $validUntil: Date!) {
  offerSettlement(caseId: $caseId, amountCents: $amountCents, validUntil: $validUntil) {
    id settlement { id status amountCents openCents waivedCents validUntil }
  }
}`;
const BALANCE = `query($id: ID!) { case(id: $id) { status balance { totalCents paidCents adjustedCents lines { kind amountCents explanation } } } }`;

describe('promises and payment plans hold the dunning; settlements and write-offs', () => {
  const clock = new FixedClock(new Date('2026-11-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  const ids: Record<string, string> = {};

  const de = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', ...o });
  const run = async (day: string) => {
    clock.instant = new Date(`${day}T06:00:00Z`);
    return (await api.ok<{ runDunning: { status: string; advanced: number; promisesBroken: number } }>(RUN, { d: day }, lead)).runDunning;
  };
  const stepsOf = async (caseId: string): Promise<string[]> =>
    (await db.query(`SELECT to_char(stepped_on, 'YYYY-MM-DD') AS d FROM dunning_steps WHERE case_id = $1 ORDER BY stepped_on`, [caseId])).rows.map((r) => r.d);
  const feesOf = async (caseId: string): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM fees WHERE case_id = $1', [caseId])).rows[0].n;

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const mine = { stage: 'REMINDER', stageEnteredOn: '2026-10-01', assigneeId: fx.collectors[0].id };
      ids.control = await de({ priority: 1, ...mine });
      ids.promise = await de({ priority: 2, ...mine });
      ids.plan = await de({ priority: 3, ...mine });
      ids.settleWithin = await de({ priority: 4, ...mine, stageEnteredOn: '2026-11-01' });
      ids.settleAbove = await de({ priority: 5, ...mine, stageEnteredOn: '2026-11-01' });
      ids.settleDeclined = await de({ priority: 6, ...mine, stageEnteredOn: '2026-11-01' });
      ids.planPaid = await de({ priority: 7, ...mine, stageEnteredOn: '2026-11-01' });
      ids.settleExpires = await de({ priority: 8, ...mine, stageEnteredOn: '2026-11-01' });
      ids.settlePendingExpires = await de({ priority: 9, ...mine, stageEnteredOn: '2026-11-01' });
      ids.settleBookedLate = await de({ priority: 10, ...mine, stageEnteredOn: '2026-11-01' });
      // An open promise due 9 November: broken once its 3 grace days have passed (on the run of the 13th).
      await addPromise(db, ids.promise, { amountCents: 5_000, dueDate: '2026-11-09' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });

  it('a payment plan recorded as an outcome is its own record, confirmed with its default terms', async () => {
    await api.ok(RECORD, { input: { caseId: ids.plan, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-11-05', amountCents: 10_000 }, { dueDate: '2026-11-15', amountCents: 10_000 },
      { dueDate: '2026-11-25', amountCents: 10_000 }, { dueDate: '2026-12-05', amountCents: 10_000 },
    ] } }, collector);
    const { case: c } = await api.ok(PLAN, { id: ids.plan }, collector);
    expect(c.paymentPlan).toMatchObject({ status: 'ACTIVE', missedToDefault: 2, missedInstallments: 0 });
    expect(c.paymentPlan.installments.map((i: { number: number; status: string }) => [i.number, i.status]))
      .toEqual([[1, 'OPEN'], [2, 'OPEN'], [3, 'OPEN'], [4, 'OPEN']]);
    expect(c.paymentPlan.confirmation).toMatch(/4 installments totalling/);
    expect(c.paymentPlan.confirmation).toMatch(/If 2 installments are not paid on time, the whole remaining balance falls due/);
    // A second plan while one runs is refused.
    const again = await api.gql(RECORD, { input: { caseId: ids.plan, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-11-20', amountCents: 10_000 }, { dueDate: '2026-11-30', amountCents: 10_000 },
    ] } }, collector);
    expect(again.errors?.[0]?.message).toMatch(/running payment plan/);
  });

  it('an open promise and a running plan hold the dunning run: no step, no fee', async () => {
    expect(await run('2026-11-10')).toMatchObject({ status: 'DONE', promisesBroken: 1 });
    expect(await stepsOf(ids.control)).toEqual(['2026-11-10']);
    expect(await stepsOf(ids.promise)).toEqual([]);
    expect(await stepsOf(ids.plan)).toEqual([]);
    expect(await feesOf(ids.promise)).toBe(0);
    // One installment missed (the first, due 5 November): the plan still runs.
    const { case: c } = await api.ok(PLAN, { id: ids.plan }, collector);
    expect(c.paymentPlan).toMatchObject({ status: 'ACTIVE', missedInstallments: 1 });
  });

  it('a broken promise lets the dunning resume in the run that breaks it', async () => {
    await run('2026-11-13');
    expect(await stepsOf(ids.promise)).toEqual(['2026-11-13']);
    expect(await stepsOf(ids.plan)).toEqual([]);
  });

  it('a plan defaults after the set number of missed installments: balance due, high priority, dunning resumes', async () => {
    await run('2026-11-19');
    const { case: c } = await api.ok(PLAN, { id: ids.plan }, collector);
    expect(c.paymentPlan.status).toBe('DEFAULTED');
    expect(c.paymentPlan.installments.map((i: { status: string }) => i.status)).toEqual(['BROKEN', 'BROKEN', 'BROKEN', 'BROKEN']);
    expect(c.priority).toBe(BROKEN_PROMISE_PRIORITY_BUMP.priorityMax);
    expect(c.stage).toBe('DUNNING_1');
    expect(await stepsOf(ids.plan)).toEqual(['2026-11-19']);
    const row = (await db.query('SELECT assignee_id, next_action_at FROM cases WHERE id = $1', [ids.plan])).rows[0];
    expect(row).toEqual({ assignee_id: fx.collectors[0].id, next_action_at: clock.instant });
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'payment-plan.default' AND entity_id = $1`, [ids.plan]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('the creditor sets the missed installments to default and the settlement share (admins only)', async () => {
    const admin = await api.login(fx.admin.email);
    const UPDATE = `mutation($c: ID!, $i: AgreementPolicyInput!) { updateAgreementPolicy(creditorId: $c, input: $i) { planDefaultMissedInstallments settlementMinSharePercent } }`;
    const refused = await api.gql(UPDATE, { c: fx.creditorDK, i: { planDefaultMissedInstallments: 3, settlementMinSharePercent: 70 } }, lead);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await api.gql(UPDATE, { c: fx.creditorDK, i: { planDefaultMissedInstallments: 0, settlementMinSharePercent: 70 } }, admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planDefaultMissedInstallments' });
    expect((await api.ok(UPDATE, { c: fx.creditorDK, i: { planDefaultMissedInstallments: 3, settlementMinSharePercent: 70 } }, admin)).updateAgreementPolicy)
      .toEqual({ planDefaultMissedInstallments: 3, settlementMinSharePercent: 70 });
  });

  describe('settlements', () => {
    const openOf = async (id: string): Promise<number> => (await api.ok(BALANCE, { id }, collector)).case.balance.totalCents;

    it('within the creditor share a collector offers alone; paid in full it closes the case and books the waived part as a write-off', async () => {
      clock.instant = new Date('2026-11-20T10:00:00Z');
      const open = await openOf(ids.settleWithin);
      const amount = Math.ceil(open * 0.8);
      const { offerSettlement } = await api.ok(OFFER, { caseId: ids.settleWithin, amountCents: amount, validUntil: '2026-12-04' }, collector);
      expect(offerSettlement.settlement).toMatchObject({ status: 'OFFERED', amountCents: amount, openCents: open, waivedCents: open - amount });

      const paid = await api.ok(PAY, { input: {
        caseId: ids.settleWithin, amountCents: amount, receivedAt: '2026-11-20', reference: 'SEPA settlement', idempotencyKey: `key-${randomUUID()}`,
      } }, collector);
      expect(paid.recordPayment.status).toBe('PAID');
      const { case: c } = await api.ok(BALANCE, { id: ids.settleWithin }, collector);
      expect(c.balance).toMatchObject({ totalCents: 0, paidCents: amount, adjustedCents: open - amount });
      const adjustment = c.balance.lines.filter((l: { kind: string }) => l.kind === 'ADJUSTMENT');
      expect(adjustment).toEqual([expect.objectContaining({ amountCents: -(open - amount), explanation: expect.stringMatching(/^Written off .*Settlement of .* paid in full/) })]);
      // Never a negative payment: the write-off is its own booking.
      expect((await db.query('SELECT min(amount_cents)::int AS m FROM payments WHERE case_id = $1', [ids.settleWithin])).rows[0].m).toEqual(amount);
      const s = await db.query('SELECT id, status FROM settlements WHERE case_id = $1', [ids.settleWithin]);
      expect(s.rows).toEqual([{ id: offerSettlement.settlement.id, status: 'PAID' }]);
      const rows = (await db.query(
        'SELECT kind, amount_cents::int AS amount, reason, settlement_id, dispute_id, claim_id FROM adjustments WHERE case_id = $1', [ids.settleWithin],
      )).rows;
      expect(rows).toEqual([{
        kind: 'SETTLEMENT_WRITE_OFF', amount: open - amount, reason: expect.stringMatching(/Settlement .* paid in full/),
        settlement_id: offerSettlement.settlement.id, dispute_id: null, claim_id: null,
      }]);
    });

    it('below the creditor share it waits for a lead, who approves it from the list', async () => {
      const open = await openOf(ids.settleAbove);
      const { offerSettlement } = await api.ok(OFFER, { caseId: ids.settleAbove, amountCents: Math.floor(open / 2), validUntil: '2026-12-04' }, collector);
      expect(offerSettlement.settlement.status).toBe('PENDING_APPROVAL');
      const id = offerSettlement.settlement.id;
      const APPROVE = `mutation($id: ID!) { approveSettlement(settlementId: $id) { settlement { status } } }`;
      expect((await api.gql(APPROVE, { id }, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const { pendingSettlements } = await api.ok(`{ pendingSettlements { id caseId status waivedCents } }`, {}, lead);
      expect(pendingSettlements).toEqual([expect.objectContaining({ id, caseId: ids.settleAbove, status: 'PENDING_APPROVAL' })]);
      expect((await api.ok(APPROVE, { id }, lead)).approveSettlement.settlement.status).toBe('OFFERED');
      expect((await api.ok(`{ pendingSettlements { id } }`, {}, lead)).pendingSettlements).toEqual([]);
    });

    it('a lead declines one with a reason; offers outside the rules are refused', async () => {
      const open = await openOf(ids.settleDeclined);
      const tooMuch = await api.gql(OFFER, { caseId: ids.settleDeclined, amountCents: open, validUntil: '2026-12-04' }, collector);
      expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
      const past = await api.gql(OFFER, { caseId: ids.settleDeclined, amountCents: 1_000, validUntil: '2026-11-01' }, collector);
      expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil' });
      const { offerSettlement } = await api.ok(OFFER, { caseId: ids.settleDeclined, amountCents: 1_000, validUntil: '2026-12-04' }, collector);
      const DECLINE = `mutation($id: ID!, $r: String!) { declineSettlement(settlementId: $id, reason: $r) { settlement { status } } }`;
      expect((await api.gql(DECLINE, { id: offerSettlement.settlement.id, r: ' ' }, lead)).errors?.[0]?.extensions?.field).toBe('reason');
      expect((await api.ok(DECLINE, { id: offerSettlement.settlement.id, r: 'Too low for this creditor' }, lead)).declineSettlement.settlement.status).toBe('DECLINED');
    });

    it('a settlement not paid by its last day (creditor\'s zone) expires: read, approval and the sweep on two instances', async () => {
      clock.instant = new Date('2026-11-20T10:00:00Z');
      const SETTLEMENT = `query($id: ID!) { case(id: $id) { status settlement { id status validUntil expiredAt } } }`;
      const APPROVE = `mutation($id: ID!) { approveSettlement(settlementId: $id) { settlement { status } } }`;
      const settlementOf = async (id: string) => (await api.ok(SETTLEMENT, { id }, collector)).case.settlement;
      const offered = (await api.ok(OFFER, {
        caseId: ids.settleExpires, amountCents: Math.ceil((await openOf(ids.settleExpires)) * 0.9), validUntil: '2026-11-25',
      }, collector)).offerSettlement.settlement;
      const pending = (await api.ok(OFFER, {
        caseId: ids.settlePendingExpires, amountCents: Math.floor((await openOf(ids.settlePendingExpires)) / 2), validUntil: '2026-11-25',
      }, collector)).offerSettlement.settlement;
      expect([offered.status, pending.status]).toEqual(['OFFERED', 'PENDING_APPROVAL']);
      // A part payment that does not reach the amount.
      await api.ok(PAY, { input: {
        caseId: ids.settleExpires, amountCents: 10_000, receivedAt: '2026-11-20', reference: 'SEPA part', idempotencyKey: `key-${randomUUID()}`,
      } }, collector);

      const sweep = api.app.get(AgreementsService);
      clock.instant = new Date('2026-11-25T22:30:00Z'); // 23:30 in Berlin: still its last day
      expect(await sweep.expireDueSettlements()).toBe(0);
      expect(await settlementOf(ids.settleExpires)).toMatchObject({ status: 'OFFERED', expiredAt: null });
      expect((await api.ok(`{ pendingSettlements { id } }`, {}, lead)).pendingSettlements).toEqual([{ id: pending.id }]);

      clock.instant = new Date('2026-11-25T23:30:00Z'); // the 26th in Berlin
      // Nothing shows as open past its day, even before the sweep books it.
      expect(await settlementOf(ids.settleExpires)).toMatchObject({ status: 'EXPIRED', validUntil: '2026-11-25' });
      expect((await api.ok(`{ pendingSettlements { id } }`, {}, lead)).pendingSettlements).toEqual([]);
      // A waiting one past its day can no longer be approved: it expires, and the lead is told why.
      const late = await api.gql(APPROVE, { id: pending.id }, lead);
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SETTLEMENT_EXPIRED' });
      expect(late.errors?.[0]?.message).toMatch(/expired on 2026-11-25/);
      expect((await db.query('SELECT status FROM settlements WHERE id = $1', [pending.id])).rows).toEqual([{ status: 'EXPIRED' }]);
      const again = await api.gql(APPROVE, { id: pending.id }, lead);
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SETTLEMENT_EXPIRED' });

      // The sweep, on two instances at once, expires the offer once, live.
      const socket = api.socket(collector);
      await connected(socket);
      const sub = subscribe<{ caseUpdated: { settlement: { status: string } } }>(
        socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { settlement { status } } }', { id: ids.settleExpires },
      );
      await api.untilListening('case', 1);
      const second = await bed.startApi(clock);
      const swept = await Promise.all([sweep.expireDueSettlements(), second.app.get(AgreementsService).expireDueSettlements()]);
      expect(swept[0] + swept[1]).toBeLessThanOrEqual(1); // the per-minute job may have taken it first
      expect((await sub.next()).caseUpdated.settlement.status).toBe('EXPIRED');
      sub.stop();
      const [row] = (await db.query('SELECT status, expired_at FROM settlements WHERE id = $1', [offered.id])).rows;
      expect(row).toMatchObject({ status: 'EXPIRED', expired_at: new Date('2026-11-25T23:30:00Z') });
      expect(await settlementOf(ids.settleExpires)).toMatchObject({ status: 'EXPIRED', expiredAt: '2026-11-25T23:30:00.000Z' });
      const audit = (await db.query(
        `SELECT entity_id, actor_id FROM audit_events WHERE action = 'settlement.expire' AND entity_id = ANY($1::text[]) ORDER BY entity_id`,
        [[ids.settleExpires, ids.settlePendingExpires]],
      )).rows;
      expect(audit).toHaveLength(2);
      expect(audit.every((a) => a.actor_id === null)).toBe(true);
      const notes = (await db.query(`SELECT note FROM activities WHERE case_id = $1 AND note LIKE 'Settlement of % expired%'`, [ids.settleExpires])).rows;
      expect(notes).toEqual([{ note: expect.stringMatching(/^Settlement of .* expired unpaid on 2026-11-25$/) }]);
      // The case stays open and dunnable; no write-off was booked; a new offer may follow.
      expect((await api.ok(BALANCE, { id: ids.settleExpires }, collector)).case).toMatchObject({ status: 'OPEN', balance: { adjustedCents: 0 } });
      expect((await db.query('SELECT count(*)::int AS n FROM adjustments WHERE case_id = $1', [ids.settleExpires])).rows[0].n).toBe(0);
      const next = (await api.ok(OFFER, {
        caseId: ids.settleExpires, amountCents: Math.ceil((await openOf(ids.settleExpires)) * 0.9), validUntil: '2026-12-10',
      }, collector)).offerSettlement.settlement;
      expect(next.status).toBe('OFFERED');
      // Leads see what expired recently, to follow it up.
      const EXPIRED = `query($days: Int) { expiredSettlements(days: $days) { id caseId status validUntil } }`;
      expect((await api.ok(EXPIRED, {}, lead)).expiredSettlements).toEqual(expect.arrayContaining([
        { id: offered.id, caseId: ids.settleExpires, status: 'EXPIRED', validUntil: '2026-11-25' },
        { id: pending.id, caseId: ids.settlePendingExpires, status: 'EXPIRED', validUntil: '2026-11-25' },
      ]));
      expect((await api.ok(EXPIRED, {}, lead)).expiredSettlements.map((x: { id: string }) => x.id)).not.toContain(next.id);
      expect((await api.gql(EXPIRED, {}, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await api.gql(EXPIRED, { days: 0 }, lead)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
      clock.instant = new Date('2026-12-20T10:00:00Z'); // beyond the default 14 days
      expect((await api.ok(EXPIRED, {}, lead)).expiredSettlements.map((x: { id: string }) => x.id)).not.toContain(offered.id);
      clock.instant = new Date('2026-11-20T10:00:00Z');
    });

    it('money received by the last day but booked after the expiry still pays the settlement; money received later does not', async () => {
      clock.instant = new Date('2026-11-20T10:00:00Z');
      const open = await openOf(ids.settleBookedLate);
      const amount = Math.ceil(open * 0.9);
      const offered = (await api.ok(OFFER, { caseId: ids.settleBookedLate, amountCents: amount, validUntil: '2026-11-25' }, collector))
        .offerSettlement.settlement;
      clock.instant = new Date('2026-11-26T10:00:00Z');
      await api.app.get(AgreementsService).expireDueSettlements();
      expect((await db.query('SELECT status FROM settlements WHERE id = $1', [offered.id])).rows).toEqual([{ status: 'EXPIRED' }]);
      const pay = (amountCents: number, receivedAt: string) => api.ok(PAY, { input: {
        caseId: ids.settleBookedLate, amountCents, receivedAt, reference: 'SEPA', idempotencyKey: `key-${randomUUID()}`,
      } }, collector);
      expect((await pay(1_000, '2026-11-26')).recordPayment.status).toBe('OPEN');
      expect((await db.query('SELECT status FROM settlements WHERE id = $1', [offered.id])).rows).toEqual([{ status: 'EXPIRED' }]);
      expect((await pay(amount, '2026-11-25')).recordPayment.status).toBe('PAID');
      expect((await db.query('SELECT status FROM settlements WHERE id = $1', [offered.id])).rows).toEqual([{ status: 'PAID' }]);
      const [writeOff] = (await db.query(`SELECT kind, reason FROM adjustments WHERE case_id = $1`, [ids.settleBookedLate])).rows;
      expect(writeOff).toMatchObject({ kind: 'SETTLEMENT_WRITE_OFF', reason: expect.stringMatching(/received by its last day 2026-11-25 and booked after it expired/) });
      expect((await api.ok(BALANCE, { id: ids.settleBookedLate }, collector)).case.balance.totalCents).toBe(0);
      clock.instant = new Date('2026-11-20T10:00:00Z');
    });
  });

  it('payments fill the installments; a plan whose installments are all paid is completed', async () => {
    clock.instant = new Date('2026-11-20T10:00:00Z');
    await api.ok(RECORD, { input: { caseId: ids.planPaid, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-11-30', amountCents: 10_000 }, { dueDate: '2026-12-30', amountCents: 10_000 },
    ] } }, collector);
    const pay = (amountCents: number) => api.ok(PAY, { input: {
      caseId: ids.planPaid, amountCents, receivedAt: '2026-11-20', reference: 'SEPA', idempotencyKey: `key-${randomUUID()}`,
    } }, collector);
    await pay(15_000);
    let plan = (await api.ok(PLAN, { id: ids.planPaid }, collector)).case.paymentPlan;
    expect(plan.installments.map((i: { paidCents: number; status: string }) => [i.paidCents, i.status])).toEqual([[10_000, 'KEPT'], [5_000, 'OPEN']]);
    expect(plan.status).toBe('ACTIVE');
    await pay(5_000);
    plan = (await api.ok(PLAN, { id: ids.planPaid }, collector)).case.paymentPlan;
    expect(plan.status).toBe('COMPLETED');
  });

  it('the run\'s SQL condition agrees with the domain on every combination of promise and plan', async () => {
    const promiseStates: (StoredPromiseStatus | null)[] = [null, 'OPEN', 'KEPT', 'BROKEN'];
    const planStates: (PaymentPlanStatus | null)[] = [null, 'ACTIVE', 'COMPLETED', 'DEFAULTED'];
    let n = 100;
    for (const p of promiseStates) {
      for (const pl of planStates) {
        const id = await de({ priority: n++, stage: 'REMINDER', stageEnteredOn: '2026-11-01' });
        if (p) await addPromise(db, id, { amountCents: 1_000, dueDate: '2026-12-01', status: p });
        if (pl) {
          const plan = (await db.query(`INSERT INTO payment_plans (case_id, status) VALUES ($1, $2) RETURNING id`, [id, pl])).rows[0].id;
          await db.query(`INSERT INTO promises (case_id, amount_cents, due_date, installment, plan_id, status) VALUES ($1, 1000, '2026-12-01', 1, $2, $3)`,
            [id, plan, pl === 'ACTIVE' ? 'OPEN' : pl === 'COMPLETED' ? 'KEPT' : 'BROKEN']);
        }
        const sql = (await db.query(`SELECT ${AGREEMENT_PAUSES_DUNNING} AS paused FROM cases c WHERE c.id = $1`, [id])).rows[0].paused;
        const domain = dunningPausedByAgreement({ promises: p ? [{ status: p }] : [], plans: pl ? [{ status: pl }] : [] });
        expect([p, pl, sql]).toEqual([p, pl, domain]);
      }
    }
  });
});

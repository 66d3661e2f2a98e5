import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z; "today" for the German creditor is 2026-11-25.
const NOW = '2026-11-25T10:00:00.000Z';
const CLAIM = 'mutation { claimNextCase { id version } }';
const PAY = `mutation($input: RecordPaymentInput!) {
  recordPayment(input: $input) { id status version assignee { id } paidAt openCents }
}`;
const BALANCE = `query($id: ID!) {
  case(id: $id) { id balance { principalCents interestCents feesCents paidCents totalCents lines { kind amountCents explanation } } }
}`;
const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;

interface Balance {
  principalCents: number;
  interestCents: number;
  feesCents: number;
  paidCents: number;
  totalCents: number;
  lines: { kind: string; amountCents: number; explanation: string }[];
}

describe('recordPayment: idempotency, validation, settlement, promises, balance', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let token: string;
  const key = () => `key-${randomUUID()}`;

  const bed = withApi({ collectors: 1, cases: 8 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    token = await api.login(fx.collectors[0].email);
  });

  const claim = async (): Promise<string> => (await api.ok<{ claimNextCase: { id: string } }>(CLAIM, {}, token)).claimNextCase.id;
  const pay = (input: Record<string, unknown>, t = token) => api.gql<{ recordPayment: Record<string, any> }>(PAY, { input }, t);
  const payment = (caseId: string, amountCents: number, extra: Record<string, unknown> = {}) => ({
    caseId, amountCents, receivedAt: '2026-11-20', reference: 'SEPA 4711', idempotencyKey: key(), ...extra,
  });
  const balance = async (caseId: string): Promise<Balance> =>
    (await api.ok<{ case: { balance: Balance } }>(BALANCE, { id: caseId }, token)).case.balance;
  const caseRow = async (id: string) =>
    (await db.query('SELECT status, assignee_id, version, paid_at, open_cents, next_action_at FROM cases WHERE id = $1', [id])).rows[0];
  // A person's key is stored scoped to them: manual:<user>:<key>.
  const paymentRows = async (idempotencyKey: string, userId = fx.collectors[0].id) =>
    (await db.query('SELECT case_id, amount_cents, currency, received_at, reference, source, recorded_by FROM payments WHERE idempotency_key = $1',
      [`manual:${userId}:${idempotencyKey}`])).rows;
  const auditRows = async (caseId: string) =>
    (await db.query(`SELECT actor_id, action, before, after FROM audit_events WHERE entity_id = $1 AND action = 'payment.record'`, [caseId])).rows;

  it('records a payment: one payment row, one SYSTEM activity, one audit event, version + 1, balance down', async () => {
    const caseId = await claim();
    const before = await writeCounts(db, caseId);
    const totalBefore = (await balance(caseId)).totalCents;
    // Received today: no interest day changes, so the total drops by exactly the amount.
    const input = payment(caseId, 10_000, { reference: '  SEPA 4711  ', receivedAt: '2026-11-25' });

    const result = await pay(input);
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordPayment).toMatchObject({ id: caseId, status: 'OPEN', version: before.version! + 1, assignee: { id: fx.collectors[0].id } });

    expect(await paymentRows(input.idempotencyKey)).toEqual([{
      case_id: caseId, amount_cents: 10_000, currency: 'EUR', received_at: '2026-11-25', reference: 'SEPA 4711', source: 'MANUAL',
      recorded_by: fx.collectors[0].id,
    }]);
    const after = await writeCounts(db, caseId);
    expect(after).toEqual({ ...before, payments: before.payments + 1, activities: before.activities + 1, audit: before.audit + 1, version: before.version! + 1 });
    const activity = await db.query(`SELECT channel, outcome, note FROM activities WHERE case_id = $1`, [caseId]);
    expect(activity.rows).toEqual([{ channel: 'SYSTEM', outcome: null, note: expect.stringContaining('received 2026-11-25') }]);
    const audit = await auditRows(caseId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: fx.collectors[0].id, after: { amountCents: 10_000, status: 'OPEN' } });

    const now = await balance(caseId);
    expect(now.paidCents).toBe(10_000);
    expect(now.totalCents).toBe(totalBefore - 10_000);
    expect((await caseRow(caseId)).open_cents).toBe(now.totalCents);
  });

  it('the same idempotency key retried in sequence records the payment once', async () => {
    const caseId = await claim();
    const input = payment(caseId, 5_000);
    const first = await pay(input);
    expect(first.errors).toBeUndefined();
    const afterFirst = await writeCounts(db, caseId);
    for (let i = 0; i < 3; i++) {
      const retry = await pay(input);
      expect(retry.errors).toBeUndefined();
      expect(retry.data?.recordPayment.version).toBe(afterFirst.version);
    }
    expect(await writeCounts(db, caseId)).toEqual(afterFirst);
    expect(await paymentRows(input.idempotencyKey)).toHaveLength(1);
    expect(await auditRows(caseId)).toHaveLength(1);
    expect((await balance(caseId)).paidCents).toBe(5_000);
  });

  it('the same idempotency key sent 5 times at once records the payment once', async () => {
    const caseId = await claim();
    const before = await writeCounts(db, caseId);
    const input = payment(caseId, 7_500);
    const results = await Promise.all(Array.from({ length: 5 }, () => pay(input)));
    for (const r of results) {
      expect(r.errors).toBeUndefined();
      expect(r.data?.recordPayment.id).toBe(caseId);
    }
    expect(await paymentRows(input.idempotencyKey)).toHaveLength(1);
    expect(await auditRows(caseId)).toHaveLength(1);
    expect(await writeCounts(db, caseId)).toEqual({
      ...before, payments: before.payments + 1, activities: before.activities + 1, audit: before.audit + 1, version: before.version! + 1,
    });
    expect((await balance(caseId)).paidCents).toBe(7_500);
  });

  it('the same key for a different payment is a CONFLICT and writes nothing', async () => {
    const caseId = await claim();
    const input = payment(caseId, 3_000);
    expect((await pay(input)).errors).toBeUndefined();
    const before = await writeCounts(db, caseId);
    const variants = [
      { ...input, amountCents: 3_001 },
      { ...input, receivedAt: '2026-11-19' },
      { ...input, reference: 'another transfer' },
      { ...input, caseId: fx.cases[0] },
    ];
    for (const variant of variants) {
      const result = await pay(variant);
      expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(result.errors?.[0].message).toMatch(/already used/);
    }
    expect(await writeCounts(db, caseId)).toEqual(before);
    expect(await paymentRows(input.idempotencyKey)).toEqual([expect.objectContaining({ case_id: caseId, amount_cents: 3_000 })]);
  });

  describe('refused payments write nothing', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = await claim();
    });

    it.each<[string, Record<string, unknown>, string | undefined]>([
      ['0 cents', { amountCents: 0 }, 'amountCents'],
      ['-5 cents', { amountCents: -5 }, 'amountCents'],
      ['1.5 cents', { amountCents: 1.5 }, undefined],
      ['10^12 + 1 cents', { amountCents: 1_000_000_000_001 }, 'amountCents'],
      ['a received date in the future', { receivedAt: '2026-11-26' }, 'receivedOn'],
      ['a received date 2026-13-01', { receivedAt: '2026-13-01' }, undefined],
      ['a received date "yesterday"', { receivedAt: 'yesterday' }, undefined],
      ['an idempotency key that is too short', { idempotencyKey: 'k1' }, 'idempotencyKey'],
      ['a case id that is not a UUID', { caseId: '42' }, 'caseId'],
    ])('%s → BAD_USER_INPUT', async (_name, change, field) => {
      const before = await writeCounts(db, caseId);
      const result = await pay({ ...payment(caseId, 1_000), ...change });
      expect(result.data?.recordPayment ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(await writeCounts(db, caseId)).toEqual(before);
    });

    it('an unknown case → NOT_FOUND', async () => {
      const before = await writeCounts(db, caseId);
      const result = await pay(payment(randomUUID(), 1_000));
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await writeCounts(db, caseId)).toEqual(before);
    });

    it('10^12 cents exactly is accepted (from a lead: more than the balance)', async () => {
      const other = await claim();
      const input = payment(other, 1_000_000_000_000);
      const result = await pay(input, await api.login(fx.lead.email));
      expect(result.errors).toBeUndefined();
      expect(await paymentRows(input.idempotencyKey, fx.lead.id)).toEqual([expect.objectContaining({ amount_cents: 1_000_000_000_000 })]);
    });
  });

  it('a payment covering the balance closes the case: PAID, paid_at, unassigned, out of the queue', async () => {
    const caseId = await claim();
    const { totalCents } = await balance(caseId);
    // Interest has accrued since default; the fixture's principal alone would not settle it.
    const principal = (await db.query('SELECT sum(principal_cents)::bigint AS p FROM claims WHERE case_id = $1', [caseId])).rows[0].p;
    expect(totalCents).toBeGreaterThan(principal);

    const short = await pay(payment(caseId, totalCents - 1, { receivedAt: '2026-11-25' }));
    expect(short.data?.recordPayment).toMatchObject({ status: 'OPEN', assignee: { id: fx.collectors[0].id } });
    expect(await caseRow(caseId)).toMatchObject({ status: 'OPEN', assignee_id: fx.collectors[0].id, paid_at: null, open_cents: 1 });

    const last = await pay(payment(caseId, 1, { receivedAt: '2026-11-25' }));
    expect(last.errors).toBeUndefined();
    expect(last.data?.recordPayment).toMatchObject({ status: 'PAID', assignee: null, paidAt: NOW, openCents: 0 });
    const row = await caseRow(caseId);
    expect(row).toMatchObject({ status: 'PAID', assignee_id: null, open_cents: 0, next_action_at: null });
    expect(row.paid_at?.toISOString()).toBe(NOW);
    const audit = await auditRows(caseId);
    expect(audit.map((a) => a.after.status)).toEqual(expect.arrayContaining(['OPEN', 'PAID']));
    const myQueue = await api.ok<{ myQueue: { id: string }[] }>('{ myQueue { id } }', {}, token);
    expect(myQueue.myQueue.map((c) => c.id)).not.toContain(caseId);
    const after = await balance(caseId);
    expect(after.totalCents).toBe(0);
  });

  it('payments fill promises in due order, each cent counted once: part payments add up to keep a promise', async () => {
    const caseId = await claim();
    await api.ok(RECORD, { input: { caseId, type: 'PAYMENT_PLAN', installments: [
      { dueDate: '2026-12-01', amountCents: 20_000 },
      { dueDate: '2027-01-01', amountCents: 20_000 },
    ] } }, token);
    const promises = async () =>
      (await db.query('SELECT installment, status, paid_cents, resolved_at FROM promises WHERE case_id = $1 ORDER BY installment', [caseId])).rows;

    expect((await pay(payment(caseId, 19_999))).errors).toBeUndefined();
    expect(await promises()).toMatchObject([
      { installment: 1, status: 'OPEN', paid_cents: 19_999 },
      { installment: 2, status: 'OPEN', paid_cents: 0 },
    ]);

    expect((await pay(payment(caseId, 20_000))).errors).toBeUndefined();
    const [first, second] = await promises();
    expect(first).toMatchObject({ installment: 1, status: 'KEPT', paid_cents: 20_000 });
    expect(first.resolved_at?.toISOString()).toBe(NOW);
    expect(second).toMatchObject({ installment: 2, status: 'OPEN', paid_cents: 19_999, resolved_at: null });

    expect((await pay(payment(caseId, 1))).errors).toBeUndefined();
    expect((await promises())[1]).toMatchObject({ installment: 2, status: 'KEPT', paid_cents: 20_000 });
    expect((await caseRow(caseId)).status).toBe('OPEN');
  });

  it("the case's balance reflects the payments, and its lines add up to the total", async () => {
    const caseId = await claim();
    const before = await balance(caseId);
    expect(before.paidCents).toBe(0);
    await pay(payment(caseId, 12_345, { receivedAt: '2026-11-01' }));
    await pay(payment(caseId, 655, { receivedAt: '2026-11-24' }));

    const b = await balance(caseId);
    expect(b.paidCents).toBe(13_000);
    expect(b.principalCents).toBe(before.principalCents);
    expect(b.feesCents).toBe(0);
    expect(b.interestCents).toBeGreaterThan(0);
    expect(b.totalCents).toBe(b.principalCents + b.interestCents + b.feesCents - b.paidCents);
    expect(b.lines.reduce((sum, l) => sum + l.amountCents, 0)).toBe(b.totalCents);
    const paymentLines = b.lines.filter((l) => l.kind === 'PAYMENT');
    expect(paymentLines.map((l) => l.amountCents)).toEqual([-12_345, -655]);
    expect(paymentLines[0].explanation).toMatch(/received on 2026-11-01/);
    expect(b.lines.filter((l) => l.kind === 'PRINCIPAL').reduce((s, l) => s + l.amountCents, 0)).toBe(b.principalCents);
    expect(b.lines.filter((l) => l.kind === 'INTEREST').reduce((s, l) => s + l.amountCents, 0)).toBe(b.interestCents);
    // The cached open balance on the case is the same figure.
    expect((await caseRow(caseId)).open_cents).toBe(b.totalCents);
    const db_paid = (await db.query('SELECT sum(amount_cents)::bigint AS paid FROM payments WHERE case_id = $1', [caseId])).rows[0].paid;
    expect(db_paid).toBe(b.paidCents);
  });
});

import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { addPayment, updateCase } from './factories.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z; claims are invoiced on 2026-05-15 (the fixture's default).
const PAY = `mutation($input: RecordPaymentInput!) {
  recordPayment(input: $input) { id status openCents overpaymentCents pendingApprovals { id kind status reasons amountCents requestedById } }
}`;
const CASE = `query($id: ID!) {
  case(id: $id) { id status openCents overpaymentCents balance { totalCents } pendingApprovals { id kind status reasons } }
}`;
const PENDING = 'query { pendingApprovals { id kind caseId status reasons reasonText amountCents requestedById debtorName } }';
const APPROVE = 'mutation($id: ID!) { approvePayment(id: $id) { id status paymentId decidedByName } }';
const DECLINE = 'mutation($id: ID!, $r: String!) { declinePayment(id: $id, reason: $r) { id status declineReason } }';
const APPROVE_PAID = 'mutation($id: ID!) { approvePaidOutcome(id: $id) { id status } }';
const DECLINE_PAID = 'mutation($id: ID!, $r: String!) { declinePaidOutcome(id: $id, reason: $r) { id status } }';
const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id status pendingApprovals { id kind reasons } } }';
const THRESHOLD = `mutation($c: ID!, $t: SafeInt) { setPaymentApprovalThreshold(creditorId: $c, thresholdCents: $t) { id paymentApprovalThresholdCents } }`;
const IMPORT = `mutation($content: String!) {
  importBankStatement(format: CSV, content: $content, accountIban: "DE89370400440532013000") { imported matched unmatched duplicates rejected { line message } }
}`;
const CSV_HEADER = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';

interface CaseView {
  id: string;
  status: string;
  openCents: number;
  overpaymentCents: number;
  balance: { totalCents: number };
  pendingApprovals: { id: string; kind: string; status: string; reasons: string[] }[];
}

describe('manual payment guards: holder, bounds, approvals, overpayment, PAID outcome, key scoping', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let c1: string;
  let c2: string;
  let lead: string;
  let leadB: string;
  let admin: string;
  const key = () => `key-${randomUUID()}`;

  const bed = withApi({ collectors: 2, cases: 12 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    [c1, c2, lead, leadB, admin] = await Promise.all(
      [fx.collectors[0].email, fx.collectors[1].email, fx.lead.email, fx.leadB.email, fx.admin.email].map((e) => api.login(e)),
    );
    // cases[0..9] are collector 1's, cases[10] collector 2's, cases[11] in no queue.
    await updateCase(db, fx.cases.slice(0, 10), { assigneeId: fx.collectors[0].id });
    await updateCase(db, fx.cases[10]!, { assigneeId: fx.collectors[1].id });
  });

  const payment = (caseId: string, amountCents: number, extra: Record<string, unknown> = {}) => ({
    caseId, amountCents, receivedAt: '2026-11-20', reference: 'SEPA 4711', idempotencyKey: key(), ...extra,
  });
  const pay = (input: Record<string, unknown>, token = c1) => api.gql<{ recordPayment: CaseView }>(PAY, { input }, token);
  const view = async (id: string, token = lead) => (await api.ok<{ case: CaseView }>(CASE, { id }, token)).case;
  const paymentsOf = async (caseId: string) =>
    (await db.query('SELECT amount_cents, source, idempotency_key, overpaid_cents, recorded_by FROM payments WHERE case_id = $1 ORDER BY created_at', [caseId])).rows;
  const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['code'];
  const fieldOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.['field'];

  it("refuses a collector paying a case that is not theirs (FORBIDDEN); the holder, a lead and an admin may", async () => {
    const others = await pay(payment(fx.cases[10]!, 1_000));
    expect(codeOf(others)).toBe('FORBIDDEN');
    const unassigned = await pay(payment(fx.cases[11]!, 1_000));
    expect(codeOf(unassigned)).toBe('FORBIDDEN');
    expect(await paymentsOf(fx.cases[10]!)).toEqual([]);
    expect(await paymentsOf(fx.cases[11]!)).toEqual([]);

    expect((await pay(payment(fx.cases[10]!, 1_000), c2)).errors).toBeUndefined();
    expect((await pay(payment(fx.cases[11]!, 1_000), lead)).errors).toBeUndefined();
    expect((await pay(payment(fx.cases[11]!, 1_000), admin)).errors).toBeUndefined();
    expect(await paymentsOf(fx.cases[11]!)).toHaveLength(2);
  });

  it('refuses a receivedAt in the future or before the invoice date (BAD_USER_INPUT); the invoice day itself books', async () => {
    const future = await pay(payment(fx.cases[0]!, 1_000, { receivedAt: '2026-11-26' }));
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    const early = await pay(payment(fx.cases[0]!, 1_000, { receivedAt: '2026-05-14' }));
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(fieldOf(early)).toBe('receivedAt');
    expect(early.errors?.[0]?.message).toContain('before the invoice date 2026-05-15');
    expect(await paymentsOf(fx.cases[0]!)).toEqual([]);
    expect((await pay(payment(fx.cases[0]!, 1_000, { receivedAt: '2026-05-15' }))).errors).toBeUndefined();
  });

  it("a collector paying more than the balance waits for a lead; approved, the excess is an overpayment to refund, booked once", async () => {
    const caseId = fx.cases[1]!;
    const open = (await view(caseId)).balance.totalCents;
    const input = payment(caseId, open + 2_500, { receivedAt: '2026-11-25' });
    const asked = await pay(input);
    expect(asked.errors).toBeUndefined();
    expect(asked.data!.recordPayment).toMatchObject({ status: 'OPEN', overpaymentCents: 0 });
    const [approval] = asked.data!.recordPayment.pendingApprovals as CaseView['pendingApprovals'] & { requestedById: string }[];
    expect(approval).toMatchObject({ kind: 'PAYMENT', status: 'PENDING', reasons: ['OVERPAYMENT'] });
    expect(await paymentsOf(caseId)).toEqual([]);

    // A retry with the same key asks nothing new.
    const retry = await pay(input);
    expect(retry.data!.recordPayment.pendingApprovals.map((a) => a.id)).toEqual([approval!.id]);
    // The collector cannot approve it.
    expect(codeOf(await api.gql(APPROVE, { id: approval!.id }, c1))).toBe('FORBIDDEN');

    const pending = (await api.ok<{ pendingApprovals: { id: string; reasonText: string }[] }>(PENDING, {}, lead)).pendingApprovals;
    expect(pending.find((a) => a.id === approval!.id)).toMatchObject({ reasonText: 'more than the open balance' });

    const approved = await api.ok<{ approvePayment: { status: string; paymentId: string } }>(APPROVE, { id: approval!.id }, lead);
    expect(approved.approvePayment).toMatchObject({ status: 'APPROVED', paymentId: expect.any(String) });
    const again = await api.ok<{ approvePayment: { status: string; paymentId: string } }>(APPROVE, { id: approval!.id }, leadB);
    expect(again.approvePayment.paymentId).toBe(approved.approvePayment.paymentId);
    expect((await pay(input)).errors).toBeUndefined();

    expect(await paymentsOf(caseId)).toEqual([{
      amount_cents: open + 2_500, source: 'MANUAL', idempotency_key: `manual:${fx.collectors[0].id}:${input.idempotencyKey}`,
      overpaid_cents: 2_500, recorded_by: fx.lead.id,
    }]);
    expect(await view(caseId)).toMatchObject({ status: 'PAID', openCents: 0, overpaymentCents: 2_500, pendingApprovals: [] });
  });

  it('a lead books more than the balance at once; the excess shows as the overpayment', async () => {
    const caseId = fx.cases[2]!;
    const open = (await view(caseId)).balance.totalCents;
    const booked = await pay(payment(caseId, open + 100, { receivedAt: '2026-11-25' }), lead);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.recordPayment).toMatchObject({ status: 'PAID', overpaymentCents: 100, pendingApprovals: [] });
  });

  it('a declined payment books nothing; the decision is audited', async () => {
    const caseId = fx.cases[3]!;
    const open = (await view(caseId)).balance.totalCents;
    const asked = await pay(payment(caseId, open + 1, { receivedAt: '2026-11-25' }));
    const id = asked.data!.recordPayment.pendingApprovals[0]!.id;
    const declined = await api.ok<{ declinePayment: { status: string } }>(DECLINE, { id, r: 'Debtor paid twice by mistake' }, lead);
    expect(declined.declinePayment.status).toBe('DECLINED');
    expect(codeOf(await api.gql(APPROVE, { id }, leadB))).toBe('CONFLICT');
    expect(await paymentsOf(caseId)).toEqual([]);
    const audit = await db.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [id]);
    expect(audit.rows).toEqual([{ action: 'payment_approval.decline' }]);
  });

  it("above the creditor's threshold a payment waits; the requester cannot approve it; another lead does, and it books once", async () => {
    const set = await api.ok<{ setPaymentApprovalThreshold: { paymentApprovalThresholdCents: number } }>(
      THRESHOLD, { c: fx.creditorDE, t: 5_000 }, admin,
    );
    expect(set.setPaymentApprovalThreshold.paymentApprovalThresholdCents).toBe(5_000);
    expect(codeOf(await api.gql(THRESHOLD, { c: fx.creditorDE, t: 1 }, lead))).toBe('FORBIDDEN');
    try {
      const caseId = fx.cases[4]!;
      expect((await pay(payment(caseId, 5_000))).data!.recordPayment.pendingApprovals).toEqual([]); // at the threshold: books
      const input = payment(caseId, 6_000);
      const asked = await pay(input, lead);
      const approval = asked.data!.recordPayment.pendingApprovals[0]!;
      expect(approval).toMatchObject({ kind: 'PAYMENT', reasons: ['ABOVE_THRESHOLD'], amountCents: 6_000, requestedById: fx.lead.id });
      expect(await paymentsOf(caseId)).toHaveLength(1);

      const own = await api.gql(APPROVE, { id: approval.id }, lead);
      expect(codeOf(own)).toBe('FORBIDDEN');
      expect(own.errors?.[0]?.message).toContain('second person');

      const both = await Promise.all([api.gql(APPROVE, { id: approval.id }, leadB), api.gql(APPROVE, { id: approval.id }, admin)]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      const rows = await paymentsOf(caseId);
      expect(rows).toHaveLength(2);
      expect(rows[1]).toMatchObject({ amount_cents: 6_000, idempotency_key: `manual:${fx.lead.id}:${input.idempotencyKey}`, overpaid_cents: 0 });
      const audit = await db.query(`SELECT action, actor_id FROM audit_events WHERE entity_id = $1`, [approval.id]);
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0].action).toBe('payment_approval.approve');
    } finally {
      await api.ok(THRESHOLD, { c: fx.creditorDE, t: null }, admin);
    }
  });

  it('PAID with a balance open waits for a lead; approved, the case is paid; declined, it stays open', async () => {
    const [approveCase, declineCase] = [fx.cases[5]!, fx.cases[6]!];
    const asked = await api.ok<{ recordOutcome: { status: string; pendingApprovals: { id: string; kind: string; reasons: string[] }[] } }>(
      RECORD, { input: { caseId: approveCase, type: 'PAID', note: 'Debtor says paid' } }, c1,
    );
    expect(asked.recordOutcome.status).toBe('OPEN');
    expect(asked.recordOutcome.pendingApprovals).toEqual([{ id: expect.any(String), kind: 'PAID_OUTCOME', reasons: ['PAID_WITH_BALANCE'] }]);
    const id = asked.recordOutcome.pendingApprovals[0]!.id;
    expect(codeOf(await api.gql(APPROVE, { id }, lead))).toBe('NOT_FOUND'); // not a payment
    expect((await api.ok<{ approvePaidOutcome: { status: string } }>(APPROVE_PAID, { id }, lead)).approvePaidOutcome.status).toBe('APPROVED');
    expect(await view(approveCase)).toMatchObject({ status: 'PAID', pendingApprovals: [] });

    const other = await api.ok<{ recordOutcome: { pendingApprovals: { id: string }[] } }>(RECORD, { input: { caseId: declineCase, type: 'PAID' } }, c1);
    const otherId = other.recordOutcome.pendingApprovals[0]!.id;
    await api.ok(DECLINE_PAID, { id: otherId, r: 'No payment seen' }, lead);
    expect(await view(declineCase)).toMatchObject({ status: 'OPEN', pendingApprovals: [] });

    // A lead's own PAID is their approval.
    const byLead = await api.ok<{ recordOutcome: { status: string } }>(RECORD, { input: { caseId: fx.cases[7]!, type: 'PAID' } }, lead);
    expect(byLead.recordOutcome.status).toBe('PAID');
  });

  it("a collector's PAID at a zero balance applies at once", async () => {
    const caseId = fx.cases[8]!;
    const open = (await view(caseId)).balance.totalCents;
    // Paid in full by a line written straight to the table (as a script would): the case is still OPEN.
    await addPayment(db, caseId, { amountCents: open, receivedAt: '2026-11-25' });
    const paid = await api.ok<{ recordOutcome: { status: string; pendingApprovals: unknown[] } }>(RECORD, { input: { caseId, type: 'PAID' } }, c1);
    expect(paid.recordOutcome).toEqual({ id: caseId, status: 'PAID', pendingApprovals: [] });
    expect((await db.query('SELECT 1 FROM payment_approvals WHERE case_id = $1', [caseId])).rowCount).toBe(0);
  });

  it('a manual key "bank:X" is stored under the person and cannot block the bank line X, which still books', async () => {
    const manualCase = fx.cases[9]!;
    const input = payment(manualCase, 1_000, { idempotencyKey: 'bank:MW-GUARD-0001' });
    expect((await pay(input)).errors).toBeUndefined();
    expect(await paymentsOf(manualCase)).toEqual([expect.objectContaining({
      source: 'MANUAL', idempotency_key: `manual:${fx.collectors[0].id}:bank:MW-GUARD-0001`,
    })]);

    // Case 10 (collector 2's) has claim INV-110: the bank line names it.
    const csv = `${CSV_HEADER}\n2026-11-24,2026-11-24,12.34,EUR,Rechnung INV-110,Debtor 110,,MW-GUARD-0001\n`;
    const result = await api.ok<{ importBankStatement: { imported: number; matched: number; duplicates: number } }>(IMPORT, { content: csv }, lead);
    expect(result.importBankStatement).toMatchObject({ imported: 1, matched: 1, duplicates: 0 });
    expect(await paymentsOf(fx.cases[10]!)).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'BANK', amount_cents: 1_234, idempotency_key: 'bank:MW-GUARD-0001' }),
    ]));
    // The person's retry still finds their own payment.
    expect((await pay(input)).errors).toBeUndefined();
    expect(await paymentsOf(manualCase)).toHaveLength(1);
  });
});

import type pg from 'pg';
import { addCase, type Fixture } from './fixtures.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const BALANCE = `query($id: ID!) {
  case(id: $id) { id openCents balance { feesCents paidCents totalCents lines { kind amountCents explanation } } }
}`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id openCents } }`;

interface Balance {
  feesCents: number;
  paidCents: number;
  totalCents: number;
  lines: { kind: string; amountCents: number; explanation: string }[];
}

describe('live balances: the flat EUR 40 (BGB 288(5)) credited against collection costs, payments by BGB 366(2), 367(1)', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let collector: string;
  let caseId: string;
  let oldCase: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      caseId = await addCase(db, {
        creditorId: fx.creditorDE, debtorKind: 'business', principalCents: 100_000, priority: 1, reference: 'OLD-1', stage: 'AGENCY',
        invoiceDate: '2026-03-01', dueDate: '2026-04-01', defaultDate: '2026-05-01', assigneeId: fx.collectors[0].id,
      });
      await db.query(
        `INSERT INTO claims (case_id, reference, principal_cents, currency, invoice_date, due_date, default_date)
         VALUES ($1, 'NEW-2', 50000, 'EUR', '2026-06-01', '2026-07-01', '2026-08-01')`,
        [caseId],
      );
      await db.query(
        `INSERT INTO fees (case_id, label, amount_cents, charged_on, collection_cost)
         VALUES ($1, 'Postage of the reminder', 150, '2026-08-15', false),
                ($1, 'Inkassokosten (RDG 13e, VV 2300)', 12000, '2026-09-01', true)`,
        [caseId],
      );
      // A contract of 2014-07-28 (before the act of 2014): no flat, though in default later (EGBGB Art. 229 section 34).
      oldCase = await addCase(db, {
        creditorId: fx.creditorDE, debtorKind: 'business', principalCents: 20_000, priority: 2, reference: 'LEGACY',
        invoiceDate: '2026-01-10', dueDate: '2026-02-10', defaultDate: '2026-03-12',
      });
      await db.query(`UPDATE claims SET contract_date = '2014-07-28' WHERE case_id = $1`, [oldCase]);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    collector = await api.login(fx.collectors[0].email);
  });

  const balance = async (id: string, token = collector): Promise<Balance> =>
    (await api.ok<{ case: { balance: Balance } }>(BALANCE, { id }, token)).case.balance;

  it('adds EUR 40 per claim in default and credits both against the agency costs, each line saying so with the amount', async () => {
    const b = await balance(caseId);
    expect(b.lines.filter((l) => l.kind === 'FEE')).toEqual([
      { kind: 'FEE', amountCents: 4_000, explanation: 'Flat default compensation EUR 40 (BGB 288(5)) on invoice OLD-1, in default since 2026-05-01; 40.00 EUR credited against the collection costs charged on 2026-09-01 (BGB 288(5) sentence 3)' },
      { kind: 'FEE', amountCents: 4_000, explanation: 'Flat default compensation EUR 40 (BGB 288(5)) on invoice NEW-2, in default since 2026-08-01; 40.00 EUR credited against the collection costs charged on 2026-09-01 (BGB 288(5) sentence 3)' },
      { kind: 'FEE', amountCents: 150, explanation: 'Postage of the reminder, charged on 2026-08-15' },
      { kind: 'FEE', amountCents: 4_000, explanation: 'Inkassokosten (RDG 13e, VV 2300), charged on 2026-09-01: 120.00 EUR less 80.00 EUR flat default compensation credited (BGB 288(5) sentence 3)' },
    ]);
    expect(b.feesCents).toBe(4_000 + 4_000 + 150 + 4_000);
    expect(b.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(b.totalCents);
  });

  it('a claim from a contract before 2014-07-29 gets no flat', async () => {
    const lead = await api.login(fx.lead.email);
    expect((await balance(oldCase, lead)).feesCents).toBe(0);
  });

  it('a payment settles the older claim (its costs, interest, principal) before the younger claim\'s interest', async () => {
    const paid = await api.gql<{ recordPayment: { openCents: number } }>(PAY, {
      input: { caseId, amountCents: 105_000, receivedAt: '2026-11-20', reference: 'SEPA 1', idempotencyKey: 'flat-366-1' },
    }, collector);
    expect(paid.errors).toBeUndefined();
    const b = await balance(caseId);
    const line = b.lines.find((l) => l.kind === 'PAYMENT')!;
    const match = /^Payment of 1,050\.00 EUR received on 2026-11-20: 41\.50 EUR to costs; invoice OLD-1: 40\.00 EUR to costs, (\d+)\.(\d\d) EUR to interest, (\d+)\.(\d\d) EUR to principal \(BGB 366\(2\), 367\(1\): claim by claim, each to costs, then interest, then principal\)$/
      .exec(line.explanation);
    expect({ explanation: line.explanation, matches: match !== null }).toEqual({ explanation: line.explanation, matches: true });
    const [, ie, ic, pe, pc] = match!;
    expect(Number(ie) * 100 + Number(ic) + Number(pe) * 100 + Number(pc)).toBe(105_000 - 4_150 - 4_000);
    expect(paid.data!.recordPayment.openCents).toBe(b.totalCents);
  });
});

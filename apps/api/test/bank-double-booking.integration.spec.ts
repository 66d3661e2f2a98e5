import type pg from 'pg';
import { addCase, buildFixture, type Fixture } from './fixtures.js';
import { addPayment } from './factories.js';
import type { ApiInstance } from './harness.js';
import { migratedDatabases } from './migrated-databases.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z.
const HEADER = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
const IMPORT = `mutation($content: String!) {
  importBankStatement(format: CSV, content: $content, accountIban: "DE89370400440532013000") { imported matched unmatched review duplicates rejected { line message } }
}`;
const WAITING = `query { unmatchedBankTransactions { id bankTransactionId status unmatchedReason reviewCaseId reviewPaymentId caseId paymentId } }`;
const PAY = 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }'; // answers with the case
const CONFIRM = 'mutation($t: ID!) { confirmBankTransaction(transactionId: $t) { id status caseId paymentId matchMethod } }';
const IGNORE = 'mutation($t: ID!, $r: String!) { ignoreBankTransaction(transactionId: $t, reason: $r) { id status ignoreReason } }';

describe('bank import: a credit like an earlier manual payment waits for review instead of booking twice', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  /** INV-DB-1 and INV-DB-2: a manual payment of 123.45 on 2026-11-19. INV-DB-3: the same, but on 2026-11-10. */
  const cases: Record<string, string> = {};
  const manual: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      for (const [i, ref] of ['INV-DB-1', 'INV-DB-2', 'INV-DB-3'].entries()) {
        cases[ref] = await addCase(db, {
          creditorId: fx.creditorDE, principalCents: 100_000, priority: i + 1, reference: ref, assigneeId: fx.collectors[0]!.id,
        });
      }
    },
  });
  beforeAll(async () => {
    ({ api } = bed);
    lead = await bed.login(fx.lead.email);
    collector = await bed.login(fx.collectors[0]!.email);
    const pay = async (ref: string, receivedAt: string) => {
      await api.ok(PAY, { input: {
        caseId: cases[ref], amountCents: 12_345, receivedAt, reference: 'Überweisung angekündigt', idempotencyKey: `manual-${ref}`,
      } }, collector);
      manual[ref] = (await db.query(`SELECT id FROM payments WHERE case_id = $1 AND source = 'MANUAL'`, [cases[ref]])).rows[0].id;
    };
    await pay('INV-DB-1', '2026-11-19');
    await pay('INV-DB-2', '2026-11-19');
    await pay('INV-DB-3', '2026-11-10');
  });

  const paymentsOf = async (ref: string) =>
    (await db.query(`SELECT source, amount_cents::int AS cents FROM payments WHERE case_id = $1 ORDER BY source`, [cases[ref]])).rows;
  const waiting = async () => (await api.ok<{ unmatchedBankTransactions: any[] }>(WAITING, {}, lead)).unmatchedBankTransactions;

  it('same case, amount and a date within 3 days: in review with the reason and the manual payment, nothing booked', async () => {
    const csv = [
      HEADER,
      '2026-11-20,2026-11-20,123.45,EUR,Rechnung INV-DB-1,Debtor 1,,DB-1',
      '2026-11-21,2026-11-22,123.45,EUR,Rechnung INV-DB-2,Debtor 2,,DB-2',
      // 10 days after its manual payment: a second payment, booked.
      '2026-11-20,,123.45,EUR,Rechnung INV-DB-3,Debtor 3,,DB-3',
      // Another amount on a case with a manual payment: booked.
      '2026-11-20,,50.00,EUR,Rechnung INV-DB-1 Rest,Debtor 1,,DB-4',
      '',
    ].join('\n');
    const { importBankStatement: result } = await api.ok<{ importBankStatement: any }>(IMPORT, { content: csv }, lead);
    expect(result).toEqual({ imported: 4, matched: 2, unmatched: 0, review: 2, duplicates: 0, rejected: [] });

    expect(await paymentsOf('INV-DB-1')).toEqual([{ source: 'BANK', cents: 5_000 }, { source: 'MANUAL', cents: 12_345 }]);
    expect(await paymentsOf('INV-DB-2')).toEqual([{ source: 'MANUAL', cents: 12_345 }]);
    expect(await paymentsOf('INV-DB-3')).toEqual([{ source: 'BANK', cents: 12_345 }, { source: 'MANUAL', cents: 12_345 }]);

    const list = await waiting();
    expect(list.map((t) => t.bankTransactionId).sort()).toEqual(['DB-1', 'DB-2']);
    const one = list.find((t) => t.bankTransactionId === 'DB-1');
    expect(one).toMatchObject({
      status: 'REVIEW', reviewCaseId: cases['INV-DB-1'], reviewPaymentId: manual['INV-DB-1'], caseId: null, paymentId: null,
    });
    expect(one.unmatchedReason).toMatch(/Possibly booked twice: a manual payment of the same amount .* received 2026-11-19/);
    const statement = (await db.query('SELECT imported_count, matched_count, unmatched_count, review_count FROM bank_statements')).rows;
    expect(statement).toEqual([{ imported_count: 4, matched_count: 2, unmatched_count: 0, review_count: 2 }]);
  });

  it('confirmed as a separate payment: booked once on the case; a second confirm is a CONFLICT', async () => {
    const tx = (await waiting()).find((t) => t.bankTransactionId === 'DB-1');
    const { confirmBankTransaction: done } = await api.ok<{ confirmBankTransaction: any }>(CONFIRM, { t: tx.id }, lead);
    expect(done).toMatchObject({ status: 'MATCHED', caseId: cases['INV-DB-1'], paymentId: expect.any(String) });
    expect(await paymentsOf('INV-DB-1')).toEqual([
      { source: 'BANK', cents: 5_000 }, { source: 'BANK', cents: 12_345 }, { source: 'MANUAL', cents: 12_345 },
    ]);
    const again = await api.gql(CONFIRM, { t: tx.id }, lead);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await paymentsOf('INV-DB-1'))).toHaveLength(3);
  });

  it('marked a duplicate: ignored with the reason, nothing booked, it leaves the list', async () => {
    const tx = (await waiting()).find((t) => t.bankTransactionId === 'DB-2');
    const { ignoreBankTransaction: done } = await api.ok<{ ignoreBankTransaction: any }>(
      IGNORE, { t: tx.id, r: 'Duplicate of the manual payment of 2026-11-19' }, lead,
    );
    expect(done).toMatchObject({ status: 'IGNORED', ignoreReason: 'Duplicate of the manual payment of 2026-11-19' });
    expect(await paymentsOf('INV-DB-2')).toEqual([{ source: 'MANUAL', cents: 12_345 }]);
    expect(await waiting()).toEqual([]);
    expect((await api.gql(CONFIRM, { t: tx.id }, lead)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('only leads and admins confirm', async () => {
    const result = await api.gql(CONFIRM, { t: '00000000-0000-4000-8000-000000000000' }, collector);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the bank-review migration', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());

  it('down puts lines in review back to unmatched and drops the review columns; up adds them again', async () => {
    const { source, db } = await databases.until(1766240000000);
    const { lead, cases } = await buildFixture(db, { collectors: 1, cases: 1 });
    const payment = await addPayment(db, cases[0]!, { amountCents: 100, receivedAt: '2026-11-19', source: 'MANUAL' });
    const statement = (await db.query(
      `INSERT INTO bank_statements (source, imported_by, total_lines, imported_count, matched_count, unmatched_count, duplicate_count,
                                    skipped_debit_count, rejected_count, review_count)
       VALUES ('CSV', $1, 2, 2, 0, 1, 0, 0, 0, 1) RETURNING id`, [lead.id],
    )).rows[0].id;
    await db.query(
      `INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, amount_cents, currency, status, unmatched_reason)
       VALUES ($1, 'M-1', '2026-11-20', 100, 'EUR', 'UNMATCHED', 'no reference')`, [statement],
    );
    // A REVIEW row needs its case and payment: the constraint refuses one without.
    await expect(db.query(
      `INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, amount_cents, currency, status, unmatched_reason)
       VALUES ($1, 'M-2', '2026-11-20', 100, 'EUR', 'REVIEW', 'x')`, [statement],
    )).rejects.toMatchObject({ code: '23514' });
    await db.query(
      `INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, amount_cents, currency, status, unmatched_reason,
                                      review_case_id, review_payment_id)
       VALUES ($1, 'M-3', '2026-11-20', 100, 'EUR', 'REVIEW', 'Possibly booked twice', $2, $3)`, [statement, cases[0], payment],
    );
    await source.undoLastMigration({ transaction: 'all' });
    const columns = async () => (await db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name IN ('bank_transactions', 'bank_statements') AND column_name LIKE 'review%'`,
    )).rows;
    expect(await columns()).toEqual([]);
    expect((await db.query('SELECT unmatched_count FROM bank_statements')).rows).toEqual([{ unmatched_count: 2 }]);
    expect((await db.query(`SELECT bank_transaction_id, status FROM bank_transactions ORDER BY 1`)).rows)
      .toEqual([{ bank_transaction_id: 'M-1', status: 'UNMATCHED' }, { bank_transaction_id: 'M-3', status: 'UNMATCHED' }]);
    await source.runMigrations({ transaction: 'all' });
    expect(await columns()).toHaveLength(3);
  });
});

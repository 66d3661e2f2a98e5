import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { addCase, writeCounts, type Fixture } from './fixtures.js';
import { updateCase, updateDebtorOf } from './factories.js';
import { ApiInstance, connected, subscribe } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z; the statements book on 2026-11-20 and 2026-11-21.
const CAMT = readFileSync(new URL('./fixtures/bank-statement.camt053.xml', import.meta.url), 'utf8');
const CSV = readFileSync(new URL('./fixtures/bank-statement.csv', import.meta.url), 'utf8');
const CSV_HEADER = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';

// A standard CSV names no account: the import is told the agency's account (BANK_OWN_ACCOUNTS in the harness).
const OWN_ACCOUNT = 'DE89370400440532013000';
const IMPORT = `mutation($format: BankStatementFormat!, $content: String!, $fileName: String, $accountIban: String) {
  importBankStatement(format: $format, content: $content, fileName: $fileName, accountIban: $accountIban) {
    statementId imported matched unmatched duplicates skippedDebits rejected { line message }
  }
}`;
const UNMATCHED = `query($page: PageInput) {
  unmatchedBankTransactions(page: $page) {
    id statementId bankTransactionId bookingDate valueDate amountCents currency remittanceInformation debtorName debtorIban
    status unmatchedReason caseId paymentId
  }
}`;
const MATCH = `mutation($t: ID!, $c: ID!) {
  matchBankTransaction(transactionId: $t, caseId: $c) {
    id status caseId paymentId matchMethod matchedAt case { id status openCents }
  }
}`;
const IGNORE = `mutation($t: ID!, $r: String!) { ignoreBankTransaction(transactionId: $t, reason: $r) { id status ignoreReason ignoredAt } }`;
const BALANCE = 'query($id: ID!) { case(id: $id) { id status balance { paidCents totalCents } } }';

interface ImportResult {
  statementId: string;
  imported: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  skippedDebits: number;
  rejected: { line: number; message: string }[];
}

describe('bank-statement import: camt.053 and CSV, matching, idempotency, manual match and ignore', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let admin: string;
  /** INV-101 (claim reference in the camt file). */
  let partCase: string;
  /** INV-102 (claim reference in the CSV file). */
  let csvCase: string;
  /** Debtor D-000777, 50.00 EUR open and no interest yet: the camt file pays it in full. */
  let smallCase: string;

  const bed = withApi({
    collectors: 2, cases: 4,
    arrange: async () => {
      ({ db, fx } = bed);
      partCase = fx.cases[1];
      csvCase = fx.cases[2];
      smallCase = await addCase(db, { creditorId: fx.creditorDE, principalCents: 5_000, priority: 777, dueDate: '2026-11-25', placedAt: '2026-11-22' });
      await updateDebtorOf(db, smallCase, { ref: 'D-000777' });
      // The small case sits in a collector's queue: settling it must take it out.
      await updateCase(db, smallCase, { assigneeId: fx.collectors[0].id });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    [lead, admin] = await Promise.all([api.login(fx.lead.email), api.login(fx.admin.email)]);
  });

  const importFile = (format: string, content: string, token = lead, fileName: string | null = null) =>
    api.gql<{ importBankStatement: ImportResult }>(IMPORT, { format, content, fileName, accountIban: format === 'CSV' ? OWN_ACCOUNT : null }, token);
  const imported = async (format: string, content: string, token = lead, fileName: string | null = null) => {
    const result = await importFile(format, content, token, fileName);
    if (result.errors?.length || !result.data) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
    return result.data.importBankStatement;
  };
  const balance = async (caseId: string) =>
    (await api.ok<{ case: { status: string; balance: { paidCents: number; totalCents: number } } }>(BALANCE, { id: caseId }, lead)).case;
  const bankTx = async (bankTransactionId: string) =>
    (await db.query('SELECT * FROM bank_transactions WHERE bank_transaction_id = $1', [bankTransactionId])).rows[0];
  const bankPayments = async () =>
    (await db.query(`SELECT case_id, amount_cents, currency, received_at, reference, source, idempotency_key, recorded_by
                       FROM payments WHERE source = 'BANK' ORDER BY idempotency_key`)).rows;
  const audit = async (action: string) =>
    (await db.query('SELECT actor_id, entity, entity_id, before, after FROM audit_events WHERE action = $1 ORDER BY id', [action])).rows;
  const counts = async () =>
    (await db.query(`SELECT (SELECT count(*)::int FROM bank_statements) AS statements,
                            (SELECT count(*)::int FROM bank_transactions) AS transactions`)).rows[0];

  it('imports a camt.053: claim reference and debtor reference matched, one unmatched, the debit skipped', async () => {
    const before = { part: await balance(partCase), small: await balance(smallCase) };
    expect(before.small.balance.totalCents).toBe(5_000);
    const socket = api.socket(lead);
    await connected(socket);
    const updates = subscribe<any>(socket, 'subscription($id: ID!) { caseUpdated(caseId: $id) { id status } }', { id: smallCase });
    await new Promise((r) => setTimeout(r, 150));

    const result = await imported('CAMT053', CAMT, lead, 'kontoauszug-2026-11-20.xml');
    expect(result).toEqual({
      statementId: expect.any(String), imported: 3, matched: 2, unmatched: 1, duplicates: 0, skippedDebits: 1, rejected: [],
    });

    // Payments booked through the recordPayment path: source BANK, key bank:<id>, the booking date.
    expect(await bankPayments()).toEqual([
      {
        case_id: partCase, amount_cents: 25_000, currency: 'EUR', received_at: '2026-11-20', reference: 'Rechnung INV-101 vielen Dank',
        source: 'BANK', idempotency_key: 'bank:MW-2026112001', recorded_by: fx.lead.id,
      },
      {
        case_id: smallCase, amount_cents: 5_000, currency: 'EUR', received_at: '2026-11-20', reference: 'D-000777',
        source: 'BANK', idempotency_key: 'bank:MW-2026112002', recorded_by: fx.lead.id,
      },
    ]);
    const part = await balance(partCase);
    expect(part.balance.paidCents).toBe(25_000);
    // Paid five days ago: the balance drops by the amount and the interest it saved since.
    expect(part.balance.totalCents).toBeLessThanOrEqual(before.part.balance.totalCents - 25_000);
    expect(part.balance.totalCents).toBeGreaterThan(before.part.balance.totalCents - 25_000 - 100);
    expect(part.status).toBe('OPEN');

    // Paid in full: settled, out of the collector's queue, and the change went out live.
    const small = await balance(smallCase);
    expect(small).toMatchObject({ status: 'PAID', balance: { totalCents: 0, paidCents: 5_000 } });
    const row = (await db.query('SELECT status, assignee_id, paid_at, open_cents FROM cases WHERE id = $1', [smallCase])).rows[0];
    expect(row).toMatchObject({ status: 'PAID', assignee_id: null, open_cents: 0 });
    expect(row.paid_at).not.toBeNull();
    expect(await updates.next()).toEqual({ caseUpdated: { id: smallCase, status: 'PAID' } });

    // The transaction rows, with the statement they came from.
    const statement = (await db.query('SELECT * FROM bank_statements WHERE id = $1', [result.statementId])).rows[0];
    expect(statement).toMatchObject({
      source: 'CAMT053', file_name: 'kontoauszug-2026-11-20.xml', account_iban: 'DE89370400440532013000', statement_ref: 'MW-20261120-001',
      imported_by: fx.lead.id, total_lines: 4, imported_count: 3, matched_count: 2, unmatched_count: 1, duplicate_count: 0,
      skipped_debit_count: 1, rejected_count: 0,
    });
    expect(await bankTx('MW-2026112001')).toMatchObject({
      statement_id: result.statementId, status: 'MATCHED', case_id: partCase, match_method: 'REFERENCE', matched_by: fx.lead.id,
      amount_cents: 25_000, booking_date: '2026-11-20', value_date: '2026-11-20', debtor_name: 'Debtor 101',
      debtor_iban: 'DE02120300000000202051',
    });
    expect(await bankTx('MW-2026112002')).toMatchObject({ status: 'MATCHED', case_id: smallCase, value_date: '2026-11-21' });
    expect(await bankTx('MW-2026112003')).toMatchObject({
      status: 'UNMATCHED', case_id: null, payment_id: null, remittance_information: 'Zahlung laut Telefonat',
      unmatched_reason: expect.stringMatching(/No claim or debtor reference/),
    });
    expect(await bankTx('MW-2026112004')).toBeUndefined();

    // Audit: the import, each match, each payment; and the SYSTEM activity on the case.
    expect(await audit('bank_statement.import')).toEqual([expect.objectContaining({
      actor_id: fx.lead.id, entity: 'bank_statement', entity_id: result.statementId,
      after: expect.objectContaining({ imported: 3, matched: 2, unmatched: 1, skippedDebits: 1 }),
    })]);
    expect((await audit('bank_transaction.match')).map((a) => [a.after.caseId, a.after.method])).toEqual([
      [partCase, 'REFERENCE'], [smallCase, 'REFERENCE'],
    ]);
    expect((await audit('payment.record')).map((a) => [a.entity_id, a.after.source, a.after.status])).toEqual([
      [partCase, 'BANK', 'OPEN'], [smallCase, 'BANK', 'PAID'],
    ]);
    const notes = (await db.query(`SELECT note FROM activities WHERE case_id = $1 AND channel = 'SYSTEM'`, [smallCase])).rows;
    expect(notes).toEqual([{ note: expect.stringMatching(/received 2026-11-20 by bank transfer \(D-000777\); case paid in full/) }]);
  });

  it('importing the same file again imports nothing new: 3 duplicates, no payment, balances unchanged', async () => {
    const paymentsBefore = await bankPayments();
    const partBefore = await balance(partCase);
    const result = await imported('CAMT053', CAMT);
    expect(result).toMatchObject({ imported: 0, matched: 0, unmatched: 0, duplicates: 3, skippedDebits: 1, rejected: [] });
    expect(await bankPayments()).toEqual(paymentsBefore);
    expect(await balance(partCase)).toEqual(partBefore);
    expect((await db.query('SELECT count(*)::int AS n FROM bank_transactions')).rows[0].n).toBe(3);
  });

  it('a CSV: the malformed line is reported by number, the overlap is a duplicate, good lines go in', async () => {
    const result = await imported('CSV', CSV, admin, 'export.csv');
    expect(result).toEqual({
      statementId: expect.any(String), imported: 2, matched: 1, unmatched: 1, duplicates: 1, skippedDebits: 1,
      rejected: [{ line: 4, message: 'Line 4: amount "12.3.4" is not a decimal number like 250.00 or 250,00.' }],
    });
    expect(await bankTx('MW-2026112101')).toMatchObject({ status: 'MATCHED', case_id: csvCase, amount_cents: 9_990, matched_by: fx.admin.id });
    expect(await bankTx('MW-2026112102')).toBeUndefined();
    expect(await bankTx('MW-2026112103')).toMatchObject({ status: 'UNMATCHED', debtor_name: 'Muster, Max', value_date: null });
    expect((await balance(csvCase)).balance.paidCents).toBe(9_990);
    const statement = (await db.query('SELECT total_lines, rejected_count, duplicate_count FROM bank_statements WHERE id = $1', [result.statementId])).rows[0];
    expect(statement).toEqual({ total_lines: 5, rejected_count: 1, duplicate_count: 1 });
  });

  it('unmatchedBankTransactions lists the waiting credits, newest booking first, with the reason', async () => {
    const { unmatchedBankTransactions: list } = await api.ok<{ unmatchedBankTransactions: any[] }>(UNMATCHED, {}, lead);
    expect(list.map((t) => [t.bankTransactionId, t.amountCents, t.bookingDate])).toEqual([
      ['MW-2026112103', 7_500, '2026-11-21'],
      ['MW-2026112003', 12_000, '2026-11-20'],
    ]);
    expect(list[1]).toMatchObject({
      status: 'UNMATCHED', currency: 'EUR', debtorName: 'Unbekannt GmbH', debtorIban: 'DE12500105170648489890',
      unmatchedReason: expect.any(String), caseId: null, paymentId: null,
    });
    const paged = await api.ok<{ unmatchedBankTransactions: any[] }>(UNMATCHED, { page: { offset: 1, limit: 1 } }, lead);
    expect(paged.unmatchedBankTransactions.map((t) => t.bankTransactionId)).toEqual(['MW-2026112003']);
  });

  it('a manual match books the payment the same way; matching it again is a CONFLICT that writes nothing', async () => {
    const tx = await bankTx('MW-2026112003');
    const target = fx.cases[3];
    const before = await writeCounts(db, target);
    const { matchBankTransaction: matched } = await api.ok<{ matchBankTransaction: any }>(MATCH, { t: tx.id, c: target }, lead);
    expect(matched).toMatchObject({
      id: tx.id, status: 'MATCHED', caseId: target, matchMethod: 'MANUAL', paymentId: expect.any(String),
      matchedAt: '2026-11-25T10:00:00.000Z', case: { id: target, status: 'OPEN' },
    });
    expect(await writeCounts(db, target)).toEqual({
      ...before, payments: before.payments + 1, activities: before.activities + 1, audit: before.audit + 2, version: before.version! + 1,
    });
    const payment = (await db.query('SELECT case_id, amount_cents, source, idempotency_key FROM payments WHERE id = $1', [matched.paymentId])).rows[0];
    expect(payment).toEqual({ case_id: target, amount_cents: 12_000, source: 'BANK', idempotency_key: 'bank:MW-2026112003' });
    expect((await audit('bank_transaction.match')).at(-1)).toMatchObject({
      actor_id: fx.lead.id, entity_id: tx.id, before: { status: 'UNMATCHED' }, after: { method: 'MANUAL', caseId: target },
    });

    const afterFirst = await writeCounts(db, target);
    for (const caseId of [target, fx.cases[0]]) {
      const again = await api.gql(MATCH, { t: tx.id, c: caseId }, admin);
      expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0].message).toMatch(/already matched/);
    }
    expect(await writeCounts(db, target)).toEqual(afterFirst);
    const ignoreMatched = await api.gql(IGNORE, { t: tx.id, r: 'refund' }, lead);
    expect(ignoreMatched.errors?.[0].extensions?.code).toBe('CONFLICT');
    const list = await api.ok<{ unmatchedBankTransactions: any[] }>(UNMATCHED, {}, lead);
    expect(list.unmatchedBankTransactions.map((t) => t.bankTransactionId)).toEqual(['MW-2026112103']);
  });

  it('matching to a case in another currency is refused and writes nothing', async () => {
    const tx = await bankTx('MW-2026112103');
    const before = await writeCounts(db, fx.danishCase);
    const result = await api.gql(MATCH, { t: tx.id, c: fx.danishCase }, lead);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/kept in DKK/) });
    expect(await writeCounts(db, fx.danishCase)).toEqual(before);
    expect(await bankTx('MW-2026112103')).toMatchObject({ status: 'UNMATCHED', payment_id: null });
  });

  it('ignore records the reason and an audit event; a second ignore is a CONFLICT; no reason is BAD_USER_INPUT', async () => {
    const tx = await bankTx('MW-2026112103');
    const empty = await api.gql(IGNORE, { t: tx.id, r: '   ' }, lead);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });

    const { ignoreBankTransaction } = await api.ok<{ ignoreBankTransaction: any }>(IGNORE, { t: tx.id, r: ' Rückzahlung  Lieferant ' }, lead);
    expect(ignoreBankTransaction).toEqual({ id: tx.id, status: 'IGNORED', ignoreReason: 'Rückzahlung Lieferant', ignoredAt: '2026-11-25T10:00:00.000Z' });
    expect((await audit('bank_transaction.ignore'))).toEqual([expect.objectContaining({
      actor_id: fx.lead.id, entity_id: tx.id, after: { status: 'IGNORED', reason: 'Rückzahlung Lieferant' },
    })]);
    const again = await api.gql(IGNORE, { t: tx.id, r: 'again' }, lead);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await api.ok<{ unmatchedBankTransactions: any[] }>(UNMATCHED, {}, lead)).unmatchedBankTransactions).toEqual([]);
  });

  it('an ignored credit can still be matched by hand later', async () => {
    const tx = await bankTx('MW-2026112103');
    const { matchBankTransaction } = await api.ok<{ matchBankTransaction: any }>(MATCH, { t: tx.id, c: fx.cases[0] }, lead);
    expect(matchBankTransaction).toMatchObject({ status: 'MATCHED', caseId: fx.cases[0] });
    expect(await bankTx('MW-2026112103')).toMatchObject({ ignore_reason: null, ignored_at: null, match_method: 'MANUAL' });
  });

  it('references naming several open cases, or none, leave the line unmatched with the reason', async () => {
    const a = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 901 });
    const b = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 902 });
    const shared = (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [a])).rows[0].debtor_id;
    await updateCase(db, b, { debtorId: shared });
    await updateDebtorOf(db, a, { ref: 'D-SHARED-9' });
    const csv = [
      CSV_HEADER,
      '2026-11-22,,10.00,EUR,Kunde D-SHARED-9,,,AMB-1',
      '2026-11-22,,10.00,EUR,INV-901 and INV-100,,,AMB-2',
      '2026-11-22,,10.00,EUR,INV-901 D-SHARED-9,,,AMB-3',
      '2026-11-22,,10.00,EUR,inv-90,,,AMB-4',
      '2026-11-22,,10.00,DKK,INV-902,,,AMB-5',
    ].join('\n');
    const result = await imported('CSV', csv);
    expect(result).toMatchObject({ imported: 5, matched: 1, unmatched: 4 });
    expect(await bankTx('AMB-1')).toMatchObject({ status: 'UNMATCHED', unmatched_reason: expect.stringMatching(/^2 open cases match the references D-SHARED-9/) });
    expect(await bankTx('AMB-2')).toMatchObject({ status: 'UNMATCHED', unmatched_reason: expect.stringMatching(/INV-100, INV-901/) });
    expect(await bankTx('AMB-3')).toMatchObject({ status: 'MATCHED', case_id: a });
    expect(await bankTx('AMB-4')).toMatchObject({ status: 'UNMATCHED', unmatched_reason: expect.stringMatching(/No claim or debtor reference/) });
    expect(await bankTx('AMB-5')).toMatchObject({ status: 'UNMATCHED', unmatched_reason: expect.stringMatching(/kept in EUR, the transfer is in DKK/) });
  });

  it('a line the payment rules refuse (booked after today) waits unmatched with the rule message', async () => {
    const csv = `${CSV_HEADER}\n2026-11-26,,10.00,EUR,INV-100,,,FUTURE-1\n`;
    const result = await imported('CSV', csv);
    expect(result).toMatchObject({ imported: 1, matched: 0, unmatched: 1 });
    expect(await bankTx('FUTURE-1')).toMatchObject({ status: 'UNMATCHED', unmatched_reason: expect.stringMatching(/INV-100.*in the future/) });
  });

  it('words rejected lines, unmatched reasons and file problems in the caller\'s language', async () => {
    const inLanguage = async <T>(language: string, query: string, variables: Record<string, unknown>) =>
      (await (await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}`, 'accept-language': language },
        body: JSON.stringify({ query, variables }),
      })).json()) as { data?: T; errors?: { message: string }[] };
    const csv = `${CSV_HEADER}\n2026-11-22,,1.2.3,EUR,x,,,DE-1\n2026-11-22,,10.00,EUR,nichts,,,DE-2\n`;
    const de = await inLanguage<{ importBankStatement: ImportResult }>('de', IMPORT, { format: 'CSV', content: csv, accountIban: OWN_ACCOUNT });
    expect(de.data!.importBankStatement.rejected).toEqual([
      { line: 2, message: 'Zeile 2: Betrag „1.2.3“ ist keine Dezimalzahl wie 250.00 oder 250,00.' },
    ]);
    // The reason is kept in every language: each reader gets their own, the English column stays as it was.
    expect(await bankTx('DE-2')).toMatchObject({ unmatched_reason: 'No claim or debtor reference of an open case appears in the remittance information.' });
    const waiting = async (language: string) =>
      (await inLanguage<{ unmatchedBankTransactions: { bankTransactionId: string; unmatchedReason: string }[] }>(language, UNMATCHED, { page: { offset: 0, limit: 200 } }))
        .data!.unmatchedBankTransactions.find((t) => t.bankTransactionId === 'DE-2')!.unmatchedReason;
    expect(await waiting('de')).toBe('Im Verwendungszweck steht keine Forderungs- oder Schuldnerreferenz eines offenen Falls.');
    expect(await waiting('da')).toBe('Betalingsteksten nævner ingen krav- eller skyldnerreference for en åben sag.');
    expect(await waiting('en')).toBe('No claim or debtor reference of an open case appears in the remittance information.');

    // A file read as the wrong format, in the preview and in the import.
    const preview = await inLanguage<{ previewBankStatement: { problem: string } }>(
      'da', 'query($input: BankStatementPreviewInput!) { previewBankStatement(input: $input) { problem } }',
      { input: { format: 'CSV', content: CAMT } },
    );
    expect(preview.data!.previewBankStatement.problem).toBe('Filen ligner XML, ikke CSV; vælg formatet camt.053 til den.');
    const refused = await inLanguage('de', IMPORT, { format: 'CAMT053', content: CSV });
    expect(refused.errors?.[0]?.message).toBe('Die Datei ist kein XML; ein camt.053-Auszug beginnt mit „<?xml“ oder „<Document“.');
  });

  it('the same new file imported twice at once books each payment once', async () => {
    const csv = `${CSV_HEADER}\n2026-11-24,,1.00,EUR,INV-103,,,RACE-1\n2026-11-24,,2.00,EUR,nothing,,,RACE-2\n`;
    const results = await Promise.all([importFile('CSV', csv), importFile('CSV', csv), importFile('CSV', csv)]);
    const ok = results.map((r) => r.data?.importBankStatement).filter((r): r is ImportResult => !!r);
    for (const r of results.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(ok.reduce((n, r) => n + r.imported, 0)).toBe(2);
    expect((await db.query(`SELECT count(*)::int AS n FROM payments WHERE idempotency_key = 'bank:RACE-1'`)).rows[0].n).toBe(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM bank_transactions WHERE bank_transaction_id LIKE 'RACE-%'`)).rows[0].n).toBe(2);
  });

  it('a collector is FORBIDDEN from every bank operation', async () => {
    const collector = await api.login(fx.collectors[0].email);
    const tx = await bankTx('MW-2026112001');
    const before = await counts();
    for (const [query, variables] of [
      [IMPORT, { format: 'CSV', content: `${CSV_HEADER}\n2026-11-24,,1.00,EUR,INV-103,,,COLL-1\n`, accountIban: OWN_ACCOUNT }],
      [UNMATCHED, {}],
      [MATCH, { t: tx.id, c: fx.cases[0] }],
      [IGNORE, { t: tx.id, r: 'no' }],
    ] as const) {
      const result = await api.gql(query, variables, collector);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
    const anonymous = await api.gql(UNMATCHED, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('refused input writes nothing', () => {
    it.each<[string, Record<string, unknown>, RegExp, string | undefined]>([
      ['an empty file', { format: 'CSV', content: ' \n ' }, /empty/, 'content'],
      ['CSV sent as camt.053', { format: 'CAMT053', content: CSV }, /not XML/, 'content'],
      ['camt.053 sent as CSV', { format: 'CSV', content: CAMT }, /looks like XML/, 'content'],
      ['a CSV without the expected header', { format: 'CSV', content: 'date;amount\n2026-11-20;1,00' }, /lacks booking_date/, 'content'],
      ['broken XML', { format: 'CAMT053', content: '<Document><BkToCstmrStmt>' }, /not well-formed XML/, 'content'],
      ['a file name of 300 characters', { format: 'CSV', content: CSV, fileName: 'f'.repeat(300) }, /file name/, 'fileName'],
      ['an unknown format', { format: 'PDF', content: CSV }, /BankStatementFormat/, undefined],
    ])('%s → BAD_USER_INPUT', async (_name, variables, message, field) => {
      const before = await counts();
      const result = await api.gql(IMPORT, { fileName: null, accountIban: OWN_ACCOUNT, ...variables }, lead);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(message);
      if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(await counts()).toEqual(before);
    });

    it('a statement larger than a /graphql body → 413 (large files go to POST /bank-statements)', async () => {
      const before = await counts();
      const variables = { fileName: null, format: 'CSV', content: `${CSV_HEADER}\n${'x'.repeat(300 * 1024)}` };
      const answer = await fetch(api.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}` },
        body: JSON.stringify({ query: IMPORT, variables }),
      });
      expect(answer.status).toBe(413);
      expect(await counts()).toEqual(before);
    });

    it('ids that are not UUIDs → BAD_USER_INPUT; unknown transaction or case → NOT_FOUND', async () => {
      const tx = await bankTx('AMB-1');
      expect((await api.gql(MATCH, { t: 'x', c: fx.cases[0] }, lead)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await api.gql(MATCH, { t: tx.id, c: '42' }, lead)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await api.gql(MATCH, { t: randomUUID(), c: fx.cases[0] }, lead)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await api.gql(MATCH, { t: tx.id, c: randomUUID() }, lead)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await api.gql(IGNORE, { t: randomUUID(), r: 'x' }, lead)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await bankTx('AMB-1')).toMatchObject({ status: 'UNMATCHED' });
    });
  });

  it('the database itself refuses inconsistent rows', async () => {
    const statement = (await db.query('SELECT id FROM bank_statements LIMIT 1')).rows[0].id;
    const insert = (columns: string, values: string) =>
      db.query(`INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, amount_cents, currency${columns})
                VALUES ($1, $2, '2026-11-20', ${values})`, [statement, `DB-${randomUUID()}`]).then(() => null, (e: { code: string }) => e.code);
    expect(await insert('', '0, \'EUR\'')).toBe('23514');
    expect(await insert('', '100, \'eur\'')).toBe('23514');
    expect(await insert(', status', '100, \'EUR\', \'MATCHED\'')).toBe('23514');
    expect(await insert(', status', '100, \'EUR\', \'IGNORED\'')).toBe('23514');
    expect(await insert(', debtor_iban', '100, \'EUR\', \'DE00 123\'')).toBe('23514');
    const dup = await db.query(`INSERT INTO bank_transactions (statement_id, bank_transaction_id, booking_date, amount_cents, currency)
      VALUES ($1, 'MW-2026112001', '2026-11-20', 100, 'EUR')`, [statement]).then(() => null, (e: { code: string }) => e.code);
    expect(dup).toBe('23505');
  });
});

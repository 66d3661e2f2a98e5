import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// A German bank export as the bank sent it: Windows-1252, a preamble of five lines, semicolons,
// German headers, decimal commas, dates like 20.11.2026, a debit, two identical credits, no
// transaction id column. The Bank screen decodes such a file as Windows-1252 before sending it;
// the spec does the same.
const EXPORT_BYTES = readFileSync(new URL('./fixtures/bank-export-de.csv', import.meta.url));
const EXPORT = new TextDecoder('windows-1252').decode(EXPORT_BYTES);

const MAPPING_FIELDS = `id name accountIban delimiter decimalSeparator dateFormat headerLine defaultCurrency updatedAt
  columns { bookingDate valueDate amount debitCredit currency counterpartyName counterpartyIban reference transactionId }`;
const SAVE = `mutation($input: BankCsvMappingInput!, $id: ID) { saveBankCsvMapping(input: $input, id: $id) { ${MAPPING_FIELDS} } }`;
const LIST = `query { bankCsvMappings { ${MAPPING_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteBankCsvMapping(id: $id) }';
const PREVIEW = `query($input: BankStatementPreviewInput!) {
  previewBankStatement(input: $input) {
    format problem headerLine columns totalRows credits debits rejected
    layout { name delimiter decimalSeparator dateFormat headerLine columns { bookingDate amount reference } }
    detected { name accountIban delimiter decimalSeparator dateFormat headerLine defaultCurrency
      columns { bookingDate valueDate amount debitCredit currency counterpartyName counterpartyIban reference transactionId } }
    rows { line kind bookingDate valueDate amountCents currency counterpartyName counterpartyIban reference transactionId
      transactionIdDerived alreadyImported errors { column message } }
  }
}`;
const IMPORT = `mutation($format: BankStatementFormat!, $content: String!, $fileName: String, $mappingId: ID, $mapping: BankCsvMappingInput) {
  importBankStatement(format: $format, content: $content, fileName: $fileName, mappingId: $mappingId, mapping: $mapping) {
    statementId imported matched unmatched duplicates skippedDebits rejected { line message column }
  }
}`;

const GIRO = {
  name: 'Girokonto Commerzbank', accountIban: 'DE89 3704 0044 0532 0130 00', delimiter: 'SEMICOLON', decimalSeparator: 'COMMA',
  dateFormat: 'DMY_DOTS', headerLine: 6, defaultCurrency: null,
  columns: {
    bookingDate: 'Buchungstag', valueDate: 'Valutadatum', amount: 'Betrag', debitCredit: null, currency: 'Währung',
    counterpartyName: 'Auftraggeber/Empfänger', counterpartyIban: 'IBAN', reference: 'Verwendungszweck', transactionId: null,
  },
};

/** A camt.053 whose entries carry no AcctSvcrRef and no TxId (only NtryRef, unique within the statement). */
const camtWithoutIds = (statementId: string) => `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
  <GrpHdr><MsgId>M-1</MsgId><CreDtTm>2026-11-22T06:00:00</CreDtTm></GrpHdr>
  <Stmt><Id>${statementId}</Id><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
    <Ntry><NtryRef>1</NtryRef><Amt Ccy="EUR">40.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-22</Dt></BookgDt>
      <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Nm>Debtor 103</Nm></Dbtr></RltdPties>
      <RmtInf><Ustrd>INV-103</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
    <Ntry><NtryRef>2</NtryRef><Amt Ccy="EUR">15.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-22</Dt></BookgDt>
      <NtryDtls><TxDtls><RmtInf><Ustrd>Spende</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
    <Ntry><NtryRef>3</NtryRef><Amt Ccy="EUR">15.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-22</Dt></BookgDt>
      <NtryDtls><TxDtls><RmtInf><Ustrd>Spende</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
  </Stmt>
</BkToCstmrStmt></Document>`;

interface ImportResult {
  statementId: string;
  imported: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  skippedDebits: number;
  rejected: { line: number; message: string; column: string | null }[];
}

describe('bank statements as banks send them: CSV column mappings, preview, derived transaction ids', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let admin: string;
  let mappingId: string;
  const bed = withApi({ collectors: 1, cases: 4 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    [lead, admin] = await Promise.all([api.login(fx.lead.email), api.login(fx.admin.email)]);
  });

  const preview = async (input: Record<string, unknown>, token = lead) =>
    (await api.ok<{ previewBankStatement: any }>(PREVIEW, { input }, token)).previewBankStatement;
  const importFile = (variables: Record<string, unknown>, token = lead) =>
    api.gql<{ importBankStatement: ImportResult }>(IMPORT, { fileName: null, ...variables }, token);
  const imported = async (variables: Record<string, unknown>, token = lead) => {
    const result = await importFile(variables, token);
    if (result.errors?.length || !result.data) throw new Error(`import failed: ${JSON.stringify(result.errors)}`);
    return result.data.importBankStatement;
  };
  const audit = async (action: string) =>
    (await db.query('SELECT actor_id, entity, entity_id, before, after FROM audit_events WHERE action = $1 ORDER BY id', [action])).rows;
  const bankPayments = async () =>
    (await db.query(`SELECT case_id, amount_cents, received_at, idempotency_key FROM payments WHERE source = 'BANK' ORDER BY created_at, id`)).rows;
  const counts = async () =>
    (await db.query(`SELECT (SELECT count(*)::int FROM bank_statements) AS statements, (SELECT count(*)::int FROM bank_transactions) AS transactions,
                            (SELECT count(*)::int FROM bank_csv_mappings) AS mappings, (SELECT count(*)::int FROM payments) AS payments`)).rows[0];

  it('the fixture is what the bank sent: not UTF-8, with umlauts in Windows-1252', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(EXPORT_BYTES)).toThrow();
    expect(EXPORT).toContain('Auftraggeber/Empfänger');
    expect(EXPORT).toContain('"1.000,00"');
  });

  it('without a mapping the export is still refused for its header, and the message says how to map it', async () => {
    const before = await counts();
    const result = await importFile({ format: 'CSV', content: EXPORT });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(result.errors?.[0].message).toMatch(/lacks booking_date.*column mapping/);
    expect(await counts()).toEqual(before);
  });

  it('the preview of the unmapped export recognises its layout and shows the rows read with it', async () => {
    const p = await preview({ content: EXPORT, format: 'CSV', limit: 3 });
    expect(p).toMatchObject({ format: 'CSV', problem: null, headerLine: 6, totalRows: 6, credits: 3, debits: 1, rejected: 2 });
    expect(p.columns).toEqual(['Buchungstag', 'Valutadatum', 'Auftraggeber/Empfänger', 'IBAN', 'Buchungstext', 'Verwendungszweck', 'Betrag', 'Währung']);
    expect(p.detected).toEqual({
      ...GIRO, name: 'DE89370400440532013000', accountIban: 'DE89370400440532013000',
    });
    expect(p.rows.map((r: any) => [r.line, r.kind, r.amountCents])).toEqual([[7, 'CREDIT', 100_000], [8, 'DEBIT', -8_990], [9, 'CREDIT', 7_550]]);
  });

  it('a lead saves the mapping for the account; it is listed and audited', async () => {
    const { saveBankCsvMapping: saved } = await api.ok<{ saveBankCsvMapping: any }>(SAVE, { input: GIRO }, lead);
    mappingId = saved.id;
    expect(saved).toMatchObject({ ...GIRO, accountIban: 'DE89370400440532013000', updatedAt: expect.any(String) });
    expect((await api.ok<{ bankCsvMappings: any[] }>(LIST, {}, admin)).bankCsvMappings).toEqual([saved]);
    expect(await audit('bank_csv_mapping.create')).toEqual([{
      actor_id: fx.lead.id, entity: 'bank_csv_mapping', entity_id: mappingId, before: null,
      after: expect.objectContaining({ name: GIRO.name, accountIban: 'DE89370400440532013000', headerLine: 6 }),
    }]);
  });

  it('the preview through the saved mapping shows parsed rows and the problems of each row by column', async () => {
    const p = await preview({ content: EXPORT, mappingId });
    expect(p).toMatchObject({ problem: null, headerLine: 6, totalRows: 6, credits: 3, debits: 1, rejected: 2, layout: { name: GIRO.name } });
    expect(p.rows[0]).toEqual({
      line: 7, kind: 'CREDIT', bookingDate: '2026-11-20', valueDate: '2026-11-20', amountCents: 100_000, currency: 'EUR',
      counterpartyName: 'Jürgen Müller', counterpartyIban: 'DE02120300000000202051', reference: 'Rechnung INV-101 Überweisung',
      transactionId: expect.stringMatching(/^csv-[0-9a-f]{64}$/), transactionIdDerived: true, alreadyImported: false, errors: [],
    });
    expect(p.rows[2].transactionId).not.toBe(p.rows[3].transactionId);
    expect(p.rows.slice(4).map((r: any) => [r.line, r.kind, r.errors])).toEqual([
      [11, 'REJECTED', [{ column: 'IBAN', message: 'counterparty IBAN "DE02 1203 0000 0000 2020 52" is not a valid IBAN' }]],
      [12, 'REJECTED', [
        { column: 'Betrag', message: 'amount "12.3,4" is not an amount like 1.234,56' },
        { column: 'Buchungstag', message: 'booking date "31.11.2026" is not a date like 31.12.2026' },
      ]],
    ]);
    expect(await counts()).toMatchObject({ statements: 0, transactions: 0 });
  });

  it('the export that was refused imports through the saved mapping: the claim reference is booked, bad rows reported', async () => {
    const result = await imported({ format: 'CSV', content: EXPORT, fileName: 'Umsaetze_Girokonto.csv', mappingId });
    expect(result).toEqual({
      statementId: expect.any(String), imported: 3, matched: 1, unmatched: 2, duplicates: 0, skippedDebits: 1,
      rejected: [
        { line: 11, column: 'IBAN', message: 'Line 11: IBAN: counterparty IBAN "DE02 1203 0000 0000 2020 52" is not a valid IBAN.' },
        { line: 12, column: 'Betrag', message: expect.stringMatching(/^Line 12: Betrag: .*; Buchungstag: /) },
      ],
    });
    expect(await bankPayments()).toEqual([
      { case_id: fx.cases[1], amount_cents: 100_000, received_at: '2026-11-20', idempotency_key: expect.stringMatching(/^bank:csv-[0-9a-f]{64}$/) },
    ]);
    const statement = (await db.query('SELECT source, account_iban, file_name, total_lines, rejected_count FROM bank_statements WHERE id = $1', [result.statementId])).rows[0];
    expect(statement).toEqual({ source: 'CSV', account_iban: 'DE89370400440532013000', file_name: 'Umsaetze_Girokonto.csv', total_lines: 6, rejected_count: 2 });
    const tx = (await db.query(`SELECT debtor_name, remittance_information, status FROM bank_transactions WHERE status = 'UNMATCHED' ORDER BY id`)).rows;
    expect(tx).toEqual([
      { debtor_name: 'Bäckerei Weiß', remittance_information: 'Zahlung ohne Bezug', status: 'UNMATCHED' },
      { debtor_name: 'Bäckerei Weiß', remittance_information: 'Zahlung ohne Bezug', status: 'UNMATCHED' },
    ]);
    expect((await audit('bank_statement.import')).at(-1)).toMatchObject({ after: { mappingId, mappingName: GIRO.name, imported: 3 } });
  });

  it('importing the export again books nothing twice; the preview marks its rows as imported before', async () => {
    const before = await bankPayments();
    const again = await imported({ format: 'CSV', content: EXPORT, mappingId });
    expect(again).toMatchObject({ imported: 0, matched: 0, duplicates: 3, skippedDebits: 1 });
    // The same through a mapping given inline (same account): the same ids.
    const inline = await imported({ format: 'CSV', content: EXPORT, mapping: { ...GIRO, name: 'ad hoc' } });
    expect(inline).toMatchObject({ imported: 0, duplicates: 3 });
    expect(await bankPayments()).toEqual(before);
    const p = await preview({ content: EXPORT, mappingId });
    expect(p.rows.map((r: any) => r.alreadyImported)).toEqual([true, false, true, true, false, false]);
  });

  it('camt.053 entries without a bank transaction id get a stable id: imported twice, booked once', async () => {
    const xml = camtWithoutIds('STMT-NO-IDS-1');
    const first = await imported({ format: 'CAMT053', content: xml });
    expect(first).toMatchObject({ imported: 3, matched: 1, unmatched: 2, duplicates: 0, rejected: [] });
    const payments = await bankPayments();
    expect(payments.filter((p) => p.case_id === fx.cases[3])).toEqual([
      { case_id: fx.cases[3], amount_cents: 4_000, received_at: '2026-11-22', idempotency_key: expect.stringMatching(/^bank:camt-[0-9a-f]{64}$/) },
    ]);
    const second = await imported({ format: 'CAMT053', content: xml });
    expect(second).toMatchObject({ imported: 0, matched: 0, unmatched: 0, duplicates: 3 });
    expect(await bankPayments()).toEqual(payments);
    // Another statement with entries numbered 1, 2, 3 again is not mistaken for the first.
    const other = await imported({ format: 'CAMT053', content: camtWithoutIds('STMT-NO-IDS-2') });
    expect(other).toMatchObject({ imported: 3, duplicates: 0 });
    expect((await preview({ content: xml, format: 'CSV' })).problem).toMatch(/looks like XML/);
    const p = await preview({ content: xml, format: 'CAMT053' });
    expect(p).toMatchObject({ format: 'CAMT053', credits: 3, detected: null, layout: null });
    expect(p.rows.map((r: any) => [r.transactionIdDerived, r.alreadyImported])).toEqual([[true, true], [true, true], [true, true]]);
  });

  it('a mapping is changed and deleted with audit events; names and IBANs are unique', async () => {
    const changed = { ...GIRO, name: 'Giro (Commerzbank)', headerLine: 1 };
    const { saveBankCsvMapping: saved } = await api.ok<{ saveBankCsvMapping: any }>(SAVE, { input: changed, id: mappingId }, admin);
    expect(saved).toMatchObject({ id: mappingId, name: 'Giro (Commerzbank)', headerLine: 1 });
    // The header is found after the preamble even though the mapping says line 1.
    expect((await preview({ content: EXPORT, mappingId })).headerLine).toBe(6);
    expect(await audit('bank_csv_mapping.update')).toEqual([expect.objectContaining({
      actor_id: fx.admin.id, entity_id: mappingId,
      before: expect.objectContaining({ name: GIRO.name, headerLine: 6 }), after: expect.objectContaining({ name: 'Giro (Commerzbank)', headerLine: 1 }),
    })]);
    const clash = await api.gql(SAVE, { input: { ...GIRO, name: 'giro (COMMERZBANK)', accountIban: null } }, lead);
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const sameAccount = await api.gql(SAVE, { input: { ...GIRO, name: 'Other' } }, lead);
    expect(sameAccount.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIban' });

    const second = await api.ok<{ saveBankCsvMapping: any }>(SAVE, { input: { ...GIRO, name: 'Tagesgeld', accountIban: null } }, lead);
    expect((await api.ok<{ deleteBankCsvMapping: boolean }>(DELETE, { id: second.saveBankCsvMapping.id }, lead)).deleteBankCsvMapping).toBe(true);
    expect(await audit('bank_csv_mapping.delete')).toEqual([expect.objectContaining({
      entity_id: second.saveBankCsvMapping.id, before: expect.objectContaining({ name: 'Tagesgeld' }), after: null,
    })]);
    expect((await api.ok<{ bankCsvMappings: any[] }>(LIST, {}, lead)).bankCsvMappings.map((m) => m.name)).toEqual(['Giro (Commerzbank)']);
  });

  describe('refused input writes nothing', () => {
    it.each<[string, string, Record<string, unknown>, string]>([
      ['a wrong IBAN checksum', SAVE, { input: { ...GIRO, name: 'X', accountIban: 'DE89370400440532013001' } }, 'accountIban'],
      ['no amount column', SAVE, { input: { ...GIRO, name: 'X', accountIban: null, columns: { ...GIRO.columns, amount: ' ' } } }, 'columns.amount'],
      ['no currency at all', SAVE, { input: { ...GIRO, name: 'X', accountIban: null, columns: { ...GIRO.columns, currency: null } } }, 'defaultCurrency'],
      ['a header line of 0', SAVE, { input: { ...GIRO, name: 'X', accountIban: null, headerLine: 0 } }, 'headerLine'],
      ['an id that is no UUID', SAVE, { input: GIRO, id: '42' }, 'id'],
      ['a mapping for camt.053', IMPORT, { format: 'CAMT053', content: '<Document/>', mapping: GIRO }, 'mapping'],
      ['both mappingId and mapping', IMPORT, { format: 'CSV', content: EXPORT, mapping: GIRO, mappingId: randomUUID() }, 'mapping'],
      ['a mapping whose columns the file lacks', IMPORT, { format: 'CSV', content: EXPORT, mapping: { ...GIRO, columns: { ...GIRO.columns, amount: 'Umsatz' } } }, 'content'],
    ])('%s → BAD_USER_INPUT', async (_name, query, variables, field) => {
      const before = await counts();
      const result = await api.gql(query, { fileName: null, ...variables }, lead);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await counts()).toEqual(before);
    });

    it('an unknown mapping → NOT_FOUND; a preview limit out of range → BAD_USER_INPUT', async () => {
      expect((await importFile({ format: 'CSV', content: EXPORT, mappingId: randomUUID() })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await api.gql(DELETE, { id: randomUUID() }, lead)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const tooMany = await api.gql(PREVIEW, { input: { content: EXPORT, mappingId, limit: 500 } }, lead);
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    });
  });

  it('a collector is FORBIDDEN from mappings and previews', async () => {
    const collector = await api.login(fx.collectors[0].email);
    const before = await counts();
    for (const [query, variables] of [
      [LIST, {}], [SAVE, { input: { ...GIRO, name: 'C', accountIban: null } }], [DELETE, { id: mappingId }], [PREVIEW, { input: { content: EXPORT } }],
    ] as const) {
      expect((await api.gql(query, variables, collector)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await counts()).toEqual(before);
  });
});

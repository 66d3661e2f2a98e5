import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The German export as the bank sends it (Windows-1252 bytes), uploaded as they are; the camt.053 of the fixtures.
const EXPORT_BYTES = readFileSync(new URL('./fixtures/bank-export-de.csv', import.meta.url));
const CAMT = readFileSync(new URL('./fixtures/bank-statement.camt053.xml', import.meta.url), 'utf8');
const SAVE = 'mutation($input: BankCsvMappingInput!) { saveBankCsvMapping(input: $input) { id } }';
const GIRO = {
  name: 'Girokonto Commerzbank', accountIban: 'DE89 3704 0044 0532 0130 00', delimiter: 'SEMICOLON', decimalSeparator: 'COMMA',
  dateFormat: 'DMY_DOTS', headerLine: 6, defaultCurrency: null,
  columns: {
    bookingDate: 'Buchungstag', valueDate: 'Valutadatum', amount: 'Betrag', debitCredit: null, currency: 'Währung',
    counterpartyName: 'Auftraggeber/Empfänger', counterpartyIban: 'IBAN', reference: 'Verwendungszweck', transactionId: null,
  },
};

describe('POST /bank-statements: a statement uploaded as multipart/form-data', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let route: string;

  const bed = withApi({ collectors: 1, cases: 4 });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await bed.login(fx.lead.email);
    route = api.url.replace(/\/graphql$/, '/bank-statements');
  });

  const upload = async (fields: Record<string, string>, file: { name: string; bytes: Uint8Array | string } | null, token: string | null = lead) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([file.bytes]), file.name);
    const response = await fetch(route, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as any };
  };
  const stored = async () =>
    (await db.query('SELECT (SELECT count(*)::int FROM bank_statements) AS s, (SELECT count(*)::int FROM bank_transactions) AS t')).rows[0];

  it('a camt.053 is imported; the answer has the shape of importBankStatement; the file name is kept', async () => {
    const { status, body } = await upload({ format: 'camt053' }, { name: 'kontoauszug.xml', bytes: CAMT });
    expect(status).toBe(200);
    expect(body).toEqual({
      statementId: expect.any(String), imported: 3, matched: expect.any(Number), unmatched: expect.any(Number), review: 0,
      duplicates: 0, skippedDebits: 1, rejected: [],
    });
    expect(body.matched + body.unmatched).toBe(3);
    const [row] = (await db.query('SELECT file_name, account_iban FROM bank_statements WHERE id = $1', [body.statementId])).rows;
    expect(row).toEqual({ file_name: 'kontoauszug.xml', account_iban: 'DE89370400440532013000' });
    // Again: every line a duplicate.
    expect((await upload({ format: 'camt053' }, { name: 'kontoauszug.xml', bytes: CAMT })).body).toMatchObject({ imported: 0, duplicates: 3 });
  });

  it('a Windows-1252 bank export is read through a saved mapping (mappingId)', async () => {
    const { saveBankCsvMapping } = await api.ok<{ saveBankCsvMapping: { id: string } }>(SAVE, { input: GIRO }, lead);
    const { status, body } = await upload({ format: 'csv', mappingId: saveBankCsvMapping.id }, { name: 'Umsaetze.csv', bytes: EXPORT_BYTES });
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: 3, skippedDebits: 1 });
    expect(body.rejected.map((r: any) => r.column)).toEqual(['IBAN', 'Betrag']);
    const names = (await db.query(`SELECT debtor_name FROM bank_transactions WHERE debtor_name LIKE '%ü%' OR debtor_name LIKE '%ö%'`)).rows;
    expect(names.length).toBeGreaterThan(0);
  });

  it('a mapping given with the upload (JSON in the field "mapping") reads the export; a malformed one is a 400', async () => {
    const bytes = Buffer.from(EXPORT_BYTES.toString('latin1').replace(/20\.11\.2026/g, '23.11.2026'), 'latin1');
    const { status, body } = await upload({ format: 'csv', mapping: JSON.stringify({ ...GIRO, name: 'Given' }) }, { name: 'u.csv', bytes });
    expect(status).toBe(200);
    // The lines dated 20.11. are new (23.11. now); the others were imported with the saved mapping above.
    expect(body).toMatchObject({ skippedDebits: 1 });
    expect(body.imported).toBeGreaterThan(0);
    expect(body.imported + body.duplicates).toBe(3);
    const bad = await upload({ format: 'csv', mapping: JSON.stringify({ ...GIRO, delimiter: 'SPACE' }) }, { name: 'u.csv', bytes });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^mapping\.delimiter/);
    expect((await upload({ format: 'csv', mapping: '{' }, { name: 'u.csv', bytes })).body.message).toMatch(/JSON/);
  });

  it('a statement of a foreign account is refused with 400 naming the IBAN; nothing is stored', async () => {
    const before = await stored();
    const foreign = CAMT.replace('<IBAN>DE89370400440532013000</IBAN>', '<IBAN>DE02120300000000202051</IBAN>').replace(/MW-2026112/g, 'UP-');
    const { status, body } = await upload({ format: 'camt053' }, { name: 'fremd.xml', bytes: foreign });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('DE02120300000000202051') });
    expect(await stored()).toEqual(before);
  });

  it('a file over 5 MB is refused with 413 and nothing is stored', async () => {
    const before = await stored();
    const big = `booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id\n${'x'.repeat(5 * 1024 * 1024 + 10)}`;
    const { status, body } = await upload({ format: 'csv' }, { name: 'big.csv', bytes: big });
    expect(status).toBe(413);
    expect(body.message).toMatch(/larger than 5 MB/);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['no format', {}, 'f.csv', /field "format"/],
    ['an unknown format', { format: 'pdf' }, 'f.csv', /camt053 or csv/],
    ['a mappingId that is no id', { format: 'csv', mappingId: "1' OR 1=1" }, 'f.csv', /UUID/],
  ])('%s is a 400', async (_name, fields, fileName, message) => {
    const { status, body } = await upload(fields, { name: fileName, bytes: 'a,b\n' });
    expect(status).toBe(400);
    expect(body.message).toMatch(message);
  });

  it('no file is a 400; a JSON body is a 400', async () => {
    expect((await upload({ format: 'csv' }, null)).status).toBe(400);
    const json = await fetch(route, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${lead}`, 'content-type': 'application/json' } });
    expect(json.status).toBe(400);
  });

  it('without a token it is 401; a collector is 403', async () => {
    expect((await upload({ format: 'camt053' }, { name: 'k.xml', bytes: CAMT }, null)).status).toBe(401);
    const collector = await bed.login(fx.collectors[0]!.email);
    expect((await upload({ format: 'camt053' }, { name: 'k.xml', bytes: CAMT }, collector)).status).toBe(403);
  });

  describe('a standard CSV names no account: the field "accountIban" says which', () => {
    const header = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
    const csv = `${header}\n2026-11-20,,10.00,EUR,nothing,,,ACC-1\n`;

    it('without it the upload is a 400 saying to choose the account; nothing is stored', async () => {
      const before = await stored();
      const { status, body } = await upload({ format: 'csv' }, { name: 's.csv', bytes: csv });
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIban', message: expect.stringMatching(/choose the agency's own account/) });
      expect(await stored()).toEqual(before);
    });

    it('a foreign account is a 400 naming it; an own one is imported and recorded on the statement', async () => {
      const before = await stored();
      const foreign = await upload({ format: 'csv', accountIban: 'DE02120300000000202051' }, { name: 's.csv', bytes: csv });
      expect(foreign.status).toBe(400);
      expect(foreign.body.message).toContain('DE02120300000000202051');
      expect(await stored()).toEqual(before);
      const { status, body } = await upload({ format: 'csv', accountIban: 'DE89 3704 0044 0532 0130 00' }, { name: 's.csv', bytes: csv });
      expect(status).toBe(200);
      expect(body).toMatchObject({ imported: 1 });
      const [row] = (await db.query('SELECT account_iban FROM bank_statements WHERE id = $1', [body.statementId])).rows;
      expect(row.account_iban).toBe('DE89370400440532013000');
    });
  });

  describe('POST /bank-statements/preview', () => {
    const preview = (fields: Record<string, string>, file: { name: string; bytes: Uint8Array | string } | null, token: string | null = lead) =>
      fetch(route.replace(/\/bank-statements$/, '/bank-statements/preview'), {
        method: 'POST', body: formOf(fields, file), headers: token ? { authorization: `Bearer ${token}` } : {},
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const formOf = (fields: Record<string, string>, file: { name: string; bytes: Uint8Array | string } | null) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      if (file) form.append('file', new Blob([file.bytes]), file.name);
      return form;
    };
    // Over the 256 KiB of a /graphql body: 4000 rows of a standard CSV.
    const header = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
    const rows = Array.from({ length: 4000 }, (_, i) => `2026-11-20,2026-11-20,${(i % 90) + 10}.00,EUR,Zahlung Nummer ${i} ohne Bezug,Someone ${i},,PV-${i}`);
    const big = `${header}\n${rows.join('\n')}\n`;

    it('previews a file larger than a /graphql body; imports nothing', async () => {
      expect(Buffer.byteLength(big)).toBeGreaterThan(256 * 1024);
      const before = await stored();
      const { status, body } = await preview({ format: 'csv', limit: '5' }, { name: 'gross.csv', bytes: big });
      expect(status).toBe(200);
      expect(body).toMatchObject({ format: 'CSV', problem: null, accountIban: null, totalRows: 4000, credits: 4000, debits: 0, rejected: 0 });
      expect(body.rows).toHaveLength(5);
      expect(body.rows[0]).toMatchObject({ line: 2, kind: 'CREDIT', amountCents: 1000, transactionId: 'PV-0', alreadyImported: false });
      expect(await stored()).toEqual(before);
    });

    it('reads the Windows-1252 export through a mapping given as JSON, naming the mapping\'s account', async () => {
      const { status, body } = await preview({ format: 'csv', mapping: JSON.stringify(GIRO) }, { name: 'Umsaetze.csv', bytes: EXPORT_BYTES });
      expect(status).toBe(200);
      expect(body).toMatchObject({ problem: null, headerLine: 6, credits: 3, debits: 1, rejected: 2 });
      expect(body.accountIban).toBe('DE89370400440532013000');
      expect(body.columns).toContain('Auftraggeber/Empfänger');
    });

    it('refuses as the import route does: 400 for a bad limit or format, 413 over 5 MB, 401 without a token, 403 for a collector', async () => {
      expect((await preview({ format: 'csv', limit: '500' }, { name: 'a.csv', bytes: big })).body.message).toMatch(/limit must be 1 to 200/);
      expect((await preview({ format: 'pdf' }, { name: 'a.csv', bytes: big })).status).toBe(400);
      expect((await preview({ format: 'csv' }, { name: 'a.csv', bytes: `${header}\n${'x'.repeat(5 * 1024 * 1024 + 10)}` })).status).toBe(413);
      expect((await preview({ format: 'csv' }, { name: 'a.csv', bytes: big }, null)).status).toBe(401);
      const collector = await bed.login(fx.collectors[0]!.email);
      expect((await preview({ format: 'csv' }, { name: 'a.csv', bytes: big }, collector)).status).toBe(403);
    });
  });
});

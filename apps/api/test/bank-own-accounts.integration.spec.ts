import { readFileSync } from 'node:fs';
import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { updateCreditor } from './factories.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The harness names DE89370400440532013000 (the fixtures' account) in BANK_OWN_ACCOUNTS; AGENCY_IBAN is the default.
const CAMT = readFileSync(new URL('./fixtures/bank-statement.camt053.xml', import.meta.url), 'utf8');
const FOREIGN = 'DE02120300000000202051';
const AGENCY = 'DE87200400000627384900';
const CREDITOR = 'DE37670505050038124507';
const IMPORT = `mutation($format: BankStatementFormat!, $content: String!, $accountIban: String) {
  importBankStatement(format: $format, content: $content, accountIban: $accountIban) { imported statementId }
}`;
const OWN_ACCOUNTS = 'query { ownBankAccounts { iban holder } }';
const STANDARD = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';
const HEADER = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id,account_iban';

const camtFor = (iban: string, id: string) =>
  CAMT.replace('<IBAN>DE89370400440532013000</IBAN>', `<IBAN>${iban}</IBAN>`).replace(/MW-2026112(\d+)/g, `${id}-$1`);

describe('bank statements only for the agency\'s own accounts', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;

  const bed = withApi({
    collectors: 1, cases: 2,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCreditor(db, fx.creditorDK, { account: { legalName: 'Nordlys A/S', iban: CREDITOR, bic: null } });
    },
  });
  beforeAll(async () => {
    ({ api } = bed);
    lead = await bed.login(fx.lead.email);
  });

  const stored = async () =>
    (await db.query(`SELECT (SELECT count(*)::int FROM bank_statements) AS s, (SELECT count(*)::int FROM bank_transactions) AS t,
                            (SELECT count(*)::int FROM payments) AS p`)).rows[0];

  it('a camt.053 of a foreign account is refused naming its IBAN; nothing is stored', async () => {
    expect(CAMT).toContain('<IBAN>DE89370400440532013000</IBAN>');
    const before = await stored();
    const result = await api.gql(IMPORT, { format: 'CAMT053', content: camtFor(FOREIGN, 'F') }, lead);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0]?.message).toContain(`account ${FOREIGN}, which is not one of the agency's own accounts`);
    expect(await stored()).toEqual(before);
  });

  it('a CSV naming a foreign account (account_iban) is refused; one naming two accounts is refused', async () => {
    const before = await stored();
    const foreign = `${HEADER}\n2026-11-20,,10.00,EUR,x,,,CSV-F1,DE02 1203 0000 0000 2020 51\n`;
    const refused = await api.gql(IMPORT, { format: 'CSV', content: foreign }, lead);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(FOREIGN);
    const mixed = `${HEADER}\n2026-11-20,,10.00,EUR,x,,,CSV-M1,${AGENCY}\n2026-11-20,,11.00,EUR,y,,,CSV-M2,${FOREIGN}\n`;
    const both = await api.gql(IMPORT, { format: 'CSV', content: mixed }, lead);
    expect(both.errors?.[0]?.message).toMatch(/differs from DE87200400000627384900 above/);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['the configured account (BANK_OWN_ACCOUNTS)', 'DE89370400440532013000', 'C'],
    ['the agency account (AGENCY_IBAN)', AGENCY, 'A'],
    ["a creditor's own account", CREDITOR, 'K'],
  ])('a statement of %s is imported', async (_name, iban, id) => {
    const result = await api.ok<{ importBankStatement: { imported: number } }>(IMPORT, { format: 'CAMT053', content: camtFor(iban, id) }, lead);
    expect(result.importBankStatement.imported).toBe(3);
    const [row] = (await db.query('SELECT account_iban FROM bank_statements ORDER BY imported_at DESC LIMIT 1')).rows;
    expect(row.account_iban).toBe(iban);
  });

  it('a CSV naming an own account in account_iban is imported and the statement records it', async () => {
    const csv = `${HEADER}\n2026-11-20,,10.00,EUR,nothing,,,CSV-O1,${AGENCY}\n`;
    const result = await api.ok<{ importBankStatement: { imported: number } }>(IMPORT, { format: 'CSV', content: csv }, lead);
    expect(result.importBankStatement.imported).toBe(1);
    const [row] = (await db.query(`SELECT s.account_iban FROM bank_statements s JOIN bank_transactions t ON t.statement_id = s.id
                                    WHERE t.bank_transaction_id = 'CSV-O1'`)).rows;
    expect(row.account_iban).toBe(AGENCY);
  });

  describe('a statement that names no account (a standard CSV without account_iban)', () => {
    const csv = (id: string) => `${STANDARD}\n2026-11-20,,10.00,EUR,nothing,,,${id}\n`;

    it('without a chosen account it is refused with BAD_USER_INPUT saying to choose one; nothing is stored', async () => {
      const before = await stored();
      const result = await api.gql(IMPORT, { format: 'CSV', content: csv('NA-1') }, lead);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIban' });
      expect(result.errors?.[0]?.message).toMatch(/names no account: choose the agency's own account/);
      expect(await stored()).toEqual(before);
    });

    it('a chosen foreign account is refused naming it; nothing is stored', async () => {
      const before = await stored();
      const result = await api.gql(IMPORT, { format: 'CSV', content: csv('NA-2'), accountIban: 'DE02 1203 0000 0000 2020 51' }, lead);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountIban' });
      expect(result.errors?.[0]?.message).toContain(`account ${FOREIGN}, which is not one of the agency's own accounts`);
      expect(await stored()).toEqual(before);
    });

    it('a chosen account other than the one the file names is refused', async () => {
      const before = await stored();
      const named = `${HEADER}\n2026-11-20,,10.00,EUR,x,,,NA-3,${AGENCY}\n`;
      const result = await api.gql(IMPORT, { format: 'CSV', content: named, accountIban: CREDITOR }, lead);
      expect(result.errors?.[0]?.message).toContain(`for account ${AGENCY}, but account ${CREDITOR} was chosen`);
      expect(await stored()).toEqual(before);
    });

    it('with a chosen own account it is imported and the statement records that account', async () => {
      const result = await api.ok<{ importBankStatement: { imported: number; statementId: string } }>(
        IMPORT, { format: 'CSV', content: csv('NA-4'), accountIban: 'de37 6705 0505 0038 1245 07' }, lead,
      );
      expect(result.importBankStatement.imported).toBe(1);
      const [row] = (await db.query('SELECT account_iban FROM bank_statements WHERE id = $1', [result.importBankStatement.statementId])).rows;
      expect(row.account_iban).toBe(CREDITOR);
    });
  });

  it('ownBankAccounts lists the agency account, BANK_OWN_ACCOUNTS and the creditors\' accounts, each once; a collector is FORBIDDEN', async () => {
    const { ownBankAccounts } = await api.ok<{ ownBankAccounts: { iban: string; holder: string }[] }>(OWN_ACCOUNTS, {}, lead);
    const ibans = ownBankAccounts.map((a) => a.iban);
    expect(ibans.slice(0, 2)).toEqual([AGENCY, 'DE89370400440532013000']);
    expect(ownBankAccounts).toContainEqual({ iban: CREDITOR, holder: 'Nordlys A/S' });
    expect(new Set(ibans).size).toBe(ibans.length);
    expect(ibans).not.toContain(FOREIGN);
    const collector = await bed.login(fx.collectors[0]!.email);
    expect((await api.gql(OWN_ACCOUNTS, {}, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

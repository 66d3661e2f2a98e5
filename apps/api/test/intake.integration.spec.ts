import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Fixture } from './fixtures.js';
import { connected, subscribe, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z.
const HEADER = 'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date';
const IMPORT = `mutation($csv: String!) {
  importCases(csv: $csv) { imported caseIds duplicates rejected { line message column } warnings importId }
}`;
const CREATE = `mutation($input: CreateCaseInput!) {
  createCase(input: $input) { id status stage assignee { id } creditor { id } debtor { id name kind } claims { reference principalCents dueDate } }
}`;
const CLAIM = 'mutation { claimNextCase { id } }';

interface ImportResult {
  imported: number;
  caseIds: string[];
  duplicates: number;
  rejected: { line: number; message: string; column: string | null }[];
  warnings: string[];
  importId: string;
}

const row = (debtor: string, invoice: string, cents: number, extra = ''): string =>
  `ALP,${debtor},Debtor ${debtor},consumer,DE,${debtor.toLowerCase()}@example.org,,${invoice},${cents},EUR,2026-09-01,2026-09-15,${extra}`;

describe('portfolio intake', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const bed = withApi({ collectors: 2, cases: 0 });
  beforeAll(() => void ({ api, db, fx } = bed));

  const importCsv = async (csv: string, token: string): Promise<ImportResult> =>
    (await api.ok<{ importCases: ImportResult }>(IMPORT, { csv }, token)).importCases;

  it('imports good rows, reports bad ones by line and column, and counts duplicates; a second import books nothing', async () => {
    const lead = await api.login(fx.lead.email);
    const csv = [
      HEADER,
      row('D-1', 'INV-1', 10_000),
      row('D-1', 'INV-2', 5_000),
      row('D-2', 'INV-3', 7_500),
      row('D-3', 'INV-4', 0),
      row('D-4', 'INV-5', 1_000).replace('2026-09-15', '2026-08-15'),
      row('D-5', 'INV-6', 1_000).replace('ALP,', 'XYZ,'),
      row('D-6', 'INV-1', 1_000),
    ].join('\n');
    const before = await db.query('SELECT coalesce(sum(cases_placed), 0)::int AS n FROM kpi_cohort');
    const first = await importCsv(`\uFEFF${csv}\n`, lead);
    expect(first.imported).toBe(3);
    expect(first.duplicates).toBe(1);
    expect(first.caseIds).toHaveLength(2);
    expect(first.rejected.map((r) => [r.line, r.column])).toEqual([[5, 'principal_cents'], [6, 'due_date'], [7, 'creditor_ref']]);
    expect(first.rejected[0]!.message).toMatch(/^principal_cents: /);

    // One debtor, one case, several claims.
    const { rows: cases } = await db.query(
      `SELECT c.id, c.status, c.stage, c.assignee_id, d.ref, count(cl.*)::int AS claims, sum(cl.principal_cents)::int AS principal
         FROM cases c JOIN debtors d ON d.id = c.debtor_id JOIN claims cl ON cl.case_id = c.id
        WHERE c.id = ANY($1) GROUP BY c.id, d.ref ORDER BY d.ref`,
      [first.caseIds],
    );
    expect(cases).toEqual([
      expect.objectContaining({ ref: 'ALP/D-1', claims: 2, principal: 15_000, status: 'OPEN', stage: 'REMINDER', assignee_id: null }),
      expect.objectContaining({ ref: 'ALP/D-2', claims: 1, principal: 7_500 }),
    ]);
    const after = await db.query('SELECT sum(cases_placed)::int AS n FROM kpi_cohort');
    expect(after.rows[0].n - before.rows[0].n).toBe(2);

    const counts = async () => (await db.query(
      'SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM debtors)::int AS debtors',
    )).rows[0];
    const booked = await counts();
    const second = await importCsv(csv, lead);
    expect(second).toMatchObject({ imported: 0, caseIds: [], duplicates: 4 });
    expect(second.rejected).toHaveLength(3);
    expect(await counts()).toEqual(booked);

    const job = await api.ok<{ caseImport: { status: string; imported: number; duplicates: number; rejected: number; rowsTotal: number } }>(
      'query($id: ID!) { caseImport(id: $id) { status imported duplicates rejected rowsTotal } }', { id: first.importId }, lead,
    );
    expect(job.caseImport).toEqual({ status: 'DONE', imported: 3, duplicates: 1, rejected: 3, rowsTotal: 7 });
    const audit = await db.query("SELECT count(*)::int AS n FROM audit_events WHERE action = 'cases.imported'");
    expect(audit.rows[0].n).toBe(2);
  });

  it('names unknown columns in a warning, takes columns in any order, and stores the optional ones', async () => {
    const admin = await api.login(fx.admin.email);
    const csv = [
      `note,${HEADER.split(',').reverse().join(',')},debtor_street,debtor_postcode,debtor_city,claim_kind,reminders_sent,contract_subject,due_date_fixed`,
      `hello,${row('D-7', 'INV-7', 2_000).split(',').reverse().join(',')},Hauptstr. 1,10115,Berlin,goods_services,2,Lieferung,false`,
    ].join('\n');
    const result = await importCsv(csv, admin);
    expect(result.imported).toBe(1);
    expect(result.warnings).toEqual(['Unknown column ignored: note.']);
    const { rows } = await db.query(
      `SELECT d.address, cl.claim_kind, cl.reminders_sent, cl.contract_subject, cl.due_date_fixed FROM cases c JOIN debtors d ON d.id = c.debtor_id
         JOIN claims cl ON cl.case_id = c.id WHERE c.id = $1`,
      [result.caseIds[0]],
    );
    expect(rows).toEqual([{ address: 'Hauptstr. 1\n10115 Berlin', claim_kind: 'goods_services', reminders_sent: 2, contract_subject: 'Lieferung', due_date_fixed: false }]);
  });

  it('refuses a header without the required columns', async () => {
    const lead = await api.login(fx.lead.email);
    const result = await api.gql(IMPORT, { csv: 'creditor_ref,debtor_ref\nALP,D-1\n' }, lead);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/debtor_name/);
  });

  it('words rejected rows, warnings and refusals in the caller\'s language; the rejected-rows CSV stays English', async () => {
    const lead = await api.login(fx.lead.email);
    const gqlIn = async <T>(language: string, query: string, variables: Record<string, unknown>) =>
      (await (await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}`, 'accept-language': language },
        body: JSON.stringify({ query, variables }),
      })).json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    const csv = [
      `${HEADER},note`,
      `${row('G-1', 'GER-1', 1_000)},x`.replace('g-1@example.org', 'kein-mail'),
      `${row('G-2', 'GER-2', 1_000)},x`.replace('2026-09-15', '2026-08-15'),
      'ALP,too,few',
    ].join('\n');
    const de = (await gqlIn<{ importCases: ImportResult }>('de', IMPORT, { csv })).data!.importCases;
    expect([...de.rejected].sort((a, b) => a.line - b.line).map((r) => r.message)).toEqual([
      'debtor_email: „kein-mail“ ist keine E-Mail-Adresse.',
      'due_date: 15.08.2026 liegt vor dem Rechnungsdatum 01.09.2026.',
      'Die Zeile hat 3 Felder; die Kopfzeile hat 14.',
    ]);
    expect(de.warnings).toEqual(['Unbekannte Spalte ignoriert: note.']);

    // Stored with the job: the job answers in each caller's language, the CSV download in English.
    const job = 'query($id: ID!) { caseImport(id: $id) { warnings } }';
    expect((await gqlIn<{ caseImport: { warnings: string[] } }>('da', job, { id: de.importId })).data!.caseImport.warnings)
      .toEqual(['Ukendt kolonne ignoreret: note.']);
    const { rows: stored } = await db.query('SELECT message, message_texts FROM case_import_rejections WHERE import_id = $1 ORDER BY line', [de.importId]);
    expect(stored[0]).toEqual({
      message: 'debtor_email: "kein-mail" is not an e-mail address.',
      message_texts: {
        en: 'debtor_email: "kein-mail" is not an e-mail address.',
        de: 'debtor_email: „kein-mail“ ist keine E-Mail-Adresse.',
        da: 'debtor_email: "kein-mail" er ikke en e-mailadresse.',
      },
    });
    const download = await fetch(`${api.url.replace(/\/graphql$/, '')}/imports/cases/${de.importId}/rejected.csv`, {
      headers: { authorization: `Bearer ${lead}`, 'accept-language': 'de' },
    });
    const lines = (await download.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[1]).toMatch(/^2,debtor_email,"debtor_email: ""kein-mail"" is not an e-mail address\."/);

    // A file refused as a whole: the mutation's error and the job's error, in Danish.
    const refused = await gqlIn<unknown>('da', IMPORT, { csv: 'creditor_ref,debtor_ref\nALP,D-1\n' });
    expect(refused.errors?.[0]?.message).toMatch(/^Overskriftsrækken mangler kolonnerne debtor_name, /);
    const failed = await gqlIn<{ caseImports: { status: string; error: string | null }[] }>('de', '{ caseImports(limit: 1) { status error } }', {});
    expect(failed.data!.caseImports[0]).toEqual({ status: 'FAILED', error: expect.stringMatching(/^In der Kopfzeile fehlen die Spalten debtor_name, /) });

    // A case placed by hand: the row's fault and the conflict, in German.
    const input = {
      creditorId: fx.creditorDE, debtorRef: 'G-100', debtorName: 'Gerda Muster', debtorKind: 'consumer', debtorCountry: 'DE',
      claims: [{ invoiceRef: 'GER-100', principalCents: 1_000, invoiceDate: '2026-09-01', dueDate: '2026-08-01' }],
    };
    const bad = await gqlIn<unknown>('de', CREATE, { input });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'due_date: 01.08.2026 liegt vor dem Rechnungsdatum 01.09.2026.', extensions: { code: 'BAD_USER_INPUT', field: 'claims.0.dueDate' },
    });
  });

  it('a collector may not import or place cases', async () => {
    const collector = await api.login(fx.collectors[0]!.email);
    const result = await api.gql(IMPORT, { csv: `${HEADER}\n${row('D-9', 'INV-9', 100)}` }, collector);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const upload = await fetch(api.url.replace(/\/graphql$/, '/imports/cases'), {
      method: 'POST', headers: { authorization: `Bearer ${collector}`, 'content-type': 'text/csv' }, body: `${HEADER}\n`,
    });
    expect(upload.status).toBe(403);
  });

  it('createCase places one case with several claims that a collector can claim at once', async () => {
    const lead = await api.login(fx.lead.email);
    const input = {
      creditorId: fx.creditorDE, debtorRef: 'D-100', debtorName: 'Erika Muster', debtorKind: 'business', debtorCountry: 'DE',
      claims: [
        { invoiceRef: 'INV-100', principalCents: 250_000, invoiceDate: '2026-08-01', dueDate: '2026-08-31' },
        { invoiceRef: 'INV-101', principalCents: 50_000, invoiceDate: '2026-09-01', dueDate: '2026-09-30', claimKind: 'goods_services' },
      ],
    };
    const created = (await api.ok<{ createCase: { id: string; status: string; claims: unknown[]; debtor: { name: string } } }>(CREATE, { input }, lead)).createCase;
    expect(created).toMatchObject({ status: 'OPEN', debtor: { name: 'Erika Muster' } });
    expect(created.claims).toHaveLength(2);

    const again = await api.gql(CREATE, { input }, lead);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'claims.0.invoiceRef' });
    const bad = await api.gql(CREATE, { input: { ...input, claims: [{ ...input.claims[0], invoiceRef: 'X', dueDate: '2026-07-01' }] } }, lead);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'claims.0.dueDate' });

    // The highest priority case in the pool: the big business claim placed just now.
    const collector = await api.login(fx.collectors[0]!.email);
    const claimed = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, collector);
    expect(claimed.claimNextCase?.id).toBe(created.id);
  });

  it('the upload route streams a file into an import job, and the rejected rows download as CSV', async () => {
    const lead = await api.login(fx.lead.email);
    const id = randomUUID();
    const rows = [HEADER];
    for (let i = 0; i < 2_500; i++) rows.push(row(`U-${Math.floor((i + 1) / 2)}`, `UP-${i}`, 1_000 + i));
    rows.push(row('U-x', 'UP-bad', 12).replace('consumer', 'person'));
    rows.push('ALP,too,few');
    const body = `${rows.join('\n')}\n`;
    const base = api.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/imports/cases?id=${id}&fileName=big.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead}`, 'content-type': 'text/csv' },
      body: new Blob([body]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(200);
    const job = await response.json() as Record<string, unknown>;
    expect(job).toMatchObject({
      id, fileName: 'big.csv', status: 'DONE', imported: 2_500, casesCreated: 1_251, duplicates: 0, rejected: 2, rowsTotal: 2_502,
      bytesProcessed: Buffer.byteLength(body),
    });
    const again = await fetch(`${base}/imports/cases?id=${id}`, {
      method: 'POST', headers: { authorization: `Bearer ${lead}`, 'content-type': 'text/csv' }, body: `${HEADER}\n`,
    });
    expect(again.status).toBe(409);
    const listed = await api.ok<{ caseImports: { id: string }[] }>('{ caseImports(limit: 5) { id } }', {}, lead);
    expect(listed.caseImports[0]!.id).toBe(id);

    const csv = await fetch(`${base}/imports/cases/${id}/rejected.csv`, { headers: { authorization: `Bearer ${lead}` } });
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe(`line,column,message,${HEADER}`);
    expect(lines[1]).toMatch(/^2502,debtor_kind,"?debtor_kind: /);
    expect(lines[2]).toMatch(/^2503,,The row has 3 fields/);
    const anonymous = await fetch(`${base}/imports/cases/${id}/rejected.csv`);
    expect(anonymous.status).toBe(401);

    // Rows of one debtor across the batch boundary (the 2,000th and 2,001st rows are U-1000's invoices) stay one case.
    const { rows: split } = await db.query(
      `SELECT count(DISTINCT c.id)::int AS cases, count(*)::int AS claims, sum(cl.principal_cents)::int AS principal,
              max(c.principal_open_cents)::int AS principal_open, max(c.version)::int AS version
         FROM claims cl JOIN cases c ON c.id = cl.case_id JOIN debtors d ON d.id = c.debtor_id WHERE d.ref = 'ALP/U-1000'`,
    );
    // The case's figures were computed again once its second invoice came in.
    expect(split[0]).toEqual({ cases: 1, claims: 2, principal: 2_999 + 3_000, principal_open: 5_999, version: 2 });
  });

  it('a large file whose debtors are scattered and whose invoices repeat: one case per debtor, every invoice once', async () => {
    const lead = await api.login(fx.lead.email);
    // 2,600 rows over 600 debtors in turn (each debtor's rows far apart, in both batches and in both parts
    // of a batch written at the same time); every 100th row repeats the invoice of the row before it
    // under another debtor (a duplicate within the file).
    const rows = [HEADER];
    for (let i = 0; i < 2_600; i++) {
      const invoice = i % 100 === 99 ? `SC-${i - 1}` : `SC-${i}`;
      rows.push(row(`S-${i % 600}`, invoice, 1_000 + i));
    }
    const body = `${rows.join('\n')}\n`;
    const base = api.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/imports/cases?fileName=scattered.csv`, {
      method: 'POST', headers: { authorization: `Bearer ${lead}`, 'content-type': 'text/csv' }, body,
    });
    expect(response.status).toBe(200);
    const job = await response.json() as Record<string, unknown>;
    // Debtors S-99, S-199, ... S-599 have only repeated invoices: no case for them.
    expect(job).toMatchObject({ status: 'DONE', imported: 2_574, duplicates: 26, rejected: 0, casesCreated: 594 });
    const { rows: [placed] } = await db.query(
      `SELECT count(DISTINCT c.id)::int AS cases, count(DISTINCT c.debtor_id)::int AS debtors, count(*)::int AS claims,
              sum(cl.principal_cents)::bigint::text AS principal, bool_and(c.case_import_id = $1) AS from_job
         FROM claims cl JOIN cases c ON c.id = cl.case_id JOIN debtors d ON d.id = c.debtor_id WHERE d.ref LIKE 'ALP/S-%'`,
      [job.id],
    );
    const expected = Array.from({ length: 2_600 }, (_v, i) => (i % 100 === 99 ? 0 : 1_000 + i)).reduce((a, b) => a + b, 0);
    expect(placed).toMatchObject({ cases: 594, debtors: 594, claims: 2_574, principal: String(expected), from_job: true });
    // Each case's figures cover all its claims, also those that came in a later batch.
    const { rows: mismatched } = await db.query(
      `SELECT c.id FROM cases c JOIN claims cl ON cl.case_id = c.id WHERE c.case_import_id = $1
        GROUP BY c.id, c.principal_open_cents HAVING sum(cl.principal_cents) <> c.principal_open_cents`,
      [job.id],
    );
    expect(mismatched).toEqual([]);
  });

  it('moves the managers\' KPIs and the leads\' boards live', async () => {
    const manager = await api.login(fx.manager.email);
    const socket = api.socket(manager);
    await connected(socket);
    const live = subscribe<{ kpisChanged: { casesPlaced: number } }>(
      socket, 'subscription($f: KpiFilter!) { kpisChanged(filter: $f) { casesPlaced } }', { f: { from: '2026-11-01', to: '2026-11-30' } },
    );
    const lead = await api.login(fx.lead.email);
    const leadSocket = api.socket(lead);
    await connected(leadSocket);
    const board = subscribe<{ teamQueuesChanged: { queueSize: number }[] }>(leadSocket, 'subscription { teamQueuesChanged { queueSize } }');
    await new Promise((r) => setTimeout(r, 150));
    const before = (await api.ok<{ kpis: { casesPlaced: number } }>(
      'query($f: KpiFilter!) { kpis(filter: $f) { casesPlaced } }', { f: { from: '2026-11-01', to: '2026-11-30' } }, manager,
    )).kpis.casesPlaced;
    await importCsv(`${HEADER}\n${row('L-1', 'LIVE-1', 4_200)}\n${row('L-2', 'LIVE-2', 4_300)}\n`, lead);
    const event = await live.next();
    expect(event.kpisChanged.casesPlaced).toBe(before + 2);
    // The board refreshes, and with it the pool's size on the lead's screen.
    expect(Array.isArray((await board.next()).teamQueuesChanged)).toBe(true);
  });
});

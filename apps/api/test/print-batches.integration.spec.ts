import { createHash } from 'node:crypto';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { MANIFEST_COLUMNS } from '../src/letters/print-manifest.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { addDunningRun, addDunningStep, addLetter, debtorOf } from './factories.js';
import type { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const TODAY = '2026-11-25';
const CREATE = `mutation { createPrintBatch { id batchDate letterCount pageCount sheetCount pdfUrl manifestUrl pdfSha256 manifestSha256 createdByName } }`;
const READY = `query { lettersReadyToPrint }`;
const BATCHES = `query { printBatches { id batchDate letterCount } }`;
const RETURNED = `mutation($id: ID!, $input: ReturnedMailInput!) {
  recordReturnedMail(caseId: $id, input: $input) { id debtor { addressUnknown } returnedMail { reason letterId note address recordedByName } }
}`;
const CASE = `query($id: ID!) { case(id: $id) { letters { id status sentOn heldReason } activities { channel note } } }`;
const UPDATE = `mutation($id: ID!, $input: DebtorInput!) { updateDebtor(debtorId: $id, input: $input) { addressUnknown } }`;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function writeLetters(api: ApiInstance): Promise<void> {
  const writer = api.app.get(LetterWriterService);
  for (let i = 0; i < 10; i++) {
    await writer.writeAll();
    await new Promise((r) => setTimeout(r, 30));
  }
}

/** A case in DUNNING_1 whose letter of an earlier, finished run is still to be written. */
async function caseWithLetter(db: pg.Pool, fx: Fixture, n: number, address: string, runId: string): Promise<string> {
  const caseId = await addCase(db, {
    creditorId: fx.creditorDE, principalCents: 10_000 * n, priority: n, stage: 'DUNNING_1', stageEnteredOn: '2026-11-20',
    address, reference: `INV-${n}`, assigneeId: n === 1 ? fx.collectors[0]!.id : undefined,
  });
  await addDunningStep(db, caseId, { runId, fromStage: 'REMINDER', toStage: 'DUNNING_1', steppedOn: '2026-11-20' });
  await addLetter(db, caseId, { runId, writtenOn: '2026-11-20' });
  return caseId;
}

describe('letters out the door: the day\'s print batch and returned mail', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  let base: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 2, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const run = await addDunningRun(db, '2026-11-20', 'DONE');
      ids.berlin = await caseWithLetter(db, fx, 1, 'Hauptstraße 1\n10115 Berlin', run);
      ids.koeln = await caseWithLetter(db, fx, 2, 'Alte Straße 9\n50667 Köln', run);
      ids.returned = await caseWithLetter(db, fx, 3, 'Falsche Gasse 3\n80331 München', run);
    },
  });

  beforeAll(async () => {
    ({ api } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0]!.email);
    base = api.url.replace(/\/graphql$/, '');
    await writeLetters(api);
  });

  it('returned mail marks the address unknown, is on the timeline and in the audit trail, and keeps the letter out of the batch', async () => {
    expect((await api.ok(READY, {}, lead)).lettersReadyToPrint).toBe(3);
    const letterId = (await api.ok(CASE, { id: ids.returned }, lead)).case.letters[0].id;
    const refused = await api.gql(RETURNED, { id: ids.returned, input: { reason: 'MOVED' } }, collector);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongLetter = (await api.ok(CASE, { id: ids.berlin }, lead)).case.letters[0].id;
    const bad = await api.gql(RETURNED, { id: ids.returned, input: { reason: 'MOVED', letterId: wrongLetter } }, lead);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'letterId' });

    const data = await api.ok(RETURNED, { id: ids.returned, input: { reason: 'MOVED', letterId, note: 'Empfänger verzogen' } }, lead);
    expect(data.recordReturnedMail).toMatchObject({
      id: ids.returned, debtor: { addressUnknown: true },
      returnedMail: [{ reason: 'MOVED', letterId, note: 'Empfänger verzogen', address: 'Falsche Gasse 3\n80331 München', recordedByName: expect.any(String) }],
    });
    const timeline = (await api.ok(CASE, { id: ids.returned }, lead)).case.activities;
    expect(timeline.map((a: { note: string }) => a.note)).toContainEqual(expect.stringContaining('Post returned undelivered (moved): Empfänger verzogen'));
    const audit = (await db.query(`SELECT action, after FROM audit_events WHERE entity_id = $1 AND action = 'case.returned-mail'`, [ids.returned])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ reason: 'MOVED', letterId, addressUnknown: true });
    expect((await api.ok(READY, {}, lead)).lettersReadyToPrint).toBe(2);
  });

  it('a collector may not make or download a batch', async () => {
    const refused = await api.gql(CREATE, {}, collector);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a lead makes today\'s batch: one PDF and a CSV manifest, its letters SENT today; asking again gives the same batch', async () => {
    const batch = (await api.ok(CREATE, {}, lead)).createPrintBatch;
    expect(batch).toMatchObject({ batchDate: TODAY, letterCount: 2, pdfUrl: `/print-batches/${batch.id}.pdf`, manifestUrl: `/print-batches/${batch.id}.csv` });
    expect(batch.pageCount % 2).toBe(0);

    const pdf = await fetch(`${base}${batch.pdfUrl}`, { headers: { authorization: `Bearer ${lead}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha256(pdfBytes)).toBe(batch.pdfSha256);
    expect(pdfBytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(batch.pageCount);

    const csv = await fetch(await api.ticketed(batch.manifestUrl, lead));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const manifest = await csv.text();
    expect(sha256(manifest)).toBe(batch.manifestSha256);
    const [header, ...rows] = manifest.trim().split('\n').map((line) => line.split(','));
    expect(header).toEqual([...MANIFEST_COLUMNS]);
    expect(rows).toHaveLength(2);
    const col = (row: string[], name: (typeof MANIFEST_COLUMNS)[number]) => row[MANIFEST_COLUMNS.indexOf(name)];
    const berlinLetter = (await api.ok(CASE, { id: ids.berlin }, lead)).case.letters[0];
    const berlinRow = rows.find((r) => col(r, 'letter_id') === berlinLetter.id)!;
    expect(berlinRow).toBeDefined();
    expect(col(berlinRow, 'recipient_name')).toBe('Debtor 1');
    expect(col(berlinRow, 'address_line_1')).toBe('Hauptstraße 1');
    expect(col(berlinRow, 'address_line_2')).toBe('10115 Berlin');
    expect(col(berlinRow, 'country')).toBe('DE');
    expect(col(berlinRow, 'destination')).toBe('DOMESTIC');
    expect(col(berlinRow, 'envelope')).toBe('DL');
    expect(Number(col(berlinRow, 'first_page'))).toBeGreaterThanOrEqual(1);
    expect(rows.map((r) => Number(col(r, 'sheets'))).reduce((a, b) => a + b)).toBe(batch.sheetCount);

    // The letters are SENT today and say so on the timeline; the returned one is not.
    expect(berlinLetter).toMatchObject({ status: 'SENT', sentOn: TODAY });
    const berlin = (await api.ok(CASE, { id: ids.berlin }, lead)).case;
    expect(berlin.activities.map((a: { note: string }) => a.note)).toContain(`Letter posted with the print batch of ${TODAY}`);
    expect((await api.ok(CASE, { id: ids.returned }, lead)).case.letters[0].status).toBe('READY');
    const audit = (await db.query(`SELECT after FROM audit_events WHERE action = 'print-batch.create' AND entity_id = $1`, [batch.id])).rows;
    expect(audit[0].after).toMatchObject({ batchDate: TODAY, letters: 2 });

    // Idempotent: the batch is a record; asking again today, and downloading again, give the same.
    const again = (await api.ok(CREATE, {}, lead)).createPrintBatch;
    expect(again).toEqual(batch);
    const pdfAgain = Buffer.from(await (await fetch(`${base}${batch.pdfUrl}`, { headers: { authorization: `Bearer ${lead}` } })).arrayBuffer());
    expect(pdfAgain.equals(pdfBytes)).toBe(true);
    expect((await api.ok(BATCHES, {}, lead)).printBatches).toEqual([{ id: batch.id, batchDate: TODAY, letterCount: 2 }]);
    expect((await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'SENT'`)).rows[0].n).toBe(2);

    // A SENT letter is final; a batch is kept as made.
    await expect(db.query(`UPDATE letters SET sent_on = '2026-11-26' WHERE id = $1`, [berlinLetter.id])).rejects.toThrow(/final/);
    await expect(db.query(`UPDATE print_batches SET letter_count = 3`)).rejects.toThrow(/kept as made/);

    expect((await fetch(`${base}${batch.pdfUrl}`, { headers: { authorization: `Bearer ${collector}` } })).status).toBe(403);
    expect((await fetch(`${base}${batch.pdfUrl}`)).status).toBe(401);
  });

  it('returned mail holds the debtor\'s next letter until updateDebtor sets a new address; the returned letter never goes out', async () => {
    const debtorId = await debtorOf(db, ids.returned);
    const run = await addDunningRun(db, '2026-11-24', 'DONE');
    await addDunningStep(db, ids.returned, { runId: run, fromStage: 'DUNNING_1', toStage: 'DUNNING_2', steppedOn: '2026-11-24' });
    const next = await addLetter(db, ids.returned, { runId: run, writtenOn: '2026-11-24' });
    await writeLetters(api);
    const held = (await api.ok(CASE, { id: ids.returned }, lead)).case.letters.find((l: { id: string }) => l.id === next);
    expect(held).toMatchObject({ status: 'PENDING', heldReason: expect.stringContaining('address is unknown') });
    expect((await api.ok(READY, {}, lead)).lettersReadyToPrint).toBe(0);

    expect((await api.ok(UPDATE, { id: debtorId, input: { address: 'Neue Straße 1\n80333 München', addressUnknown: false } }, lead)).updateDebtor)
      .toEqual({ addressUnknown: false });
    await writeLetters(api);
    const letters = (await api.ok(CASE, { id: ids.returned }, lead)).case.letters;
    expect(letters.find((l: { id: string }) => l.id === next).status).toBe('READY');
    // Only the new letter, to the new address, waits for the next batch: the returned one carries the old address.
    expect((await api.ok(READY, {}, lead)).lettersReadyToPrint).toBe(1);
    const content = (await db.query('SELECT content FROM letters WHERE id = $1', [next])).rows[0].content;
    expect(content.recipient).toEqual(['Debtor 3', 'Neue Straße 1', '80333 München']);
  });
});

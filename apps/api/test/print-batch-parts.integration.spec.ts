import { createHash } from 'node:crypto';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { MANIFEST_COLUMNS } from '../src/letters/print-manifest.js';
import { addCase, buildFixture, setCreditorAddress, type Fixture } from './fixtures.js';
import { addDunningRun, addDunningStep, addLetter } from './factories.js';
import { ApiInstance } from './harness.js';
import { migratedDatabases } from './migrated-databases.js';
import { withApi } from './with-api.js';
import { runMigrations } from '../src/database/migrate.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock).
const TODAY = '2026-11-25';
const LETTERS = 25;
const CREATE = `mutation { createPrintBatch {
  id batchDate letterCount pageCount sheetCount partLetters pdfUrl manifestUrl pdfSha256 manifestSha256
  parts { number letterCount firstLetter lastLetter pageCount sheetCount pdfSha256 manifestSha256 pdfUrl manifestUrl }
} }`;
const BATCHES = `query { printBatches { id letterCount parts { number letterCount } } }`;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

interface Part {
  number: number; letterCount: number; firstLetter: number; lastLetter: number; pageCount: number; sheetCount: number;
  pdfSha256: string; manifestSha256: string; pdfUrl: string; manifestUrl: string;
}

describe('a large day\'s print batch comes in parts', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let base: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    env: () => ({ PRINT_BATCH_PART_LETTERS: '10' }),
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const run = await addDunningRun(db, '2026-11-20', 'DONE');
      for (let n = 1; n <= LETTERS; n++) {
        const caseId = await addCase(db, {
          creditorId: fx.creditorDE, principalCents: 1_000 * n, priority: n, stage: 'DUNNING_1', stageEnteredOn: '2026-11-20',
          address: `Weg ${n}\n10115 Berlin`, reference: `INV-${n}`,
        });
        await addDunningStep(db, caseId, { runId: run, fromStage: 'REMINDER', toStage: 'DUNNING_1', steppedOn: '2026-11-20' });
        await addLetter(db, caseId, { runId: run, writtenOn: '2026-11-20' });
      }
    },
  });

  beforeAll(async () => {
    ({ api } = bed);
    lead = await api.login(fx.lead.email);
    base = api.url.replace(/\/graphql$/, '');
    const writer = api.app.get(LetterWriterService);
    for (let i = 0; i < 20; i++) {
      await writer.writeAll();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'READY'`);
      if (rows[0].n === LETTERS) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  const download = async (url: string) => {
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${lead}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('25 letters in parts of 10: three parts of 10, 10 and 5 letters, each its own PDF and manifest; every letter once, SENT once', async () => {
    expect((await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'READY'`)).rows[0].n).toBe(LETTERS);

    // A request retried while the first is still at work: one batch, made once.
    const [first, retried] = await Promise.all([api.ok(CREATE, {}, lead), api.ok(CREATE, {}, lead)]);
    const batch = first.createPrintBatch;
    expect(retried.createPrintBatch).toEqual(batch);
    expect(batch).toMatchObject({ batchDate: TODAY, letterCount: LETTERS, partLetters: 10 });
    const parts: Part[] = batch.parts;
    expect(parts.map((p) => [p.number, p.letterCount, p.firstLetter, p.lastLetter])).toEqual([[1, 10, 1, 10], [2, 10, 11, 20], [3, 5, 21, 25]]);
    expect(parts.map((p) => p.pdfUrl)).toEqual([1, 2, 3].map((n) => `/print-batches/${batch.id}/parts/${n}.pdf`));
    expect(parts.reduce((sum, p) => sum + p.pageCount, 0)).toBe(batch.pageCount);
    expect(parts.reduce((sum, p) => sum + p.sheetCount, 0)).toBe(batch.sheetCount);
    // The batch's own fields name the first part.
    expect(batch).toMatchObject({ pdfUrl: parts[0]!.pdfUrl, manifestUrl: parts[0]!.manifestUrl, pdfSha256: parts[0]!.pdfSha256 });

    const seen = new Map<string, number>();
    for (const part of parts) {
      const pdf = await download(part.pdfUrl);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
      expect(pdf.headers.get('content-disposition')).toContain(`print-batch-${TODAY}-part-${part.number}-of-3.pdf`);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(sha256(pdf.bytes)).toBe(part.pdfSha256);
      expect(pdf.headers.get('x-content-sha256')).toBe(part.pdfSha256);
      expect(pdf.bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(part.pageCount);
      expect(pdf.bytes.toString('latin1')).toContain(`/Count ${part.pageCount}\n`);

      const csv = await fetch(await api.ticketed(part.manifestUrl, lead));
      expect(csv.status).toBe(200);
      const manifest = await csv.text();
      expect(sha256(manifest)).toBe(part.manifestSha256);
      const [header, ...rows] = manifest.trim().split('\n').map((line) => line.split(','));
      expect(header).toEqual([...MANIFEST_COLUMNS]);
      expect(rows).toHaveLength(part.letterCount);
      const col = (row: string[], name: (typeof MANIFEST_COLUMNS)[number]) => row[MANIFEST_COLUMNS.indexOf(name)]!;
      expect(rows.map((r) => Number(col(r, 'sequence')))).toEqual(rows.map((_, i) => i + 1));
      expect(rows.every((r) => col(r, 'part') === String(part.number))).toBe(true);
      expect(rows.reduce((sum, r) => sum + Number(col(r, 'sheets')), 0)).toBe(part.sheetCount);
      // Page ranges run through the part's PDF, each letter on a new sheet.
      let page = 1;
      for (const r of rows) {
        expect(Number(col(r, 'first_page'))).toBe(page);
        page = Number(col(r, 'last_page')) + 1 + (Number(col(r, 'pages')) % 2);
      }
      expect(page - 1).toBe(part.pageCount);
      for (const r of rows) seen.set(col(r, 'letter_id'), (seen.get(col(r, 'letter_id')) ?? 0) + 1);

      // The same bytes on every download.
      expect((await download(part.pdfUrl)).bytes.equals(pdf.bytes)).toBe(true);
    }
    expect(seen.size).toBe(LETTERS);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);

    // Each letter SENT once, with its part and place; one "posted" entry per case.
    const sent = (await db.query(
      `SELECT id, print_part, print_sequence FROM letters WHERE status = 'SENT' AND sent_on = $1 AND print_batch_id = $2`, [TODAY, batch.id],
    )).rows;
    expect(sent).toHaveLength(LETTERS);
    expect(new Set(sent.map((l) => l.id))).toEqual(new Set(seen.keys()));
    expect(sent.filter((l) => l.print_part === 3).map((l) => l.print_sequence).sort()).toEqual([1, 2, 3, 4, 5]);
    const posted = (await db.query(
      `SELECT case_id, count(*)::int AS n FROM activities WHERE note = $1 GROUP BY case_id`, [`Letter posted with the print batch of ${TODAY}`],
    )).rows;
    expect(posted).toHaveLength(LETTERS);
    expect(posted.every((p) => p.n === 1)).toBe(true);

    // Asking again gives the same batch and marks nothing again.
    expect((await api.ok(CREATE, {}, lead)).createPrintBatch).toEqual(batch);
    expect((await db.query(`SELECT count(*)::int AS n FROM activities WHERE note LIKE 'Letter posted%'`)).rows[0].n).toBe(LETTERS);
    expect((await api.ok(BATCHES, {}, lead)).printBatches).toEqual([
      { id: batch.id, letterCount: LETTERS, parts: [{ number: 1, letterCount: 10 }, { number: 2, letterCount: 10 }, { number: 3, letterCount: 5 }] },
    ]);
    const audit = (await db.query(`SELECT after FROM audit_events WHERE action = 'print-batch.create' AND entity_id = $1`, [batch.id])).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ letters: LETTERS, parts: 3, partLetters: 10 });

    // A batch in parts has no single file; no part 4; parts are kept as made.
    expect((await download(`/print-batches/${batch.id}.pdf`)).status).toBe(409);
    expect((await download(`/print-batches/${batch.id}/parts/4.pdf`)).status).toBe(404);
    expect((await fetch(`${base}${parts[0]!.pdfUrl}`)).status).toBe(401);
    await expect(db.query(`UPDATE print_batch_parts SET letter_count = 9`)).rejects.toThrow(/kept as made/);
  });
});

describe('the print-batch-parts migration', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());

  it('makes a batch made before parts its one part, still downloadable as stored; down restores it', async () => {
    const { url, source, db } = await databases.until(1766020000000);
    const fx = await buildFixture(db, { collectors: 1, cases: 0 });
    await source.undoLastMigration({ transaction: 'all' });
    const pdf = Buffer.from('%PDF-1.3\n% a batch as stored before parts\n%%EOF\n');
    const manifest = `${MANIFEST_COLUMNS.slice(0, -1).join(',')}\n`;
    const { rows: [{ id }] } = await db.query(
      `INSERT INTO print_batches (batch_date, created_by, letter_count, page_count, sheet_count, pdf, pdf_sha256, manifest, manifest_sha256)
       VALUES ('2026-11-20', $1, 2, 4, 2, $2, $3, $4, $5) RETURNING id`,
      [fx.lead.id, pdf, sha256(pdf), manifest, sha256(manifest)],
    );

    await source.runMigrations({ transaction: 'all' });
    expect((await db.query(`SELECT number, first_letter, letter_count, page_count, sheet_count, pdf_sha256 FROM print_batch_parts`)).rows)
      .toEqual([{ number: 1, first_letter: 1, letter_count: 2, page_count: 4, sheet_count: 2, pdf_sha256: sha256(pdf) }]);
    // Down restores the batch as stored; up again makes the part again.
    await source.undoLastMigration({ transaction: 'all' });
    expect((await db.query(`SELECT pdf, manifest FROM print_batches WHERE id = $1`, [id])).rows).toEqual([{ pdf, manifest }]);
    await source.runMigrations({ transaction: 'all' });

    // The API needs the later migrations too (sign-in reads tables they add).
    await runMigrations(url);
    const api = await ApiInstance.start(url);
    try {
      const token = await api.login(fx.lead.email);
      const base = api.url.replace(/\/graphql$/, '');
      const { printBatches } = await api.ok(`query { printBatches { partLetters pdfUrl parts { number letterCount pdfUrl } } }`, {}, token);
      expect(printBatches).toEqual([{ partLetters: null, pdfUrl: `/print-batches/${id}.pdf`, parts: [{ number: 1, letterCount: 2, pdfUrl: `/print-batches/${id}/parts/1.pdf` }] }]);
      for (const link of [`/print-batches/${id}.pdf`, `/print-batches/${id}/parts/1.pdf`]) {
        const res = await fetch(`${base}${link}`, { headers: { authorization: `Bearer ${token}` } });
        expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
      }
      expect(await (await fetch(`${base}/print-batches/${id}.csv`, { headers: { authorization: `Bearer ${token}` } })).text()).toBe(manifest);
    } finally {
      await api.close();
    }
  });
});

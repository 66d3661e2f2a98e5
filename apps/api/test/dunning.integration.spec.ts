import { createHash, randomUUID } from 'node:crypto';
import { BROKEN_PROMISES_CAP, DEFAULT_PRIORITY_WEIGHTS, agencyFeeDE, computeBalance, openPrincipalCents } from '@mahnwerk/domain';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { DunningService } from '../src/dunning/dunning.service.js';
import { DunningStrategiesService } from '../src/dunning/dunning-strategies.service.js';
import { BREAK_PROMISES, PER_CASE_CANDIDATES, STEP_CASES, stepCasesParams } from '../src/dunning/dunning-run.repository.js';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, dunningState, setCreditorAddress, type AddCaseOptions, type Fixture } from './fixtures.js';
import { addDunningRun, addPayment, addPromise, updateCase } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock); the run below is for that day.
const AS_OF = '2026-11-25';
const RUN = `mutation($d: Date!) {
  runDunning(asOf: $d) { id asOf status advanced feesCharged letters emails promisesBroken finishedAt }
}`;
const CASE_LETTERS = `query($id: ID!) { case(id: $id) { id stage letters { id status url writtenOn contentSha256 pdfSha256 } } }`;

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RunResult {
  id: string;
  asOf: string;
  status: string;
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
  finishedAt: string | null;
}

/** Writes every queued letter; waits for the writer the run itself woke up, so no letter is left half-done. */
async function writeLetters(api: ApiInstance, db: pg.Pool): Promise<void> {
  const writer = api.app.get(LetterWriterService);
  for (let i = 0; i < 100; i++) {
    await writer.writeAll();
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'PENDING'`);
    if (rows[0].n === 0) return;
    await sleep(50);
  }
  throw new Error('letters still pending');
}

const caseRow = async (db: pg.Pool, id: string) =>
  (await db.query(
    'SELECT status, stage, stage_entered_on, version, open_cents, next_action_at FROM cases WHERE id = $1',
    [id],
  )).rows[0];

describe('runDunning: one stage per due case, fees, letters, promises, idempotent per date', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  let collectorB: string;
  /** A German consumer with two due cases: one consolidated letter. */
  let debtorX: string;
  const ids: Record<string, string> = {};
  const before: Record<string, Record<string, any>> = {};
  let firstRun: RunResult;

  const de = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', ...o });
  const dk = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, {
      creditorId: fx.creditorDK, principalCents: 750_000, currency: 'DKK', country: 'DK', address: 'Strøget 1, 1160 København K', ...o,
    });

  const clock = new FixedClock();
  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      await setCreditorAddress(db, fx.creditorDK, 'Vesterbrogade 10, 1620 København V');
      // The fixture's Danish case: in PHONE since 2026-11-20, its hand-over (11 days) is not due yet.
      await updateCase(db, fx.danishCase, { stageEnteredOn: '2026-11-20' });

      // Due: REMINDER -> DUNNING_1 (14 days) and DUNNING_1 -> DUNNING_2 (14 days), one debtor.
      ids.deReminder = await de({ priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11', defaultDate: null });
      debtorX = (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [ids.deReminder])).rows[0].debtor_id;
      ids.deDunning1 = await de({ priority: 2, stage: 'DUNNING_1', stageEnteredOn: '2026-11-11', debtorId: debtorX, reference: 'INV-2' });
      // Not due: 13 days in REMINDER; on hold; paid.
      ids.deNotDue = await de({ priority: 3, stage: 'REMINDER', stageEnteredOn: '2026-11-12' });
      ids.deOnHold = await de({ priority: 4, stage: 'REMINDER', stageEnteredOn: '2026-10-01', status: 'ON_HOLD' });
      ids.dePaid = await de({ priority: 5, stage: 'REMINDER', stageEnteredOn: '2026-10-01', openCents: 0 });
      await updateCase(db, ids.dePaid, { status: 'PAID', paidAt: '2026-11-01T10:00:00Z' });
      // Due for the agency (PHONE -> AGENCY, 8 days): the fee depends on the claim value (priced by value band).
      ids.deAgency = await de({ priority: 6, stage: 'PHONE', stageEnteredOn: '2026-11-17', principalCents: 100_000 });
      // The same, after a part payment: the fee is on the principal still open.
      ids.deAgencyPaid = await de({ priority: 7, stage: 'PHONE', stageEnteredOn: '2026-11-10', principalCents: 120_000 });
      await addPayment(db, ids.deAgencyPaid, {
        amountCents: 30_000, receivedAt: '2026-11-01', reference: 'SEPA part payment', source: 'MANUAL', idempotencyKey: `key-${randomUUID()}`,
      });
      // What recording the payment through the API keeps on the case: the principal still open.
      await updateCase(db, ids.deAgencyPaid, { principalOpenCents: 120_000 - principalRepaidBy30000() });
      // A German case in COURT without a court order: enforcement waits for the court.
      ids.deCourt = await de({ priority: 8, stage: 'COURT', stageEnteredOn: '2026-10-01' });
      // Danish reminders (DKK 100 each), the third with the collection warning.
      ids.dkReminder = await dk({ priority: 11, stage: 'REMINDER', stageEnteredOn: '2026-11-11' });
      ids.dkDunning1 = await dk({ priority: 12, stage: 'DUNNING_1', stageEnteredOn: '2026-11-10' });
      // A Danish case in PHONE (a stage the Danish strategy does not have): handed over after 11 days, DKK 100.
      ids.dkPhone = await dk({ priority: 13, stage: 'PHONE', stageEnteredOn: '2026-11-14' });
      // A Danish creditor's case in EUR: the DKK reminder fee is not charged on it.
      ids.dkEur = await dk({ priority: 14, stage: 'REMINDER', stageEnteredOn: '2026-11-01', currency: 'EUR' });
      // Promises: one due 4 days before the run (broken after 3 grace days), one due 3 days before (not yet).
      ids.promiseCase = await de({ priority: 20, stage: 'REMINDER', stageEnteredOn: '2026-11-20' });
      await addPromise(db, ids.promiseCase, { amountCents: 5000, dueDate: '2026-11-21' });
      await addPromise(db, ids.promiseCase, { amountCents: 5000, dueDate: '2026-11-22' });
      for (const [name, id] of Object.entries({ ...ids, danish: fx.danishCase })) before[name] = await caseRow(db, id);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
    collectorB = await api.login(fx.collectorB.email);
  });

  const steps = async (caseId: string) =>
    (await db.query('SELECT run_id, from_stage, to_stage, channel, fee_cents, stepped_on FROM dunning_steps WHERE case_id = $1', [caseId])).rows;
  const fees = async (caseId: string) =>
    (await db.query('SELECT label, amount_cents, charged_on FROM fees WHERE case_id = $1 ORDER BY created_at', [caseId])).rows;
  const activities = async (caseId: string) =>
    (await db.query('SELECT channel, note, letter_id FROM activities WHERE case_id = $1 ORDER BY occurred_at, channel', [caseId])).rows;

  it('a collector may not start a run (FORBIDDEN); nothing is written', async () => {
    const result = await api.gql(RUN, { d: AS_OF }, collector);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await db.query('SELECT count(*)::int AS n FROM dunning_runs')).rows[0].n).toBe(0);
  });

  it('a malformed date is refused (BAD_USER_INPUT), by the API and by the service; nothing is written', async () => {
    for (const d of ['2026-02-30', '25.11.2026', 'tomorrow']) {
      const result = await api.gql(RUN, { d }, lead);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    await expect(api.app.get(DunningService).run('2026-13-01', null)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await db.query('SELECT count(*)::int AS n FROM dunning_runs')).rows[0].n).toBe(0);
  });

  it('advances each due case exactly one stage, with step row, version, activity and the counts on the run row', async () => {
    const start = await dunningState(db);
    const { runDunning } = await api.ok<{ runDunning: RunResult }>(RUN, { d: AS_OF }, lead);
    firstRun = runDunning;
    // deReminder, deDunning1, deAgency, deAgencyPaid, dkReminder, dkDunning1, dkPhone, dkEur.
    expect(runDunning).toMatchObject({
      asOf: AS_OF, status: 'DONE', advanced: 8, feesCharged: 5, letters: 7, emails: 0, promisesBroken: 1, finishedAt: expect.any(String),
    });
    const [run] = (await db.query('SELECT * FROM dunning_runs')).rows;
    expect(run).toMatchObject({
      id: runDunning.id, as_of: AS_OF, status: 'DONE', started_by: fx.lead.id, advanced: 8, fees_charged: 5, letters: 7, emails: 0, promises_broken: 1,
    });

    const moved: [string, string, string, string][] = [
      ['deReminder', 'REMINDER', 'DUNNING_1', 'LETTER'],
      ['deDunning1', 'DUNNING_1', 'DUNNING_2', 'LETTER'],
      ['deAgency', 'PHONE', 'AGENCY', 'LETTER'],
      ['deAgencyPaid', 'PHONE', 'AGENCY', 'LETTER'],
      ['dkReminder', 'REMINDER', 'DUNNING_1', 'LETTER'],
      ['dkDunning1', 'DUNNING_1', 'DUNNING_2', 'LETTER'],
      ['dkPhone', 'PHONE', 'AGENCY', 'LETTER'],
      ['dkEur', 'REMINDER', 'DUNNING_1', 'LETTER'],
    ];
    for (const [name, from, to, channel] of moved) {
      const row = await caseRow(db, ids[name]);
      expect({ name, stage: row.stage, on: row.stage_entered_on, version: row.version }).toEqual({
        name, stage: to, on: AS_OF, version: before[name].version + 1,
      });
      const stepRows = await steps(ids[name]);
      expect(stepRows).toEqual([expect.objectContaining({ run_id: runDunning.id, from_stage: from, to_stage: to, channel, stepped_on: AS_OF })]);
      const feeSum = (await fees(ids[name])).reduce((s, f) => s + f.amount_cents, 0);
      expect(stepRows[0].fee_cents).toBe(feeSum);
      expect(row.open_cents).toBe(before[name].open_cents + feeSum);
      // The step shows on the case's timeline (from dunning_steps, no activity row per step).
      const timeline = await api.ok<{ case: { activities: { channel: string; note: string }[] } }>(
        'query($id: ID!) { case(id: $id) { activities { channel note } } }', { id: ids[name] }, lead,
      );
      const notes = timeline.case.activities.filter((a) => a.note.startsWith(`Dunning run ${AS_OF}: moved to`));
      expect(notes).toHaveLength(1);
      expect(notes[0].channel).toBe('SYSTEM');
    }
    for (const name of ['deNotDue', 'deOnHold', 'dePaid', 'deCourt', 'promiseCase', 'danish']) {
      const id = name === 'danish' ? fx.danishCase : ids[name];
      const row = await caseRow(db, id);
      expect({ name, stage: row.stage, on: row.stage_entered_on }).toEqual({ name, stage: before[name].stage, on: before[name].stage_entered_on });
      expect(await steps(id)).toEqual([]);
      expect(await fees(id)).toEqual([]);
      if (name !== 'promiseCase') expect(row.version).toBe(before[name].version);
    }
    const end = await dunningState(db);
    expect(end.dunningSteps - start.dunningSteps).toBe(8);
    expect(end.fees - start.fees).toBe(5);
    expect(end.letters - start.letters).toBe(7);
    const audit = await db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'dunning.run' AND entity_id = $1`, [runDunning.id]);
    expect(audit.rows).toEqual([{ actor_id: fx.lead.id, after: expect.objectContaining({ asOf: AS_OF, advanced: 8, feesCharged: 5, letters: 7 }) }]);
  });

  it('charges the Danish reminder and hand-over fees of DKK 100, not on a EUR case, and none on German letters', async () => {
    for (const name of ['dkReminder', 'dkDunning1']) {
      expect(await fees(ids[name])).toEqual([{ label: expect.stringContaining('rykkergebyr'), amount_cents: 10_000, charged_on: AS_OF }]);
    }
    expect(await fees(ids.dkPhone)).toEqual([{ label: expect.stringContaining('Hand-over'), amount_cents: 10_000, charged_on: AS_OF }]);
    expect(await fees(ids.dkEur)).toEqual([]);
    expect(await fees(ids.deReminder)).toEqual([]);
    expect(await fees(ids.deDunning1)).toEqual([]);
  });

  it('German agency costs: the domain fee (0.5 first demand + expenses) on the principal still open', async () => {
    const fee = (claimValueCents: number) =>
      agencyFeeDE({ claimValueCents, onDate: AS_OF, factor: 0.9, undisputed: true, paidOnFirstDemand: true, creditorCanDeductVat: true }).amountCents;
    const [agency] = await fees(ids.deAgency);
    expect(agency.amount_cents).toBe(fee(100_000));
    expect(agency.amount_cents).toBe(4_650 + 930); // 0.5 x EUR 93.00 + 20 % expenses
    expect(agency.label).toMatch(/^Inkassokosten: Geschäftsgebühr 0,5 \(erste Zahlungsaufforderung, einfacher Fall \(Nr\. 2300 Anm\. 2 Satz 2 VV RVG\)/);

    // 300 EUR paid on 2026-11-01 go to interest first, the rest to the principal (BGB 367).
    const repaid = principalRepaidBy30000();
    expect(repaid).toBeGreaterThan(0);
    expect(repaid).toBeLessThan(30_000);
    const [paid] = await fees(ids.deAgencyPaid);
    expect(paid.amount_cents).toBe(fee(120_000 - repaid));
    expect(paid.amount_cents).not.toBe(fee(120_000));
  });

  it('sets the default date of a German consumer claim at the first dunning letter (its deadline)', async () => {
    const { rows } = await db.query('SELECT default_date FROM claims WHERE case_id = $1', [ids.deReminder]);
    expect(rows).toEqual([{ default_date: '2026-12-05' }]);
  });

  it('breaks a promise past its grace days: BROKEN, the case back to the queue, on its timeline', async () => {
    const { rows } = await db.query('SELECT due_date, status, resolved_at FROM promises WHERE case_id = $1 ORDER BY due_date', [ids.promiseCase]);
    expect(rows).toEqual([
      { due_date: '2026-11-21', status: 'BROKEN', resolved_at: expect.any(Date) },
      { due_date: '2026-11-22', status: 'OPEN', resolved_at: null },
    ]);
    const row = await caseRow(db, ids.promiseCase);
    expect(before.promiseCase.next_action_at).toBeNull();
    expect(row.next_action_at).toEqual(expect.any(Date));
    expect(row.version).toBe(before.promiseCase.version + 1);
    const priorities = await db.query('SELECT priority FROM cases WHERE id = $1', [ids.promiseCase]);
    expect(priorities.rows[0].priority).toBe(20 + DEFAULT_PRIORITY_WEIGHTS.brokenPromises / BROKEN_PROMISES_CAP); // raised: 50 points, one of 3
    const timeline = await api.ok<{ case: { activities: { channel: string; note: string }[] } }>(
      'query($id: ID!) { case(id: $id) { activities { channel note } } }', { id: ids.promiseCase }, lead,
    );
    const notes = timeline.case.activities.filter((a) => a.note.includes('marked as broken'));
    expect(notes).toEqual([{ channel: 'SYSTEM', note: expect.stringMatching(/^Promise of .* due 2026-11-21 not paid in time; marked as broken$/) }]);
  });

  it('keeps the KPI read models as a rebuild computes them (the run writes its stage moves and broken promises itself)', async () => {
    const snapshot = async () => ({
      daily: (await db.query('SELECT * FROM kpi_daily ORDER BY day, creditor_id, currency, collector_id NULLS FIRST')).rows,
      moves: (await db.query('SELECT * FROM kpi_stage_moves ORDER BY day, creditor_id, currency, collector_id NULLS FIRST, from_stage, to_stage')).rows,
    });
    const kept = await snapshot();
    expect(kept.moves.some((m) => m.day === AS_OF)).toBe(true);
    expect(kept.daily.some((d) => d.day === '2026-11-21' && d.promises_broken > 0)).toBe(true);
    await db.query('SELECT kpi_rebuild()');
    expect(await snapshot()).toEqual(kept);
  });

  describe('letters', () => {
    let letterX: Record<string, any>;

    beforeAll(async () => {
      await writeLetters(api, db);
      letterX = (await db.query('SELECT * FROM letters WHERE debtor_id = $1', [debtorX])).rows[0];
    });

    it('one consolidated letter per debtor and creditor: two due cases of one debtor, one letter', async () => {
      const { rows } = await db.query(
        `SELECT debtor_id, creditor_id, count(*)::int AS n FROM letters WHERE run_id = $1 GROUP BY debtor_id, creditor_id`,
        [firstRun.id],
      );
      expect(rows).toHaveLength(7);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(rows.filter((r) => r.debtor_id === debtorX)).toEqual([{ debtor_id: debtorX, creditor_id: fx.creditorDE, n: 1 }]);
      const content = letterX.content;
      expect(content.tables[0].rows.map((r: string[]) => r[1]).sort()).toEqual(['INV-1', 'INV-2']);
    });

    it('is READY with sha256 of the stored content and of the PDF; the PDF is a PDF', async () => {
      const { rows } = await db.query(
        `SELECT id, status, error, content::text AS content_text, content_sha256, pdf, pdf_sha256, written_on, ready_at FROM letters WHERE run_id = $1`,
        [firstRun.id],
      );
      for (const l of rows) {
        expect({ id: l.id, status: l.status, error: l.error }).toEqual({ id: l.id, status: 'READY', error: null });
        expect(l.content_sha256).toBe(sha256(l.content_text));
        expect(l.pdf_sha256).toBe(sha256(l.pdf));
        expect(l.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(l.written_on).toBe(AS_OF);
      }
      // Two steps, windows 10 (1st dunning letter) and 7 (last one): the letter gives the longer one.
      expect(letterX.content.deadline).toBe('2026-12-05');
      expect(letterX.content.title).toBe('Letzte Mahnung'); // the title of the highest stage in the letter
    });

    it('each stepped case has a LETTER activity pointing at its letter', async () => {
      const { rows } = await db.query(
        `SELECT s.case_id, l.id AS letter_id,
                (SELECT count(*)::int FROM activities a WHERE a.case_id = s.case_id AND a.channel = 'LETTER' AND a.letter_id = l.id) AS n
           FROM dunning_steps s JOIN cases c ON c.id = s.case_id
           JOIN letters l ON l.run_id = s.run_id AND l.debtor_id = c.debtor_id AND l.creditor_id = c.creditor_id
          WHERE s.run_id = $1`,
        [firstRun.id],
      );
      expect(rows).toHaveLength(8);
      expect(rows.every((r) => r.n === 1)).toBe(true);
      const x = rows.filter((r) => r.case_id === ids.deReminder || r.case_id === ids.deDunning1);
      expect(new Set(x.map((r) => r.letter_id))).toEqual(new Set([letterX.id]));
      // The cases that did not move got no letter.
      const none = await db.query(`SELECT count(*)::int AS n FROM activities WHERE channel = 'LETTER' AND case_id = ANY($1)`, [
        [ids.deNotDue, ids.deOnHold, ids.dePaid, ids.deCourt, ids.promiseCase, fx.danishCase],
      ]);
      expect(none.rows[0].n).toBe(0);
    });

    it('case { letters } lists the letter with its URL', async () => {
      const data = await api.ok<{ case: { letters: { id: string; status: string; url: string; writtenOn: string; contentSha256: string; pdfSha256: string }[] } }>(
        CASE_LETTERS, { id: ids.deDunning1 }, lead,
      );
      expect(data.case.letters).toEqual([{
        id: letterX.id, status: 'READY', url: `/letters/${letterX.id}.pdf`, writtenOn: AS_OF,
        contentSha256: letterX.content_sha256, pdfSha256: letterX.pdf_sha256,
      }]);
    });

    it('GET /letters/:id.pdf serves exactly the stored bytes; another creditor\'s collector gets 404, no token 401', async () => {
      const base = api.url.replace(/\/graphql$/, '');
      const response = await fetch(`${base}/letters/${letterX.id}.pdf`, { headers: { authorization: `Bearer ${collector}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.equals(letterX.pdf)).toBe(true);
      expect(sha256(bytes)).toBe(letterX.pdf_sha256);
      // The link form the web app uses: a single-use download ticket.
      const viaQuery = await fetch(await api.ticketed(`/letters/${letterX.id}.pdf`, lead));
      expect(Buffer.from(await viaQuery.arrayBuffer()).equals(letterX.pdf)).toBe(true);

      const other = await fetch(`${base}/letters/${letterX.id}.pdf`, { headers: { authorization: `Bearer ${collectorB}` } });
      expect(other.status).toBe(404);
      const anonymous = await fetch(`${base}/letters/${letterX.id}.pdf`);
      expect(anonymous.status).toBe(401);
      const unknown = await fetch(`${base}/letters/${randomUUID()}.pdf`, { headers: { authorization: `Bearer ${lead}` } });
      expect(unknown.status).toBe(404);
    });

    it('a READY letter cannot be changed or deleted: the database refuses', async () => {
      await expect(db.query(`UPDATE letters SET pdf = '\\x00'::bytea WHERE id = $1`, [letterX.id])).rejects.toThrow(/final/);
      await expect(db.query(`UPDATE letters SET content = '{}' WHERE id = $1`, [letterX.id])).rejects.toThrow(/final/);
      await expect(db.query(`DELETE FROM letters WHERE id = $1`, [letterX.id])).rejects.toThrow(/final/);
      const { rows } = await db.query('SELECT pdf_sha256, status FROM letters WHERE id = $1', [letterX.id]);
      expect(rows).toEqual([{ pdf_sha256: letterX.pdf_sha256, status: 'READY' }]);
    });

    it('the runs and cases that steps and letters point at cannot be deleted: the database refuses', async () => {
      await expect(db.query(`DELETE FROM dunning_runs WHERE id = $1`, [letterX.run_id])).rejects.toThrow(/dunning runs are kept: DELETE/);
      await expect(db.query(`TRUNCATE dunning_runs CASCADE`)).rejects.toThrow(/dunning runs are kept: TRUNCATE/);
      const { rows } = await db.query('SELECT count(*)::int AS n FROM dunning_runs WHERE id = $1', [letterX.run_id]);
      expect(rows[0].n).toBe(1);
      const [step] = (await db.query('SELECT case_id FROM dunning_steps WHERE run_id = $1 LIMIT 1', [letterX.run_id])).rows;
      await expect(db.query(`DELETE FROM cases WHERE id = $1`, [step.case_id])).rejects.toThrow(/is kept: DELETE is not allowed/);
    });

    it('the German agency letter to a consumer carries what RDG 13a requires', async () => {
      const { rows } = await db.query(
        `SELECT l.content FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id WHERE c.id = $1`,
        [ids.deAgency],
      );
      const content = rows[0].content;
      const text = JSON.stringify(content);
      const notices: string[] = content.legalNotices;
      // Creditor's name and address.
      expect(notices).toContain('Gläubiger (Auftraggeber): Alpha Versand GmbH, Industriestraße 5, 20097 Hamburg.');
      // Basis of the claim.
      expect(notices.some((n) => n.startsWith('Forderungsgrund der Rechnung INV-6'))).toBe(true);
      // Interest computation: principal, rate and period, in a table, and that only the statutory rate is charged.
      const interest = content.tables.find((t: { title?: string }) => t.title === 'Zinsberechnung');
      expect(interest.rows.length).toBeGreaterThan(0);
      expect(interest.rows[0][2]).toMatch(/Basiszinssatz .* \+ 5 Prozentpunkte/);
      expect(notices.some((n) => n.includes('gesetzlichen Verzugszinsen'))).toBe(true);
      // Each cost item, the VAT statement, the address research, the supervisory authority, payment plan, acknowledgement.
      const costs = content.tables.find((t: { title?: string }) => t.title === 'Kosten');
      expect(costs.rows).toHaveLength(1);
      expect(costs.rows[0][0]).toMatch(/Inkassokosten/);
      expect(notices).toContain('Unser Auftraggeber ist zum Vorsteuerabzug berechtigt; auf die Kosten wird deshalb keine Umsatzsteuer berechnet.');
      expect(notices.some((n) => n.includes('Anschriftenermittlung'))).toBe(true);
      expect(text).toContain('Zuständige Aufsichtsbehörde: Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, https://www.bundesjustizamt.de');
      expect(notices.some((n) => n.includes('Ratenzahlungsvereinbarung'))).toBe(true);
      expect(notices.some((n) => n.includes('§ 212 BGB'))).toBe(true);
      expect(content.recipient).toEqual(['Debtor 6', 'Hauptstraße 1', '10115 Berlin']);
    });

    it('the third Danish reminder is the collection warning (inkassoloven 10) with 10 days to pay', async () => {
      const { rows } = await db.query(
        `SELECT l.content FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id WHERE c.id = $1`,
        [ids.dkDunning1],
      );
      expect(rows[0].content.title).toBe('Rykker og inkassovarsel');
      expect(rows[0].content.deadline).toBe('2026-12-05');
      expect(rows[0].content.legalNotices.some((n: string) => n.startsWith('Inkassovarsel:') && n.includes('inkassoloven § 10'))).toBe(true);
      const other = await db.query(
        `SELECT l.content FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id WHERE c.id = $1`,
        [ids.dkReminder],
      );
      expect(other.rows[0].content.title).toBe('Rykker');
    });

    it('running the same date again changes nothing at all', async () => {
      const snapshot = await dunningState(db);
      const runRow = (await db.query('SELECT * FROM dunning_runs')).rows;
      const { runDunning } = await api.ok<{ runDunning: RunResult }>(RUN, { d: AS_OF }, lead);
      expect(runDunning).toEqual(firstRun);
      await api.app.get(DunningService).run(AS_OF, null);
      await writeLetters(api, db);
      expect(await dunningState(db)).toEqual(snapshot);
      expect((await db.query('SELECT * FROM dunning_runs')).rows).toEqual(runRow);
    });

    it('a letter to a debtor without a postal address is set aside as FAILED, not sent', async () => {
      const id = await de({ priority: 30, stage: 'REMINDER', stageEnteredOn: '2026-11-12', address: null });
      clock.instant = new Date('2026-11-26T10:00:00Z');
      const { runDunning } = await api.ok<{ runDunning: RunResult }>(RUN, { d: '2026-11-26' }, lead);
      expect(runDunning).toMatchObject({ advanced: 2, letters: 2 }); // with deNotDue, due one day later
      await writeLetters(api, db);
      const { rows } = await db.query(
        `SELECT l.status, l.error, l.pdf FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id WHERE c.id = $1`,
        [id],
      );
      expect(rows).toEqual([{ status: 'FAILED', error: expect.stringContaining('no postal address'), pdf: null }]);
      expect((await activities(id)).filter((a) => a.channel === 'LETTER')).toEqual([]);
    });
  });
});

describe('runDunning after a run that died part-way: every due case exactly once', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  const due: string[] = [];
  const feeCharging = new Set<string>();
  const notDue: string[] = [];

  const clock = new FixedClock();
  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      await setCreditorAddress(db, fx.creditorDK, 'Vesterbrogade 10, 1620 København V');
      await updateCase(db, fx.danishCase, { stageEnteredOn: '2026-11-20' });
      const address = 'Hauptstraße 1, 10115 Berlin';
      for (let i = 0; i < 7; i++) {
        due.push(await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000 + i, priority: i, stage: 'REMINDER', stageEnteredOn: '2026-11-01', address }));
      }
      for (let i = 0; i < 4; i++) {
        const id = await addCase(db, {
          creditorId: fx.creditorDK, principalCents: 500_000, priority: 10 + i, currency: 'DKK', country: 'DK', stage: 'REMINDER',
          stageEnteredOn: '2026-11-01', address: 'Strøget 1, 1160 København K',
        });
        due.push(id);
        feeCharging.add(id);
      }
      for (let i = 0; i < 2; i++) {
        const id = await addCase(db, { creditorId: fx.creditorDE, principalCents: 200_000, priority: 20 + i, stage: 'PHONE', stageEnteredOn: '2026-11-01', address });
        due.push(id);
        feeCharging.add(id);
      }
      for (let i = 0; i < 3; i++) {
        notDue.push(await addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: 30 + i, stage: 'REMINDER', stageEnteredOn: '2026-11-20', address }));
      }
      await addPromise(db, notDue[0]!, { amountCents: 5000, dueDate: '2026-11-10' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
  });

  /**
   * The run's own statements go through the DataSource; this makes the process "die" at a chosen
   * point: before a statement runs, or right after it committed (then the caller never hears back).
   */
  function dieAt(sql: string, when: 'before' | 'after', occurrence: number): () => void {
    const source = api.app.get(DataSource);
    const original = source.query.bind(source);
    let seen = 0;
    source.query = (async (query: string, parameters?: unknown[], ...rest: unknown[]) => {
      if (query === sql && ++seen === occurrence) {
        if (when === 'after') await (original as (...a: unknown[]) => Promise<unknown>)(query, parameters, ...rest);
        throw new Error(`simulated crash ${when} statement`);
      }
      return (original as (...a: unknown[]) => Promise<unknown>)(query, parameters, ...rest);
    }) as typeof source.query;
    return () => {
      source.query = original;
    };
  }

  it('resumes a RUNNING run: each case stepped once, each fee charged once, letters and counts right, run DONE', async () => {
    const service = api.app.get(DunningService);

    // 1. The process dies after the first chunk of two cases was committed.
    let restore = dieAt(STEP_CASES, 'before', 2);
    await expect(service.run(AS_OF, null, { chunk: 2 })).rejects.toThrow('simulated crash');
    restore();
    let [run] = (await db.query('SELECT * FROM dunning_runs')).rows;
    expect(run).toMatchObject({ as_of: AS_OF, status: 'RUNNING', advanced: 2, finished_at: null });
    expect((await db.query('SELECT count(*)::int AS n FROM dunning_steps')).rows[0].n).toBe(2);
    expect((await db.query(`SELECT count(*)::int AS n FROM cases WHERE stage_entered_on = $1`, [AS_OF])).rows[0].n).toBe(2);

    // 2. The next attempt dies after its set-based steps, which queued their letters (committed, the run is not DONE).
    // The broken promise was counted before the steps (a broken promise's case is dunned in the same run).
    restore = dieAt(PER_CASE_CANDIDATES, 'before', 1);
    await expect(service.run(AS_OF, null, { chunk: 3 })).rejects.toThrow('simulated crash');
    restore();
    [run] = (await db.query('SELECT * FROM dunning_runs')).rows;
    expect(run).toMatchObject({ status: 'RUNNING', advanced: due.length, letters: due.length, promises_broken: 1 });

    // 3. A lead starts the run for the same date: it completes what is left.
    const { runDunning } = await api.ok<{ runDunning: RunResult }>(RUN, { d: AS_OF }, lead);
    expect(runDunning).toMatchObject({
      id: run.id, status: 'DONE', advanced: due.length, feesCharged: feeCharging.size, letters: due.length, promisesBroken: 1,
    });
    [run] = (await db.query('SELECT * FROM dunning_runs')).rows;
    expect(run).toMatchObject({ status: 'DONE', advanced: due.length, fees_charged: feeCharging.size, letters: due.length, promises_broken: 1 });
    expect(run.finished_at).toEqual(expect.any(Date));

    const steps = (await db.query('SELECT case_id, count(*)::int AS n, min(run_id::text) AS run_id FROM dunning_steps GROUP BY case_id')).rows;
    expect(steps.map((s) => s.case_id).sort()).toEqual([...due].sort());
    expect(steps.every((s) => s.n === 1 && s.run_id === run.id)).toBe(true);
    const fees = (await db.query('SELECT case_id, count(*)::int AS n FROM fees GROUP BY case_id')).rows;
    expect(fees.map((f) => f.case_id).sort()).toEqual([...feeCharging].sort());
    expect(fees.every((f) => f.n === 1)).toBe(true);
    for (const id of due) {
      const row = await caseRow(db, id);
      expect({ id, on: row.stage_entered_on, version: row.version }).toEqual({ id, on: AS_OF, version: 2 });
      const moved = await db.query(`SELECT count(*)::int AS n FROM dunning_steps WHERE case_id = $1`, [id]);
      expect(moved.rows[0].n).toBe(1);
    }
    for (const id of notDue) expect((await caseRow(db, id)).stage).toBe('REMINDER');
    const letters = await db.query('SELECT debtor_id, creditor_id, count(*)::int AS n FROM letters GROUP BY 1, 2');
    expect(letters.rows).toHaveLength(due.length);
    expect(letters.rows.every((l) => l.n === 1)).toBe(true);
    expect((await db.query(`SELECT count(*)::int AS n FROM promises WHERE status = 'BROKEN'`)).rows[0].n).toBe(1);
    expect((await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'dunning.run'`)).rows[0].n).toBe(1);

    // And once more: nothing changes.
    await writeLetters(api, db);
    const snapshot = await dunningState(db);
    await api.ok(RUN, { d: AS_OF }, lead);
    expect(await dunningState(db)).toEqual(snapshot);
  });

  it('a run that died while breaking promises keeps the count of those it broke', async () => {
    const id = await addCase(db, {
      creditorId: fx.creditorDE, principalCents: 50_000, priority: 40, stage: 'REMINDER', stageEnteredOn: '2026-11-25', address: 'Hauptstraße 1, 10115 Berlin',
    });
    await addPromise(db, id, { amountCents: 5000, dueDate: '2026-11-20' });
    // Dies right after the transaction that broke the promise committed, before the run is marked DONE.
    const source = api.app.get(DataSource);
    const transaction = source.transaction.bind(source);
    type Work = (manager: { query(sql: string, params?: unknown[]): Promise<unknown> }) => Promise<unknown>;
    source.transaction = (async (work: Work) => {
      let brokePromises = false;
      const result = await (transaction as unknown as (w: Work) => Promise<unknown>)(async (manager) => {
        const query = manager.query.bind(manager);
        manager.query = (sql: string, params?: unknown[]) => {
          if (sql === BREAK_PROMISES) brokePromises = true;
          return query(sql, params);
        };
        return work(manager);
      });
      if (brokePromises) throw new Error('simulated crash after breaking promises');
      return result;
    }) as unknown as typeof source.transaction;
    clock.instant = new Date('2026-11-26T10:00:00Z');
    try {
      await expect(api.app.get(DunningService).run('2026-11-26', null)).rejects.toThrow('simulated crash');
    } finally {
      source.transaction = transaction;
    }
    let [run] = (await db.query(`SELECT * FROM dunning_runs WHERE as_of = '2026-11-26'`)).rows;
    expect(run).toMatchObject({ status: 'RUNNING', promises_broken: 1 });
    await api.ok(RUN, { d: '2026-11-26' }, lead);
    [run] = (await db.query(`SELECT * FROM dunning_runs WHERE as_of = '2026-11-26'`)).rows;
    expect(run).toMatchObject({ status: 'DONE', promises_broken: 1 });
    expect((await db.query(`SELECT status FROM promises WHERE case_id = $1`, [id])).rows).toEqual([{ status: 'BROKEN' }]);
  });

  it('the set-based statement steps a case at most once even when run twice for one date', async () => {
    const id = await addCase(db, {
      creditorId: fx.creditorDK, principalCents: 500_000, priority: 50, currency: 'DKK', country: 'DK', stage: 'REMINDER', stageEnteredOn: '2026-11-10',
      address: 'Strøget 1, 1160 København K',
    });
    const transitions = await api.app.get(DunningStrategiesService).transitions('2026-11-27');
    const runId = await addDunningRun(db, '2026-11-27');
    const first = (await db.query(STEP_CASES, stepCasesParams(runId, '2026-11-27', transitions, 100, []))).rows[0];
    const second = (await db.query(STEP_CASES, stepCasesParams(runId, '2026-11-27', transitions, 100, []))).rows[0];
    expect(first.advanced).toBe(1);
    expect(second.advanced).toBe(0);
    expect((await db.query('SELECT count(*)::int AS n FROM fees WHERE case_id = $1', [id])).rows[0].n).toBe(1);
    expect((await db.query('SELECT to_stage FROM dunning_steps WHERE case_id = $1', [id])).rows).toEqual([{ to_stage: 'DUNNING_1' }]);
  });
});

/** 300 EUR paid on 2026-11-01 go to interest first, the rest to the principal (BGB 367). */
function principalRepaidBy30000(): number {
  const balance = computeBalance(
    {
      country: 'DE', debtorKind: 'consumer', currency: 'EUR', asOf: '2026-11-25',
      claims: [{ reference: 'INV-7', principalCents: 120_000, dueDate: '2026-06-01', defaultDate: '2026-07-01' }],
      fees: [], payments: [{ amountCents: 30_000, receivedOn: '2026-11-01' }],
    },
    { lineDetails: true },
  );
  return 120_000 - openPrincipalCents(balance);
}

import { DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK, addDays, agencyFeeDE, agencyFeeRaiseDE, type DunningStrategy } from '@mahnwerk/domain';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { addFee, updateCase } from './factories.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { id status advanced feesCharged letters } }`;
const BALANCE = `query($id: ID!, $d: Date) {
  case(id: $id) {
    id stage status
    balance(asOf: $d) { principalCents interestCents feesCents paidCents totalCents lines { kind amountCents explanation } }
  }
}`;
const COURT_EVENT = `mutation($input: RecordCourtEventInput!) { recordCourtEvent(input: $input) { id status stage } }`;

interface Balance {
  principalCents: number;
  interestCents: number;
  feesCents: number;
  paidCents: number;
  totalCents: number;
  lines: { kind: string; amountCents: number; explanation: string }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Wait days of a stage in a strategy. */
const waitOf = (strategy: DunningStrategy, stage: string): number => strategy.stages.find((s) => s.stage === stage)!.waitDays;

/**
 * One German consumer case and one Danish business case, placed on 2026-03-02 in the REMINDER
 * stage, walked through every stage of the default strategies by daily runs on the days their
 * next stage falls due (stage entered + wait days), with the court procedure for the German case.
 */
describe('dunning scenario: DE consumer and DK business case through every stage', () => {
  const clock = new FixedClock(new Date('2026-03-02T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let deCase: string;
  let dkCase: string;
  const DE_PRINCIPAL = 150_000;
  const DK_PRINCIPAL = 2_000_000;
  const PLACED = '2026-03-02';

  const bed = withApi({
    collectors: 1, cases: 0,
    clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await updateCase(db, fx.danishCase, { status: 'ON_HOLD' });
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      await setCreditorAddress(db, fx.creditorDK, 'Vesterbrogade 10, 1620 København V');
      // A German consumer: the invoice did not point out the 30-day rule, so default comes with the first dunning letter.
      deCase = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: DE_PRINCIPAL, priority: 1, stage: 'REMINDER', stageEnteredOn: PLACED, placedAt: PLACED,
        invoiceDate: '2026-02-01', dueDate: '2026-02-15', defaultDate: null, address: 'Hauptstraße 1, 10115 Berlin',
      });
      // A Danish business: interest from due + 30 days. Placed with its first reminder (rykker 1, DKK 100), as intake does.
      dkCase = await addCase(db, {
        creditorId: fx.creditorDK, principalCents: DK_PRINCIPAL, priority: 2, currency: 'DKK', country: 'DK', debtorKind: 'business',
        stage: 'REMINDER', stageEnteredOn: PLACED, placedAt: PLACED, invoiceDate: '2026-01-15', dueDate: '2026-02-01', defaultDate: null,
        address: 'Strøget 1, 1160 København K',
      });
      await addFee(db, dkCase, { label: 'Reminder fee no. 1 (rykkergebyr, renteloven 9b(2))', amountCents: 10_000, chargedOn: PLACED });
      await updateCase(db, dkCase, { openCents: DK_PRINCIPAL + 10_000 });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
  });

  const setToday = (date: string) => {
    clock.instant = new Date(`${date}T10:00:00Z`);
  };
  const caseRow = async (id: string) =>
    (await db.query('SELECT status, stage, stage_entered_on, version FROM cases WHERE id = $1', [id])).rows[0];
  const feeRows = async (id: string) =>
    (await db.query('SELECT label, amount_cents, charged_on FROM fees WHERE case_id = $1 ORDER BY charged_on, created_at', [id])).rows;
  const stepRows = async (id: string) =>
    (await db.query('SELECT from_stage, to_stage, channel, fee_cents, stepped_on FROM dunning_steps WHERE case_id = $1 ORDER BY stepped_on', [id])).rows;

  async function writeLetters(): Promise<void> {
    const writer = api.app.get(LetterWriterService);
    for (let i = 0; i < 100; i++) {
      await writer.writeAll();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'PENDING'`);
      if (rows[0].n === 0) return;
      await sleep(50);
    }
    throw new Error('letters still pending');
  }

  /** The daily run of `date`, with today's clock, and its letters written. */
  async function runOn(date: string): Promise<{ advanced: number; feesCharged: number; letters: number }> {
    setToday(date);
    const { runDunning } = await api.ok<{ runDunning: { status: string; advanced: number; feesCharged: number; letters: number } }>(
      RUN, { d: date }, lead,
    );
    expect(runDunning.status).toBe('DONE');
    await writeLetters();
    return runDunning;
  }

  async function balance(id: string, asOf: string): Promise<Balance> {
    const { case: c } = await api.ok<{ case: { balance: Balance } }>(BALANCE, { id, d: asOf }, lead);
    const b = c.balance;
    // The lines add up to the total, and the fees to the fee rows charged so far.
    expect(b.lines.reduce((s, l) => s + l.amountCents, 0)).toBe(b.totalCents);
    expect(b.principalCents + b.interestCents + b.feesCents - b.paidCents).toBe(b.totalCents);
    // ... plus the statutory flat compensation the balance adds per business claim in default (renteloven 9a(3), BGB 288(5)).
    const flats = b.lines
      .filter((l) => l.kind === 'FEE' && /\((BGB 288\(5\)|renteloven 9a\(3\))\) on invoice/.test(l.explanation))
      .reduce((s, l) => s + l.amountCents, 0);
    const fees = (await feeRows(id)).filter((f) => f.charged_on <= asOf).reduce((s, f) => s + f.amount_cents, 0) + flats;
    expect(b.feesCents).toBe(fees);
    expect(b.lines.filter((l) => l.kind === 'FEE').reduce((s, l) => s + l.amountCents, 0)).toBe(fees);
    expect(b.lines.filter((l) => l.kind === 'INTEREST').reduce((s, l) => s + l.amountCents, 0)).toBe(b.interestCents);
    return b;
  }

  /** The case moved to `stage` today, exactly once, and its letter (if any) went out. */
  async function expectStepped(id: string, from: string, stage: string, on: string, feeCents: number, channel = 'LETTER') {
    const row = await caseRow(id);
    expect({ stage: row.stage, on: row.stage_entered_on }).toEqual({ stage, on });
    const steps = await stepRows(id);
    expect(steps.filter((s) => s.to_stage === stage)).toEqual([{ from_stage: from, to_stage: stage, channel, fee_cents: feeCents, stepped_on: on }]);
    const fees = (await feeRows(id)).filter((f) => f.charged_on === on);
    expect(fees.reduce((s, f) => s + f.amount_cents, 0)).toBe(feeCents);
    const letters = await db.query(
      `SELECT l.id, l.status, l.content, (SELECT count(*)::int FROM activities a WHERE a.letter_id = l.id AND a.case_id = c.id) AS activities
         FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id
        WHERE c.id = $1 AND l.written_on = $2`,
      [id, on],
    );
    if (channel === 'LETTER') {
      expect(letters.rows).toEqual([expect.objectContaining({ status: 'READY', activities: 1 })]);
      return letters.rows[0].content as { title: string; deadline: string; legalNotices: string[] };
    }
    expect(letters.rows).toEqual([]);
    return null;
  }

  it('walks both cases through every stage, with fees, balances, letters and the court procedure', async () => {
    const DE = DEFAULT_STRATEGY_DE;
    const DK = DEFAULT_STRATEGY_DK;
    const versions = { de: (await caseRow(deCase)).version as number, dk: (await caseRow(dkCase)).version as number };
    const expectVersions = async (de: number, dk: number) => {
      expect((await caseRow(deCase)).version).toBe(versions.de + de);
      expect((await caseRow(dkCase)).version).toBe(versions.dk + dk);
    };

    // Placed: DE not in default (no interest yet); DK in default from due + 30 = 2026-03-03.
    expect((await balance(deCase, PLACED)).interestCents).toBe(0);

    // The day before the first step is due: nothing moves.
    const d1 = addDays(PLACED, waitOf(DE, 'DUNNING_1'));
    expect(d1).toBe('2026-03-16');
    expect(addDays(PLACED, waitOf(DK, 'DUNNING_1'))).toBe(d1);
    expect(await runOn(addDays(d1, -1))).toMatchObject({ advanced: 0, feesCharged: 0, letters: 0 });

    // 1st dunning letter (DE, no fee; the consumer is in default when its 10-day deadline passes), rykker 2 (DK, DKK 100).
    expect(await runOn(d1)).toMatchObject({ advanced: 2, feesCharged: 1, letters: 2 });
    const deMahnung = await expectStepped(deCase, 'REMINDER', 'DUNNING_1', d1, 0);
    expect(deMahnung).toMatchObject({ title: 'Mahnung', deadline: '2026-03-26' });
    expect((await db.query('SELECT default_date FROM claims WHERE case_id = $1', [deCase])).rows).toEqual([{ default_date: '2026-03-26' }]);
    await expectStepped(dkCase, 'REMINDER', 'DUNNING_1', d1, 10_000);
    await expectVersions(1, 1);
    expect((await balance(deCase, d1)).interestCents).toBe(0);
    const dk1 = await balance(dkCase, d1);
    expect(dk1.interestCents).toBeGreaterThan(0);
    expect(dk1.feesCents).toBe(20_000 + 31_000); // two reminder fees and the fixed compensation (renteloven 9a(3))

    // Last dunning letter (DE, 7 days to pay), rykker 3 with the collection warning (DK, DKK 100, 10 days).
    const d2 = addDays(d1, waitOf(DE, 'DUNNING_2'));
    expect(addDays(d1, waitOf(DK, 'DUNNING_2'))).toBe(d2);
    expect(await runOn(d2)).toMatchObject({ advanced: 2, feesCharged: 1, letters: 2 });
    expect(await expectStepped(deCase, 'DUNNING_1', 'DUNNING_2', d2, 0)).toMatchObject({ title: 'Letzte Mahnung', deadline: addDays(d2, 7) });
    const warning = await expectStepped(dkCase, 'DUNNING_1', 'DUNNING_2', d2, 10_000);
    expect(warning).toMatchObject({ title: 'Rykker og inkassovarsel', deadline: addDays(d2, 10) });
    expect(warning!.legalNotices.some((n) => n.startsWith('Inkassovarsel'))).toBe(true);
    await expectVersions(2, 2);
    const de2 = await balance(deCase, d2);
    expect(de2.interestCents).toBeGreaterThan(0); // in default since 2026-03-26
    expect(de2.lines.find((l) => l.kind === 'INTEREST')!.explanation).toMatch(/from 2026-03-27 to 2026-03-30/);
    expect((await balance(dkCase, d2)).feesCents).toBe(30_000 + 31_000);

    // DE: phone contact after the letter's deadline, no letter.
    const d3 = addDays(d2, waitOf(DE, 'PHONE'));
    expect(d3).toBe('2026-04-07');
    expect(await runOn(d3)).toMatchObject({ advanced: 1, feesCharged: 0, letters: 0 });
    await expectStepped(deCase, 'DUNNING_2', 'PHONE', d3, 0, 'PHONE');
    await expectVersions(3, 2);

    // DK: handed over once the collection warning's 10 days have passed (not on its last day), DKK 100.
    const dkAgency = addDays(d2, waitOf(DK, 'AGENCY'));
    expect(dkAgency).toBe('2026-04-10');
    expect(await runOn(addDays(dkAgency, -1))).toMatchObject({ advanced: 0 });
    expect(await runOn(dkAgency)).toMatchObject({ advanced: 1, feesCharged: 1, letters: 1 });
    await expectStepped(dkCase, 'DUNNING_2', 'AGENCY', dkAgency, 10_000);
    await expectVersions(3, 3);
    const dkFees = await feeRows(dkCase);
    expect(dkFees.filter((f) => /rykkergebyr/.test(f.label)).map((f) => f.amount_cents)).toEqual([10_000, 10_000, 10_000]);
    expect(dkFees.filter((f) => /Hand-over/.test(f.label)).map((f) => f.amount_cents)).toEqual([10_000]);
    expect((await balance(dkCase, dkAgency)).feesCents).toBe(40_000 + 31_000);

    // DE: the agency's first demand with the collection costs the domain computes for the principal.
    const d4 = addDays(d3, waitOf(DE, 'AGENCY'));
    expect(d4).toBe('2026-04-15');
    expect(await runOn(d4)).toMatchObject({ advanced: 1, feesCharged: 1, letters: 1 });
    const expectedFee = agencyFeeDE({
      claimValueCents: DE_PRINCIPAL, onDate: d4, factor: 0.9, undisputed: true, paidOnFirstDemand: true, creditorCanDeductVat: true,
    }).amountCents;
    expect(expectedFee).toBe(6_725 + 1_345); // 0.5 x EUR 134.50 + 20 % expenses
    const firstDemand = await expectStepped(deCase, 'PHONE', 'AGENCY', d4, expectedFee);
    expect(firstDemand!.legalNotices.some((n) => n.startsWith('Zuständige Aufsichtsbehörde'))).toBe(true);
    const de4 = await balance(deCase, d4);
    expect(de4).toMatchObject({ principalCents: DE_PRINCIPAL, feesCents: expectedFee, paidCents: 0 });
    expect(de4.interestCents).toBeGreaterThan(de2.interestCents);
    await expectVersions(4, 3);

    // DK: betalingspåkrav, then enforcement; DE: the announcement of the court dunning procedure.
    const dkCourt = addDays(dkAgency, waitOf(DK, 'COURT'));
    expect(await runOn(dkCourt)).toMatchObject({ advanced: 1, feesCharged: 0 });
    await expectStepped(dkCase, 'AGENCY', 'COURT', dkCourt, 0);
    const d5 = addDays(d4, waitOf(DE, 'COURT'));
    expect(d5).toBe('2026-04-30');
    // The first demand's deadline passed unpaid: the business fee goes from 0.5 to 0.9 (VV 2300 Anm. 2).
    expect(await runOn(d5)).toMatchObject({ advanced: 1, feesCharged: 1 });
    const raise = agencyFeeRaiseDE({
      claimValueCents: DE_PRINCIPAL, onDate: d5, mandateDate: PLACED, firstDemandFactor: 0.9, raisedFactor: 0.9,
      firstDemandDeadline: addDays(d4, 14), undisputed: true,
    }).amountCents;
    expect(raise).toBe(12_105 + 2_000 - expectedFee); // 0.9 x EUR 134.50 + EUR 20 expenses (VV 7002 cap), less the first demand's
    await expectStepped(deCase, 'AGENCY', 'COURT', d5, raise);
    expect((await feeRows(deCase)).map((f) => f.label)).toEqual([
      expect.stringMatching(/^Inkassokosten: Geschäftsgebühr 0,5 \(erste Zahlungsaufforderung/),
      'Inkassokosten: Erhöhung der Geschäftsgebühr von 0,5 auf 0,9: auf die erste Zahlungsaufforderung bis 29.04.2026 nicht gezahlt ' +
        '(unbestrittene Forderung (Nr. 2300 Anm. 2 Satz 1 VV RVG, § 13e RDG); RVG-Tabelle ab 01.06.2025)',
    ]);
    await expectVersions(5, 4);

    // The court dunning procedure for the German case, recorded as it happens.
    const court = async (event: string, on: string) => {
      setToday(on);
      const result = await api.gql(COURT_EVENT, { input: { caseId: deCase, event, on } }, lead);
      expect(result.errors).toBeUndefined();
    };
    await court('ORDER_APPLIED', '2026-05-04');
    await court('ORDER_SERVED', '2026-05-11');
    const proceeding = (await db.query('SELECT * FROM court_proceedings WHERE case_id = $1', [deCase])).rows[0];
    // Served 2026-05-11: + 14 days is Whit Monday 2026-05-25, so the objection period ends on Tuesday; + 6 months.
    expect(proceeding).toMatchObject({ objection_deadline: '2026-05-26', enforcement_application_deadline: '2026-11-11' });
    expect(await caseRow(deCase)).toMatchObject({ status: 'LEGAL', stage: 'COURT', stage_entered_on: d5 });

    const dkEnforcement = addDays(dkCourt, waitOf(DK, 'ENFORCEMENT'));
    expect(dkEnforcement).toBe('2026-05-09');
    expect(await runOn(dkEnforcement)).toMatchObject({ advanced: 1, feesCharged: 0 });
    await expectStepped(dkCase, 'COURT', 'ENFORCEMENT', dkEnforcement, 0);

    // DE enforcement is due by the wait, but waits for the enforcement order.
    const d6 = addDays(d5, waitOf(DE, 'ENFORCEMENT'));
    expect(d6).toBe('2026-05-15');
    expect(await runOn(d6)).toMatchObject({ advanced: 0 });
    expect(await caseRow(deCase)).toMatchObject({ stage: 'COURT', stage_entered_on: d5 });
    await court('ENFORCEMENT_APPLIED', '2026-05-27');
    await court('ENFORCEMENT_SERVED', '2026-06-03');
    expect(await caseRow(deCase)).toMatchObject({ stage: 'COURT' });
    const versionBeforeEnforcement = (await caseRow(deCase)).version;

    // Served: the next run announces enforcement; the case is with legal, the letter still goes out.
    expect(await runOn('2026-06-03')).toMatchObject({ advanced: 1, feesCharged: 0, letters: 1 });
    await expectStepped(deCase, 'COURT', 'ENFORCEMENT', '2026-06-03', 0);
    expect(await caseRow(deCase)).toMatchObject({ status: 'LEGAL', version: versionBeforeEnforcement + 1 });

    // Both at the last stage: nothing moves any more.
    expect(await runOn('2026-07-01')).toMatchObject({ advanced: 0, letters: 0 });
    expect((await stepRows(deCase)).map((s) => s.to_stage)).toEqual(['DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT']);
    expect((await stepRows(dkCase)).map((s) => s.to_stage)).toEqual(['DUNNING_1', 'DUNNING_2', 'AGENCY', 'COURT', 'ENFORCEMENT']);
    const deEnd = await balance(deCase, '2026-07-01');
    expect(deEnd.interestCents).toBeGreaterThan(de4.interestCents);
    expect(deEnd.feesCents).toBe(expectedFee + raise);
    const dkEnd = await balance(dkCase, '2026-07-01');
    expect(dkEnd).toMatchObject({ principalCents: DK_PRINCIPAL, feesCents: 40_000 + 31_000 });
    expect(dkEnd.interestCents).toBeGreaterThan(dk1.interestCents);
  });
});

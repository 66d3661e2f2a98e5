import { DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK, agencyFeeDE, agencyFeeRaiseDE, feeRulePartsOf, type DunningStrategy } from '@mahnwerk/domain';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type AddCaseOptions, type Fixture } from './fixtures.js';
import { updateCreditor } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

/**
 * Issue 14, fees, end to end through the dunning run: the agency fee under the law of the day the
 * mandate was received (RVG 60(1)); the business fee raised after an unpaid first demand to the
 * creditor's factor (VV 2300 Anm. 2), set and validated through updateCreditor; Danish reminder fees
 * counting the reminders the creditor sent before placing the case (renteloven 9b(2)); the Danish
 * cost cap of the day the claim arose (bekendtgørelse nr. 601/2002, Bilag 1, and its amendments).
 */
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced feesCharged } }';
const UPDATE = `mutation($id: ID!, $input: CreditorInput!) {
  updateCreditor(id: $id, input: $input) { id dunningStrategy { stages { stage fee { rule factor firstDemand raisedFactor } } } }
}`;
const CREDITORS = 'query { creditors { id ref name country currency timeZone } }';
const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id stage } }`;

/** A strategy as the input takes it. */
const strategyInput = (s: DunningStrategy) => ({
  name: s.name,
  stages: s.stages.map((st) => ({
    stage: st.stage, waitDays: st.waitDays, channel: st.channel, letterTemplate: st.letterTemplate, paymentWindowDays: st.paymentWindowDays,
    collectionWarning: st.collectionWarning ?? false,
    fee: st.fee
      ? (({ rule, factor, firstDemand, raisedFactor, amountCents, label, statute }) => ({ rule, factor, firstDemand, raisedFactor, amountCents, label, statute }))(feeRulePartsOf(st.fee))
      : null,
  })),
});

const withRaisedFactor = (raisedFactor: number): DunningStrategy => ({
  ...DEFAULT_STRATEGY_DE,
  name: 'Standard, raised',
  stages: DEFAULT_STRATEGY_DE.stages.map((s) =>
    s.stage === 'AGENCY' ? { ...s, fee: { rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true, raisedFactor } } : s,
  ),
});

describe('fees by the law of the case: RVG 60(1), VV 2300 Anm. 2, renteloven 9b(2), Danish cost caps', () => {
  const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let admin: string;
  const ids: Record<string, string> = {};

  const de = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', ...o });
  const dk = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, {
      creditorId: fx.creditorDK, principalCents: 800_000, currency: 'DKK', country: 'DK', address: 'Strøget 1, 1160 København K', ...o,
    });

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await db.query(`UPDATE cases SET status = 'ON_HOLD' WHERE id = $1`, [fx.danishCase]);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      await setCreditorAddress(db, fx.creditorDK, 'Vesterbrogade 10, 1620 København V');
      // RVG 60(1): both go to the agency on 2026-11-25; one was placed before KostBRÄG 2025 (2025-06-01), one after.
      ids.placedBefore = await de({ priority: 1, stage: 'PHONE', stageEnteredOn: '2026-11-17', placedAt: '2025-05-20' });
      ids.placedAfter = await de({ priority: 2, stage: 'PHONE', stageEnteredOn: '2026-11-17', placedAt: '2026-07-15' });
      // VV 2300 Anm. 2: the first demand went out on 2026-11-10 with 14 days to pay; on 2026-11-25 it is unpaid.
      ids.firstDemand = await de({ priority: 3, stage: 'AGENCY', stageEnteredOn: '2026-11-10', placedAt: '2026-07-15' });
      // Danish cost caps: handed over on 2026-11-25, the claims arose the day before and the day the 2016 table came in.
      await updateCreditor(db, fx.creditorDK, {
        dunningStrategy: {
          ...DEFAULT_STRATEGY_DK,
          stages: DEFAULT_STRATEGY_DK.stages.map((s) => (s.stage === 'AGENCY' ? { ...s, fee: { rule: 'DK_COLLECTION_COSTS' } } : s)),
        },
      });
      ids.capOld = await dk({ priority: 11, stage: 'DUNNING_2', stageEnteredOn: '2026-11-10', invoiceDate: '2016-06-30' });
      ids.capNew = await dk({ priority: 12, stage: 'DUNNING_2', stageEnteredOn: '2026-11-10', invoiceDate: '2016-07-01' });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    admin = await api.login(fx.admin.email);
  });

  const feeRows = async (id: string) =>
    (await db.query('SELECT label, amount_cents FROM fees WHERE case_id = $1 ORDER BY charged_on, created_at', [id])).rows as { label: string; amount_cents: number }[];
  const stage = async (id: string) => (await db.query('SELECT stage FROM cases WHERE id = $1', [id])).rows[0].stage as string;

  /** The letters the run queued, written (the writer holds their cases while it works: a run then would skip them). */
  async function writeLetters(): Promise<void> {
    const writer = api.app.get(LetterWriterService);
    for (let i = 0; i < 100; i++) {
      await writer.writeAll();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM letters WHERE status = 'PENDING'`);
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('letters still pending');
  }

  async function runOn(date: string): Promise<{ advanced: number; feesCharged: number }> {
    clock.instant = new Date(`${date}T10:00:00Z`);
    const { runDunning } = await api.ok<{ runDunning: { status: string; advanced: number; feesCharged: number } }>(RUN, { d: date }, lead);
    expect(runDunning.status).toBe('DONE');
    await writeLetters();
    return runDunning;
  }

  it('the creditor sets the factor after an unpaid first demand: 0.5 to 1.3, named field when out of range', async () => {
    const { creditors } = await api.ok<{ creditors: { id: string; ref: string; name: string; timeZone: string }[] }>(CREDITORS, {}, admin);
    const creditor = creditors.find((c) => c.id === fx.creditorDE)!;
    const input = {
      ref: creditor.ref, name: creditor.name, legalName: `${creditor.name} GmbH`, country: 'DE', currency: 'EUR', timeZone: creditor.timeZone,
      street: 'Industriestraße 5', postcode: '20097', city: 'Hamburg', registerCourt: 'Amtsgericht Hamburg', registerNumber: 'HRB 12345',
      iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', vatDeductible: true, letterLanguage: 'de',
    };
    const refused = await api.gql(UPDATE, { id: fx.creditorDE, input: { ...input, dunningStrategy: strategyInput(withRaisedFactor(1.4)) } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dunningStrategy.stages.4.fee.raisedFactor' });
    expect(refused.errors?.[0]?.message).toMatch(/0\.5 to 1\.3/);

    const saved = await api.ok<{ updateCreditor: { dunningStrategy: { stages: { stage: string; fee: Record<string, unknown> | null }[] } } }>(
      UPDATE, { id: fx.creditorDE, input: { ...input, dunningStrategy: strategyInput(withRaisedFactor(0.7)) } }, admin,
    );
    expect(saved.updateCreditor.dunningStrategy.stages.find((s) => s.stage === 'AGENCY')!.fee).toEqual({
      rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true, raisedFactor: 0.7,
    });
  });

  it('one run: the RVG table of the placement date, the raise to the creditor\'s factor, the Danish cap of the claim\'s date', async () => {
    expect(await runOn('2026-11-25')).toMatchObject({ advanced: 5, feesCharged: 5 });

    // RVG 60(1): placed 2025-05-20, the 2021 table (EUR 88.00): 0.5 x 88.00 + 20 % = 52.80; placed later, the 2025 table (93.00).
    const before = await feeRows(ids.placedBefore);
    const after = await feeRows(ids.placedAfter);
    expect(before.map((f) => f.amount_cents)).toEqual([5_280]);
    expect(after.map((f) => f.amount_cents)).toEqual([5_580]);
    expect(before[0]!.amount_cents).toBe(agencyFeeDE({
      claimValueCents: 100_000, onDate: '2026-11-25', mandateDate: '2025-05-20', factor: 0.9, undisputed: true, paidOnFirstDemand: true,
    }).amountCents);
    expect(before[0]!.label).toBe(
      'Inkassokosten: Geschäftsgebühr 0,5 (erste Zahlungsaufforderung, einfacher Fall (Nr. 2300 Anm. 2 Satz 2 VV RVG); RVG-Tabelle ab 01.01.2021)',
    );
    expect(after[0]!.label).toMatch(/RVG-Tabelle ab 01.06.2025\)$/);

    // VV 2300 Anm. 2: the creditor's 0.7 once the deadline 2026-11-24 passed: 0.7 x 93.00 = 65.10 + 13.02, less 46.50 + 9.30.
    expect(await stage(ids.firstDemand)).toBe('COURT');
    const raise = await feeRows(ids.firstDemand);
    const expected = agencyFeeRaiseDE({
      claimValueCents: 100_000, onDate: '2026-11-25', mandateDate: '2026-07-15', firstDemandFactor: 0.9, raisedFactor: 0.7,
      firstDemandDeadline: '2026-11-24', undisputed: true,
    }).amountCents;
    expect(expected).toBe(7_812 - 5_580);
    expect(raise).toEqual([{
      amount_cents: expected,
      label: 'Inkassokosten: Erhöhung der Geschäftsgebühr von 0,5 auf 0,7: auf die erste Zahlungsaufforderung bis 24.11.2026 nicht gezahlt ' +
        '(unbestrittene Forderung (Nr. 2300 Anm. 2 Satz 1 VV RVG, § 13e RDG); RVG-Tabelle ab 01.06.2025)',
    }]);

    // Danish caps (DKK 8,000): a claim of 2016-06-30 under the 2009 table (DKK 1,100), one of 2016-07-01 under 2016's (DKK 1,300).
    expect((await feeRows(ids.capOld)).map((f) => f.amount_cents)).toEqual([110_000]);
    expect((await feeRows(ids.capNew)).map((f) => f.amount_cents)).toEqual([130_000]);
    expect((await feeRows(ids.capOld))[0]!.label).toMatch(/table from 2009-07-01/);
  });

  it('Danish reminder fees count the reminders the creditor sent before placing the case: a fee for at most 3', async () => {
    clock.instant = new Date('2026-12-01T10:00:00Z');
    const place = async (debtorRef: string, remindersSent: number) =>
      (await api.ok<{ createCase: { id: string; stage: string } }>(CREATE_CASE, {
        input: {
          creditorId: fx.creditorDK, debtorRef, debtorName: `Kunde ${debtorRef}`, debtorKind: 'consumer', debtorCountry: 'DK',
          debtorStreet: 'Strøget 1', debtorPostcode: '1160', debtorCity: 'København K',
          claims: [{ invoiceRef: `F-${debtorRef}`, principalCents: 150_000, invoiceDate: '2026-10-01', dueDate: '2026-10-15', remindersSent }],
        },
      }, lead)).createCase;
    const none = await place('R0', 0);
    const two = await place('R2', 2);
    const three = await place('R3', 3);
    expect(none.stage).toBe('REMINDER');

    // Rykker 2 on 2026-12-15: the creditor's two and this one make three, so it still bears a fee; three before: none.
    await runOn('2026-12-15');
    // Rykker 3 with the collection warning on 2026-12-29: the fourth for the case placed after two: no fee.
    await runOn('2026-12-29');
    const fees = async (id: string) => (await feeRows(id)).map((f) => f.amount_cents);
    expect(await fees(none.id)).toEqual([10_000, 10_000]);
    expect(await fees(two.id)).toEqual([10_000]);
    expect(await fees(three.id)).toEqual([]);
    for (const c of [none, two, three]) expect(await stage(c.id)).toBe('DUNNING_2');
  });
});

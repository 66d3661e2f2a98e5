import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, setCreditorAddress, type Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }';
const OPEN = 'mutation($c: ID!, $i: DisputeInput!) { openDispute(caseId: $c, input: $i) { disputes { id } } }';
const CLARIFY = 'mutation($c: ID!, $d: ID!, $t: String!) { recordDisputeClarification(caseId: $c, disputeId: $d, clarification: $t) { id } }';
const RESOLVE = 'mutation($c: ID!, $d: ID!, $i: ResolveDisputeInput!) { resolveDispute(caseId: $c, disputeId: $d, input: $i) { id } }';
const CASE = `query($id: ID!) { case(id: $id) {
  letters { kind status url }
  paymentPlan { feeCents confirmation }
  balance { lines { kind explanation amountCents } }
  activities { note }
} }`;

interface LetterRow {
  kind: string; status: string; case_id: string; written_on: string; pdf: Buffer | null; error: string | null;
  content: { title: string; paragraphs: string[]; tables: { rows: string[][] }[]; payment: { amountCents: number; deadline: string } | null };
}

const INSTALLMENTS = [
  { dueDate: '2026-11-20', amountCents: 30_000 }, { dueDate: '2026-12-20', amountCents: 30_000 }, { dueDate: '2027-01-20', amountCents: 30_000 },
];

describe('letters about one case: the confirmation of a payment plan, the answer to a rejected objection', () => {
  const clock = new FixedClock(new Date('2026-11-10T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let collector: string;
  const ids: Record<string, string> = {};

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      await setCreditorAddress(db, fx.creditorDE, 'Industriestraße 5, 20097 Hamburg');
      const de = { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', assigneeId: fx.collectors[0].id };
      ids.agencyPlan = await addCase(db, { ...de, priority: 1, stage: 'AGENCY', stageEnteredOn: '2026-10-01' });
      ids.reminderPlan = await addCase(db, { ...de, priority: 2, stage: 'REMINDER', stageEnteredOn: '2026-11-01' });
      ids.disputed = await addCase(db, { ...de, priority: 3, stage: 'DUNNING_1', stageEnteredOn: '2026-11-01' });
      ids.noAddress = await addCase(db, { ...de, priority: 4, stage: 'REMINDER', stageEnteredOn: '2026-11-01', address: undefined });
      await db.query(`UPDATE debtors SET language = 'de' WHERE id IN (SELECT debtor_id FROM cases WHERE id = ANY($1::uuid[]))`, [Object.values(ids)]);
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const writeLetters = () => api.app.get(LetterWriterService).writeAll();
  const lettersOf = async (caseId: string): Promise<LetterRow[]> =>
    (await db.query(`SELECT kind, status, case_id, written_on::text, pdf, error, content FROM letters WHERE case_id = $1 ORDER BY created_at`, [caseId])).rows;

  it('a plan on a German agency case charges the VV 1000 fee and its confirmation letter states installments, cost and default', async () => {
    // The installments may cover the balance and the plan's cost, not more.
    const tooMuch = [...INSTALLMENTS.slice(0, 2), { dueDate: '2027-01-20', amountCents: 43_606 }];
    const refused = await api.gql(RECORD, { input: { caseId: ids.agencyPlan, type: 'PAYMENT_PLAN', installments: tooMuch } }, collector);
    expect(refused.errors?.[0]?.message).toMatch(/more than the open balance 1,036\.05 EUR/);
    const installments = [...INSTALLMENTS.slice(0, 2), { dueDate: '2027-01-20', amountCents: 43_605 }];
    await api.ok(RECORD, { input: { caseId: ids.agencyPlan, type: 'PAYMENT_PLAN', installments } }, collector);
    // Value: 50 % of EUR 1,000 = 500 -> 1.0 fee 51.50 (RVG 13 from 2025-06-01); 0.7 -> 36.05 (the test creditor deducts VAT).
    const fees = (await db.query('SELECT label, amount_cents, collection_cost FROM fees WHERE case_id = $1', [ids.agencyPlan])).rows;
    expect(fees).toEqual([{ label: 'Payment plan agreement fee', amount_cents: 3605, collection_cost: true }]);
    const { case: c } = await api.ok(CASE, { id: ids.agencyPlan }, collector);
    expect(c.paymentPlan.feeCents).toBe(3_605);
    expect(c.paymentPlan.confirmation).toMatch(/The plan costs 36\.05/);
    expect(c.balance.lines).toContainEqual(expect.objectContaining({ kind: 'FEE', amountCents: 3_605 }));

    expect(await lettersOf(ids.agencyPlan)).toEqual([expect.objectContaining({ kind: 'PLAN_CONFIRMATION', status: 'PENDING', written_on: '2026-11-10' })]);
    expect(await writeLetters()).toBeGreaterThanOrEqual(1);
    const [letter] = await lettersOf(ids.agencyPlan);
    expect(letter).toMatchObject({ status: 'READY', error: null });
    expect(letter!.pdf!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(letter!.content.title).toBe('Bestätigung Ihrer Ratenzahlungsvereinbarung');
    const text = letter!.content.paragraphs.join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('3 Raten über insgesamt 1.036,05 €');
    expect(text).toContain('Für die Vereinbarung fallen 36,05 € an (Einigungsgebühr Ratenzahlungsvereinbarung (Nr. 1000 VV RVG, § 31b RVG))');
    expect(text).toContain('Werden 2 Raten nicht rechtzeitig gezahlt, wird der gesamte Restbetrag sofort fällig');
    expect(letter!.content.tables[0]!.rows.map((r) => r[1])).toEqual(['20.11.2026', '20.12.2026', '20.01.2027']);
    expect(letter!.content.payment).toMatchObject({ amountCents: 30_000, deadline: '2026-11-20' });

    const after = (await api.ok(CASE, { id: ids.agencyPlan }, collector)).case;
    expect(after.letters).toEqual([expect.objectContaining({ kind: 'PLAN_CONFIRMATION', status: 'READY' })]);
    expect(after.activities.map((a: { note: string }) => a.note)).toContain('Bestätigung Ihrer Ratenzahlungsvereinbarung: letter written, goes out with the print batch');
    const pdf = await fetch(`${api.url.replace(/\/graphql$/, '')}${after.letters[0].url}`, { headers: { authorization: `Bearer ${collector}` } });
    expect(pdf.status).toBe(200);
  });

  it('a plan during the creditor\'s own dunning costs nothing, and its letter says so', async () => {
    await api.ok(RECORD, { input: { caseId: ids.reminderPlan, type: 'PAYMENT_PLAN', installments: INSTALLMENTS } }, collector);
    expect((await db.query('SELECT count(*)::int AS n FROM fees WHERE case_id = $1', [ids.reminderPlan])).rows[0].n).toBe(0);
    await writeLetters();
    const [letter] = await lettersOf(ids.reminderPlan);
    expect(letter!.status).toBe('READY');
    expect(letter!.content.paragraphs).toContain('Für die Vereinbarung berechnen wir Ihnen nichts.');
  });

  it('a rejected objection is answered by letter: the reason, the creditor\'s statement, the result and a new deadline', async () => {
    const [dispute] = (await api.ok<{ openDispute: { disputes: { id: string }[] } }>(
      OPEN, { c: ids.disputed, i: { reason: 'NOT_RECEIVED', note: 'Says the parcel never came' } }, collector,
    )).openDispute.disputes;
    await api.ok(CLARIFY, { c: ids.disputed, d: dispute!.id, t: 'Delivered on 2026-05-10, signed by the debtor' }, lead);
    expect(await lettersOf(ids.disputed)).toEqual([]);
    await api.ok(RESOLVE, { c: ids.disputed, d: dispute!.id, i: { resolution: 'REJECTED', note: 'The signed delivery receipt is enclosed.' } }, lead);
    await writeLetters();
    const letters = await lettersOf(ids.disputed);
    expect(letters).toHaveLength(1);
    const [letter] = letters;
    expect(letter).toMatchObject({ kind: 'DISPUTE_ANSWER', status: 'READY' });
    expect(letter!.content.title).toBe('Ihr Widerspruch vom 10.11.2026');
    const text = letter!.content.paragraphs.join('\n');
    expect(text).toContain('Sie haben angegeben: die Ware oder Leistung sei nicht erbracht worden');
    expect(text).toContain('Stellungnahme unserer Auftraggeberin: Delivered on 2026-05-10, signed by the debtor');
    expect(text).toContain('Die Forderung besteht weiterhin in voller Höhe. The signed delivery receipt is enclosed.');
    expect(letter!.content.payment).toMatchObject({ deadline: '2026-11-24' });
    expect(letter!.content.payment!.amountCents).toBeGreaterThanOrEqual(100_000);
  });

  it('an upheld objection gets no such letter; a letter to a debtor without an address is set aside with the reason', async () => {
    const [upheld] = (await api.ok<{ openDispute: { disputes: { id: string }[] } }>(
      OPEN, { c: ids.reminderPlan, i: { reason: 'AMOUNT', note: 'Price too high' } }, collector,
    )).openDispute.disputes;
    await api.ok(RESOLVE, { c: ids.reminderPlan, d: upheld!.id, i: { resolution: 'UPHELD', reductionCents: 1_000, note: 'Discount agreed' } }, lead);
    expect((await lettersOf(ids.reminderPlan)).map((l) => l.kind)).toEqual(['PLAN_CONFIRMATION']);

    await api.ok(RECORD, { input: { caseId: ids.noAddress, type: 'PAYMENT_PLAN', installments: INSTALLMENTS } }, collector);
    await writeLetters();
    const [letter] = await lettersOf(ids.noAddress);
    expect(letter).toMatchObject({ kind: 'PLAN_CONFIRMATION', status: 'FAILED' });
    expect(letter!.error).toMatch(/no postal address/);
  });
});

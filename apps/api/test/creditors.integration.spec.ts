import { DEFAULT_STRATEGY_DK, feeRulePartsOf, type DunningStrategy } from '@mahnwerk/domain';
import type pg from 'pg';
import { LetterWriterService } from '../src/dunning/letter-writer.service.js';
import { addCase, type Fixture } from './fixtures.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const FIELDS = `id ref name country currency timeZone legalName street postcode city registerCourt registerNumber iban bic vatDeductible
  letterLanguage dunningStrategy { name isDefault stages { stage waitDays channel letterTemplate paymentWindowDays collectionWarning
  fee { rule description factor firstDemand amountCents label statute } } }`;
const CREATE = `mutation($input: CreditorInput!) { createCreditor(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: CreditorInput!) { updateCreditor(id: $id, input: $input) { ${FIELDS} } }`;
const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { advanced } }';

const GERMAN = {
  ref: 'HANSE-01',
  name: 'Hanse Versand',
  legalName: 'Hanse Versand GmbH',
  country: 'DE',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  street: 'Ballindamm 1',
  postcode: '20095',
  city: 'Hamburg',
  registerCourt: 'Amtsgericht Hamburg',
  registerNumber: 'HRB 98765',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  vatDeductible: true,
  letterLanguage: 'de',
  dunningStrategy: null as unknown,
};

const DANISH = {
  ...GERMAN, ref: 'NORD-01', name: 'Nordlys', legalName: 'Nordlys ApS', country: 'DK', currency: 'DKK', timeZone: 'Europe/Copenhagen',
  street: 'Vesterbrogade 10', postcode: '1620', city: 'København V', registerCourt: '', registerNumber: 'CVR 12345678',
  iban: 'DK5000400440116243', bic: 'DABADKKK', letterLanguage: 'da',
};

/** A strategy as the input takes it. */
const strategyInput = (s: DunningStrategy) => ({
  name: s.name,
  stages: s.stages.map((st) => ({
    stage: st.stage, waitDays: st.waitDays, channel: st.channel, letterTemplate: st.letterTemplate, paymentWindowDays: st.paymentWindowDays,
    collectionWarning: st.collectionWarning ?? false, fee: st.fee ? (({ rule, factor, firstDemand, amountCents, label, statute }) => ({ rule, factor, firstDemand, amountCents, label, statute }))(feeRulePartsOf(st.fee)) : null,
  })),
});

describe('creditors: create, update, strategy', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let admin: string;
  const clock = new FixedClock();
  const bed = withApi({ collectors: 1, cases: 0, clock });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
  });

  const errorOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions;

  it('an admin creates a creditor with every field; the letters\' address is kept; the change is audited', async () => {
    const r = await api.gql<{ createCreditor: Record<string, any> }>(CREATE, { input: GERMAN }, admin);
    expect(r.errors).toBeUndefined();
    const c = r.data!.createCreditor;
    expect(c).toMatchObject({
      ref: 'HANSE-01', legalName: 'Hanse Versand GmbH', street: 'Ballindamm 1', postcode: '20095', city: 'Hamburg', registerCourt: 'Amtsgericht Hamburg',
      registerNumber: 'HRB 98765', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', vatDeductible: true, letterLanguage: 'de',
    });
    expect(c.dunningStrategy).toMatchObject({ isDefault: true, name: 'Standard (DE)' });
    expect(c.dunningStrategy.stages.map((s: { stage: string }) => s.stage)).toEqual(['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT']);
    const row = (await db.query('SELECT address, dunning_strategy FROM creditors WHERE id = $1', [c.id])).rows[0];
    expect(row).toEqual({ address: 'Ballindamm 1\n20095 Hamburg', dunning_strategy: null });
    const audit = (await db.query(`SELECT actor_id, before, after FROM audit_events WHERE action = 'creditor.create' AND entity_id = $1`, [c.id])).rows;
    expect(audit).toEqual([{ actor_id: fx.admin.id, before: null, after: expect.objectContaining({ ref: 'HANSE-01', iban: 'DE89370400440532013000' }) }]);
    // Everyone who may list creditors sees it.
    const lead = await api.login(fx.lead.email);
    const list = await api.gql<{ creditors: { ref: string }[] }>('query { creditors { id ref name country } }', {}, lead);
    expect(list.data!.creditors.map((x) => x.ref)).toContain('HANSE-01');
  });

  it('an IBAN with a wrong checksum is BAD_USER_INPUT at field iban; a bad BIC at field bic; nothing is written', async () => {
    const count = async () => (await db.query('SELECT count(*)::int AS n FROM creditors')).rows[0].n;
    const before = await count();
    const iban = await api.gql(CREATE, { input: { ...GERMAN, ref: 'X-1', iban: 'DE89 3704 0044 0532 0130 01' } }, admin);
    expect(errorOf(iban)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'iban' });
    const bic = await api.gql(CREATE, { input: { ...GERMAN, ref: 'X-1', bic: 'COBADEF' } }, admin);
    expect(errorOf(bic)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bic' });
    const currency = await api.gql(CREATE, { input: { ...GERMAN, ref: 'X-1', currency: 'DKK' } }, admin);
    expect(errorOf(currency)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    const zone = await api.gql(CREATE, { input: { ...GERMAN, ref: 'X-1', timeZone: 'Europe/Nowhere' } }, admin);
    expect(errorOf(zone)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await count()).toBe(before);
  });

  it('a reference already taken is CONFLICT at field ref', async () => {
    const r = await api.gql(CREATE, { input: { ...GERMAN, name: 'Other' } }, admin);
    expect(errorOf(r)).toMatchObject({ code: 'CONFLICT', field: 'ref' });
  });

  it('a collector, a lead and a manager cannot create or update a creditor (FORBIDDEN)', async () => {
    for (const email of [fx.collectors[0]!.email, fx.lead.email, fx.manager.email]) {
      const token = await api.login(email);
      expect(errorOf(await api.gql(CREATE, { input: { ...GERMAN, ref: 'NOPE' } }, token))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await api.gql(UPDATE, { id: fx.creditorDE, input: { ...GERMAN, ref: 'NOPE' } }, token))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM creditors WHERE ref = 'NOPE'`)).rows[0].n).toBe(0);
  });

  it('a strategy violation names its field (dunningStrategy.stages.2.waitDays) and lists every violation', async () => {
    const strategy = strategyInput(DEFAULT_STRATEGY_DK);
    strategy.stages[2]!.waitDays = 5;
    const r = await api.gql(CREATE, { input: { ...DANISH, ref: 'NORD-BAD', dunningStrategy: strategy } }, admin);
    expect(errorOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dunningStrategy.stages.2.waitDays' });
    expect(errorOf(r)!.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'dunningStrategy.stages.2.waitDays' })]));
    const fee = strategyInput(DEFAULT_STRATEGY_DK);
    fee.stages[0]!.fee = { rule: 'DE_AGENCY_FEE', factor: null, firstDemand: null, amountCents: null, label: null, statute: null } as never;
    expect(errorOf(await api.gql(CREATE, { input: { ...DANISH, ref: 'NORD-BAD', dunningStrategy: fee } }, admin))).toMatchObject({
      field: 'dunningStrategy.stages.0.fee.factor',
    });
  });

  it('answers in the language of Accept-Language: strategy violations, fee descriptions and the dunning strategies table', async () => {
    const inLanguage = async (query: string, variables: Record<string, unknown>, language: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, 'accept-language': language },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
    };
    const strategy = strategyInput(DEFAULT_STRATEGY_DK);
    strategy.stages[2]!.waitDays = 5;
    const input = { ...DANISH, ref: 'NORD-BAD', name: '', dunningStrategy: strategy };
    const de = await inLanguage(CREATE, { input }, 'de');
    const da = await inLanguage(CREATE, { input }, 'da');
    const en = await api.gql(CREATE, { input }, admin);
    expect(de.errors![0]!.message).toBe('Geben Sie den Namen ein.');
    expect(da.errors![0]!.message).toBe('Angiv navnet.');
    expect(en.errors![0]!.message).toBe('Enter the name.');
    const waitDays = (r: { errors?: { extensions?: Record<string, any> }[] }) =>
      (r.errors![0]!.extensions!.violations as { field: string; message: string }[]).find((v) => v.field === 'dunningStrategy.stages.2.waitDays')?.message;
    expect(waitDays(de)).toBe('2. Mahnung würde 5 Tage nach 1. Mahnung beginnen, bevor deren Zahlungsfrist von 10 Tagen abgelaufen ist');
    expect(waitDays(da)).toBe('2. rykker ville begynde 5 dage efter 1. rykker, før dens betalingsfrist på 10 dage er udløbet');
    expect(waitDays(en)).toBe('DUNNING_2 would start 5 days after DUNNING_1, before its 10-day payment deadline has passed');

    const fees = async (language: string) => {
      const r = await inLanguage('query { creditors { id dunningStrategy { stages { fee { description } } } } }', {}, language);
      const creditor = (r.data.creditors as { id: string; dunningStrategy: { stages: { fee: { description: string } | null }[] } }[])
        .find((c) => c.id === fx.creditorDK);
      return creditor!.dunningStrategy.stages.map((s) => s.fee?.description ?? null).filter(Boolean);
    };
    expect(await fees('de')).toContain('Mahngebühr 100 DKK (renteloven § 9 b Abs. 2)');
    expect(await fees('da')).toContain('Rykkergebyr 100 kr. (renteloven § 9 b, stk. 2)');

    const table = async (language: string) => {
      const r = await inLanguage('query { dunningStrategies { creditor { country } steps { feeLabel } } }', {}, language);
      return (r.data.dunningStrategies as { steps: { feeLabel: string | null }[] }[]).flatMap((s) => s.steps.map((st) => st.feeLabel)).filter(Boolean);
    };
    expect(await table('de')).toEqual(expect.arrayContaining(['Mahngebühr 100 DKK (renteloven § 9 b Abs. 2)', 'Inkassogebühr 100 DKK (renteloven § 9 b Abs. 3)']));
    expect(await table('da')).toEqual(expect.arrayContaining(['Inkassogebyr 100 kr. (renteloven § 9 b, stk. 3)']));
    expect(await table('en')).toEqual(expect.arrayContaining(['Reminder fee DKK 100 (renteloven 9b(2))']));
  });

  it('an admin updates a creditor; the audit event holds before and after; country and currency stay while it has cases', async () => {
    const id = (await db.query(`SELECT id FROM creditors WHERE ref = 'HANSE-01'`)).rows[0].id;
    const r = await api.gql<{ updateCreditor: Record<string, any> }>(
      UPDATE, { id, input: { ...GERMAN, name: 'Hanse Versand Nord', street: 'Jungfernstieg 7', vatDeductible: false, letterLanguage: 'en' } }, admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateCreditor).toMatchObject({ name: 'Hanse Versand Nord', street: 'Jungfernstieg 7', vatDeductible: false, letterLanguage: 'en' });
    // A creditor that cannot deduct VAT claims agency costs with VAT: its default is stored with that flag.
    const agency = r.data!.updateCreditor.dunningStrategy.stages.find((s: { stage: string }) => s.stage === 'AGENCY');
    expect(agency.fee).toMatchObject({ rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true });
    const row = (await db.query('SELECT address, dunning_strategy FROM creditors WHERE id = $1', [id])).rows[0];
    expect(row.address).toBe('Jungfernstieg 7\n20095 Hamburg');
    expect(row.dunning_strategy.stages.find((s: { stage: string }) => s.stage === 'AGENCY').fee.creditorCanDeductVat).toBe(false);
    const audit = (await db.query(`SELECT before, after FROM audit_events WHERE action = 'creditor.update' AND entity_id = $1`, [id])).rows;
    expect(audit).toEqual([{
      before: expect.objectContaining({ name: 'Hanse Versand', street: 'Ballindamm 1', vatDeductible: true }),
      after: expect.objectContaining({ name: 'Hanse Versand Nord', street: 'Jungfernstieg 7', vatDeductible: false }),
    }]);

    await addCase(db, { creditorId: id, principalCents: 10_000, priority: 1 });
    const moved = await api.gql(UPDATE, { id, input: { ...DANISH, ref: 'HANSE-01' } }, admin);
    expect(errorOf(moved)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
    const unknown = await api.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: GERMAN }, admin);
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a changed strategy applies to the next step only: a step taken keeps its stage, fee and letter', async () => {
    const created = await api.gql<{ createCreditor: { id: string } }>(CREATE, { input: DANISH }, admin);
    const creditorId = created.data!.createCreditor.id;
    const caseId = await addCase(db, {
      creditorId, principalCents: 500_000, currency: 'DKK', country: 'DK', priority: 1, stage: 'REMINDER', stageEnteredOn: '2026-11-11',
      address: 'Strøget 1, 1160 København K',
    });
    expect((await api.gql(RUN, { d: '2026-11-25' }, admin)).errors).toBeUndefined();
    // The run's letter may already be in the hands of the background writer: wait until it is written.
    const writer = api.app.get(LetterWriterService);
    for (let tries = 0; ; tries++) {
      await writer.writeAll();
      const { rows: [{ pending }] } = await db.query(
        `SELECT count(*)::int AS pending FROM letters WHERE creditor_id = $1 AND status = 'PENDING'`, [creditorId],
      );
      if (pending === 0) break;
      if (tries === 50) throw new Error('The letter of the dunning run was not written');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const taken = async () => ({
      case: (await db.query('SELECT stage, stage_entered_on FROM cases WHERE id = $1', [caseId])).rows[0],
      steps: (await db.query('SELECT from_stage, to_stage, fee_cents, stepped_on FROM dunning_steps WHERE case_id = $1 ORDER BY stepped_on', [caseId])).rows,
      fees: (await db.query('SELECT label, amount_cents, charged_on FROM fees WHERE case_id = $1 ORDER BY charged_on, created_at', [caseId])).rows,
      letters: (await db.query('SELECT id, status, content_sha256 FROM letters WHERE creditor_id = $1 ORDER BY written_on', [creditorId])).rows,
    });
    const stepped = await taken();
    expect(stepped.case).toEqual({ stage: 'DUNNING_1', stage_entered_on: '2026-11-25' });
    expect(stepped.steps).toEqual([{ from_stage: 'REMINDER', to_stage: 'DUNNING_1', fee_cents: 10_000, stepped_on: '2026-11-25' }]);
    expect(stepped.fees).toEqual([expect.objectContaining({ amount_cents: 10_000, charged_on: '2026-11-25' })]);
    expect(stepped.letters).toHaveLength(1);

    // New strategy: DUNNING_1 would now charge a fixed fee (too late for this case), DUNNING_2 waits 20 days
    // instead of 14 and charges a fixed DKK 25 instead of the reminder fee.
    const strategy = strategyInput(DEFAULT_STRATEGY_DK);
    strategy.name = 'Nordlys, slower';
    const fixed = (amountCents: number) => ({ rule: 'FIXED', factor: null, firstDemand: null, amountCents, label: 'Gebyr', statute: 'Aftale' });
    strategy.stages[1]!.fee = fixed(7_500);
    strategy.stages[2]!.waitDays = 20;
    strategy.stages[2]!.fee = fixed(2_500);
    const updated = await api.gql<{ updateCreditor: { dunningStrategy: { isDefault: boolean; name: string } } }>(
      UPDATE, { id: creditorId, input: { ...DANISH, dunningStrategy: strategy } }, admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCreditor.dunningStrategy).toMatchObject({ isDefault: false, name: 'Nordlys, slower' });
    expect(await taken()).toEqual(stepped);

    // 14 days on (the old wait): not due under the new strategy.
    clock.instant = new Date('2026-12-09T10:00:00Z');
    expect((await api.gql(RUN, { d: '2026-12-09' }, admin)).errors).toBeUndefined();
    expect((await taken()).case.stage).toBe('DUNNING_1');
    // 20 days on: the next step follows the new strategy, with its fee.
    clock.instant = new Date('2026-12-15T10:00:00Z');
    expect((await api.gql(RUN, { d: '2026-12-15' }, admin)).errors).toBeUndefined();
    const after = await taken();
    expect(after.case).toEqual({ stage: 'DUNNING_2', stage_entered_on: '2026-12-15' });
    expect(after.steps).toEqual([
      stepped.steps[0],
      { from_stage: 'DUNNING_1', to_stage: 'DUNNING_2', fee_cents: 2_500, stepped_on: '2026-12-15' },
    ]);
    expect(after.fees).toEqual([stepped.fees[0], expect.objectContaining({ label: 'Gebyr (Aftale)', amount_cents: 2_500, charged_on: '2026-12-15' })]);
    expect(after.letters[0]).toEqual(stepped.letters[0]);
  });
});

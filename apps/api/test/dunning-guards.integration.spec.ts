import type pg from 'pg';
import { addCase, type AddCaseOptions, type Fixture } from './fixtures.js';
import { addPromise } from './factories.js';
import { FixedClock, type ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

const RUN = 'mutation($d: Date!) { runDunning(asOf: $d) { status advanced feesCharged letters emails promisesBroken } }';
const PREVIEW = `query($d: Date!) { previewDunning(asOf: $d) {
  asOf alreadyRun advanced feesCharged letters emails promisesBroken lettersHeld feeTotals { currency amountCents }
  transitions { fromStage toStage channel currency cases feeCents } sample { caseId fromStage toStage channel currency feeCents } } }`;

/** Every table a run writes: the preview must leave each exactly as it was. */
const WRITTEN = ['cases', 'claims', 'fees', 'dunning_runs', 'dunning_steps', 'letters', 'outbox', 'activities', 'audit_events',
  'promises', 'kpi_stage_moves', 'kpi_daily', 'dunning_run_holds'];

describe('runDunning date guards and previewDunning', () => {
  // 10:00 UTC on 2026-11-25: 11:00 in Berlin, the dunning time zone.
  const clock = new FixedClock(new Date('2026-11-25T10:00:00Z'));
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;

  const de = (o: Partial<AddCaseOptions> & { priority: number }): Promise<string> =>
    addCase(db, { creditorId: fx.creditorDE, principalCents: 100_000, address: 'Hauptstraße 1, 10115 Berlin', ...o });

  const bed = withApi({
    collectors: 1, cases: 0, clock,
    arrange: async () => {
      ({ db, fx } = bed);
      // Due for their next stage on 2026-11-25: reminders sent in October, a first dunning letter due, one in PHONE.
      for (let i = 1; i <= 5; i++) await de({ priority: i, stage: 'REMINDER', stageEnteredOn: '2026-10-01' });
      await de({ priority: 6, stage: 'DUNNING_1', stageEnteredOn: '2026-10-01' });
      await de({ priority: 7, stage: 'DUNNING_2', stageEnteredOn: '2026-10-01' });
      const promised = await de({ priority: 8, stage: 'REMINDER', stageEnteredOn: '2026-11-20' });
      await addPromise(db, promised, { amountCents: 10_000, dueDate: '2026-11-01' });
      await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 750_000, currency: 'DKK', country: 'DK', address: 'Strøget 1, 1160 København K',
        priority: 9, stage: 'REMINDER', stageEnteredOn: '2026-10-01',
      });
    },
  });

  beforeAll(async () => {
    api = bed.api;
    lead = await bed.login(fx.lead.email);
  });

  /** Row count and a digest of every row of the tables a run writes. */
  const state = async () => {
    const out: Record<string, string> = {};
    for (const table of WRITTEN) {
      const { rows } = await db.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM ${table} t`);
      out[table] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  };

  const refusal = async (query: string, d: string) => {
    const result = await api.gql(query, { d }, lead);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    return result.errors![0]!.message;
  };

  it('a run or preview dated 2099-12-31 (after today in Europe/Berlin) is refused and changes nothing', async () => {
    const before = await state();
    expect(await refusal(RUN, '2099-12-31')).toMatch(/asOf 2099-12-31 is after today \(2026-11-25\)/);
    expect(await refusal(RUN, '2026-11-26')).toMatch(/after today/);
    expect(await refusal(PREVIEW, '2099-12-31')).toMatch(/after today/);
    expect(await state()).toEqual(before);
  });

  it('the preview changes nothing, and the run that follows does what it showed', async () => {
    const before = await state();
    const { previewDunning: preview } = await api.ok<{ previewDunning: any }>(PREVIEW, { d: '2026-11-25' }, lead);
    expect(await state()).toEqual(before);

    expect(preview).toMatchObject({ asOf: '2026-11-25', alreadyRun: false, promisesBroken: 1 });
    expect(preview.advanced).toBe(8);
    expect(preview.transitions.reduce((n: number, t: any) => n + t.cases, 0)).toBe(preview.advanced);
    expect(preview.transitions).toEqual(expect.arrayContaining([
      expect.objectContaining({ fromStage: 'REMINDER', toStage: 'DUNNING_1', currency: 'EUR', cases: 5 }),
      expect.objectContaining({ fromStage: 'REMINDER', currency: 'DKK', cases: 1 }),
    ]));
    expect(preview.sample).toHaveLength(8);
    expect(preview.feeTotals).toEqual([{ currency: 'DKK', amountCents: 10_000 }]);

    // Asking twice answers the same: nothing of the first preview stayed.
    expect((await api.ok<{ previewDunning: any }>(PREVIEW, { d: '2026-11-25' }, lead)).previewDunning).toEqual(preview);

    const { runDunning: run } = await api.ok<{ runDunning: any }>(RUN, { d: '2026-11-25' }, lead);
    expect(run).toEqual({
      status: 'DONE', advanced: preview.advanced, feesCharged: preview.feesCharged, letters: preview.letters,
      emails: preview.emails, promisesBroken: preview.promisesBroken,
    });
    const fees = await db.query(`SELECT c.currency, sum(f.amount_cents)::int AS cents FROM fees f JOIN cases c ON c.id = f.case_id
                                  WHERE f.charged_on = '2026-11-25' GROUP BY c.currency ORDER BY c.currency`);
    expect(fees.rows.map((r) => ({ currency: r.currency, amountCents: r.cents }))).toEqual(preview.feeTotals);
    const steps = await db.query(`SELECT case_id, to_stage FROM dunning_steps WHERE stepped_on = '2026-11-25' ORDER BY case_id`);
    expect(steps.rows.map((r) => [r.case_id, r.to_stage])).toEqual(preview.sample.map((s: any) => [s.caseId, s.toStage]));

    // The finished date previews as already run.
    expect((await api.ok<{ previewDunning: any }>(PREVIEW, { d: '2026-11-25' }, lead)).previewDunning)
      .toMatchObject({ alreadyRun: true, advanced: 0, transitions: [], sample: [] });
  });

  it('a date before the last finished run is refused; the last one again and today are accepted', async () => {
    expect(await refusal(RUN, '2026-11-24')).toMatch(/before the last finished dunning run \(2026-11-25\)/);
    expect(await refusal(PREVIEW, '2026-11-01')).toMatch(/before the last finished/);
    expect((await api.ok<{ runDunning: any }>(RUN, { d: '2026-11-25' }, lead)).runDunning).toMatchObject({ status: 'DONE' });
    // 23:30 UTC is 00:30 on the 26th in Berlin: the 26th is today there, the 27th is not.
    clock.instant = new Date('2026-11-25T23:30:00Z');
    expect((await api.ok<{ runDunning: any }>(RUN, { d: '2026-11-26' }, lead)).runDunning).toMatchObject({ status: 'DONE' });
    expect(await refusal(RUN, '2026-11-27')).toMatch(/after today \(2026-11-26\)/);
  });

  it('only leads and admins may preview', async () => {
    const collector = await bed.login(fx.collectors[0]!.email);
    const result = await api.gql(PREVIEW, { d: '2026-11-26' }, collector);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

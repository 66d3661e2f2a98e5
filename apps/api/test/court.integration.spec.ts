import type pg from 'pg';
import { addCase, writeCounts, type Fixture } from './fixtures.js';
import { updateCase } from './factories.js';
import { ApiInstance } from './harness.js';
import { withApi } from './with-api.js';

// The clock is pinned at 2026-11-25T10:00:00Z (FixedClock): events up to that day can be recorded.
const RECORD = `mutation($input: RecordCourtEventInput!) {
  recordCourtEvent(input: $input) {
    id status stage version nextActionAt assignee { id }
    court {
      appliedOn orderServedOn objectionDeadline objectionFiledOn enforcementApplicationDeadline enforcementAppliedOn
      enforcementServedOn enforcementObjectionDeadline enforcementObjectionFiledOn
    }
  }
}`;
const COURT = `query($id: ID!) { case(id: $id) { id status stage court { appliedOn orderServedOn objectionDeadline enforcementApplicationDeadline } } }`;

type Event = 'ORDER_APPLIED' | 'ORDER_SERVED' | 'OBJECTION_FILED' | 'ENFORCEMENT_APPLIED' | 'ENFORCEMENT_SERVED' | 'ENFORCEMENT_OBJECTION_FILED';

describe('recordCourtEvent: the German court dunning procedure, its order rules and deadlines', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  let lead: string;
  let admin: string;
  let collector: string;
  let caseId: string;

  const bed = withApi({
    collectors: 1, cases: 0,
    arrange: async () => {
      ({ db, fx } = bed);
      // In AGENCY since 2026-04-20, assigned to a collector.
      caseId = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 250_000, priority: 1, stage: 'AGENCY', stageEnteredOn: '2026-04-20',
        assigneeId: fx.collectors[0].id,
      });
    },
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    lead = await api.login(fx.lead.email);
    admin = await api.login(fx.admin.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const record = (id: string, event: Event, on: string, token = lead) =>
    api.gql<{ recordCourtEvent: Record<string, any> }>(RECORD, { input: { caseId: id, event, on } }, token);
  const proceeding = async (id: string) => (await db.query('SELECT * FROM court_proceedings WHERE case_id = $1', [id])).rows[0];
  const caseRow = async (id: string) =>
    (await db.query(
      `SELECT status, stage, stage_entered_on, assignee_id, version, to_char(next_action_at, 'YYYY-MM-DD') AS next_action_on FROM cases WHERE id = $1`,
      [id],
    )).rows[0];
  const audits = async (id: string) =>
    (await db.query(`SELECT actor_id, action, before, after FROM audit_events WHERE entity_id = $1 AND action LIKE 'court.%' ORDER BY id`, [id])).rows;

  /** A refused event: the code, and no write anywhere. */
  async function refused(id: string, event: Event, on: string, code: string, token = lead): Promise<string> {
    const before = await writeCounts(db, id);
    const court = await proceeding(id);
    const result = await record(id, event, on, token);
    expect({ event, on, code: result.errors?.[0].extensions?.code }).toEqual({ event, on, code });
    expect(await writeCounts(db, id)).toEqual(before);
    expect(await proceeding(id)).toEqual(court);
    return result.errors![0].message;
  }

  it('a collector may not record court events (FORBIDDEN)', async () => {
    await refused(caseId, 'ORDER_APPLIED', '2026-05-04', 'FORBIDDEN', collector);
  });

  it('the Danish case is refused: the procedure is the German one (BAD_USER_INPUT)', async () => {
    await refused(fx.danishCase, 'ORDER_APPLIED', '2026-05-04', 'BAD_USER_INPUT');
  });

  it('service before application is a CONFLICT; a date in the future or malformed is BAD_USER_INPUT', async () => {
    expect(await refused(caseId, 'ORDER_SERVED', '2026-05-11', 'CONFLICT')).toMatch(/not been recorded/);
    await refused(caseId, 'ENFORCEMENT_APPLIED', '2026-06-01', 'CONFLICT');
    await refused(caseId, 'ORDER_APPLIED', '2026-11-26', 'BAD_USER_INPUT');
    await refused(caseId, 'ORDER_APPLIED', '2026-02-30', 'BAD_USER_INPUT');
  });

  it('ORDER_APPLIED: the proceeding, case LEGAL in the COURT stage from that day, out of the queue, activity, audit', async () => {
    const before = await caseRow(caseId);
    const result = await record(caseId, 'ORDER_APPLIED', '2026-05-04');
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordCourtEvent).toMatchObject({
      id: caseId, status: 'LEGAL', stage: 'COURT', version: before.version + 1, assignee: null, nextActionAt: null,
      court: { appliedOn: '2026-05-04', orderServedOn: null, objectionDeadline: null, enforcementApplicationDeadline: null },
    });
    expect(await caseRow(caseId)).toEqual({
      status: 'LEGAL', stage: 'COURT', stage_entered_on: '2026-05-04', assignee_id: null, version: before.version + 1, next_action_on: null,
    });
    expect(await proceeding(caseId)).toMatchObject({ applied_on: '2026-05-04', order_served_on: null });
    const activity = await db.query(`SELECT actor_id, channel, note FROM activities WHERE case_id = $1`, [caseId]);
    expect(activity.rows).toEqual([{ actor_id: fx.lead.id, channel: 'LETTER', note: expect.stringContaining('Mahnbescheid') }]);
    expect(await audits(caseId)).toEqual([
      { actor_id: fx.lead.id, action: 'court.ORDER_APPLIED', before: null, after: expect.objectContaining({ applied_on: '2026-05-04' }) },
    ]);
  });

  it('twice is a CONFLICT; served before the application date is BAD_USER_INPUT', async () => {
    await refused(caseId, 'ORDER_APPLIED', '2026-05-05', 'CONFLICT');
    await refused(caseId, 'ORDER_SERVED', '2026-05-03', 'BAD_USER_INPUT');
  });

  it('ORDER_SERVED stores the deadlines: objection 14 days (Whit Monday -> Tuesday), enforcement application 6 months', async () => {
    const result = await record(caseId, 'ORDER_SERVED', '2026-05-11');
    expect(result.errors).toBeUndefined();
    // 2026-05-11 + 14 days = 2026-05-25, Whit Monday (Pfingstmontag), so 2026-05-26 (ZPO 222(2)); + 6 months = 2026-11-11 (ZPO 701).
    const expected = { appliedOn: '2026-05-04', orderServedOn: '2026-05-11', objectionDeadline: '2026-05-26', enforcementApplicationDeadline: '2026-11-11' };
    expect(result.data!.recordCourtEvent.court).toMatchObject(expected);
    expect(await proceeding(caseId)).toMatchObject({
      order_served_on: '2026-05-11', objection_deadline: '2026-05-26', enforcement_application_deadline: '2026-11-11',
    });
    const { case: c } = await api.ok<{ case: { court: unknown; status: string } }>(COURT, { id: caseId }, admin);
    expect(c).toEqual({ id: caseId, status: 'LEGAL', stage: 'COURT', court: expected });
    // The next deadline to watch is the objection period.
    expect((await caseRow(caseId)).next_action_on).toBe('2026-05-26');
    const audit = await audits(caseId);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({
      action: 'court.ORDER_SERVED', before: { order_served_on: null }, after: { order_served_on: '2026-05-11', objection_deadline: '2026-05-26' },
    });
  });

  it('the enforcement order: not within the objection period, not after the 6 months (BAD_USER_INPUT)', async () => {
    expect(await refused(caseId, 'ENFORCEMENT_APPLIED', '2026-05-26', 'BAD_USER_INPUT')).toMatch(/2026-05-27/);
    expect(await refused(caseId, 'ENFORCEMENT_APPLIED', '2026-11-12', 'BAD_USER_INPUT')).toMatch(/lapsed on 2026-11-11/);
    await refused(caseId, 'ENFORCEMENT_SERVED', '2026-06-03', 'CONFLICT');
  });

  it('ENFORCEMENT_APPLIED in time; twice is a CONFLICT; served before applied is BAD_USER_INPUT', async () => {
    const applied = await record(caseId, 'ENFORCEMENT_APPLIED', '2026-05-27');
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.recordCourtEvent.court).toMatchObject({ enforcementAppliedOn: '2026-05-27' });
    // Applied: the 6-month deadline is met, and no deadline runs until the order is served.
    expect((await caseRow(caseId)).next_action_on).toBeNull();
    await refused(caseId, 'ENFORCEMENT_APPLIED', '2026-05-28', 'CONFLICT');
    await refused(caseId, 'ENFORCEMENT_SERVED', '2026-05-26', 'BAD_USER_INPUT');
  });

  it('ENFORCEMENT_SERVED: objection deadline 2 weeks, the next action; the stage stays COURT until the dunning run', async () => {
    const served = await record(caseId, 'ENFORCEMENT_SERVED', '2026-06-03');
    expect(served.errors).toBeUndefined();
    expect(served.data!.recordCourtEvent).toMatchObject({
      status: 'LEGAL', stage: 'COURT', court: { enforcementServedOn: '2026-06-03', enforcementObjectionDeadline: '2026-06-17' },
    });
    expect(await caseRow(caseId)).toMatchObject({ status: 'LEGAL', stage: 'COURT', stage_entered_on: '2026-05-04', next_action_on: '2026-06-17' });
    expect(await proceeding(caseId)).toMatchObject({ enforcement_served_on: '2026-06-03', enforcement_objection_deadline: '2026-06-17' });
    await refused(caseId, 'ENFORCEMENT_SERVED', '2026-06-04', 'CONFLICT');
    expect((await audits(caseId)).map((a) => a.action)).toEqual([
      'court.ORDER_APPLIED', 'court.ORDER_SERVED', 'court.ENFORCEMENT_APPLIED', 'court.ENFORCEMENT_SERVED',
    ]);
    const notes = (await db.query(`SELECT note FROM activities WHERE case_id = $1 ORDER BY occurred_at, note`, [caseId])).rows;
    expect(notes).toHaveLength(4);
  });

  it('after the debtor\'s objection there is no enforcement order (CONFLICT) and no deadline left', async () => {
    const id = await addCase(db, { creditorId: fx.creditorDE, principalCents: 80_000, priority: 2, stage: 'COURT', stageEnteredOn: '2026-04-01' });
    for (const [event, on] of [['ORDER_APPLIED', '2026-04-02'], ['ORDER_SERVED', '2026-04-07'], ['OBJECTION_FILED', '2026-04-15']] as const) {
      expect((await record(id, event, on)).errors).toBeUndefined();
    }
    // 2026-04-07 + 14 = 2026-04-21 (a Tuesday).
    expect(await proceeding(id)).toMatchObject({ objection_deadline: '2026-04-21', objection_filed_on: '2026-04-15' });
    // The case was in COURT already: its stage date stays.
    expect(await caseRow(id)).toMatchObject({ status: 'LEGAL', stage: 'COURT', stage_entered_on: '2026-04-01', next_action_on: null });
    expect(await refused(id, 'ENFORCEMENT_APPLIED', '2026-04-22', 'CONFLICT')).toMatch(/objected/);
    await refused(id, 'OBJECTION_FILED', '2026-04-16', 'CONFLICT');
  });

  it('a paid case is not taken to court (CONFLICT)', async () => {
    const id = await addCase(db, { creditorId: fx.creditorDE, principalCents: 80_000, priority: 3, stage: 'AGENCY', stageEnteredOn: '2026-04-01' });
    await updateCase(db, id, { status: 'PAID', paidAt: '2026-10-01T10:00:00Z' });
    await refused(id, 'ORDER_APPLIED', '2026-10-02', 'CONFLICT');
    expect(await caseRow(id)).toMatchObject({ status: 'PAID', stage: 'AGENCY' });
  });

  it('the central dunning court\'s Land decides the holidays (ZPO 222(2), 689(3)): Corpus Christi in Coburg, not in Berlin', async () => {
    const COURT_OF = `query($id: ID!) { case(id: $id) { court { court courtName objectionDeadline enforcementApplicationDeadline } } }`;
    const withCourt = (id: string, event: Event, on: string, court: string) =>
      api.gql<{ recordCourtEvent: { id: string } }>(RECORD, { input: { caseId: id, event, on, court } }, lead);
    const open = () =>
      addCase(db, { creditorId: fx.creditorDE, principalCents: 90_000, priority: 1, stage: 'AGENCY', stageEnteredOn: '2026-04-20' });

    // Served Thursday 2026-05-21: two weeks end on Thursday 2026-06-04, Corpus Christi (a holiday in Bavaria).
    const coburg = await open();
    expect((await withCourt(coburg, 'ORDER_APPLIED', '2026-05-11', 'COBURG')).errors).toBeUndefined();
    expect((await record(coburg, 'ORDER_SERVED', '2026-05-21')).errors).toBeUndefined();
    const wedding = await open();
    expect((await withCourt(wedding, 'ORDER_APPLIED', '2026-05-11', 'WEDDING')).errors).toBeUndefined();
    expect((await record(wedding, 'ORDER_SERVED', '2026-05-21')).errors).toBeUndefined();
    const court = async (id: string) => (await api.gql<{ case: { court: Record<string, unknown> } }>(COURT_OF, { id }, lead)).data!.case.court;
    expect(await court(coburg)).toEqual({
      court: 'COBURG', courtName: 'Amtsgericht Coburg (Bayern)', objectionDeadline: '2026-06-05', enforcementApplicationDeadline: '2026-11-23',
    });
    expect(await court(wedding)).toEqual({
      court: 'WEDDING', courtName: 'Amtsgericht Wedding (Berlin)', objectionDeadline: '2026-06-04', enforcementApplicationDeadline: '2026-11-23',
    });

    // Named only with a later step: the stored deadlines are recomputed; another court later is refused.
    const late = await open();
    expect((await record(late, 'ORDER_APPLIED', '2026-05-11')).errors).toBeUndefined();
    expect((await record(late, 'ORDER_SERVED', '2026-05-21')).errors).toBeUndefined();
    expect(await court(late)).toMatchObject({ court: null, courtName: null, objectionDeadline: '2026-06-04' });
    expect((await withCourt(late, 'OBJECTION_FILED', '2026-06-05', 'COBURG')).errors).toBeUndefined();
    expect(await court(late)).toMatchObject({ court: 'COBURG', objectionDeadline: '2026-06-05' });
    const moved = await api.gql(RECORD, { input: { caseId: late, event: 'ENFORCEMENT_APPLIED', on: '2026-06-10', court: 'HAGEN' } }, lead);
    expect(moved.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'court' } });
    expect((await api.gql(RECORD, { input: { caseId: late, event: 'ORDER_SERVED', on: '2026-05-21', court: 'MUENCHEN' } }, lead)).errors?.[0]?.extensions?.code)
      .toBe('BAD_USER_INPUT');
  });
});

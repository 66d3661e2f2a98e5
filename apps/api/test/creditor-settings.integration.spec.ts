import { DEFAULT_CONTACT_POLICY } from '@mahnwerk/domain';
import type pg from 'pg';
import { updateCreditor } from './factories.js';
import { addCase, writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// Wednesday 2026-11-25T10:00:00Z = 11:00 in Berlin (CET, UTC+1).
const NOON = new Date('2026-11-25T10:00:00Z');

const POLICY_FIELDS = `contactPolicy {
  contactHours { weekdays { from to } saturday { from to } sunday { from to } holidays { from to } }
  maxAttemptsPer7Days reminderSpacingDays { country days } isDefault
}`;
const CREDITORS = `query { creditors { id name ${POLICY_FIELDS} } }`;
const SET_POLICY = `mutation($creditorId: ID!, $policy: ContactPolicyInput!) {
  setContactPolicy(creditorId: $creditorId, policy: $policy) { id ${POLICY_FIELDS} }
}`;
const RESET_POLICY = `mutation($creditorId: ID!) { resetContactPolicy(creditorId: $creditorId) { id ${POLICY_FIELDS} } }`;
const RESET_WEIGHTS = `mutation($creditorId: ID!) { resetPriorityWeights(creditorId: $creditorId) { id priorityWeights { balance isDefault } } }`;
const SET_WEIGHTS = `mutation($creditorId: ID!, $weights: PriorityWeightsInput!) {
  setPriorityWeights(creditorId: $creditorId, weights: $weights) { id priorityWeights { balance isDefault } }
}`;
const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }';

type Window = { from: string; to: string } | null;
interface Policy {
  contactHours: { weekdays: Window; saturday: Window; sunday: Window; holidays: Window };
  maxAttemptsPer7Days: number;
  reminderSpacingDays: { country: string; days: number }[];
  isDefault: boolean;
}
type PolicyInput = Omit<Policy, 'isDefault'>;

const DEFAULTS: Policy = {
  contactHours: { weekdays: { from: '08:00', to: '20:00' }, saturday: { from: '08:00', to: '14:00' }, sunday: null, holidays: null },
  maxAttemptsPer7Days: DEFAULT_CONTACT_POLICY.maxAttemptsPer7Days,
  reminderSpacingDays: [{ country: 'DK', days: 10 }],
  isDefault: true,
};

const CUSTOM: PolicyInput = {
  contactHours: { weekdays: { from: '09:00', to: '18:00' }, saturday: null, sunday: null, holidays: { from: '10:00', to: '12:00' } },
  maxAttemptsPer7Days: 2,
  reminderSpacingDays: [{ country: 'DK', days: 14 }, { country: 'DE', days: 7 }],
};

describe('creditor settings: contact policy and priority weights', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const clock = new FixedClock(new Date(NOON));
  let admin: string;
  let lead: string;
  let collector: string;

  const bed = withApi({
    collectors: 1, cases: 2,
    clock,
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });

  const policyOf = async (creditorId: string, token = admin): Promise<Policy> => {
    const { creditors } = await api.ok<{ creditors: { id: string; contactPolicy: Policy }[] }>(CREDITORS, {}, token);
    return creditors.find((c) => c.id === creditorId)!.contactPolicy;
  };
  const setPolicy = (policy: PolicyInput, token = admin, creditorId = fx.creditorDE) =>
    api.gql<{ setContactPolicy: { contactPolicy: Policy } }>(SET_POLICY, { creditorId, policy }, token);
  const stored = async (creditorId: string) =>
    (await db.query('SELECT contact_policy FROM creditors WHERE id = $1', [creditorId])).rows[0].contact_policy;

  it('shows the defaults while a creditor has no policy of its own', async () => {
    expect(await policyOf(fx.creditorDE)).toEqual(DEFAULTS);
    expect(await policyOf(fx.creditorDK, lead)).toEqual(DEFAULTS);
  });

  it('a lead sets the policy; it reads back, is stored as jsonb and audited with before and after', async () => {
    const result = await setPolicy(CUSTOM, lead);
    expect(result.errors).toBeUndefined();
    const expected: Policy = {
      ...CUSTOM,
      reminderSpacingDays: [{ country: 'DE', days: 7 }, { country: 'DK', days: 14 }],
      isDefault: false,
    };
    expect(result.data!.setContactPolicy.contactPolicy).toEqual(expected);
    expect(await policyOf(fx.creditorDE)).toEqual(expected);
    expect(await policyOf(fx.creditorDK)).toEqual(DEFAULTS);
    expect(await stored(fx.creditorDE)).toEqual({
      contactHours: { weekdays: ['09:00', '18:00'], saturday: null, sunday: null, holidays: ['10:00', '12:00'] },
      maxAttemptsPer7Days: 2,
      reminderSpacingDays: { DK: 14, DE: 7 },
    });

    const audit = await db.query(`SELECT actor_id, entity, entity_id, before, after FROM audit_events WHERE action = 'creditor.contactPolicy'`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      actor_id: fx.lead.id, entity: 'creditor', entity_id: fx.creditorDE,
      before: { contactPolicy: null },
      after: { contactPolicy: { maxAttemptsPer7Days: 2, reminderSpacingDays: { DK: 14, DE: 7 } } },
    });
  });

  it('refuses a window that ends before it starts, naming the field, and changes nothing', async () => {
    const before = await stored(fx.creditorDE);
    const counts = await writeCounts(db);
    const result = await setPolicy({ ...CUSTOM, contactHours: { ...CUSTOM.contactHours, weekdays: { from: '20:00', to: '08:00' } } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'policy.contactHours.weekdays' });
    expect(result.errors?.[0]?.message).toBe('contactHours.weekdays: 20:00 must be before 08:00.');
    expect(await stored(fx.creditorDE)).toEqual(before);
    expect(await writeCounts(db)).toEqual(counts);
  });

  it.each([
    ['a malformed time', { ...CUSTOM, contactHours: { ...CUSTOM.contactHours, saturday: { from: '9:00', to: '12:00' } } }, 'policy.contactHours.saturday'],
    ['no attempts at all', { ...CUSTOM, maxAttemptsPer7Days: 0 }, 'policy.maxAttemptsPer7Days'],
    ['a negative spacing', { ...CUSTOM, reminderSpacingDays: [{ country: 'DK', days: -1 }] }, 'policy.reminderSpacingDays.DK'],
    ['a country given twice', { ...CUSTOM, reminderSpacingDays: [{ country: 'DK', days: 10 }, { country: 'DK', days: 12 }] }, 'policy.reminderSpacingDays[1].country'],
    ['not a country code', { ...CUSTOM, reminderSpacingDays: [{ country: 'Denmark', days: 10 }] }, 'policy.reminderSpacingDays[0].country'],
  ])('refuses %s', async (_name, policy, field) => {
    const before = await stored(fx.creditorDE);
    const result = await setPolicy(policy as PolicyInput);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(fx.creditorDE)).toEqual(before);
  });

  it('refuses collectors, changing nothing', async () => {
    const before = await stored(fx.creditorDE);
    const denied = await setPolicy(CUSTOM, collector);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await api.gql(RESET_POLICY, { creditorId: fx.creditorDE }, collector);
    expect(reset.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(fx.creditorDE)).toEqual(before);
  });

  it('keeps overrides the API does not show (extra holidays) when the policy is set again', async () => {
    await updateCreditor(db, fx.creditorDE, { contactPolicyOverrides: { extraHolidays: ['2026-12-24'] } });
    expect((await setPolicy({ ...CUSTOM, maxAttemptsPer7Days: 4 })).errors).toBeUndefined();
    expect(await stored(fx.creditorDE)).toMatchObject({ maxAttemptsPer7Days: 4, extraHolidays: ['2026-12-24'] });
  });

  it('resetContactPolicy goes back to the defaults, audited', async () => {
    const result = await api.gql<{ resetContactPolicy: { contactPolicy: Policy } }>(RESET_POLICY, { creditorId: fx.creditorDE }, lead);
    expect(result.errors).toBeUndefined();
    expect(result.data!.resetContactPolicy.contactPolicy).toEqual(DEFAULTS);
    expect(await stored(fx.creditorDE)).toBeNull();
    const audit = await db.query(
      `SELECT before, after FROM audit_events WHERE action = 'creditor.contactPolicy' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit.rows[0].after).toEqual({ contactPolicy: null });
    expect(audit.rows[0].before.contactPolicy).toMatchObject({ maxAttemptsPer7Days: 4 });
  });

  it('resetPriorityWeights drops the creditor\'s weights', async () => {
    const weights = { balance: 300, overdue: 100, stage: 100, brokenPromises: 150, callback: 120, limitation: 90, courtDeadline: 70, lastContact: 40, outcomeHistory: 30 };
    const set = await api.gql<{ setPriorityWeights: { priorityWeights: { balance: number; isDefault: boolean } } }>(
      SET_WEIGHTS, { creditorId: fx.creditorDE, weights }, lead,
    );
    expect(set.data?.setPriorityWeights.priorityWeights).toEqual({ balance: 300, isDefault: false });
    expect((await api.gql(RESET_WEIGHTS, { creditorId: fx.creditorDE }, collector)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reset = await api.gql<{ resetPriorityWeights: { priorityWeights: { balance: number; isDefault: boolean } } }>(
      RESET_WEIGHTS, { creditorId: fx.creditorDE }, lead,
    );
    expect(reset.data?.resetPriorityWeights.priorityWeights).toEqual({ balance: 250, isDefault: true });
    expect((await db.query('SELECT priority_weights FROM creditors WHERE id = $1', [fx.creditorDE])).rows[0].priority_weights).toBeNull();
  });

  it('takes effect: outside the creditor\'s new weekday hours a contact outcome is refused with the next allowed time', async () => {
    clock.instant = new Date(NOON); // Wednesday 11:00 in Berlin: inside the default hours
    const caseId = await addCase(db, { creditorId: fx.creditorDE, principalCents: 40_000, priority: 500, assigneeId: fx.collectors[0].id, reference: 'INV-HOURS' });
    const lunchOnly = { ...CUSTOM, contactHours: { ...CUSTOM.contactHours, weekdays: { from: '12:00', to: '13:00' } } };
    expect((await setPolicy(lunchOnly, lead)).errors).toBeUndefined();

    const before = await writeCounts(db, caseId);
    const refused = await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
    // 12:00 in Berlin (CET) = 11:00Z the same day.
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', nextAllowedAt: '2026-11-25T11:00:00.000Z' });
    expect(refused.errors?.[0]?.message).toContain('Monday to Friday 12:00-13:00');
    expect(await writeCounts(db, caseId)).toEqual(before);

    clock.instant = new Date('2026-11-25T11:30:00Z'); // 12:30 in Berlin
    expect((await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector)).errors).toBeUndefined();
  });
});

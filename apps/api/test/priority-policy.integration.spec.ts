import { DEFAULT_PRIORITY_WEIGHTS } from '@mahnwerk/domain';
import type pg from 'pg';
import { addDunningStep, updateDebtorOf } from './factories.js';
import { addCase, writeCounts, type Fixture } from './fixtures.js';
import { ApiInstance, FixedClock } from './harness.js';
import { withApi } from './with-api.js';

// The clock starts at Wednesday 2026-11-25T10:00:00Z = 11:00 in Berlin and Copenhagen (CET, UTC+1).
const NOON = new Date('2026-11-25T10:00:00Z');
const CLAIM = 'mutation { claimNextCase { id } }';
const RECORD = 'mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id priority } }';
const PARTS = `query($id: ID!) { case(id: $id) { id priority priorityParts { key label points maxPoints explanation } } }`;
const SET_WEIGHTS = `mutation($creditorId: ID!, $weights: PriorityWeightsInput!) {
  setPriorityWeights(creditorId: $creditorId, weights: $weights) { id priorityWeights { balance limitation isDefault } }
}`;
const POLICY = `query($id: ID!, $channel: ContactChannel!) {
  case(id: $id) { nextContactAllowedAt(channel: $channel) contactPolicyReason(channel: $channel) }
}`;

interface Part { key: string; label: string; points: number; maxPoints: number; explanation: string }

describe('priority parts per creditor weights, and the contact policy on recorded outcomes', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  let fx: Fixture;
  const clock = new FixedClock(new Date(NOON));
  let admin: string;
  let lead: string;
  let collector: string;

  const bed = withApi({
    collectors: 2, cases: 4,
    clock,
  });
  beforeAll(async () => {
    ({ api, db, fx } = bed);
    admin = await api.login(fx.admin.email);
    lead = await api.login(fx.lead.email);
    collector = await api.login(fx.collectors[0].email);
  });
  beforeEach(() => {
    clock.instant = new Date(NOON);
  });

  const parts = async (id: string, token = admin) =>
    (await api.ok<{ case: { priority: number; priorityParts: Part[] } }>(PARTS, { id }, token)).case;
  const priorityOf = async (id: string): Promise<number> => (await db.query('SELECT priority FROM cases WHERE id = $1', [id])).rows[0].priority;
  const setWeights = (weights: Record<string, number>, token = admin) =>
    api.gql<{ setPriorityWeights: { priorityWeights: { balance: number; limitation: number; isDefault: boolean } } }>(
      SET_WEIGHTS, { creditorId: fx.creditorDE, weights }, token,
    );

  describe('priority', () => {
    let large: string; // large balance, fell due recently
    let expiring: string; // small, fell due 2023-05-10: time-barred at the end of 2026 (BGB 195, 199)

    beforeAll(async () => {
      large = await addCase(db, { creditorId: fx.creditorDE, principalCents: 5_000_000, priority: 1, dueDate: '2026-10-01', stage: 'DUNNING_1' });
      expiring = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 20_000, priority: 2, dueDate: '2023-05-10', invoiceDate: '2023-04-10', stage: 'DUNNING_1',
      });
    });

    it('a lead sets the defaults; every open case is re-scored and its parts add up to its priority', async () => {
      const result = await setWeights({ ...DEFAULT_PRIORITY_WEIGHTS }, lead);
      expect(result.errors).toBeUndefined();
      expect(result.data!.setPriorityWeights.priorityWeights).toEqual({ balance: 250, limitation: 90, isDefault: false });
      for (const id of [...fx.cases, large, expiring]) {
        const c = await parts(id);
        expect(c.priorityParts.map((p) => p.key)).toEqual([
          'balance', 'overdue', 'stage', 'brokenPromises', 'callback', 'limitation', 'courtDeadline', 'lastContact', 'outcomeHistory',
        ]);
        expect(c.priorityParts.reduce((sum, p) => sum + p.points, 0)).toBe(c.priority);
        expect(await priorityOf(id)).toBe(c.priority);
      }
      const audit = await db.query(`SELECT actor_id, after FROM audit_events WHERE action = 'creditor.priorityWeights'`);
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]).toMatchObject({ actor_id: fx.lead.id, after: { priorityWeights: { balance: 250 } } });
    });

    it('explains each part; a claim expiring at year end rises', async () => {
      const byKey = Object.fromEntries((await parts(expiring)).priorityParts.map((p) => [p.key, p]));
      // 36 days to 2026-12-31: 90 * (90 - 36) / 90 = 54.
      expect(byKey.limitation).toEqual({
        key: 'limitation', label: 'Limitation approaching', points: 54, maxPoints: 90,
        explanation: 'Limitation on 2026-12-31, in 36 days: 54 of 90 points (rises over the last 90 days).',
      });
      expect(byKey.lastContact!.explanation).toBe('Never contacted: 40 of 40 points.');
      expect(byKey.balance!.explanation).toMatch(/^Open balance 200\.00 EUR: \d+ of 250 points/);
      const fresh = Object.fromEntries((await parts(large)).priorityParts.map((p) => [p.key, p]));
      expect(fresh.limitation!.points).toBe(0); // due 2026-10-01: limitation 2029-12-31
    });

    it('changing the weights reorders the queue', async () => {
      const balanceFirst = { ...DEFAULT_PRIORITY_WEIGHTS, balance: 500, limitation: 0, overdue: 0, lastContact: 0, brokenPromises: 150, callback: 120 };
      expect((await setWeights(balanceFirst)).errors).toBeUndefined();
      expect(await priorityOf(large)).toBeGreaterThan(await priorityOf(expiring));

      const deadlinesFirst = { ...DEFAULT_PRIORITY_WEIGHTS, balance: 50, limitation: 400, overdue: 50, brokenPromises: 100 }; // 960
      expect((await setWeights(deadlinesFirst)).errors).toBeUndefined();
      expect(await priorityOf(expiring)).toBeGreaterThan(await priorityOf(large));
      const c = await parts(expiring);
      expect(c.priorityParts.find((p) => p.key === 'limitation')).toMatchObject({ points: 240, maxPoints: 400 }); // 400 * 54 / 90
      expect(c.priorityParts.reduce((sum, p) => sum + p.points, 0)).toBe(c.priority);
    });

    it('refuses invalid weights and collectors, changing nothing', async () => {
      const before = await priorityOf(expiring);
      const tooMuch = await setWeights({ ...DEFAULT_PRIORITY_WEIGHTS, balance: 251 });
      expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooMuch.errors?.[0]?.message).toContain('1001');
      const negative = await setWeights({ ...DEFAULT_PRIORITY_WEIGHTS, stage: -1 });
      expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const denied = await setWeights({ ...DEFAULT_PRIORITY_WEIGHTS }, collector);
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await priorityOf(expiring)).toBe(before);
    });
  });

  describe('contact policy', () => {
    const claimed: string[] = [];
    async function claim(): Promise<string> {
      const { claimNextCase } = await api.ok<{ claimNextCase: { id: string } | null }>(CLAIM, {}, collector);
      expect(claimNextCase).not.toBeNull();
      claimed.push(claimNextCase!.id);
      return claimNextCase!.id;
    }

    it('refuses a call at 22:00 debtor time with the next allowed time, and writes nothing', async () => {
      clock.instant = new Date('2026-11-25T21:00:00Z'); // 22:00 in Berlin
      const caseId = await claim();
      const before = await writeCounts(db, caseId);
      const result = await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', nextAllowedAt: '2026-11-26T07:00:00.000Z' });
      expect(result.errors?.[0]?.message).toBe(
        'Outside contact hours: it is Wednesday 2026-11-25 22:00 in Europe/Berlin; phone calls are allowed Monday to Friday ' +
          '08:00-20:00, Saturday 08:00-14:00, not on Sundays or public holidays. Next allowed at Thursday 2026-11-26 08:00 (Europe/Berlin).',
      );
      expect(await writeCounts(db, caseId)).toEqual(before);

      const policy = await api.ok<{ case: { nextContactAllowedAt: string | null; contactPolicyReason: string | null } }>(
        POLICY, { id: caseId, channel: 'PHONE' }, collector,
      );
      expect(policy.case.nextContactAllowedAt).toBe('2026-11-26T07:00:00.000Z');
      expect(policy.case.contactPolicyReason).toContain('Outside contact hours');
      // Letters are not bound to contact hours.
      const letter = await api.ok<{ case: { nextContactAllowedAt: string | null } }>(POLICY, { id: caseId, channel: 'LETTER' }, collector);
      expect(letter.case.nextContactAllowedAt).toBeNull();
      // A dispute is not a contact attempt: it can always be recorded.
      const dispute = await api.gql(RECORD, { input: { caseId, type: 'DISPUTE', note: 'Wrote in: goods returned' } }, collector);
      expect(dispute.errors).toBeUndefined();
    });

    it('goes by the debtor\'s zone: 21:00Z is 16:00 in New York, within hours', async () => {
      clock.instant = new Date('2026-11-25T21:00:00Z');
      const caseId = await claim();
      await updateDebtorOf(db, caseId, { timeZone: 'America/New_York' });
      const policy = await api.ok<{ case: { nextContactAllowedAt: string | null } }>(POLICY, { id: caseId, channel: 'PHONE' }, collector);
      expect(policy.case.nextContactAllowedAt).toBeNull();
      const result = await api.gql<{ recordOutcome: { id: string; priority: number } }>(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector);
      expect(result.errors).toBeUndefined();
      // Recorded: last contact today, one no-contact in the history; the priority still adds up.
      const c = await parts(caseId);
      expect(c.priority).toBe(result.data!.recordOutcome.priority);
      expect(c.priorityParts.reduce((sum, p) => sum + p.points, 0)).toBe(c.priority);
      expect(c.priorityParts.find((p) => p.key === 'lastContact')).toMatchObject({ points: 0, explanation: 'Last contact attempt today: 0 of 40 points (full after 14 days).' });
    });

    it('refuses a 4th attempt on the debtor within 7 days, also on another of the debtor\'s cases', async () => {
      const caseId = await claim();
      for (const at of ['2026-11-23T09:00:00Z', '2026-11-24T09:00:00Z', '2026-11-25T09:00:00Z']) {
        clock.instant = new Date(at);
        expect((await api.gql(RECORD, { input: { caseId, type: 'NO_CONTACT' } }, collector)).errors).toBeUndefined();
      }
      clock.instant = new Date(NOON);
      const fourth = await api.gql(RECORD, { input: { caseId, type: 'RIGHT_PARTY_CONTACT' } }, collector);
      // The 3rd most recent attempt (Monday 09:00Z) is 7 days old on Monday 2026-11-30 09:00Z, 10:00 in Berlin.
      expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', nextAllowedAt: '2026-11-30T09:00:00.000Z' });
      expect(fourth.errors?.[0]?.message).toContain('3 contact attempts in the last 7 days (at most 3)');
      expect(fourth.errors?.[0]?.message).toContain('Next allowed at Monday 2026-11-30 10:00 (Europe/Berlin).');

      const [{ debtor_id: debtorId }] = (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [caseId])).rows;
      const sibling = await addCase(db, {
        creditorId: fx.creditorDE, principalCents: 30_000, priority: 3, debtorId, assigneeId: fx.collectors[0].id, reference: 'INV-SIBLING',
      });
      const other = await api.gql(RECORD, { input: { caseId: sibling, type: 'PROMISE_TO_PAY', promiseAmountCents: 10_000, promiseDate: '2026-12-05' } }, collector);
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', nextAllowedAt: '2026-11-30T09:00:00.000Z' });

      clock.instant = new Date('2026-11-30T09:00:00Z');
      expect((await api.gql(RECORD, { input: { caseId, type: 'RIGHT_PARTY_CONTACT' } }, collector)).errors).toBeUndefined();
    });

    it('keeps Danish reminders 10 days apart (renteloven 9b); phone calls are not reminders', async () => {
      await updateDebtorOf(db, fx.danishCase, { timeZone: 'Europe/Copenhagen', country: 'DK' });
      await addDunningStep(db, fx.danishCase, { fromStage: 'REMINDER', toStage: 'DUNNING_1', channel: 'LETTER', steppedOn: '2026-11-20' });
      const letter = await api.ok<{ case: { nextContactAllowedAt: string | null; contactPolicyReason: string | null } }>(
        POLICY, { id: fx.danishCase, channel: 'LETTER' }, admin,
      );
      // Reminder on the 20th: the next on the 30th from midnight in Copenhagen (CET) = 29th 23:00Z.
      expect(letter.case.nextContactAllowedAt).toBe('2026-11-29T23:00:00.000Z');
      expect(letter.case.contactPolicyReason).toBe(
        'The last reminder went out on 2026-11-20; reminders must be at least 10 days apart (renteloven 9b), so the next may go on 2026-11-30.',
      );
      const phone = await api.ok<{ case: { nextContactAllowedAt: string | null } }>(POLICY, { id: fx.danishCase, channel: 'PHONE' }, admin);
      expect(phone.case.nextContactAllowedAt).toBeNull();

      // A German claim has no such spacing (a debtor of its own, with no contact attempts this week).
      const germanCase = await addCase(db, { creditorId: fx.creditorDE, principalCents: 40_000, priority: 5, reference: 'INV-DE-SPACING' });
      await addDunningStep(db, germanCase, { fromStage: 'REMINDER', toStage: 'DUNNING_1', channel: 'LETTER', steppedOn: '2026-11-20' });
      const german = await api.ok<{ case: { nextContactAllowedAt: string | null } }>(POLICY, { id: germanCase, channel: 'LETTER' }, admin);
      expect(german.case.nextContactAllowedAt).toBeNull();

      clock.instant = new Date('2026-11-29T23:00:00Z');
      const later = await api.ok<{ case: { nextContactAllowedAt: string | null } }>(POLICY, { id: fx.danishCase, channel: 'LETTER' }, admin);
      expect(later.case.nextContactAllowedAt).toBeNull();
    });
  });
});

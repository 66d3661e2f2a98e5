import {
  DEFAULT_PRIORITY_WEIGHTS, FIRST_DUNNING_STAGE, addDays, brokenPromiseEffect, decideDefaultDate, defaultDateSetByDunning,
  isPromiseBroken, nextDunningStep, type Country, type DebtorKind, type DunningStage,
} from '@mahnwerk/domain';
import type pg from 'pg';
import type { Queryable } from '../src/database/queryable.js';
import { DunningRunRepository } from '../src/dunning/dunning-run.repository.js';
import { buildFeeBrackets, buildTransitions, strategyOf, type CreditorStrategyRow } from '../src/dunning/transitions.js';
import { addClaim, addDunningRun, addPromise, setRemindersSent, updateCase, updateCreditor } from './factories.js';
import { addCase } from './fixtures.js';
import { withApi } from './with-api.js';

/**
 * The dunning run's set-based SQL against the domain functions it stands for, on one fixture each,
 * compared row by row: the first dunning letter's default dates (defaultDateSetByDunning), fee
 * currencies (nextDunningStep) and broken promises with their priority bump (isPromiseBroken,
 * brokenPromiseEffect).
 */
const AS_OF = '2026-11-25';
const NOW = new Date('2026-11-25T10:00:00Z');
const GRACE_DAYS = 3;

// The statements run on the repository as the service runs them, on one transaction of a pg client.
const repository = new DunningRunRepository(null as never);

async function inTransaction<T>(db: pg.Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await db.connect();
  const tx = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as Queryable;
  try {
    await client.query('BEGIN');
    const result = await work(tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

describe('the dunning run SQL decides as the domain does', () => {
  const bed = withApi({ collectors: 1, cases: 0, api: false });
  let db: pg.Pool;
  let fx: typeof bed.fx;
  let creditors: CreditorStrategyRow[];
  let priority = 0;

  beforeAll(async () => {
    ({ db, fx } = bed);
    creditors = (await db.query('SELECT id, country, dunning_strategy FROM creditors ORDER BY id')).rows;
  });

  interface CaseSpec {
    country: Country;
    kind: DebtorKind;
    currency: string;
    stage: DunningStage;
    /** Due dates and recorded default dates (null: none) of the claims. */
    claims: [string, string | null][];
    /** Placement date (the mandate, RVG 60(1)); default the fixture's 2026-07-15. */
    placedAt?: string;
    /** Reminders the creditor sent before placing the case (claims.reminders_sent). */
    remindersSent?: number;
  }

  async function arrange(spec: CaseSpec): Promise<string> {
    const [[dueDate, defaultDate], ...more] = spec.claims;
    const id = await addCase(db, {
      creditorId: spec.country === 'DE' ? fx.creditorDE : fx.creditorDK, principalCents: 150_000, priority: ++priority,
      currency: spec.currency, country: spec.country, debtorKind: spec.kind, stage: spec.stage, stageEnteredOn: '2026-11-01',
      dueDate: dueDate!, invoiceDate: '2026-05-01', defaultDate, address: 'Hauptstraße 1, 10115 Berlin',
      ...(spec.placedAt ? { placedAt: spec.placedAt } : {}),
    });
    for (const [i, [due, recorded]] of more.entries()) {
      await addClaim(db, id, {
        reference: `INV-${priority}-${i + 2}`, principalCents: 20_000, currency: spec.currency, invoiceDate: '2026-05-01', dueDate: due,
        defaultDate: recorded,
      });
    }
    await updateCase(db, id, { openCents: 150_000 + 20_000 * more.length });
    if (spec.remindersSent !== undefined) await setRemindersSent(db, id, spec.remindersSent);
    return id;
  }

  it('STEP_CASES: default dates of the first dunning letter and fee currencies, claim by claim and case by case', async () => {
    const specs: CaseSpec[] = [
      // German consumers: the letter's deadline, if after the due date; a recorded date stays.
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'REMINDER', claims: [['2026-06-01', null], ['2026-12-10', null], ['2026-07-01', '2026-07-31']] },
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'REMINDER', claims: [['2026-11-20', null]] },
      // German businesses: the deadline only when it comes before due + 30 days.
      { country: 'DE', kind: 'business', currency: 'EUR', stage: 'REMINDER', claims: [['2026-06-01', null], ['2026-11-20', null], ['2026-11-05', null]] },
      // Danish rules: no default by letter.
      { country: 'DK', kind: 'consumer', currency: 'DKK', stage: 'REMINDER', claims: [['2026-11-20', null], ['2026-06-01', null]] },
      { country: 'DK', kind: 'business', currency: 'DKK', stage: 'REMINDER', claims: [['2026-11-20', null]] },
      // Fees in their currency only: the DKK reminder fee, German agency costs in EUR.
      { country: 'DK', kind: 'consumer', currency: 'EUR', stage: 'REMINDER', claims: [['2026-06-01', '2026-07-01']] },
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'PHONE', claims: [['2026-06-01', '2026-07-01']] },
      { country: 'DE', kind: 'business', currency: 'DKK', stage: 'PHONE', claims: [['2026-06-01', '2026-07-01']] },
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'DUNNING_1', claims: [['2026-06-01', null]] },
      // RVG 60(1): agency costs under the table of the placement date (before KostBRÄG 2025).
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'PHONE', claims: [['2026-06-01', '2026-07-01']], placedAt: '2025-05-20' },
      // VV 2300 Anm. 2: leaving the first demand unpaid raises the business fee.
      { country: 'DE', kind: 'consumer', currency: 'EUR', stage: 'AGENCY', claims: [['2026-06-01', '2026-07-01']] },
      // renteloven 9b(2): the creditor's own reminders count; a fee for at most 3.
      { country: 'DK', kind: 'consumer', currency: 'DKK', stage: 'REMINDER', claims: [['2026-06-01', null]], remindersSent: 3 },
      { country: 'DK', kind: 'consumer', currency: 'DKK', stage: 'REMINDER', claims: [['2026-06-01', null]], remindersSent: 2 },
    ];
    const ids = [];
    for (const spec of specs) ids.push(await arrange(spec));
    const claimsBefore = (await db.query(
      `SELECT cl.id, cl.case_id, cl.due_date, cl.default_date FROM claims cl WHERE cl.case_id = ANY($1) ORDER BY cl.id`, [ids],
    )).rows;
    const casesBefore = new Map((await db.query(
      `SELECT c.id, c.stage, c.stage_entered_on, c.currency, c.open_cents, cr.id AS creditor_id, cr.country, d.kind, c.placed_at,
              (SELECT coalesce(min(coalesce(reminders_sent, 0)), 0) FROM claims WHERE case_id = c.id)::int AS reminders,
              (SELECT sum(principal_cents) FROM claims WHERE case_id = c.id)::bigint AS principal
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id JOIN debtors d ON d.id = c.debtor_id WHERE c.id = ANY($1)`,
      [ids],
    )).rows.map((r) => [r.id, r]));

    const transitions = buildTransitions(creditors, AS_OF);
    const bands = buildFeeBrackets(creditors, AS_OF, 1_000_000);
    const runId = await addDunningRun(db, AS_OF);
    const { advanced } = await inTransaction(db, (tx) => repository.stepCases(tx, runId, AS_OF, transitions, 1000, bands));
    expect(advanced).toBe(specs.length);

    // What the domain decides for each case's step: the stage, the fee, the letter's deadline.
    const decisions = new Map([...casesBefore.values()].map((c) => {
      const creditor = creditors.find((cr) => cr.id === c.creditor_id)!;
      const decision = nextDunningStep({
        country: c.country, debtorKind: c.kind, currency: c.currency, stage: c.stage, stageEnteredOn: c.stage_entered_on,
        status: 'OPEN', onHold: false, remindersSent: [], openCents: c.open_cents, principalCents: c.principal,
        placedOn: c.placed_at, creditorRemindersSent: c.reminders,
      }, strategyOf(creditor), AS_OF);
      if (!decision.advance) throw new Error(`the domain does not step case ${c.id}: ${decision.reason}`);
      return [c.id, decision];
    }));

    const steps = (await db.query('SELECT case_id, to_stage, fee_cents FROM dunning_steps WHERE case_id = ANY($1) ORDER BY case_id', [ids])).rows;
    expect(steps).toEqual([...ids].sort().map((id) => {
      const d = decisions.get(id)!;
      return { case_id: id, to_stage: d.advance && d.toStage, fee_cents: d.advance ? d.fees.reduce((s, f) => s + f.amountCents, 0) : null };
    }));
    // The fixture has fees left out (for their currency, after 3 reminders) and fees charged.
    expect(steps.filter((s) => s.fee_cents > 0).length).toBe(6);

    const claimsAfter = new Map((await db.query('SELECT id, default_date FROM claims WHERE case_id = ANY($1)', [ids])).rows.map((r) => [r.id, r.default_date]));
    const compared = claimsBefore.map((cl) => {
      const c = casesBefore.get(cl.case_id)!;
      const d = decisions.get(cl.case_id)!;
      const context = { country: c.country as Country, debtorKind: c.kind as DebtorKind };
      const deadline = d.advance ? d.paymentDeadline : AS_OF;
      const recorded = d.advance && d.toStage === FIRST_DUNNING_STAGE
        ? (defaultDateSetByDunning({ dueDate: cl.due_date, defaultDate: cl.default_date }, context, deadline) ?? cl.default_date)
        : cl.default_date;
      const sql = claimsAfter.get(cl.id);
      return {
        claim: cl.id,
        recorded: { sql, domain: recorded },
        // What the balance reads afterwards is what the law says with the letter's deadline.
        inDefaultFrom: {
          sql: decideDefaultDate({ dueDate: cl.due_date, defaultDate: sql }, context).defaultDate,
          domain: decideDefaultDate({
            dueDate: cl.due_date, defaultDate: cl.default_date,
            firstDunningDeadline: d.advance && d.toStage === FIRST_DUNNING_STAGE ? deadline : null,
          }, context).defaultDate,
        },
      };
    });
    for (const row of compared) {
      expect(row).toEqual({ claim: row.claim, recorded: { sql: row.recorded.domain, domain: row.recorded.domain }, inDefaultFrom: { sql: row.inDefaultFrom.domain, domain: row.inDefaultFrom.domain } });
    }
    // The fixture covers both: claims the letter puts in default and claims it leaves alone.
    const set = compared.filter((r) => r.recorded.domain !== claimsBefore.find((cl) => cl.id === r.claim)!.default_date);
    expect(set.length).toBe(3);
    expect(addDays(AS_OF, 10)).toBe('2026-12-05');
  });

  it('BREAK_PROMISES: broken as isPromiseBroken says, the priority raised as brokenPromiseEffect says', async () => {
    // A creditor with its own maximum for the broken-promise part.
    const weights = { ...DEFAULT_PRIORITY_WEIGHTS, brokenPromises: 100, balance: 300 };
    await updateCreditor(db, fx.creditorDK, { priorityWeights: weights });
    const de = (p: number, status = 'OPEN') =>
      addCase(db, { creditorId: fx.creditorDE, principalCents: 50_000, priority: p, stage: 'REMINDER', stageEnteredOn: AS_OF, status });
    const cases = {
      plain: await de(20),
      kept: await de(30),
      alreadyBroken: await de(400),
      nearTop: await de(990),
      onHold: await de(40, 'ON_HOLD'),
      danish: await addCase(db, {
        creditorId: fx.creditorDK, principalCents: 50_000, priority: 100, currency: 'DKK', country: 'DK', stage: 'REMINDER', stageEnteredOn: AS_OF,
      }),
    };
    const promises: [string, number, number, string, string][] = [
      // case, amount, paid, due date, status
      [cases.plain, 5000, 0, '2026-11-21', 'OPEN'], // one day past the grace days
      [cases.plain, 5000, 0, '2026-11-22', 'OPEN'], // on the last grace day
      [cases.kept, 5000, 5000, '2026-11-10', 'OPEN'], // paid in full: kept, not broken
      [cases.kept, 5000, 4999, '2026-11-10', 'OPEN'], // a cent short
      [cases.kept, 5000, 5000, '2026-10-10', 'KEPT'],
      [cases.alreadyBroken, 5000, 0, '2026-10-01', 'BROKEN'],
      [cases.alreadyBroken, 5000, 0, '2026-10-15', 'BROKEN'],
      [cases.alreadyBroken, 5000, 0, '2026-11-01', 'OPEN'],
      [cases.alreadyBroken, 5000, 0, '2026-11-02', 'OPEN'],
      [cases.nearTop, 5000, 0, '2026-11-01', 'OPEN'],
      [cases.onHold, 5000, 0, '2026-11-01', 'OPEN'], // the case is on hold: left alone
      [cases.danish, 5000, 1000, '2026-11-01', 'OPEN'],
      [cases.danish, 5000, 1000, '2026-11-02', 'OPEN'],
    ];
    for (const [caseId, amountCents, paidCents, dueDate, status] of promises) {
      await addPromise(db, caseId, { amountCents, paidCents, dueDate, status: status as 'OPEN' | 'KEPT' | 'BROKEN' });
    }
    const ids = Object.values(cases);
    const promisesBefore = (await db.query(
      `SELECT p.id, p.case_id, p.amount_cents, p.paid_cents, p.due_date, p.status, c.status AS case_status
         FROM promises p JOIN cases c ON c.id = p.case_id WHERE p.case_id = ANY($1) ORDER BY p.id`,
      [ids],
    )).rows;
    const casesBefore = (await db.query(
      `SELECT c.id, c.priority, c.version, cr.priority_weights FROM cases c JOIN creditors cr ON cr.id = c.creditor_id
        WHERE c.id = ANY($1) ORDER BY c.id`,
      [ids],
    )).rows;

    const runId = await addDunningRun(db, '2026-11-24');
    const result = await inTransaction(db, async (tx) => {
      await tx.query(`SELECT set_config('mahnwerk.promises_in_read_models', 'on', true)`);
      return repository.breakPromises(tx, runId, AS_OF, GRACE_DAYS, NOW);
    });

    const brokenByDomain = (p: (typeof promisesBefore)[number]) =>
      p.status === 'OPEN' && p.case_status === 'OPEN'
      && isPromiseBroken({ dueDate: p.due_date, amountCents: p.amount_cents, paidTowardsCents: p.paid_cents }, AS_OF, GRACE_DAYS);
    const promisesAfter = new Map((await db.query('SELECT id, status, resolved_at FROM promises WHERE case_id = ANY($1)', [ids])).rows.map((r) => [r.id, r]));
    expect(promisesBefore.map((p) => ({ id: p.id, ...promisesAfter.get(p.id) }))).toEqual(promisesBefore.map((p) => ({
      id: p.id,
      status: brokenByDomain(p) ? 'BROKEN' : p.status,
      resolved_at: brokenByDomain(p) ? NOW : null,
    })));
    const newlyBroken = promisesBefore.filter(brokenByDomain);
    expect(result.broken).toBe(newlyBroken.length);
    expect(newlyBroken.length).toBe(7);

    const casesAfter = new Map((await db.query('SELECT id, priority, version, next_action_at FROM cases WHERE id = ANY($1)', [ids])).rows.map((r) => [r.id, r]));
    expect(casesBefore.map((c) => ({ id: c.id, ...casesAfter.get(c.id) }))).toEqual(casesBefore.map((c) => {
      const n = newlyBroken.filter((p) => p.case_id === c.id).length;
      if (n === 0) return { id: c.id, priority: c.priority, version: c.version, next_action_at: null };
      const effect = brokenPromiseEffect({
        priority: c.priority,
        alreadyBroken: promisesBefore.filter((p) => p.case_id === c.id && p.status === 'BROKEN').length,
        newlyBroken: n,
        maxPoints: c.priority_weights?.brokenPromises ?? null,
      });
      return { id: c.id, priority: effect.priority, version: c.version + 1, next_action_at: NOW };
    }));
    expect(casesAfter.get(cases.nearTop)!.priority).toBe(1000);
    expect(casesAfter.get(cases.danish)!.priority).toBe(100 + 67);
  });
});

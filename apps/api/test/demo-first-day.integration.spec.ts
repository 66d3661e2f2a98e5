import { DEFAULT_STRATEGIES, nextDunningStep, type Country, type DunningStage } from '@mahnwerk/domain';
import type pg from 'pg';
import { DEMO_PASSWORD, seedDemoData } from '../src/database/seed/demo-data.js';
import { withApi } from './with-api.js';
import { FixedClock, type ApiInstance } from './harness.js';

/** The demo's size (main.ts DEMO_CASES), seeded on a Monday: the busiest ordinary day (see below). */
const CASES = 5000;
const TODAY = '2026-11-30';
const TOMORROW = '2026-12-01';
const YESTERDAY = '2026-11-29';
const RUN = `mutation($d: Date!) { runDunning(asOf: $d) { advanced feesCharged letters emails promisesBroken } }`;

interface RunResult {
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
}

/**
 * The demo is generated as of the day it is seeded: every daily run before that day has happened,
 * so the first run on the seed day is an ordinary day's run. The bound: cases arrive at about 14 a
 * day (5,000 over a year; a weekend's are handed over on the Monday) and an open case takes at most
 * six steps in its first three months, each on the day it falls due. A day's run therefore moves a
 * few dozen cases, a Monday's about a hundred (Monday placements reach their 14- and 28-day steps on
 * Mondays). 150, 3% of the cases, leaves room for the draw; a generator that lets due steps pile up
 * moves over a thousand (the first start once moved 1,502 of 5,000).
 */
const ORDINARY_DAY_MAX = 150;

describe('the demo seeded today: the first daily run is an ordinary day', () => {
  let api: ApiInstance;
  let db: pg.Pool;
  const clock = new FixedClock(new Date(`${TODAY}T06:30:00Z`));
  const bed = withApi({
    fixture: false,
    clock,
    arrange: async (b) => {
      await seedDemoData(b.db, { cases: CASES, today: TODAY });
    },
  });
  beforeAll(() => void ({ api, db } = bed));

  it(`moves fewer than ${ORDINARY_DAY_MAX} cases on the seed day and on the day after`, async () => {
    const lead = await api.login('lead@demo.mahnwerk', DEMO_PASSWORD);
    const open = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE status = 'OPEN'`)).rows[0]!.n);
    expect(open).toBeGreaterThan(10 * ORDINARY_DAY_MAX);

    // As yesterday's run left them: no open case was due for a step before today, as the domain decides it.
    const cases = await db.query<{ stage: DunningStage; entered: string; country: Country; open_cents: string }>(
      `SELECT c.stage, c.stage_entered_on::text AS entered, cr.country, c.open_cents
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id WHERE c.status = 'OPEN'`,
    );
    const dueBeforeToday = cases.rows.filter((c) => {
      const snapshot = {
        country: c.country, stage: c.stage, stageEnteredOn: c.entered, status: 'OPEN' as const, onHold: false,
        remindersSent: [], openCents: Number(c.open_cents),
      };
      return nextDunningStep(snapshot, DEFAULT_STRATEGIES[c.country], YESTERDAY).advance;
    });
    expect(dueBeforeToday).toEqual([]);

    for (const day of [TODAY, TOMORROW]) {
      // Each day's run on its own day (a run ahead of today is refused).
      clock.instant = new Date(`${day}T06:30:00Z`);
      const run = (await api.ok<{ runDunning: RunResult }>(RUN, { d: day }, lead)).runDunning;
      expect([day, run.advanced]).toEqual([day, expect.any(Number)]);
      expect(run.advanced).toBeGreaterThan(0);
      expect(run.advanced).toBeLessThan(ORDINARY_DAY_MAX);
      expect(run.promisesBroken).toBeLessThan(ORDINARY_DAY_MAX);
    }
  }, 120_000);
});

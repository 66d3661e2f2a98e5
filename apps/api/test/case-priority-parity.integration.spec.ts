import {
  CONTACT_ATTEMPT_OUTCOMES, OUTCOME_TYPES, RIGHT_PARTY_OUTCOMES, isRightPartyOutcome, type OutcomeType,
} from '@mahnwerk/domain';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { CaseFiguresRepository } from '../src/cases/case-figures.repository.js';
import { OUTCOME_HISTORY_DAYS, PRIORITY_SNAPSHOT_VOCABULARY } from '../src/cases/case-figures.service.js';
import type { Queryable } from '../src/database/queryable.js';
import { addActivity } from './factories.js';
import { addCase, type Fixture } from './fixtures.js';
import { withApi } from './with-api.js';

const NOW = new Date('2026-11-25T10:00:00Z');
const DAY_MS = 86_400_000;

interface FixtureActivity { caseId: string; outcome: OutcomeType | null; occurredAt: Date }

/**
 * The priority snapshot counts outcomes in SQL with the domain's vocabularies as parameters; here the
 * domain's own predicates run over the same activities and the two must agree case by case.
 */
describe('priority snapshot: reached and no-contact counts agree with the domain', () => {
  let db: pg.Pool;
  let fx: Fixture;
  let tx: Queryable;
  const activities: FixtureActivity[] = [];
  const caseIds: string[] = [];

  const bed = withApi({ collectors: 1, cases: 0, api: false });
  beforeAll(async () => {
    ({ db, fx } = bed);
    tx = { query: (text: string, params?: unknown[]) => db.query(text, params).then((r) => r.rows) } as Queryable;
    // Every outcome (and a letter without one) inside the window, on its edge, and outside it,
    // spread over cases so that each case has its own mix.
    const ages = [0.1, 3, OUTCOME_HISTORY_DAYS - 0.01, OUTCOME_HISTORY_DAYS + 0.01, 45];
    const outcomes: (OutcomeType | null)[] = [...OUTCOME_TYPES, null];
    for (let i = 0; i < 6; i++) {
      caseIds.push(await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000 + i, priority: i }));
    }
    let n = 0;
    for (const outcome of outcomes) {
      for (const age of ages) {
        const caseId = caseIds[n++ % caseIds.length]!;
        const occurredAt = new Date(NOW.getTime() - age * DAY_MS);
        activities.push({ caseId, outcome, occurredAt });
        await addActivity(db, caseId, { actorId: fx.collectors[0]!.id, channel: outcome === null ? 'LETTER' : 'PHONE', outcome, note: '', occurredAt });
      }
    }
  });

  it('uses the domain vocabularies', () => {
    expect(PRIORITY_SNAPSHOT_VOCABULARY.rightPartyOutcomes).toBe(RIGHT_PARTY_OUTCOMES);
    expect(PRIORITY_SNAPSHOT_VOCABULARY.contactAttemptOutcomes).toBe(CONTACT_ATTEMPT_OUTCOMES);
    expect(PRIORITY_SNAPSHOT_VOCABULARY.rightPartyOutcomes).not.toContain('CALLBACK');
  });

  it('counts per case what isRightPartyOutcome and the contact attempts say', async () => {
    const repository = new CaseFiguresRepository(tx as unknown as DataSource);
    const rows = await repository.prioritySnapshotRows(caseIds, NOW, '2026-11-25', PRIORITY_SNAPSHOT_VOCABULARY, tx);
    const since = NOW.getTime() - OUTCOME_HISTORY_DAYS * DAY_MS;
    const expected = caseIds.map((id) => {
      const mine = activities.filter((a) => a.caseId === id);
      const recent = mine.filter((a) => a.occurredAt.getTime() > since);
      const attempts = mine.filter((a) => a.outcome !== null && (CONTACT_ATTEMPT_OUTCOMES as readonly string[]).includes(a.outcome));
      return {
        id,
        reached: recent.filter((a) => a.outcome !== null && isRightPartyOutcome(a.outcome)).length,
        noContact: recent.filter((a) => a.outcome === 'NO_CONTACT').length,
        lastContactAt: attempts.length ? Math.max(...attempts.map((a) => a.occurredAt.getTime())) : null,
      };
    });
    const actual = caseIds.map((id) => {
      const row = rows.find((r) => r.id === id)!;
      return {
        id,
        reached: row.reached,
        noContact: row.no_contact,
        lastContactAt: row.last_contact_at === null ? null : new Date(row.last_contact_at).getTime(),
      };
    });
    expect(actual).toEqual(expected);
    // The fixture is not trivial: something reached, something not, on more than one case.
    expect(expected.filter((e) => e.reached > 0).length).toBeGreaterThan(1);
    expect(expected.filter((e) => e.noContact > 0).length).toBeGreaterThan(0);
  });
});

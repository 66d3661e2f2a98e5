import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CaseModel } from '../cases/case.model.js';
import { preparedQuery } from '../common/prepared-query.js';
import { CASE_COLUMNS, CASE_JOINS, toCaseModel, type CaseRow } from './queue.repository.js';

/**
 * The languages whose debtors the collector (`l`, a row with `languages`) may be given: their own,
 * or, for a collector without languages set, every language a debtor speaks (a loose scan of
 * `debtors_language_idx`, one index probe per language, run only for such a collector).
 */
const claimableLanguages = (l: string) => `
  CASE WHEN cardinality(${l}.languages) > 0 THEN ${l}.languages ELSE ARRAY(
    WITH RECURSIVE spoken(language) AS (
      SELECT min(language) FROM debtors
      UNION ALL
      SELECT (SELECT min(d.language) FROM debtors d WHERE d.language > s.language) FROM spoken s WHERE s.language IS NOT NULL
    )
    SELECT language FROM spoken WHERE language IS NOT NULL) END`;

/**
 * The highest-priority open, unassigned case the collector ($1) may work, locked, read only while
 * `me` (their languages) has a row. SKIP LOCKED lets concurrent claims pass each other instead of
 * queueing on the same row, and the row lock plus `assignee_id IS NULL` means no case is ever handed
 * out twice. Eligible: a creditor the collector works for, due now ($2), not on hold, and a debtor
 * who speaks one of the collector's languages (a collector without languages set takes every debtor).
 * - `cases_claimable_idx` leads with the debtor's language: the best case of each language the
 *   collector speaks is found (and locked) in that language's own run of the index, and the best of
 *   those few is taken. The others stay locked only until this one-statement claim commits.
 * - `me` is only read through an uncorrelated subquery: Postgres evaluates it once, before the scan,
 *   and a collector at capacity (no row, so no languages) costs nothing.
 * - Everything is written as the index holds it: cases waiting for a callback or a promise date that
 *   are not yet released into the pool (`waiting`) are not in it at all; due time and creditor are
 *   checked on the index entry, so passed-over cases cost no row or debtor read. The due time stays
 *   checked against the clock ($2): a case is never handed out early, whatever `waiting` says.
 */
const nextEligibleCase = (me: string) => `
  SELECT best.id FROM unnest((SELECT ${claimableLanguages('l')} FROM ${me} l)::text[]) AS spoken(language)
   CROSS JOIN LATERAL (
     SELECT c.id, c.priority FROM cases c
      WHERE c.debtor_language = spoken.language
        AND c.status = 'OPEN' AND c.assignee_id IS NULL AND c.hold_reason IS NULL AND NOT c.waiting
        AND coalesce(c.next_action_at, '-infinity') <= $2
        AND c.creditor_id = ANY (ARRAY(SELECT creditor_id FROM user_creditors WHERE user_id = $1))
      ORDER BY c.priority DESC, c.id
      LIMIT 1
      FOR UPDATE OF c SKIP LOCKED
   ) best
   ORDER BY best.priority DESC, best.id
   LIMIT 1`;

/** The claim alone, one statement ($1 collector, $2 now): the floor the queue bench compares against. */
export const CLAIM_NEXT_CASE = `
  UPDATE cases SET assignee_id = $1, version = version + 1, updated_at = $2
   WHERE id = (${nextEligibleCase('(SELECT languages FROM users WHERE id = $1)')})
  RETURNING id, creditor_id`;

/**
 * The claim as collectors make it, all in one statement (so in one round trip, its own transaction):
 * - only while the collector holds fewer cases than their capacity. Locking their user row waits
 *   for their other claim (a second tab) and then reads `open_cases` as that claim left it;
 * - its audit event;
 * - the claimed case as the workbench lists it, so no second round trip reads it.
 * Its live events go out after it commits (QueueService.claimNext).
 */
export const CLAIM_WITHIN_CAPACITY = `
  WITH me AS (
    SELECT languages FROM users WHERE id = $1 AND open_cases < capacity FOR UPDATE
  ),
  claimed AS (
    UPDATE cases SET assignee_id = $1, version = version + 1, updated_at = $2
     WHERE id = (${nextEligibleCase('me')})
    RETURNING *
  ),
  audited AS (
    INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after)
    SELECT $1, 'queue.claim', 'case', id, '{"assigneeId": null}', jsonb_build_object('assigneeId', $1::uuid) FROM claimed
  )
  SELECT ${CASE_COLUMNS}
    FROM claimed c
    ${CASE_JOINS.replace('LEFT JOIN users u ON u.id = c.assignee_id', 'JOIN users u ON u.id = $1')}`;

/** The claim pool's statements: the claim, and letting due cases into the pool. */
@Injectable()
export class ClaimPoolRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Claims the collector's next case at `now` (one prepared statement, see CLAIM_WITHIN_CAPACITY); null when none. */
  async claimNext(collectorId: string, now: Date): Promise<CaseModel | null> {
    const [row] = await preparedQuery<CaseRow>(this.db, 'claim-next-case', CLAIM_WITHIN_CAPACITY, [collectorId, now]);
    return row ? toCaseModel(row) : null;
  }

  /**
   * Lets up to `limit` waiting cases that are due at `now` into the claimable pool (`cases_claimable_idx`),
   * the earliest first; returns how many. Cases another transaction holds are left to the next run.
   */
  async releaseDue(now: Date, limit: number): Promise<number> {
    const [row]: { released: number }[] = await this.db.query(
      `WITH due AS (
         SELECT id FROM cases WHERE waiting AND next_action_at <= $1 ORDER BY next_action_at LIMIT $2 FOR UPDATE SKIP LOCKED
       ),
       released AS (UPDATE cases c SET waiting = false FROM due WHERE c.id = due.id RETURNING 1)
       SELECT count(*)::int AS released FROM released`,
      [now, limit],
    );
    return row.released;
  }
}

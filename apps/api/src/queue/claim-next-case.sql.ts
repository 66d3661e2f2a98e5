/**
 * The highest-priority open, unassigned case the collector ($1) may work, locked, read only while
 * `me` (their languages) has a row. SKIP LOCKED lets concurrent claims pass each other instead of
 * queueing on the same row, and the row lock plus `assignee_id IS NULL` means no case is ever handed
 * out twice. Eligible: a creditor the collector works for, due now ($2), not on hold, and a debtor
 * who speaks one of the collector's languages (a collector without languages set takes every debtor).
 * - `me` is only read through uncorrelated subqueries: Postgres then evaluates it once, before the
 *   scan, and a collector at capacity (no row) costs nothing instead of a walk over the whole pool.
 * - Due time and creditor are written as `cases_claimable_idx` holds them, so cases waiting for a
 *   callback or of another creditor are passed over on the index entry, without reading their row.
 * - The debtor's language is a subquery rather than a join: as a join, the generic plan of the
 *   prepared statement caches debtors in a hash table it sizes for the whole pool, on every claim.
 */
const nextEligibleCase = (me: string) => `
  SELECT c.id FROM cases c
   WHERE EXISTS (SELECT 1 FROM ${me} gate)
     AND c.status = 'OPEN' AND c.assignee_id IS NULL AND c.hold_reason IS NULL
     AND coalesce(c.next_action_at, '-infinity') <= $2
     AND c.creditor_id = ANY (ARRAY(SELECT creditor_id FROM user_creditors WHERE user_id = $1))
     AND (cardinality((SELECT languages FROM ${me} l)) = 0
          OR (SELECT d.language FROM debtors d WHERE d.id = c.debtor_id) = ANY((SELECT languages FROM ${me} l)::text[]))
   ORDER BY c.priority DESC, c.id
   LIMIT 1
   FOR UPDATE OF c SKIP LOCKED`;

/** The claim alone, one statement ($1 collector, $2 now): the floor the queue bench compares against. */
export const CLAIM_NEXT_CASE = `
  UPDATE cases SET assignee_id = $1, version = version + 1, updated_at = $2
   WHERE id = (${nextEligibleCase('(SELECT languages FROM users WHERE id = $1)')})
  RETURNING id, creditor_id`;

/**
 * The claim as collectors make it, all in one statement (so in one round trip, its own transaction):
 * - only while the collector holds fewer cases than their capacity. Locking their user row waits
 *   for their other claim (a second tab) and then reads `open_cases` as that claim left it;
 * - its audit event.
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
  -- The answer is the claimed case as the workbench lists it (CaseModel), so no second round trip reads it.
  SELECT c.id, c.version, c.status, c.stage, c.priority, c.open_cents AS "openCents", c.currency,
         c.oldest_due_date AS "oldestDueDate", c.placed_at AS "placedAt", c.next_action_at AS "nextActionAt",
         c.hold_reason AS "holdReason", c.paid_at AS "paidAt",
         json_build_object('id', cr.id, 'ref', cr.ref, 'name', cr.name, 'country', cr.country, 'currency', cr.currency,
                           'timeZone', cr.time_zone) AS creditor,
         json_build_object('id', d.id, 'ref', d.ref, 'name', d.name, 'kind', upper(d.kind), 'country', d.country,
                           'email', d.email, 'phone', d.phone, 'address', d.address, 'language', d.language,
                           'timeZone', d.time_zone) AS debtor,
         json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'role', u.role, 'capacity', u.capacity,
                           'online', false, 'team', CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'name', t.name) END
                           ) AS assignee
    FROM claimed c
    JOIN creditors cr ON cr.id = c.creditor_id
    JOIN debtors d ON d.id = c.debtor_id
    JOIN users u ON u.id = $1
    LEFT JOIN teams t ON t.id = u.team_id`;

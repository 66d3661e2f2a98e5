import { fill, PORTAL_TIMELINE_TEXTS } from '@mahnwerk/domain';
import type pg from 'pg';
import { isoDate } from './calendar.js';

/**
 * The demo's debtor portal activity, so the dashboard's portal figures show something: per creditor,
 * a few debtors who visited the portal a couple of days before a payment arrived (within the last
 * six weeks), a few who visited an open case without paying yet, and a few links nobody used. One
 * of the unpaid visitors per creditor proposed a plan that waits for the collector's review (with its
 * timeline entry, as the portal writes it). Cases are picked by a hash of their id and every id and
 * token hash derives from the case's id, so a seed gives the same rows. The tokens themselves are
 * never known (only their hashes are stored), so these links cannot be signed in with.
 */
export async function seedPortal(client: pg.PoolClient, today: number): Promise<void> {
  // The proposal's timeline entry as the portal words it, its first due date put in by the statement below.
  const proposal = fill(PORTAL_TIMELINE_TEXTS.planForReview, { count: 18, reasons: 'TOO_MANY_INSTALLMENTS', date: '{date}' });
  await client.query(
    `CREATE TEMP TABLE demo_portal AS
     WITH paid AS (
       SELECT DISTINCT ON (p.case_id) p.case_id, c.creditor_id, p.received_at
         FROM payments p JOIN cases c ON c.id = p.case_id
        WHERE p.received_at BETWEEN $1::date - 42 AND $1::date - 3
        ORDER BY p.case_id, p.received_at
     ), visited_then_paid AS (
       SELECT case_id, received_at - 2 AS visit_on, 'PAID' AS kind FROM (
         SELECT paid.*, row_number() OVER (PARTITION BY creditor_id ORDER BY md5(case_id::text)) AS n FROM paid) x
        WHERE n <= 4
     ), open_cases AS (
       SELECT c.id AS case_id, c.creditor_id,
              row_number() OVER (PARTITION BY c.creditor_id ORDER BY md5(c.id::text || ':portal')) AS n
         FROM cases c
        WHERE c.status = 'OPEN' AND c.placed_at <= $1::date - 30
          AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.case_id = c.id AND p.received_at >= $1::date - 60)
          AND NOT EXISTS (SELECT 1 FROM payment_plans pl WHERE pl.case_id = c.id AND pl.status = 'ACTIVE')
     )
     SELECT case_id, visit_on, kind FROM visited_then_paid
     UNION ALL
     SELECT case_id, $1::date - 1 - (n::int * 5) % 28 AS visit_on, CASE WHEN n = 1 THEN 'PROPOSED' ELSE 'VISITED' END AS kind
       FROM open_cases WHERE n <= 3
     UNION ALL
     SELECT case_id, $1::date - 2 - (n::int * 3) % 25 AS visit_on, 'UNUSED' AS kind FROM open_cases WHERE n BETWEEN 4 AND 8`,
    [isoDate(today)],
  );
  // A link issued five days before the visit (with a letter), the visit an evening sign-in.
  await client.query(
    `INSERT INTO portal_links (id, case_id, token_hash, issued_by, created_at, expires_at)
     SELECT md5(case_id::text || ':portal-link')::uuid, case_id, sha256(convert_to(case_id::text || ':portal-link', 'UTF8')), NULL,
            ((visit_on - 5) + time '09:00') AT TIME ZONE 'Europe/Berlin', ((visit_on + 85) + time '09:00') AT TIME ZONE 'Europe/Berlin'
       FROM demo_portal`,
  );
  await client.query(
    `INSERT INTO portal_sessions (id, link_id, case_id, token_hash, created_at, expires_at, ended_at)
     SELECT md5(case_id::text || ':portal-session')::uuid, md5(case_id::text || ':portal-link')::uuid, case_id,
            sha256(convert_to(case_id::text || ':portal-session', 'UTF8')), s.at, s.at + interval '30 minutes', s.at + interval '12 minutes'
       FROM demo_portal, LATERAL (SELECT (visit_on + time '19:30') AT TIME ZONE 'Europe/Berlin' AS at) s
      WHERE kind <> 'UNUSED'`,
  );
  await client.query(
    `INSERT INTO portal_sign_in_attempts (link_hash, client, ok, attempted_at)
     SELECT sha256(convert_to(case_id::text || ':portal-link', 'UTF8')), 'demo', true, (visit_on + time '19:30') AT TIME ZONE 'Europe/Berlin'
       FROM demo_portal WHERE kind <> 'UNUSED' ORDER BY case_id`,
  );
  // A proposal outside the creditor's rules (eighteen installments, more than the default rules allow), for the collector's review.
  await client.query(
    `WITH proposed AS (
       SELECT d.case_id, s.at, greatest(d.visit_on + 20, $1::date + 7) AS first_due, open.cents
         FROM demo_portal d
         CROSS JOIN LATERAL (SELECT (d.visit_on + time '19:38') AT TIME ZONE 'Europe/Berlin' AS at) s
         CROSS JOIN LATERAL (
           SELECT greatest((SELECT coalesce(sum(cl.principal_cents), 0) FROM claims cl WHERE cl.case_id = d.case_id)
                  - (SELECT coalesce(sum(p.amount_cents), 0) FROM payments p WHERE p.case_id = d.case_id), 1200)::bigint AS cents) open
        WHERE d.kind = 'PROPOSED'
     ), activity AS (
       INSERT INTO activities (id, case_id, actor_id, channel, outcome, note, note_texts, occurred_at, direction)
       SELECT md5(case_id::text || ':portal-proposal')::uuid, case_id, NULL, 'PORTAL', NULL,
              replace($2::text, '{date}', first_due::text),
              jsonb_build_object('en', replace($2::text, '{date}', first_due::text),
                                 'de', replace($3::text, '{date}', to_char(first_due, 'DD.MM.YYYY')),
                                 'da', replace($4::text, '{date}', to_char(first_due, 'DD.MM.YYYY'))),
              at, 'INBOUND'
         FROM proposed
     )
     INSERT INTO portal_plan_proposals (id, case_id, installments, first_due_date, plan, status, plan_id, proposed_at, decided_at)
     SELECT md5(case_id::text || ':portal-proposal')::uuid, case_id, 18, first_due,
            (SELECT jsonb_agg(jsonb_build_object('dueDate', to_char((first_due + make_interval(months => i))::date, 'YYYY-MM-DD'),
                                                 'amountCents', cents / 18 + CASE WHEN i < cents % 18 THEN 1 ELSE 0 END) ORDER BY i)
               FROM generate_series(0, 17) AS i),
            'PENDING', NULL, at, NULL
       FROM proposed`,
    [isoDate(today), proposal.en, proposal.de, proposal.da],
  );
  await client.query('DROP TABLE demo_portal');
}

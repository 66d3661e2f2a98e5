import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Country, OutcomeType, PriorityInput, PriorityWeights } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/**
 * What the debtor asked for in the portal that waits for a person: a plan proposal for review not
 * answered by a plan or a decline; the latest callback request with no staff outcome recorded since.
 */
const PORTAL_REQUEST_COLUMNS = `
         EXISTS (SELECT 1 FROM portal_plan_proposals pp
                  WHERE pp.case_id = c.id AND pp.status = 'PENDING'
                    AND NOT EXISTS (SELECT 1 FROM payment_plans pl WHERE pl.case_id = c.id AND pl.created_at >= pp.proposed_at)) AS plan_review,
         (SELECT json_build_object('from', r.window_from, 'to', r.window_to) FROM portal_callback_requests r
           WHERE r.case_id = c.id
             AND NOT EXISTS (SELECT 1 FROM activities a
                              WHERE a.case_id = c.id AND a.outcome IS NOT NULL AND a.channel <> 'PORTAL' AND a.occurred_at >= r.requested_at)
           ORDER BY r.requested_at DESC LIMIT 1) AS callback_request`;

/** What the debtor asked for in the portal that waits for a person, of a batch of cases (the queue rows' reason). */
const PORTAL_REQUESTS = `
  SELECT c.id, cr.time_zone, ${PORTAL_REQUEST_COLUMNS}
    FROM cases c JOIN creditors cr ON cr.id = c.creditor_id
   WHERE c.id = ANY($1::uuid[])`;

/**
 * Everything the priority of a batch of cases needs, in one statement: the cached open balance,
 * broken promises and missed installments, last contact, recent outcomes, claims, payments and the
 * days promises were made (for limitation: acknowledgements), the court procedure's open deadlines,
 * the creditor's weights, and what the debtor asked for in the portal that waits for a person (a plan
 * proposal for review not answered by a plan or a decline; the latest callback request with no staff
 * outcome recorded since).
 */
const PRIORITY_SNAPSHOT = `
  SELECT c.id, c.stage, c.open_cents, c.currency, c.oldest_due_date, c.next_action_at,
         cr.country, cr.time_zone, cr.priority_weights,
         (SELECT count(*)::int FROM promises p
           WHERE p.case_id = c.id AND (p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $3::date))) AS broken,
         (SELECT max(a.occurred_at) FROM activities a WHERE a.case_id = c.id AND a.outcome = ANY($4::text[])) AS last_contact_at,
         (SELECT count(*)::int FROM activities a
           WHERE a.case_id = c.id AND a.outcome = 'NO_CONTACT' AND a.occurred_at > $2::timestamptz - make_interval(days => $6)) AS no_contact,
         (SELECT count(*)::int FROM activities a
           WHERE a.case_id = c.id AND a.outcome = ANY($5::text[]) AND a.occurred_at > $2::timestamptz - make_interval(days => $6)) AS reached,
         (SELECT count(*)::int FROM promises p
           WHERE p.case_id = c.id AND p.status = 'KEPT' AND p.resolved_at > $2::timestamptz - make_interval(days => $6)) AS kept,
         (SELECT coalesce(json_agg(cl.due_date ORDER BY cl.due_date), '[]') FROM claims cl WHERE cl.case_id = c.id) AS due_dates,
         (SELECT coalesce(json_agg(DISTINCT p.received_at), '[]') FROM payments p WHERE p.case_id = c.id) AS payment_dates,
         (SELECT coalesce(json_agg(DISTINCT (coalesce(a.occurred_at, p.created_at) AT TIME ZONE cr.time_zone)::date), '[]')
            FROM promises p LEFT JOIN activities a ON a.id = p.activity_id WHERE p.case_id = c.id) AS promise_dates,
         (SELECT coalesce(json_agg(cl.reference ORDER BY cl.due_date), '[]') FROM claims cl WHERE cl.case_id = c.id) AS claim_refs,
         cp.order_served_on, cp.enforcement_served_on, cp.objection_deadline, cp.objection_filed_on, cp.enforcement_application_deadline,
         cp.enforcement_applied_on, cp.enforcement_objection_deadline, cp.enforcement_objection_filed_on,
         ${PORTAL_REQUEST_COLUMNS}
    FROM cases c
    JOIN creditors cr ON cr.id = c.creditor_id
    LEFT JOIN court_proceedings cp ON cp.case_id = c.id
   WHERE c.id = ANY($1::uuid[])`;

/** A case's priority inputs as stored, before the domain reads them as of a day. */
export interface PrioritySnapshotRow {
  id: string;
  stage: PriorityInput['stage'];
  open_cents: number;
  currency: string;
  oldest_due_date: string;
  next_action_at: Date | null;
  country: Country;
  time_zone: string;
  priority_weights: PriorityWeights | null;
  broken: number;
  last_contact_at: Date | null;
  no_contact: number;
  reached: number;
  kept: number;
  due_dates: string[];
  payment_dates: string[];
  /** Days (in the creditor's zone) promises and installment plans were made: their activity's time (business time), else the row's. */
  promise_dates: string[];
  /** Claim references in the order of `due_dates`. */
  claim_refs: string[];
  order_served_on: string | null;
  enforcement_served_on: string | null;
  objection_deadline: string | null;
  objection_filed_on: string | null;
  enforcement_application_deadline: string | null;
  enforcement_applied_on: string | null;
  enforcement_objection_deadline: string | null;
  enforcement_objection_filed_on: string | null;
  /** A portal plan proposal waits for review. */
  plan_review: boolean;
  /** The latest portal callback request not yet answered by a staff outcome (instants as JSON strings). */
  callback_request: { from: string; to: string } | null;
}

/** A case's portal requests waiting for a person, as stored. */
export type PortalRequestRow = Pick<PrioritySnapshotRow, 'id' | 'time_zone' | 'plan_review' | 'callback_request'>;

/** A case's stored limitation: the date (null = no end yet) and the day it changes without an event. */
export interface LimitationSnapshot {
  id: string;
  date: string | null;
  refreshOn: string | null;
}

/** The outcome vocabularies and window the snapshot counts with (from the domain). */
export interface SnapshotVocabulary {
  /** Outcomes of a contact attempt (the last contact). */
  contactAttemptOutcomes: readonly OutcomeType[];
  /** Outcomes in which the debtor was reached in person (the reach history). */
  rightPartyOutcomes: readonly OutcomeType[];
  /** Days of outcome history counted. */
  historyDays: number;
}

/** The statements behind a case's cached figures: priority inputs, cached open balance and priority. */
@Injectable()
export class CaseFiguresRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The distinct time zones of the creditors of cases. */
  async creditorZonesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<string[]> {
    const rows: { time_zone: string }[] = await tx.query(
      `SELECT DISTINCT cr.time_zone FROM cases c JOIN creditors cr ON cr.id = c.creditor_id WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    return rows.map((r) => r.time_zone);
  }

  /** The priority inputs of cases as of `now` (broken promises: due before `day`). */
  prioritySnapshotRows(
    caseIds: readonly string[],
    now: Date,
    day: string,
    vocabulary: SnapshotVocabulary,
    tx: Queryable = this.db,
  ): Promise<PrioritySnapshotRow[]> {
    return tx.query(PRIORITY_SNAPSHOT, [
      caseIds, now, day, vocabulary.contactAttemptOutcomes, vocabulary.rightPartyOutcomes, vocabulary.historyDays,
    ]);
  }

  /** What the debtor asked for in the portal that waits for a person, of cases (only those with a row). */
  portalRequestRows(caseIds: readonly string[], tx: Queryable = this.db): Promise<PortalRequestRow[]> {
    return tx.query(PORTAL_REQUESTS, [caseIds]);
  }

  /** Stores a case's cached open balance and open principal. */
  async setOpenBalance(caseId: string, openCents: number, principalOpenCents: number, tx: Queryable): Promise<void> {
    await tx.query('UPDATE cases SET open_cents = $2, principal_open_cents = $3 WHERE id = $1', [caseId, openCents, principalOpenCents]);
  }

  /** Stores a case's priority. */
  async setPriority(caseId: string, priority: number, tx: Queryable): Promise<void> {
    await tx.query('UPDATE cases SET priority = $2 WHERE id = $1', [caseId, priority]);
  }

  /** Stores the priorities of cases, writing only those that changed. */
  async setPriorities(scored: readonly (readonly [string, number])[], tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE cases c SET priority = s.priority
         FROM unnest($1::uuid[], $2::int[]) AS s(id, priority)
        WHERE c.id = s.id AND c.priority IS DISTINCT FROM s.priority`,
      [scored.map(([id]) => id), scored.map(([, p]) => p)],
    );
  }

  /** Stores the limitation snapshots of cases ('infinity' = no end yet), writing only those that changed. */
  async setLimitations(rows: readonly LimitationSnapshot[], tx: Queryable): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `UPDATE cases c SET limitation_date = s.limitation_date, limitation_refresh_on = s.refresh_on
         FROM unnest($1::uuid[], $2::date[], $3::date[]) AS s(id, limitation_date, refresh_on)
        WHERE c.id = s.id
          AND (c.limitation_date IS DISTINCT FROM s.limitation_date OR c.limitation_refresh_on IS DISTINCT FROM s.refresh_on)`,
      [rows.map((r) => r.id), rows.map((r) => r.date ?? 'infinity'), rows.map((r) => r.refreshOn)],
    );
  }

  /** The next batch of a creditor's open case ids after `after`, by id. */
  async openCaseIdsOfCreditor(creditorId: string, after: string, limit: number, tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `SELECT id FROM cases WHERE creditor_id = $1 AND status = 'OPEN' AND id > $2 ORDER BY id LIMIT $3`,
      [creditorId, after, limit],
    );
    return rows.map((r) => r.id);
  }
}

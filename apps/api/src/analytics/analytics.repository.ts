import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DurationCount, IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { CreditorModel } from '../creditors/creditor.model.js';
import type { Queryable } from '../database/queryable.js';

/** A bigint column: a number where the pg type parser is set (the app), else the driver's string. */
type Int8 = string | number;

/** Which rows of a read model: the period and who (creditor, collector, team, the creditor's country). */
export interface KpiScope {
  from: IsoDate;
  to: IsoDate;
  creditorId: string | null;
  collectorId: string | null;
  teamId: string | null;
  country: string | null;
}

/** Read-model rows within a scope: $3 creditor, $4 collector, $5 team, $6 country (the creditor's). */
const SCOPE = `($3::uuid IS NULL OR creditor_id = $3) AND ($4::uuid IS NULL OR collector_id = $4)
  AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
  AND ($6::text IS NULL OR creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))`;

const scopeParams = (s: KpiScope): unknown[] => [s.from, s.to, s.creditorId, s.collectorId, s.teamId, s.country];

interface CohortRow { currency: string; cases: number; paid: number; placed: Int8; collected: Int8; paid_placed: Int8 }
interface DailyRow {
  currency: string; recovered: Int8; kept: number; broken: number; principal: Int8; interest: Int8; fees: Int8;
}
interface DurationRow { days: number; cases: number }
interface ContactsRow { contacts: number; rpc: number; handling: Int8; handled: number; collectors: number }
interface OpenRow { placed_on: string; currency: string; cases: number; outstanding: Int8; placed: Int8 }
interface StageMoveRow { during: boolean; from_stage: string; to_stage: string; cases: number }
interface CasePageRow { id: string; total: number }
interface CreditorRow { id: string; ref: string; name: string; country: string; currency: string; time_zone: string }
interface ReportCohortRow { cases: number; placed: Int8 }
interface ReportDailyRow { recovered: Int8; principal: Int8; interest: Int8; fees: Int8 }
interface CountRow { n: number }
interface PortalRow {
  links: number; sign_ins: number; cases_signed_in: number; cured: number; proposed: number; accepted_auto: number; accepted_review: number;
}

/** Placements of cases in the period, per currency (kpi_cohort). */
export interface CohortFigures { currency: string; cases: number; paid: number; placedCents: number; collectedCents: number; paidPlacedCents: number }
/** Money and promises per currency over the period (kpi_daily). */
export interface DailyFigures {
  currency: string; recoveredCents: number; kept: number; broken: number;
  principalCents: number; interestCents: number; feesCents: number;
}
export interface ContactFigures { contacts: number; rightPartyContacts: number; handlingSeconds: number; handled: number; collectors: number }
/** Open cases placed on one day, in one currency (kpi_open). */
export interface OpenCases { placedOn: IsoDate; currency: string; cases: number; outstandingCents: number; placedCents: number }
/** Cases that moved between stages: during the period, or before it. */
export interface StageMoves { during: boolean; fromStage: string; toStage: string; cases: number }
export interface CasePage { ids: string[]; total: number | null }
export interface CreditorReportFigures {
  cases: number; placedCents: number; recoveredCents: number; principalCents: number; interestCents: number; feesCents: number;
}

/** Debtor portal activity in the period (see AnalyticsRepository.portal). */
export interface PortalCounts {
  linksIssued: number; signIns: number; casesSignedIn: number; casesPaidAfterSignIn: number;
  plansProposed: number; plansAcceptedAutomatically: number; plansAcceptedAfterReview: number;
}

export const toCohort = (r: CohortRow): CohortFigures => ({
  currency: r.currency, cases: Number(r.cases), paid: Number(r.paid), placedCents: Number(r.placed),
  collectedCents: Number(r.collected), paidPlacedCents: Number(r.paid_placed),
});
export const toDaily = (r: DailyRow): DailyFigures => ({
  currency: r.currency, recoveredCents: Number(r.recovered), kept: Number(r.kept), broken: Number(r.broken),
  principalCents: Number(r.principal), interestCents: Number(r.interest), feesCents: Number(r.fees),
});
const toDuration = (r: DurationRow): DurationCount => ({ days: Number(r.days), cases: Number(r.cases) });
const toContacts = (r: ContactsRow): ContactFigures => ({
  contacts: Number(r.contacts), rightPartyContacts: Number(r.rpc), handlingSeconds: Number(r.handling),
  handled: Number(r.handled), collectors: Number(r.collectors),
});
const toOpen = (r: OpenRow): OpenCases => ({
  placedOn: r.placed_on, currency: r.currency, cases: Number(r.cases), outstandingCents: Number(r.outstanding), placedCents: Number(r.placed),
});
const toStageMoves = (r: StageMoveRow): StageMoves => ({ during: r.during, fromStage: r.from_stage, toStage: r.to_stage, cases: Number(r.cases) });
export const toCreditor = (r: CreditorRow): CreditorModel => ({
  id: r.id, ref: r.ref, name: r.name, country: r.country, currency: r.currency, timeZone: r.time_zone,
});

/** The figures behind a KPI drill-down (kpiCases). */
export type KpiCaseMetric = 'PLACED' | 'PAID_IN_FULL' | 'PAYMENTS' | 'PROMISES_KEPT' | 'PROMISES_BROKEN' | 'OPEN';

/** $4 collector, $5 team: of the case for its own figures, of the payment or promise for theirs. */
const whose = (collector: string) => `($4::uuid IS NULL OR ${collector} = $4)
  AND ($5::uuid IS NULL OR ${collector} IN (SELECT u.id FROM users u WHERE u.team_id = $5))`;

/**
 * Which cases a drill-down lists: $7 is the first due date on which an unpaid promise is not yet
 * broken (the domain's brokenPromiseDueBefore), $8/$9 the age bounds of an ageing bucket in days.
 */
const CASE_CONDITION: Record<KpiCaseMetric, string> = {
  PLACED: `c.placed_at BETWEEN $1 AND $2 AND ${whose('c.kpi_collector_id')}`,
  PAID_IN_FULL: `c.placed_at BETWEEN $1 AND $2 AND c.status = 'PAID' AND ${whose('c.kpi_collector_id')}`,
  PAYMENTS: `EXISTS (SELECT 1 FROM payments p WHERE p.case_id = c.id AND p.received_at BETWEEN $1 AND $2
                      AND ${whose('p.kpi_collector_id')})`,
  PROMISES_KEPT: `EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id AND p.due_date BETWEEN $1 AND $2 AND p.status = 'KEPT'
                           AND ${whose('p.kpi_collector_id')})`,
  PROMISES_BROKEN: `EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id AND p.due_date BETWEEN $1 AND $2
                            AND (p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $7 AND c.status <> 'PAID'))
                            AND ${whose('p.kpi_collector_id')})`,
  OPEN: `c.status IN ('OPEN', 'ON_HOLD') AND c.placed_at <= $2
           AND ($8::int IS NULL OR $2::date - c.placed_at >= $8) AND ($9::int IS NULL OR $2::date - c.placed_at <= $9)
           AND ${whose('c.kpi_collector_id')}`,
};

/**
 * The statements behind the KPI queries: the read models kpi_cohort, kpi_daily, kpi_duration,
 * kpi_open and kpi_stage_moves (kept by database triggers), the drill-down into the raw tables,
 * the creditors listed, and the catch-up that credits handed-over cases. Amounts come back per
 * currency as integer cents; the service converts them to the reporting currency.
 *
 * `brokenDueBefore` is the first due date on which an unpaid open promise is not yet broken, from
 * the domain (brokenPromiseDueBefore): the SQL compares, the domain decides.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Cases placed in the period, per currency: how many, paid in full, placed and collected amounts. */
  async cohort(scope: KpiScope, tx: Queryable = this.db): Promise<CohortFigures[]> {
    const rows: CohortRow[] = await tx.query(
      `SELECT currency, sum(cases_placed)::int AS cases, sum(cases_paid)::int AS paid,
              sum(placed_cents)::bigint AS placed, sum(collected_cents)::bigint AS collected,
              sum(paid_placed_cents)::bigint AS paid_placed
         FROM kpi_cohort WHERE placed_on BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY currency`,
      scopeParams(scope),
    );
    return rows.map(toCohort);
  }

  /**
   * Per currency over the period: money received by part, promises kept and broken, where a promise
   * still open on an unpaid case (promises_open) counts as broken when due before `brokenDueBefore`.
   */
  async daily(scope: KpiScope, brokenDueBefore: IsoDate, tx: Queryable = this.db): Promise<DailyFigures[]> {
    const rows: DailyRow[] = await tx.query(
      `SELECT currency, sum(recovered_cents)::bigint AS recovered, sum(promises_kept)::int AS kept,
              sum(promises_broken + CASE WHEN day < $7 THEN promises_open ELSE 0 END)::int AS broken,
              sum(principal_cents)::bigint AS principal, sum(interest_cents)::bigint AS interest, sum(fees_cents)::bigint AS fees
         FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY currency`,
      [...scopeParams(scope), brokenDueBefore],
    );
    return rows.map(toDaily);
  }

  /** Cases closed in the period by days from placement to payment in full (kpi_duration). */
  async durations(scope: KpiScope, tx: Queryable = this.db): Promise<DurationCount[]> {
    const rows: DurationRow[] = await tx.query(
      `SELECT days, sum(cases)::int AS cases FROM kpi_duration WHERE day BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY days`,
      scopeParams(scope),
    );
    return rows.map(toDuration);
  }

  /** Contact attempts in the period: right-party ones (as the triggers count them), handling time, collectors who called. */
  async contacts(scope: KpiScope, tx: Queryable = this.db): Promise<ContactFigures> {
    const [row]: ContactsRow[] = await tx.query(
      `SELECT coalesce(sum(contacts), 0)::int AS contacts, coalesce(sum(right_party_contacts), 0)::int AS rpc,
              coalesce(sum(handling_seconds_sum), 0)::bigint AS handling, coalesce(sum(handled_contacts), 0)::int AS handled,
              count(DISTINCT collector_id) FILTER (WHERE contacts > 0)::int AS collectors
         FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND ${SCOPE}`,
      scopeParams(scope),
    );
    return toContacts(row!);
  }

  /** Cases open now that were placed on or before `to`, per placement day and currency (kpi_open). */
  async openCases(scope: KpiScope, tx: Queryable = this.db): Promise<OpenCases[]> {
    const rows: OpenRow[] = await tx.query(
      `SELECT to_char(placed_on, 'YYYY-MM-DD') AS placed_on, currency, sum(open_cases)::int AS cases,
              sum(outstanding_principal_cents)::bigint AS outstanding, sum(open_placed_cents)::bigint AS placed
         FROM kpi_open WHERE placed_on <= $2 AND $1::date IS NOT NULL AND ${SCOPE} GROUP BY placed_on, currency`,
      scopeParams(scope),
    );
    return rows.map(toOpen);
  }

  /** Stage moves up to `to`, split into those before the period and those during it (kpi_stage_moves). */
  async stageMoves(scope: KpiScope, tx: Queryable = this.db): Promise<StageMoves[]> {
    const rows: StageMoveRow[] = await tx.query(
      `SELECT day >= $1 AS during, from_stage, to_stage, sum(cases)::int AS cases
         FROM kpi_stage_moves WHERE day <= $2 AND ${SCOPE} GROUP BY 1, 2, 3`,
      scopeParams(scope),
    );
    return rows.map(toStageMoves);
  }

  /**
   * A page of the cases behind a figure (oldest placement first) and how many there are in all
   * (null when the page is empty). Read from the raw tables; the collector is the one the read
   * models credit (see CASE_CONDITION).
   */
  async casePage(
    scope: KpiScope, metric: KpiCaseMetric, brokenDueBefore: IsoDate, bucket: { fromDays: number | null; toDays: number | null } | null,
    offset: number, limit: number, tx: Queryable = this.db,
  ): Promise<CasePage> {
    const rows: CasePageRow[] = await tx.query(
      `SELECT c.id, count(*) OVER ()::int AS total
         FROM cases c
        WHERE ${CASE_CONDITION[metric]}
          AND ($3::uuid IS NULL OR c.creditor_id = $3)
          AND ($6::text IS NULL OR c.creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))
          -- Every parameter typed, whichever metric uses it.
          AND $1::date <= $2::date AND $7::date IS NOT NULL AND ($8::int IS NULL OR $8::int >= 0) AND ($9::int IS NULL OR $9::int >= 0)
        ORDER BY c.placed_at, c.id OFFSET $10 LIMIT $11`,
      [...scopeParams(scope), brokenDueBefore, bucket?.fromDays ?? null, bucket?.toDays ?? null, offset, limit],
    );
    return { ids: rows.map((r) => r.id), total: rows[0] ? Number(rows[0].total) : null };
  }


  /**
   * Debtor portal activity in the period, on cases within the scope (the case's creditor and the
   * collector the read models credit): links issued, successful sign-ins (a session each) and the
   * distinct cases signed in, those of them with a payment received from the sign-in day to
   * `windowDays` days after it, plans proposed, accepted by the creditor's rules (a plan at once,
   * status ACCEPTED) and accepted after review (a collector's plan on the case after the proposal,
   * as proposed or countered). The period's days are calendar days in `timeZone`; the bounds are
   * constants, so the created_at/proposed_at indexes serve.
   */
  async portal(scope: KpiScope, timeZone: string, windowDays: number, tx: Queryable = this.db): Promise<PortalCounts> {
    const inScope = `($3::uuid IS NULL OR c.creditor_id = $3) AND ${whose('c.kpi_collector_id')}
      AND ($6::text IS NULL OR c.creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))`;
    const [row]: PortalRow[] = await tx.query(
      `WITH bounds AS (
         SELECT ($1::date::timestamp AT TIME ZONE $7::text) AS since, (($2::date + 1)::timestamp AT TIME ZONE $7::text) AS until
       ), sessions AS (
         SELECT s.case_id, (s.created_at AT TIME ZONE $7::text)::date AS day
           FROM portal_sessions s CROSS JOIN bounds b JOIN cases c ON c.id = s.case_id
          WHERE s.created_at >= b.since AND s.created_at < b.until AND ${inScope}
       ), proposals AS (
         SELECT p.case_id, p.status, p.proposed_at
           FROM portal_plan_proposals p CROSS JOIN bounds b JOIN cases c ON c.id = p.case_id
          WHERE p.proposed_at >= b.since AND p.proposed_at < b.until AND ${inScope}
       )
       SELECT (SELECT count(*) FROM portal_links l CROSS JOIN bounds b JOIN cases c ON c.id = l.case_id
                WHERE l.created_at >= b.since AND l.created_at < b.until AND ${inScope})::int AS links,
              (SELECT count(*) FROM sessions)::int AS sign_ins,
              (SELECT count(DISTINCT case_id) FROM sessions)::int AS cases_signed_in,
              (SELECT count(DISTINCT s.case_id) FROM sessions s
                WHERE EXISTS (SELECT 1 FROM payments pm WHERE pm.case_id = s.case_id
                                 AND pm.received_at BETWEEN s.day AND s.day + $8::int))::int AS cured,
              (SELECT count(*) FROM proposals)::int AS proposed,
              (SELECT count(*) FROM proposals WHERE status = 'ACCEPTED')::int AS accepted_auto,
              (SELECT count(*) FROM proposals p WHERE p.status <> 'ACCEPTED'
                  AND EXISTS (SELECT 1 FROM payment_plans pp WHERE pp.case_id = p.case_id AND pp.created_at >= p.proposed_at))::int AS accepted_review`,
      [...scopeParams(scope), timeZone, windowDays],
    );
    return {
      linksIssued: Number(row!.links), signIns: Number(row!.sign_ins), casesSignedIn: Number(row!.cases_signed_in),
      casesPaidAfterSignIn: Number(row!.cured), plansProposed: Number(row!.proposed),
      plansAcceptedAutomatically: Number(row!.accepted_auto), plansAcceptedAfterReview: Number(row!.accepted_review),
    };
  }

  /** Every creditor, by name. */
  async creditors(tx: Queryable = this.db): Promise<CreditorModel[]> {
    const rows: CreditorRow[] = await tx.query('SELECT id, ref, name, country, currency, time_zone FROM creditors ORDER BY name, id');
    return rows.map(toCreditor);
  }

  async creditorById(id: string, tx: Queryable = this.db): Promise<CreditorModel | null> {
    const rows: CreditorRow[] = await tx.query('SELECT id, ref, name, country, currency, time_zone FROM creditors WHERE id = $1', [id]);
    return rows[0] ? toCreditor(rows[0]) : null;
  }

  /** A creditor's period in one currency (its own): cases and amount placed, money received by part. */
  async creditorReport(creditorId: string, from: IsoDate, to: IsoDate, currency: string, tx: Queryable = this.db): Promise<CreditorReportFigures> {
    const params = [from, to, creditorId, null, null, null, currency];
    const [[cohort], [daily]]: [ReportCohortRow[], ReportDailyRow[]] = await Promise.all([
      tx.query(
        `SELECT coalesce(sum(cases_placed), 0)::int AS cases, coalesce(sum(placed_cents), 0)::bigint AS placed
           FROM kpi_cohort WHERE placed_on BETWEEN $1 AND $2 AND currency = $7 AND ${SCOPE}`,
        params,
      ),
      tx.query(
        `SELECT coalesce(sum(recovered_cents), 0)::bigint AS recovered, coalesce(sum(principal_cents), 0)::bigint AS principal,
                coalesce(sum(interest_cents), 0)::bigint AS interest, coalesce(sum(fees_cents), 0)::bigint AS fees
           FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND currency = $7 AND ${SCOPE}`,
        params,
      ),
    ]);
    return {
      cases: Number(cohort!.cases), placedCents: Number(cohort!.placed), recoveredCents: Number(daily!.recovered),
      principalCents: Number(daily!.principal), interestCents: Number(daily!.interest), feesCents: Number(daily!.fees),
    };
  }

  /**
   * Credits up to `batch` handed-over cases to their new collector in the read models (the database
   * function kpi_collectors_catch_up, SKIP LOCKED); returns how many moved.
   */
  async catchUpCollectors(batch: number, tx: Queryable = this.db): Promise<number> {
    const [row]: CountRow[] = await tx.query('SELECT kpi_collectors_catch_up($1) AS n', [batch]);
    return Number(row?.n ?? 0);
  }
}

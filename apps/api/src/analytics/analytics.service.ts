import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGEING_BUCKETS, DUNNING_STAGES, ROLL_EXIT, addDays, addMonths, ageingBuckets,
  averageHandlingTimeSeconds, calendarDateIn, computeKpis, contactsPerCollectorPerWorkingDay, isDunningStage,
  isIsoDate, paymentRateByAmount, rightPartyContactRate, rollRates, startOfMonth, toReportingCents,
  type DunningStage, type DurationCount, type StageMoveRow,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { badInput, notFound } from '../common/errors.js';
import { REPORTING_TIME_ZONE } from '../common/reporting-day.js';
import { caseQuery } from '../cases/case-query.js';
import { toCaseModel, toCreditorModel } from '../cases/case.mapper.js';
import { CreditorEntity } from '../creditors/creditor.entity.js';
import { UsersService } from '../users/users.service.js';
import { ForecastService } from './forecast.service.js';
import { KpiMetric, type KpiFilter } from './dto/kpi-filter.input.js';
import type {
  AgeingBucketModel, CollectorKpisModel, CreditorKpisModel, CreditorReportModel, ForecastModel, KpiCasePageModel, KpiPointModel,
  KpisModel, RollRateModel,
} from './kpis.model.js';

const MAX_PERIOD_DAYS = 3 * 366;

interface CohortRow {
  currency: string;
  cases: number;
  paid: number;
  placed: string | number;
  collected: string | number;
}
interface DailyRow {
  currency: string;
  recovered: string | number;
  kept: number;
  broken: number;
  principal: string | number;
  interest: string | number;
  fees: string | number;
  paid_placed: string | number;
}

/** Read-model rows within a filter: $3 creditor, $4 collector, $5 team, $6 country (the creditor's). */
const SCOPE = `($3::uuid IS NULL OR creditor_id = $3) AND ($4::uuid IS NULL OR collector_id = $4)
  AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
  AND ($6::text IS NULL OR creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))`;

function scopeParams(filter: KpiFilter): unknown[] {
  return [filter.from, filter.to, filter.creditorId ?? null, filter.collectorId ?? null, filter.teamId ?? null, filter.country ?? null];
}

const OPEN_STATUSES = `('OPEN', 'ON_HOLD')`;

/**
 * KPIs from the read models (kpi_cohort, kpi_daily, kpi_duration), which database triggers keep
 * in the transaction of every change to the raw tables; `npm run kpi:rebuild` recomputes them. Amounts are summed per currency and converted to the
 * reporting currency by the domain, so EUR and DKK portfolios can be compared.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly forecasts: ForecastService,
  ) {}

  async kpis(filter: KpiFilter): Promise<KpisModel> {
    validatePeriod(filter);
    const params = scopeParams(filter);
    const today = calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
    const [cohort, daily, durations, [contacts]] = await Promise.all([
      this.db.query<(CohortRow & { paid_placed: string })[]>(
        `SELECT currency, sum(cases_placed)::int AS cases, sum(cases_paid)::int AS paid,
                sum(placed_cents)::bigint AS placed, sum(collected_cents)::bigint AS collected,
                sum(paid_placed_cents)::bigint AS paid_placed
           FROM kpi_cohort WHERE placed_on BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY currency`,
        params,
      ),
      // A promise still open on an unpaid case counts as broken once its due day is past.
      this.db.query<DailyRow[]>(
        `SELECT currency, sum(recovered_cents)::bigint AS recovered, sum(promises_kept)::int AS kept,
                sum(promises_broken + CASE WHEN day < $7 THEN promises_open ELSE 0 END)::int AS broken,
                sum(principal_cents)::bigint AS principal, sum(interest_cents)::bigint AS interest, sum(fees_cents)::bigint AS fees
           FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY currency`,
        [...params, today],
      ),
      this.db.query<DurationCount[]>(
        `SELECT days, sum(cases)::int AS cases FROM kpi_duration WHERE day BETWEEN $1 AND $2 AND ${SCOPE} GROUP BY days`,
        params,
      ),
      this.db.query<{ contacts: number; rpc: number; handling: string; handled: number; collectors: number }[]>(
        `SELECT coalesce(sum(contacts), 0)::int AS contacts, coalesce(sum(right_party_contacts), 0)::int AS rpc,
                coalesce(sum(handling_seconds_sum), 0)::bigint AS handling, coalesce(sum(handled_contacts), 0)::int AS handled,
                count(DISTINCT collector_id) FILTER (WHERE contacts > 0)::int AS collectors
           FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND ${SCOPE}`,
        params,
      ),
    ]);
    const total = (rows: { cases?: number; paid?: number; kept?: number; broken?: number }[], key: 'cases' | 'paid' | 'kept' | 'broken') =>
      rows.reduce((sum, r) => sum + Number(r[key] ?? 0), 0);
    const base = computeKpis({
      casesPlaced: total(cohort, 'cases'),
      casesPlacedPaidInFull: total(cohort, 'paid'),
      placedCents: reporting(cohort, 'placed'),
      collectedOnPlacedCents: reporting(cohort, 'collected'),
      recoveredCents: reporting(daily, 'recovered'),
      dunningDurations: durations.map((d) => ({ days: Number(d.days), cases: Number(d.cases) })),
      promisesKept: total(daily, 'kept'),
      promisesBroken: total(daily, 'broken'),
    });
    return {
      ...base,
      paymentRateAmount: paymentRateByAmount(reporting(cohort, 'paid_placed'), reporting(cohort, 'placed')),
      contacts: contacts.contacts,
      rightPartyContacts: contacts.rpc,
      rightPartyContactRate: rightPartyContactRate(contacts.rpc, contacts.contacts),
      contactsPerCollectorDay: contactsPerCollectorPerWorkingDay({
        contacts: contacts.contacts, collectors: contacts.collectors, from: filter.from, to: filter.to,
      }),
      averageHandlingSeconds: averageHandlingTimeSeconds(Number(contacts.handling), contacts.handled),
      principalCollectedCents: reporting(daily, 'principal'),
      interestCollectedCents: reporting(daily, 'interest'),
      feesCollectedCents: reporting(daily, 'fees'),
    };
  }

  /**
   * Open cases now, placed on or before `to`, by age from placement to `to` (see AgeingBucket): the
   * principal still outstanding on them and the principal placed on them.
   */
  async ageing(filter: KpiFilter): Promise<AgeingBucketModel[]> {
    validatePeriod(filter);
    const rows = await this.db.query<{ placed_on: string; currency: string; cases: number; outstanding: string; placed: string }[]>(
      `SELECT to_char(placed_on, 'YYYY-MM-DD') AS placed_on, currency, sum(open_cases)::int AS cases,
              sum(outstanding_principal_cents)::bigint AS outstanding, sum(open_placed_cents)::bigint AS placed
         FROM kpi_open WHERE placed_on <= $2 AND $1::date IS NOT NULL AND ${SCOPE} GROUP BY placed_on, currency`,
      scopeParams(filter),
    );
    return ageingBuckets(
      rows.map((r) => ({
        since: r.placed_on, cases: Number(r.cases),
        openCents: toReportingCents(Number(r.outstanding), r.currency), placedCents: toReportingCents(Number(r.placed), r.currency),
      })),
      filter.to,
    );
  }

  /** Roll rates between dunning stages over the period, from kpi_stage_moves (see RollRate). */
  async rollRates(filter: KpiFilter): Promise<RollRateModel[]> {
    validatePeriod(filter);
    const rows = await this.db.query<{ during: boolean; from_stage: string; to_stage: string; cases: number }[]>(
      `SELECT day >= $1 AS during, from_stage, to_stage, sum(cases)::int AS cases
         FROM kpi_stage_moves WHERE day <= $2 AND ${SCOPE} GROUP BY 1, 2, 3`,
      scopeParams(filter),
    );
    const before = new Map<string, number>();
    const enteredDuring = new Map<string, number>();
    const moves: StageMoveRow[] = [];
    const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
    for (const r of rows) {
      if (!r.during) {
        add(before, r.to_stage, r.cases);
        if (r.from_stage !== 'PLACED') add(before, r.from_stage, -r.cases);
        continue;
      }
      add(enteredDuring, r.to_stage, r.cases);
      if (isDunningStage(r.from_stage) && (r.to_stage === ROLL_EXIT || isDunningStage(r.to_stage)) && r.from_stage !== r.to_stage) {
        moves.push({ fromStage: r.from_stage, toStage: r.to_stage as DunningStage | typeof ROLL_EXIT, cases: r.cases });
      }
    }
    const atStart = new Map(DUNNING_STAGES.map((s) => [s, Math.max(0, before.get(s) ?? 0)]));
    const out = new Map<string, number>();
    for (const m of moves) add(out, m.fromStage, m.cases);
    const starts = DUNNING_STAGES.map((stage) => ({
      stage,
      casesAtStart: Math.max(atStart.get(stage)! + (enteredDuring.get(stage) ?? 0), out.get(stage) ?? 0),
    }));
    const inPeriod = new Map(starts.map((s) => [s.stage, s.casesAtStart]));
    return rollRates(starts, moves).map((r) => ({
      stage: r.stage, casesAtStart: atStart.get(r.stage)!, casesEntered: inPeriod.get(r.stage)! - atStart.get(r.stage)!,
      rolledForward: r.rolledForward, movedBack: r.movedBack, closed: r.left, stayed: r.stayed,
    }));
  }

  /** Expected recoveries as of today and past windows against the forecasts recorded then (ForecastService). */
  async forecast(filter: KpiFilter): Promise<ForecastModel> {
    validatePeriod(filter);
    return this.forecasts.forecast(filter);
  }

  /** The KPIs of each creditor within the filter (a creditorId or country narrows the list). */
  async byCreditor(filter: KpiFilter): Promise<CreditorKpisModel[]> {
    validatePeriod(filter);
    const creditors = await this.db.manager.find(CreditorEntity, { order: { name: 'ASC' } });
    const chosen = creditors.filter(
      (c) => (!filter.creditorId || c.id === filter.creditorId) && (!filter.country || c.country === filter.country),
    );
    return Promise.all(
      chosen.map(async (c) => ({ creditor: toCreditorModel(c), kpis: await this.kpis({ ...filter, creditorId: c.id }) })),
    );
  }

  /**
   * The cases behind a figure, a page at a time (oldest placement first): read from the raw tables
   * with the filter's scope, whose collector is the one the read models credit: the case's
   * (cases.kpi_collector_id) for cases placed, paid in full and open, the payment's or promise's own
   * (kpi_collector_id, the holder of the case when it happened) for payments and promises.
   */
  async cases(
    filter: KpiFilter, metric: KpiMetric, ageingBucket: string | null | undefined, offset: number, limit: number,
  ): Promise<KpiCasePageModel> {
    validatePeriod(filter);
    if (!Number.isInteger(offset) || offset < 0) throw badInput('offset must be a whole number >= 0.', 'offset');
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw badInput('limit must be between 1 and 200.', 'limit');
    const bucket = ageingBucket ? AGEING_BUCKETS.find((b) => b.key === ageingBucket) : undefined;
    if (ageingBucket && !bucket) {
      throw badInput(`Unknown ageing bucket ${ageingBucket}; use one of ${AGEING_BUCKETS.map((b) => b.key).join(', ')}.`, 'ageingBucket');
    }
    if (bucket && metric !== KpiMetric.OPEN) throw badInput('An ageing bucket narrows the OPEN cases only.', 'ageingBucket');
    const today = calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
    // $4 collector, $5 team: of the case for its own figures, of the payment or promise for theirs.
    const whose = (collector: string) => `($4::uuid IS NULL OR ${collector} = $4)
      AND ($5::uuid IS NULL OR ${collector} IN (SELECT u.id FROM users u WHERE u.team_id = $5))`;
    const condition: Record<KpiMetric, string> = {
      [KpiMetric.PLACED]: `c.placed_at BETWEEN $1 AND $2 AND ${whose('c.kpi_collector_id')}`,
      [KpiMetric.PAID_IN_FULL]: `c.placed_at BETWEEN $1 AND $2 AND c.status = 'PAID' AND ${whose('c.kpi_collector_id')}`,
      [KpiMetric.PAYMENTS]: `EXISTS (SELECT 1 FROM payments p WHERE p.case_id = c.id AND p.received_at BETWEEN $1 AND $2
                                AND ${whose('p.kpi_collector_id')})`,
      [KpiMetric.PROMISES_KEPT]: `EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id AND p.due_date BETWEEN $1 AND $2 AND p.status = 'KEPT'
                                     AND ${whose('p.kpi_collector_id')})`,
      [KpiMetric.PROMISES_BROKEN]: `EXISTS (SELECT 1 FROM promises p WHERE p.case_id = c.id AND p.due_date BETWEEN $1 AND $2
                                      AND (p.status = 'BROKEN' OR (p.status = 'OPEN' AND p.due_date < $7 AND c.status <> 'PAID'))
                                      AND ${whose('p.kpi_collector_id')})`,
      [KpiMetric.OPEN]: `c.status IN ${OPEN_STATUSES} AND c.placed_at <= $2
                           AND ($8::int IS NULL OR $2::date - c.placed_at >= $8) AND ($9::int IS NULL OR $2::date - c.placed_at <= $9)
                           AND ${whose('c.kpi_collector_id')}`,
    };
    const rows = await this.db.query<{ id: string; total: number }[]>(
      `SELECT c.id, count(*) OVER ()::int AS total
         FROM cases c
        WHERE ${condition[metric]}
          AND ($3::uuid IS NULL OR c.creditor_id = $3)
          AND ($6::text IS NULL OR c.creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))
          -- Every parameter typed, whichever metric uses it.
          AND $1::date <= $2::date AND $7::date IS NOT NULL AND ($8::int IS NULL OR $8::int >= 0) AND ($9::int IS NULL OR $9::int >= 0)
        ORDER BY c.placed_at, c.id OFFSET $10 LIMIT $11`,
      [...scopeParams(filter), today, bucket?.fromDays ?? null, bucket?.toDays ?? null, offset, limit],
    );
    const total = rows[0]?.total ?? (offset > 0 ? (await this.cases(filter, metric, ageingBucket, 0, 1)).totalCount : 0);
    if (rows.length === 0) return { totalCount: total, items: [] };
    const found = await caseQuery(this.db.manager).where('c.id = ANY(:ids)', { ids: rows.map((r) => r.id) }).getMany();
    const byId = new Map(found.map((c) => [c.id, c]));
    return { totalCount: total, items: rows.map((r) => toCaseModel(byId.get(r.id)!)) };
  }

  /** A creditor's period in its own currency: placed, collected by part, and the remittance due. */
  async creditorReport(creditorId: string, from: string, to: string): Promise<CreditorReportModel> {
    validatePeriod({ from, to });
    const creditor = await this.db.manager.findOne(CreditorEntity, { where: { id: creditorId } });
    if (!creditor) throw notFound('Creditor', creditorId);
    const params = [from, to, creditorId, null, null, null, creditor.currency];
    const [[cohort], [daily]] = await Promise.all([
      this.db.query<{ cases: number; placed: string }[]>(
        `SELECT coalesce(sum(cases_placed), 0)::int AS cases, coalesce(sum(placed_cents), 0)::bigint AS placed
           FROM kpi_cohort WHERE placed_on BETWEEN $1 AND $2 AND currency = $7 AND ${SCOPE}`,
        params,
      ),
      this.db.query<{ recovered: string; principal: string; interest: string; fees: string }[]>(
        `SELECT coalesce(sum(recovered_cents), 0)::bigint AS recovered, coalesce(sum(principal_cents), 0)::bigint AS principal,
                coalesce(sum(interest_cents), 0)::bigint AS interest, coalesce(sum(fees_cents), 0)::bigint AS fees
           FROM kpi_daily WHERE day BETWEEN $1 AND $2 AND currency = $7 AND ${SCOPE}`,
        params,
      ),
    ]);
    const principal = Number(daily!.principal);
    const interest = Number(daily!.interest);
    return {
      creditor: toCreditorModel(creditor), from, to, currency: creditor.currency,
      casesPlaced: cohort!.cases, placedCents: Number(cohort!.placed), collectedCents: Number(daily!.recovered),
      principalCollectedCents: principal, interestCollectedCents: interest, feesCollectedCents: Number(daily!.fees),
      remittanceDueCents: principal + interest,
    };
  }

  /** One point per calendar month that overlaps the period, each clipped to the period. */
  async series(filter: KpiFilter): Promise<KpiPointModel[]> {
    validatePeriod(filter);
    const months: { from: string; to: string }[] = [];
    for (let start = startOfMonth(filter.from); start <= filter.to; start = addMonths(start, 1)) {
      const end = addDays(addMonths(start, 1), -1);
      months.push({ from: start < filter.from ? filter.from : start, to: end > filter.to ? filter.to : end });
    }
    return Promise.all(
      months.map(async (m) => ({ periodStart: startOfMonth(m.from), kpis: await this.kpis({ ...filter, ...m }) })),
    );
  }

  async byCollector(user: AuthUser, filter: KpiFilter): Promise<CollectorKpisModel[]> {
    validatePeriod(filter);
    // Only the collectors the filter names or whose team it names; each one's KPIs within the rest of it.
    const collectors = (await this.users.collectors(user)).filter(
      (c) => (!filter.collectorId || c.id === filter.collectorId) && (!filter.teamId || c.team?.id === filter.teamId),
    );
    return Promise.all(
      collectors.map(async (collector) => ({ collector, kpis: await this.kpis({ ...filter, collectorId: collector.id }) })),
    );
  }
}

/** Sums one amount column per currency, each converted to the reporting currency. */
function reporting<K extends string>(rows: ({ currency: string } & Record<K, string | number | null>)[], key: K): number {
  return rows.reduce((sum, r) => sum + toReportingCents(Number(r[key] ?? 0), r.currency), 0);
}

/** A period the KPI queries accept: real dates, from <= to, at most three years; else BAD_USER_INPUT. */
export function validatePeriod(filter: Pick<KpiFilter, 'from' | 'to'> & Partial<KpiFilter>): void {
  for (const key of ['from', 'to'] as const) {
    if (!isIsoDate(filter[key])) throw badInput(`${key} must be a date (YYYY-MM-DD).`, key);
  }
  if (filter.from > filter.to) throw badInput(`The period starts (${filter.from}) after it ends (${filter.to}).`, 'from');
  if (addDays(filter.from, MAX_PERIOD_DAYS) < filter.to) {
    throw badInput('Choose a period of at most three years.', 'to');
  }
  if (filter.country != null && !/^[A-Z]{2}$/.test(filter.country)) {
    throw badInput('country must be an ISO country code such as DE or DK.', 'country');
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  for (const key of ['creditorId', 'collectorId', 'teamId'] as const) {
    const value = filter[key];
    if (value != null && !uuid.test(value)) throw badInput(`${key} must be an id (UUID).`, key);
  }
}

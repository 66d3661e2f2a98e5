import { toCaseModel } from '../cases/case.mapper.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Injectable } from '@nestjs/common';
import {
  AGEING_BUCKETS, DUNNING_STAGES, ROLL_EXIT, addDays, addMonths, ageingBuckets,
  averageHandlingTimeSeconds, brokenPromiseDueBefore, calendarDateIn, computeKpis, contactsPerCollectorPerWorkingDay, isDunningStage,
  isIsoDate, paymentRateByAmount, portalSelfCureRate, SELF_CURE_WINDOW_DAYS, rightPartyContactRate, rollRates, startOfMonth, toReportingCents,
  type DunningStage, type IsoDate, type StageMoveRow,
} from '@mahnwerk/domain';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { badInput, notFound } from '../common/errors.js';
import { REPORTING_TIME_ZONE } from '../common/reporting-day.js';
import { UsersService } from '../users/users.service.js';
import { AnalyticsRepository, type KpiScope } from './analytics.repository.js';
import { ForecastService } from './forecast.service.js';
import { KpiMetric, type KpiFilter } from './dto/kpi-filter.input.js';
import type {
  AgeingBucketModel, CollectorKpisModel, CreditorKpisModel, CreditorReportModel, ForecastModel, KpiCasePageModel, KpiPointModel,
  KpisModel, PortalFiguresModel, RollRateModel,
} from './kpis.model.js';

const MAX_PERIOD_DAYS = 3 * 366;

/** The read-model rows a filter selects. */
function scopeOf(filter: KpiFilter): KpiScope {
  return {
    from: filter.from, to: filter.to, creditorId: filter.creditorId ?? null, collectorId: filter.collectorId ?? null,
    teamId: filter.teamId ?? null, country: filter.country ?? null,
  };
}

/**
 * KPIs from the read models (kpi_cohort, kpi_daily, kpi_duration), which database triggers keep
 * in the transaction of every change to the raw tables; `npm run kpi:rebuild` recomputes them. Amounts are summed per currency and converted to the
 * reporting currency by the domain, so EUR and DKK portfolios can be compared. Every statement is
 * in AnalyticsRepository; a promise counts as broken as the domain decides (brokenPromiseDueBefore).
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly caseRecords: CasesRepository,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly forecasts: ForecastService,
  ) {}

  /** The cases with these ids as the GraphQL model, in the order of `ids`. */
  private async caseModels(ids: string[]): Promise<CaseModel[]> {
    const byId = new Map((await this.caseRecords.casesByIds(ids)).map((c) => [c.id, c]));
    return ids.map((id) => toCaseModel(byId.get(id)!));
  }

  /** Today in the reporting zone, from the injected clock. */
  private today(): IsoDate {
    return calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
  }

  async kpis(filter: KpiFilter): Promise<KpisModel> {
    validatePeriod(filter);
    const scope = scopeOf(filter);
    // A promise still open on an unpaid case counts as broken once the domain says so.
    const brokenDueBefore = brokenPromiseDueBefore(this.today());
    const [cohort, daily, durations, contacts] = await Promise.all([
      this.repository.cohort(scope),
      this.repository.daily(scope, brokenDueBefore),
      this.repository.durations(scope),
      this.repository.contacts(scope),
    ]);
    const total = <K extends string>(rows: Record<K, number>[], key: K) => rows.reduce((sum, r) => sum + r[key], 0);
    const base = computeKpis({
      casesPlaced: total(cohort, 'cases'),
      casesPlacedPaidInFull: total(cohort, 'paid'),
      placedCents: reporting(cohort, 'placedCents'),
      collectedOnPlacedCents: reporting(cohort, 'collectedCents'),
      recoveredCents: reporting(daily, 'recoveredCents'),
      dunningDurations: durations,
      promisesKept: total(daily, 'kept'),
      promisesBroken: total(daily, 'broken'),
    });
    return {
      ...base,
      paymentRateAmount: paymentRateByAmount(reporting(cohort, 'paidPlacedCents'), reporting(cohort, 'placedCents')),
      contacts: contacts.contacts,
      rightPartyContacts: contacts.rightPartyContacts,
      rightPartyContactRate: rightPartyContactRate(contacts.rightPartyContacts, contacts.contacts),
      contactsPerCollectorDay: contactsPerCollectorPerWorkingDay({
        contacts: contacts.contacts, collectors: contacts.collectors, from: filter.from, to: filter.to,
      }),
      averageHandlingSeconds: averageHandlingTimeSeconds(contacts.handlingSeconds, contacts.handled),
      principalCollectedCents: reporting(daily, 'principalCents'),
      interestCollectedCents: reporting(daily, 'interestCents'),
      feesCollectedCents: reporting(daily, 'feesCents'),
    };
  }

  /** Debtor portal figures for the period: links, sign-ins, plans and the self-cure rate (the domain's formula). */
  async portalFigures(filter: KpiFilter): Promise<PortalFiguresModel> {
    validatePeriod(filter);
    const counts = await this.repository.portal(scopeOf(filter), REPORTING_TIME_ZONE, SELF_CURE_WINDOW_DAYS);
    return {
      ...counts,
      plansAccepted: counts.plansAcceptedAutomatically + counts.plansAcceptedAfterReview,
      selfCureRate: portalSelfCureRate(counts.casesPaidAfterSignIn, counts.casesSignedIn),
      selfCureWindowDays: SELF_CURE_WINDOW_DAYS,
    };
  }

  /**
   * Open cases now, placed on or before `to`, by age from placement to `to` (see AgeingBucket): the
   * principal still outstanding on them and the principal placed on them.
   */
  async ageing(filter: KpiFilter): Promise<AgeingBucketModel[]> {
    validatePeriod(filter);
    const rows = await this.repository.openCases(scopeOf(filter));
    return ageingBuckets(
      rows.map((r) => ({
        since: r.placedOn, cases: r.cases,
        openCents: toReportingCents(r.outstandingCents, r.currency), placedCents: toReportingCents(r.placedCents, r.currency),
      })),
      filter.to,
    );
  }

  /** Roll rates between dunning stages over the period, from kpi_stage_moves (see RollRate). */
  async rollRates(filter: KpiFilter): Promise<RollRateModel[]> {
    validatePeriod(filter);
    const rows = await this.repository.stageMoves(scopeOf(filter));
    const before = new Map<string, number>();
    const enteredDuring = new Map<string, number>();
    const moves: StageMoveRow[] = [];
    const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
    for (const r of rows) {
      if (!r.during) {
        add(before, r.toStage, r.cases);
        if (r.fromStage !== 'PLACED') add(before, r.fromStage, -r.cases);
        continue;
      }
      add(enteredDuring, r.toStage, r.cases);
      if (isDunningStage(r.fromStage) && (r.toStage === ROLL_EXIT || isDunningStage(r.toStage)) && r.fromStage !== r.toStage) {
        moves.push({ fromStage: r.fromStage, toStage: r.toStage as DunningStage | typeof ROLL_EXIT, cases: r.cases });
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
    const creditors = await this.repository.creditors();
    const chosen = creditors.filter(
      (c) => (!filter.creditorId || c.id === filter.creditorId) && (!filter.country || c.country === filter.country),
    );
    return Promise.all(chosen.map(async (creditor) => ({ creditor, kpis: await this.kpis({ ...filter, creditorId: creditor.id }) })));
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
    const page = await this.repository.casePage(
      scopeOf(filter), metric, brokenPromiseDueBefore(this.today()),
      bucket ? { fromDays: bucket.fromDays ?? null, toDays: bucket.toDays ?? null } : null, offset, limit,
    );
    const total = page.total ?? (offset > 0 ? (await this.cases(filter, metric, ageingBucket, 0, 1)).totalCount : 0);
    if (page.ids.length === 0) return { totalCount: total, items: [] };
    return { totalCount: total, items: await this.caseModels(page.ids) };
  }

  /** A creditor's period in its own currency: placed, collected by part, and the remittance due. */
  async creditorReport(creditorId: string, from: string, to: string): Promise<CreditorReportModel> {
    validatePeriod({ from, to });
    const creditor = await this.repository.creditorById(creditorId);
    if (!creditor) throw notFound('Creditor', creditorId);
    const figures = await this.repository.creditorReport(creditorId, from, to, creditor.currency);
    return {
      creditor, from, to, currency: creditor.currency,
      casesPlaced: figures.cases, placedCents: figures.placedCents, collectedCents: figures.recoveredCents,
      principalCollectedCents: figures.principalCents, interestCollectedCents: figures.interestCents, feesCollectedCents: figures.feesCents,
      remittanceDueCents: figures.principalCents + figures.interestCents,
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

/** Sums one amount per currency, each converted to the reporting currency. */
function reporting<K extends string>(rows: ({ currency: string } & Record<K, number>)[], key: K): number {
  return rows.reduce((sum, r) => sum + toReportingCents(r[key], r.currency), 0);
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

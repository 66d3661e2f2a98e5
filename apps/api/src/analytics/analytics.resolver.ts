import { Args, ID, Int, Query, Resolver, Subscription } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import type { KpiEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { AnalyticsService, validatePeriod } from './analytics.service.js';
import { KpiFilter, KpiInterval, KpiMetric } from './dto/kpi-filter.input.js';
import {
  AgeingBucketModel, CollectorKpisModel, CreditorKpisModel, CreditorReportModel, ForecastModel, KpiCasePageModel, KpiPointModel, KpisModel,
  PortalFiguresModel, RollRateModel,
} from './kpis.model.js';

const VIEWERS = ['MANAGER', 'LEAD', 'ADMIN'] as const;

@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly events: PgEventBus,
  ) {}

  @Query(() => KpisModel)
  @Roles(...VIEWERS)
  kpis(@Args('filter') filter: KpiFilter): Promise<KpisModel> {
    return this.analytics.kpis(filter);
  }

  @Query(() => [KpiPointModel])
  @Roles(...VIEWERS)
  kpiSeries(
    @Args('filter') filter: KpiFilter,
    @Args('interval', { type: () => KpiInterval, defaultValue: KpiInterval.MONTH }) _interval: KpiInterval,
  ): Promise<KpiPointModel[]> {
    return this.analytics.series(filter);
  }

  @Query(() => [CollectorKpisModel])
  @Roles(...VIEWERS)
  kpisByCollector(@CurrentUser() user: AuthUser, @Args('filter') filter: KpiFilter): Promise<CollectorKpisModel[]> {
    return this.analytics.byCollector(user, filter);
  }

  @Query(() => [AgeingBucketModel])
  @Roles(...VIEWERS)
  kpiAgeing(@Args('filter') filter: KpiFilter): Promise<AgeingBucketModel[]> {
    return this.analytics.ageing(filter);
  }

  @Query(() => [RollRateModel])
  @Roles(...VIEWERS)
  kpiRollRates(@Args('filter') filter: KpiFilter): Promise<RollRateModel[]> {
    return this.analytics.rollRates(filter);
  }

  @Query(() => ForecastModel)
  @Roles(...VIEWERS)
  kpiForecast(@Args('filter') filter: KpiFilter): Promise<ForecastModel> {
    return this.analytics.forecast(filter);
  }

  @Query(() => PortalFiguresModel, {
    description: 'Debtor portal figures for the period: links issued, sign-ins, plans proposed and accepted, the self-cure rate.',
  })
  @Roles(...VIEWERS)
  portalFigures(@Args('filter') filter: KpiFilter): Promise<PortalFiguresModel> {
    return this.analytics.portalFigures(filter);
  }

  @Query(() => [CreditorKpisModel])
  @Roles(...VIEWERS)
  kpisByCreditor(@Args('filter') filter: KpiFilter): Promise<CreditorKpisModel[]> {
    return this.analytics.byCreditor(filter);
  }

  @Query(() => KpiCasePageModel, { description: 'The cases behind a figure, a page at a time.' })
  @Roles(...VIEWERS)
  kpiCases(
    @Args('filter') filter: KpiFilter,
    @Args('metric', { type: () => KpiMetric }) metric: KpiMetric,
    @Args('ageingBucket', { type: () => String, nullable: true }) ageingBucket: string | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number | null,
  ): Promise<KpiCasePageModel> {
    return this.analytics.cases(filter, metric, ageingBucket, offset ?? 0, limit ?? 50);
  }

  @Query(() => CreditorReportModel)
  @Roles(...VIEWERS)
  creditorReport(
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
  ): Promise<CreditorReportModel> {
    return this.analytics.creditorReport(creditorId, from, to);
  }

  @Subscription(() => KpisModel, {
    description: 'The KPIs for the filter, again after every change that can move them.',
    filter: (event: KpiEvent, args: { filter: KpiFilter }) =>
      !args.filter.creditorId || !event.creditorId || args.filter.creditorId === event.creditorId,
    resolve(this: AnalyticsResolver, _event: KpiEvent, args: { filter: KpiFilter }) {
      return this.analytics.kpis(args.filter);
    },
  })
  @Roles(...VIEWERS)
  kpisChanged(@Args('filter') filter: KpiFilter) {
    // Refuse a bad period when subscribing, not with an error on every later event.
    validatePeriod(filter);
    return this.events.subscribe('kpis');
  }
}

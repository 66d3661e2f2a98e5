import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import type { KpiEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { AnalyticsService, validatePeriod } from './analytics.service.js';
import { KpiFilter, KpiInterval } from './dto/kpi-filter.input.js';
import { CollectorKpisModel, KpiPointModel, KpisModel } from './kpis.model.js';

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

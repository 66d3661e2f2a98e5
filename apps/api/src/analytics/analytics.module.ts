import { CasesModule } from '../cases/cases.module.js';
import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module.js';
import { UsersModule } from '../users/users.module.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { ForecastRepository } from './forecast.repository.js';
import { ForecastSnapshotScheduler } from './forecast-snapshot-scheduler.service.js';
import { ForecastService } from './forecast.service.js';
import { KpiCollectorsService } from './kpi-collectors.service.js';

@Module({
  imports: [CasesModule, RealtimeModule, UsersModule],
  providers: [
    AnalyticsRepository, ForecastRepository, AnalyticsService, ForecastService, ForecastSnapshotScheduler, KpiCollectorsService, AnalyticsResolver,
  ],
})
export class AnalyticsModule {}

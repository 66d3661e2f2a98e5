import { Module } from '@nestjs/common';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { ForecastSnapshotScheduler } from './forecast-snapshot-scheduler.service.js';
import { ForecastService } from './forecast.service.js';
import { KpiCollectorsService } from './kpi-collectors.service.js';

@Module({ providers: [AnalyticsService, ForecastService, ForecastSnapshotScheduler, KpiCollectorsService, AnalyticsResolver] })
export class AnalyticsModule {}

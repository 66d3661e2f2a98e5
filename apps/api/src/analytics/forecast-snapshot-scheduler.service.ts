import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Periodic } from '../common/periodic.js';
import { ForecastService } from './forecast.service.js';

const CHECK_EVERY_MS = 60_000;

/**
 * Records the day's recovery forecasts (kpi_forecast_snapshots) as soon as the day begins: at
 * start and then every minute it checks whether today (Europe/Berlin, from the injected Clock) is
 * on record. Every instance checks; the table's key keeps one row per day, creditor and horizon.
 * Scheduled like the dunning run, and switched off with it (DUNNING_SCHEDULE=off, as in the tests);
 * the day's first forecast query records the day too.
 */
@Injectable()
export class ForecastSnapshotScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ForecastSnapshotScheduler.name);
  private readonly periodic = new Periodic(this.logger, 'Recording the recovery forecasts', () => this.record());

  constructor(
    private readonly forecasts: ForecastService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.dunningSchedule) this.periodic.start(CHECK_EVERY_MS, { runNow: true });
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Records today's forecasts unless this instance already did. */
  tick(): Promise<void> {
    return this.periodic.run();
  }

  private async record(): Promise<void> {
    const written = await this.forecasts.recordToday();
    if (written > 0) this.logger.log(`Recovery forecasts of ${this.forecasts.today()} recorded (${written} rows)`);
  }
}

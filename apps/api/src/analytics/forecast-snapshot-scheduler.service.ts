import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
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
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly forecasts: ForecastService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.dunningSchedule) return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
    void this.tick();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Records today's forecasts unless this instance already did. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const written = await this.forecasts.recordToday();
      if (written > 0) this.logger.log(`Recovery forecasts of ${this.forecasts.today()} recorded (${written} rows)`);
    } catch (error) {
      this.logger.error(`Recording the recovery forecasts failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}

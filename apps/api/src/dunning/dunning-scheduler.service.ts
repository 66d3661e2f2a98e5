import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { calendarDateIn } from '@mahnwerk/domain';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { DunningService } from './dunning.service.js';

const CHECK_EVERY_MS = 60_000;

/**
 * Starts the daily run once the configured local time has passed. Every instance checks; the run's
 * lock and its one-row-per-date make sure it happens once, and a missed day is caught up at start.
 */
@Injectable()
export class DunningSchedulerService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DunningSchedulerService.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly dunning: DunningService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (!this.config.dunningSchedule) return;
    this.timer = setInterval(() => void this.tick(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Runs today's dunning if its time has come and it has not run yet. */
  async tick(): Promise<void> {
    if (this.running) return;
    const now = this.clock.now();
    const today = calendarDateIn(now, this.config.dunningTimeZone);
    const localTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: this.config.dunningTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(now);
    if (localTime < this.config.dunningTime) return;
    this.running = true;
    try {
      const run = await this.dunning.run(today, null);
      if (run.finishedAt && now.getTime() - run.finishedAt.getTime() < CHECK_EVERY_MS * 2) {
        this.logger.log(`Dunning run ${today}: ${run.advanced} cases advanced, ${run.letters} letters`);
      }
    } catch (error) {
      this.logger.error(`Dunning run ${today} failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}

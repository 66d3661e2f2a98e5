import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { calendarDateIn } from '@mahnwerk/domain';
import { Clock } from '../common/clock.js';
import { Periodic } from '../common/periodic.js';
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
  private readonly periodic = new Periodic(this.logger, 'The scheduled dunning run', () => this.runIfDue());

  constructor(
    private readonly dunning: DunningService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.dunningSchedule) this.periodic.start(CHECK_EVERY_MS);
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Runs today's dunning if its time has come and it has not run yet. */
  tick(): Promise<void> {
    return this.periodic.run();
  }

  private async runIfDue(): Promise<void> {
    const now = this.clock.now();
    const today = calendarDateIn(now, this.config.dunningTimeZone);
    const localTime = new Intl.DateTimeFormat('en-GB', {
      timeZone: this.config.dunningTimeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).format(now);
    if (localTime < this.config.dunningTime) return;
    const run = await this.dunning.run(today, null);
    if (run.finishedAt && now.getTime() - run.finishedAt.getTime() < CHECK_EVERY_MS * 2) {
      this.logger.log(`Dunning run ${today}: ${run.advanced} cases advanced, ${run.letters} letters`);
    }
  }
}

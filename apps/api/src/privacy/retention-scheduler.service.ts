import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Periodic } from '../common/periodic.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { RetentionService } from './retention.service.js';

const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Runs the retention job once a day (RETENTION_SCHEDULE=on): every instance checks hourly and runs it
 * for a new Europe/Berlin day; the debtor's row lock and its pseudonymised_at keep instances apart.
 */
@Injectable()
export class RetentionSchedulerService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionSchedulerService.name);
  private lastDay: string | null = null;
  private readonly periodic = new Periodic(this.logger, 'The retention job', () => this.runIfDue());

  constructor(
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.retentionSchedule) this.periodic.start(CHECK_EVERY_MS, { runNow: true });
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Runs today's job unless this instance ran it today (tests call it with the schedule off). */
  tick(): Promise<void> {
    return this.periodic.run();
  }

  private async runIfDue(): Promise<void> {
    const today = this.retention.today();
    if (this.lastDay === today) return;
    const result = await this.retention.run(null);
    this.lastDay = today;
    if (result.pseudonymised.length > 0) this.logger.log(`Retention ${today}: ${result.pseudonymised.length} debtors pseudonymised`);
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Periodic } from '../common/periodic.js';
import { AgreementsService } from './agreements.service.js';

/**
 * Every minute (and at start-up) every instance expires the settlements whose last day has passed in
 * the creditor's zone without being paid in full or approved; SKIP LOCKED keeps the instances apart.
 */
@Injectable()
export class SettlementExpiryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SettlementExpiryService.name);
  private readonly job = new Periodic(this.logger, 'Expiring settlements past their last day', async () => {
    await this.agreements.expireDueSettlements();
  });

  constructor(private readonly agreements: AgreementsService) {}

  onApplicationBootstrap(): void {
    this.job.start(60_000, { runNow: true });
  }

  onModuleDestroy(): void {
    this.job.stop();
  }

  /** Runs the sweep now (tests, and an operator's nudge). */
  run(): Promise<void> {
    return this.job.run();
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Periodic } from '../common/periodic.js';
import { HoldsService } from './holds.service.js';

/** Every minute (and at start-up) every instance ends the holds whose end date has come; SKIP LOCKED keeps them apart. */
@Injectable()
export class HoldExpiryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(HoldExpiryService.name);
  private readonly job = new Periodic(this.logger, 'Ending holds on their end date', async () => {
    await this.holds.endDueHolds();
  });

  constructor(private readonly holds: HoldsService) {}

  onApplicationBootstrap(): void {
    // Cases held before their holds were recorded (the demo seed writes cases directly) first get theirs.
    void this.holds.recordUntrackedHolds().catch((error: Error) => this.logger.error(`Recording untracked holds failed: ${error.message}`));
    this.job.start(60_000, { runNow: true });
  }

  onModuleDestroy(): void {
    this.job.stop();
  }

  /** Runs the job now (tests, and an operator's nudge). */
  run(): Promise<void> {
    return this.job.run();
  }
}

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { Periodic } from '../common/periodic.js';
import { ClaimPoolRepository } from './claim-pool.repository.js';

/** How often due cases are let into the pool: a callback that falls due is claimable within this. */
export const RELEASE_EVERY_MS = 1000;
const BATCH = 1000;

/**
 * Lets scheduled cases into the claimable pool once they are due. A case whose next action lies
 * ahead is `waiting` (set by the cases_claim_pool_fields trigger) and stays out of
 * `cases_claimable_idx`, so claims do not step over it while it waits; this step clears the mark
 * by the clock, in batches, every RELEASE_EVERY_MS (and once at start). The claim checks the due
 * time itself, so nothing is handed out early in between. Every instance runs it; SKIP LOCKED keeps
 * two from releasing the same case.
 */
@Injectable()
export class ClaimPoolService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly periodic = new Periodic(new Logger(ClaimPoolService.name), 'Releasing due cases into the claim pool', async () => {
    await this.releaseDue();
  });

  constructor(
    private readonly pool: ClaimPoolRepository,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(RELEASE_EVERY_MS, { runNow: true });
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Releases every waiting case due now, a batch at a time; returns how many. */
  async releaseDue(): Promise<number> {
    const now = this.clock.now();
    let released = 0;
    for (;;) {
      const n = await this.pool.releaseDue(now, BATCH);
      released += n;
      if (n < BATCH) return released;
    }
  }
}

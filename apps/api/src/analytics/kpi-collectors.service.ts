import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Periodic } from '../common/periodic.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { AnalyticsRepository } from './analytics.repository.js';

const BATCH = 1000;

/**
 * Credits handed-over cases to their new collector in the read models, in batches, every
 * KPI_CATCH_UP_MS (kpi_collectors_catch_up, as the kpi-event-collector migration defines it). Only
 * the case-level rows move (cohort, open case, days to payment and paid day, placement and closure):
 * payments, promises, contacts and dunning steps stay with the collector who held the case when
 * they happened. Every instance runs it; SKIP LOCKED keeps two from moving the same case.
 * Dashboards hear of it once per run that moved anything, since only then did the split change.
 */
@Injectable()
export class KpiCollectorsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly periodic = new Periodic(new Logger(KpiCollectorsService.name), 'Crediting handed-over cases', async () => {
    await this.catchUp();
  });

  constructor(
    private readonly repository: AnalyticsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: PgEventBus,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.kpiCatchUpMs > 0) this.periodic.start(this.config.kpiCatchUpMs);
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Moves every case waiting to be credited to its collector, a batch at a time; returns how many moved. */
  async catchUp(): Promise<number> {
    let moved = 0;
    for (;;) {
      const batch = await this.repository.catchUpCollectors(BATCH);
      moved += batch;
      if (batch < BATCH) break;
    }
    if (moved) await this.events.publish({ topic: 'kpis', payload: { creditorId: null } });
    return moved;
  }
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';

const BATCH = 1000;

/**
 * Credits handed-over cases to their new collector in the read models, in batches, every
 * KPI_CATCH_UP_MS (kpi_collectors_catch_up in the kpi-collector migration). Every instance runs it;
 * SKIP LOCKED keeps two from moving the same case.
 */
@Injectable()
export class KpiCollectorsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(KpiCollectorsService.name);
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.kpiCatchUpMs === 0) return;
    this.timer = setInterval(() => void this.catchUp(), this.config.kpiCatchUpMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Moves every case waiting to be credited to its collector; returns how many it moved. */
  async catchUp(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let moved = 0;
    try {
      for (;;) {
        const [{ n }] = await this.db.query<{ n: number }[]>('SELECT kpi_collectors_catch_up($1) AS n', [BATCH]);
        moved += n;
        if (n < BATCH) return moved;
      }
    } catch (error) {
      this.logger.error(`Crediting handed-over cases failed: ${(error as Error).message}`);
      return moved;
    } finally {
      this.running = false;
    }
  }
}

import { INTAKE_TEXTS } from '@mahnwerk/domain';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { Periodic } from '../common/periodic.js';
import { CaseImportsRepository } from './case-imports.repository.js';

/** A running import touches its heartbeat at least this often, also while it waits for a slow upload. */
export const IMPORT_HEARTBEAT_MS = 30_000;
/** A RUNNING job silent for longer than this lost its instance (four missed heartbeats). */
export const IMPORT_STALE_SECONDS = 120;
/** How often every instance looks for such jobs (and once at start-up). */
export const IMPORT_SWEEP_MS = 60_000;
/** What an interrupted job says (`CaseImport.error`). */
export const IMPORT_INTERRUPTED_MESSAGE = INTAKE_TEXTS.interrupted.en;

/**
 * Import jobs whose instance died (a crash, a deploy, a killed container) end as FAILED instead of
 * RUNNING for ever. Every instance, at start-up and every IMPORT_SWEEP_MS, fails the RUNNING jobs
 * whose heartbeat is older than IMPORT_STALE_SECONDS; a job still being written on another instance
 * keeps beating and is left alone, so several instances can run this side by side.
 */
@Injectable()
export class InterruptedImports implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InterruptedImports.name);
  private readonly periodic = new Periodic(this.logger, 'Failing interrupted case imports', async () => {
    await this.failInterrupted();
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CaseImportsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.periodic.start(IMPORT_SWEEP_MS, { runNow: true });
  }

  onApplicationShutdown(): void {
    this.periodic.stop();
  }

  /** Fails every stale RUNNING job, one audit event each; returns their ids. */
  async failInterrupted(): Promise<string[]> {
    const failed = await this.db.transaction(async (tx) => {
      const jobs = await this.repository.failStaleImports(tx, IMPORT_STALE_SECONDS, INTAKE_TEXTS.interrupted, this.clock.now());
      for (const job of jobs) {
        await this.audit.record(tx, {
          actorId: null, action: 'cases.import-interrupted', entity: 'case_import', entityId: job.id,
          before: { status: 'RUNNING', heartbeatAt: job.heartbeatAt.toISOString() },
          after: { status: 'FAILED', rowsProcessed: job.rowsProcessed, imported: job.imported },
        });
      }
      return jobs;
    });
    if (failed.length) this.logger.warn(`Failed ${failed.length} case import(s) interrupted by a stopped server: ${failed.map((j) => j.id).join(', ')}`);
    return failed.map((j) => j.id);
  }
}

import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDateIn } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { AppError } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { LetterRenderPool } from './letter-render-pool.js';
import { PrintBatchesRepository, type PrintBatchRecord } from './print-batches.repository.js';
import { printManifest } from './print-manifest.js';

const LIVE_EVENTS_UP_TO = 500;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * The day's print batch: every READY letter that may go out, merged into one PDF with a CSV
 * manifest for the print-and-mail service, and marked SENT on the day. A batch is a record: one per
 * day, kept as made; asking again the same day gives the same batch (letters written later that
 * day go into the next day's). Letters to a debtor whose address is unknown, or written before
 * post to them came back, are left out.
 */
@Injectable()
export class PrintBatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PrintBatchesRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly renderer: LetterRenderPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async latest(limit: number): Promise<PrintBatchRecord[]> {
    return this.repository.latest(Math.min(Math.max(limit, 1), 366));
  }

  async readyToPrint(): Promise<number> {
    return this.repository.countPrintable();
  }

  async byId(id: string): Promise<PrintBatchRecord | null> {
    return this.repository.byId(id);
  }

  /** Today's batch: made now from the letters ready, or the one made earlier today. */
  async createToday(user: AuthUser): Promise<PrintBatchRecord> {
    const now = this.clock.now();
    const day = calendarDateIn(now, this.config.dunningTimeZone);
    await this.db.transaction(async (manager) => {
      await this.repository.lockDay(manager, day);
      if (await this.repository.byDate(day, manager)) return;
      const letters = await this.repository.lockPrintable(manager);
      if (letters.length === 0) {
        throw new AppError('BAD_USER_INPUT', 'No letter is ready to print: the dunning run writes letters, and held ones wait for an address.', {
          reason: 'NOTHING_TO_PRINT',
        });
      }
      const rendered = await this.renderer.renderBatch(letters.map((l) => l.content), `Print batch ${day}`, now);
      const manifest = printManifest(letters, rendered.letters);
      const batchId = await this.repository.insert(manager, {
        day, createdBy: user.id, createdAt: now, letterCount: letters.length, pageCount: rendered.pageCount, sheetCount: manifest.sheets,
        pdf: rendered.pdf, pdfSha256: sha256(rendered.pdf), manifest: manifest.csv, manifestSha256: sha256(manifest.csv),
      });
      const ids = letters.map((l) => l.id);
      await this.repository.markSent(manager, batchId, day, ids);
      const cases = await this.repository.addPostedActivities(manager, ids, user.id, `Letter posted with the print batch of ${day}`, now);
      await this.audit.record(manager, {
        actorId: user.id, action: 'print-batch.create', entity: 'print_batch', entityId: batchId,
        before: null, after: { batchDate: day, letters: letters.length, pages: rendered.pageCount, sheets: manifest.sheets },
      });
      // Open case screens show the letter posted; a batch of thousands tells no screen (nobody watches them all).
      if (cases.length <= LIVE_EVENTS_UP_TO) {
        await this.events.publishIn(manager, ...cases.map((caseId) => ({ topic: 'case' as const, payload: { caseId } })));
      }
    });
    return (await this.repository.byDate(day))!;
  }
}

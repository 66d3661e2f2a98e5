import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calendarDateIn, dateText, fill, type IsoDate } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { AppError } from '../common/errors.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Queryable } from '../database/queryable.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { LETTER_TIMELINE_TEXTS } from './letter-timeline.i18n.js';
import { PrintBatchesRepository, type PrintBatchPartRecord, type PrintBatchRecord } from './print-batches.repository.js';
import { PrintManifest } from './print-manifest.js';
import { PrintPartPdf, printPartTitle } from './print-part-pdf.js';

const LIVE_EVENTS_UP_TO = 500;
/** Letters read from the database at a time while a part is merged (each with its own PDF, some kB). */
const LETTERS_PER_READ = 200;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** A part's file to send: its bytes, or a stream of them (a PDF merged from the part's letters). */
export interface PrintPartDownload {
  batchDate: IsoDate;
  parts: number;
  sha256: string;
  body: Buffer | string | Readable;
}

/**
 * The day's print batch: every READY letter that may go out, in parts of at most
 * PRINT_BATCH_PART_LETTERS letters, each part one PDF merged from its letters' own PDFs with a CSV
 * manifest for the print-and-mail service; the letters are marked SENT on the day. A batch is a
 * record: one per day, kept as made; asking again the same day gives the same batch (letters written
 * later that day go into the next day's). Letters to a debtor whose address is unknown, or written
 * before post to them came back, are left out.
 *
 * Memory stays flat whatever the day's size: making a batch reads its letters a few hundred at a time
 * (hashing each part's PDF and keeping one part's manifest), and a part's PDF is never stored but
 * merged again, letter by letter, as it streams to the download (the same bytes: the hash taken when
 * the batch was made).
 */
@Injectable()
export class PrintBatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PrintBatchesRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
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
    const partLetters = this.config.printBatchPartLetters;
    await this.db.transaction(async (manager) => {
      await this.repository.lockDay(manager, day);
      if (await this.repository.byDate(day, manager)) return;
      const total = await this.repository.pickPrintable(manager);
      if (total === 0) {
        throw new AppError('BAD_USER_INPUT', 'No letter is ready to print: the dunning run writes letters, and held ones wait for an address.', {
          reason: 'NOTHING_TO_PRINT',
        });
      }
      const partCount = Math.ceil(total / partLetters);
      const batchId = await this.repository.insert(manager, { day, createdBy: user.id, createdAt: now, letterCount: total, partLetters });
      // Each part is stored as soon as it is made: one part's manifest in memory at a time.
      let pageCount = 0;
      let sheetCount = 0;
      for (let number = 1; number <= partCount; number++) {
        const firstLetter = (number - 1) * partLetters + 1;
        const part = await this.makePart(manager, day, now, number, partCount, firstLetter, Math.min(partLetters, total - firstLetter + 1));
        await this.repository.insertPart(manager, batchId, part);
        pageCount += part.pageCount;
        sheetCount += part.sheetCount;
      }
      await this.repository.markPickedSent(manager, batchId, day, partLetters);
      const posted = await this.repository.addPostedActivities(
        manager, batchId, user.id, fill(LETTER_TIMELINE_TEXTS.posted, { date: dateText(day) }), now, LIVE_EVENTS_UP_TO,
      );
      await this.audit.record(manager, {
        actorId: user.id, action: 'print-batch.create', entity: 'print_batch', entityId: batchId,
        before: null, after: { batchDate: day, letters: total, pages: pageCount, sheets: sheetCount, parts: partCount, partLetters },
      });
      // Open case screens show the letter posted; a batch of thousands tells no screen (nobody watches them all).
      if (posted.caseIds) {
        await this.events.publishIn(manager, ...posted.caseIds.map((caseId) => ({ topic: 'case' as const, payload: { caseId } })));
      }
    });
    return (await this.repository.byDate(day))!;
  }

  /** One part: its letters read a few hundred at a time, its PDF merged only to be hashed, its manifest. */
  private async makePart(
    manager: Queryable, day: IsoDate, createdAt: Date, number: number, of: number, firstLetter: number, letterCount: number,
  ): Promise<PrintBatchPartRecord & { manifest: string }> {
    const pdf = new PrintPartPdf({ title: printPartTitle(day, number, of), createdAt });
    const hash = createHash('sha256').update(pdf.start());
    const manifest = new PrintManifest(number);
    const last = firstLetter + letterCount - 1;
    for (let after = firstLetter - 1; after < last;) {
      const letters = await this.repository.picked(manager, after, Math.min(LETTERS_PER_READ, last - after));
      for (const letter of letters) {
        const { bytes, placed } = pdf.add(letter.pdf);
        hash.update(bytes);
        manifest.add(letter, placed);
      }
      after = letters.at(-1)!.position;
    }
    hash.update(pdf.end());
    const csv = manifest.csv();
    return {
      number, firstLetter, letterCount, pageCount: pdf.pageCount, sheetCount: manifest.sheets,
      pdfSha256: hash.digest('hex'), manifest: csv, manifestSha256: sha256(csv),
    };
  }

  /**
   * A part's file; null when there is no such batch or part. A PDF stored when the batch was made
   * (batches made before parts) is sent as it is; otherwise it is merged again from the part's
   * letters as it streams.
   */
  async partFile(batchId: string, part: number, kind: 'pdf' | 'manifest'): Promise<PrintPartDownload | null> {
    const file = await this.repository.partFile(batchId, part, kind);
    if (!file) return null;
    const { batchDate, parts, sha256: hash } = file;
    if (file.kind === 'manifest' || file.data) return { batchDate, parts, sha256: hash, body: file.data! };
    return { batchDate, parts, sha256: hash, body: Readable.from(this.mergedPart(batchId, part, parts, batchDate, file.createdAt)) };
  }

  private async *mergedPart(batchId: string, part: number, of: number, day: IsoDate, createdAt: Date): AsyncGenerator<Buffer> {
    const pdf = new PrintPartPdf({ title: printPartTitle(day, part, of), createdAt });
    yield pdf.start();
    for (let after = 0; ;) {
      const letters = await this.repository.partLetterPdfs(batchId, part, after, LETTERS_PER_READ);
      if (letters.length === 0) break;
      for (const letter of letters) yield pdf.add(letter.pdf).bytes;
      after = letters.at(-1)!.sequence;
    }
    yield pdf.end();
  }
}

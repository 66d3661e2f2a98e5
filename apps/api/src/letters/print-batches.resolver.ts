import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { PrintBatchModel } from './print-batch.model.js';
import type { PrintBatchRecord } from './print-batches.repository.js';
import { PrintBatchesService } from './print-batches.service.js';

export const PRINT_BATCH_ROLES = ['LEAD', 'ADMIN'] as const;

/** A part's files: `/print-batches/:id/parts/:number.pdf` and `.csv`. */
export const printPartUrl = (batchId: string, part: number, extension: 'pdf' | 'csv'): string =>
  `/print-batches/${batchId}/parts/${part}.${extension}`;

export const toPrintBatchModel = (b: PrintBatchRecord): PrintBatchModel => {
  const parts = b.parts.map((p) => ({
    ...p, lastLetter: p.firstLetter + p.letterCount - 1, pdfUrl: printPartUrl(b.id, p.number, 'pdf'), manifestUrl: printPartUrl(b.id, p.number, 'csv'),
  }));
  const first = parts[0]!;
  const single = parts.length === 1;
  return {
    id: b.id, batchDate: b.batchDate, createdAt: b.createdAt, createdByName: b.createdByName, letterCount: b.letterCount,
    pageCount: b.pageCount, sheetCount: b.sheetCount, partLetters: b.partLetters, parts,
    pdfSha256: first.pdfSha256, manifestSha256: first.manifestSha256,
    // A batch of one part keeps the batch's own links.
    pdfUrl: single ? `/print-batches/${b.id}.pdf` : first.pdfUrl,
    manifestUrl: single ? `/print-batches/${b.id}.csv` : first.manifestUrl,
  };
};

@Resolver(() => PrintBatchModel)
export class PrintBatchesResolver {
  constructor(private readonly batches: PrintBatchesService) {}

  @Query(() => [PrintBatchModel], { description: 'The latest print batches, newest first (leads, admins).' })
  @Roles(...PRINT_BATCH_ROLES)
  async printBatches(@Args('limit', { type: () => Int, defaultValue: 30 }) limit: number): Promise<PrintBatchModel[]> {
    return (await this.batches.latest(limit)).map(toPrintBatchModel);
  }

  @Query(() => Int, { description: 'Letters written and waiting for the next print batch (held ones not counted).' })
  @Roles(...PRINT_BATCH_ROLES)
  async lettersReadyToPrint(): Promise<number> {
    return this.batches.readyToPrint();
  }

  @Mutation(() => PrintBatchModel, {
    description: 'Makes today\'s print batch from the letters ready and marks them SENT today; made already today: returns that batch.',
  })
  @Roles(...PRINT_BATCH_ROLES)
  async createPrintBatch(@CurrentUser() user: AuthUser): Promise<PrintBatchModel> {
    return toPrintBatchModel(await this.batches.createToday(user));
  }
}

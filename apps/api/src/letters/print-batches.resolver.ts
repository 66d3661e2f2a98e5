import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { PrintBatchModel } from './print-batch.model.js';
import type { PrintBatchRecord } from './print-batches.repository.js';
import { PrintBatchesService } from './print-batches.service.js';

export const PRINT_BATCH_ROLES = ['LEAD', 'ADMIN'] as const;

export const toPrintBatchModel = (b: PrintBatchRecord): PrintBatchModel => ({
  ...b, pdfUrl: `/print-batches/${b.id}.pdf`, manifestUrl: `/print-batches/${b.id}.csv`,
});

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

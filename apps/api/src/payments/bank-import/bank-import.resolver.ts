import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../../auth/current-user.js';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseModel } from '../../cases/case.model.js';
import { CasesService } from '../../cases/cases.service.js';
import { PageInput } from '../../cases/dto/case-filter.input.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import {
  BankImportResultModel, BankStatementFormatEnum, BankTransactionModel,
} from './bank-import.model.js';
import { BankImportService } from './bank-import.service.js';
import { BankReconciliationService } from './bank-reconciliation.service.js';
import type { StatementSource } from './statement-line.js';

@Resolver(() => BankTransactionModel)
export class BankImportResolver {
  constructor(
    private readonly imports: BankImportService,
    private readonly reconciliation: BankReconciliationService,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => BankImportResultModel, {
    description: 'Imports a bank statement (at most 5 MB of text). Credits whose remittance information names exactly one '
      + 'open case by claim or debtor reference are booked as payments; lines imported before count as duplicates.',
  })
  @Roles('LEAD', 'ADMIN')
  importBankStatement(
    @CurrentUser() user: AuthUser,
    @Args('format', { type: () => BankStatementFormatEnum }) format: StatementSource,
    @Args('content', { description: 'The file as text (UTF-8).' }) content: string,
    @Args('fileName', { type: () => String, nullable: true }) fileName?: string | null,
  ): Promise<BankImportResultModel> {
    return this.imports.import(user, { format, content, fileName });
  }

  @Query(() => [BankTransactionModel], { description: 'Imported credits waiting for a person, newest booking first.' })
  @Roles('LEAD', 'ADMIN')
  unmatchedBankTransactions(
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<BankTransactionModel[]> {
    return this.reconciliation.listUnmatched(page ?? { offset: 0, limit: 50 });
  }

  @Mutation(() => BankTransactionModel, {
    description: "Books the transaction's payment on a case chosen by hand; a matched transaction is a CONFLICT.",
  })
  @Roles('LEAD', 'ADMIN')
  matchBankTransaction(
    @CurrentUser() user: AuthUser,
    @Args('transactionId', { type: () => ID }, UuidPipe) transactionId: string,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
  ): Promise<BankTransactionModel> {
    return this.reconciliation.match(user, transactionId, caseId);
  }

  @Mutation(() => BankTransactionModel, { description: 'Marks a credit that is no debtor payment (refund, misdirected transfer).' })
  @Roles('LEAD', 'ADMIN')
  ignoreBankTransaction(
    @CurrentUser() user: AuthUser,
    @Args('transactionId', { type: () => ID }, UuidPipe) transactionId: string,
    @Args('reason') reason: string,
  ): Promise<BankTransactionModel> {
    return this.reconciliation.ignore(user, transactionId, reason);
  }

  @ResolveField(() => CaseModel, { nullable: true, description: 'The case it was matched to.' })
  case(@CurrentUser() user: AuthUser, @Parent() tx: BankTransactionModel): Promise<CaseModel> | null {
    return tx.caseId ? this.cases.findOne(user, tx.caseId) : null;
  }
}

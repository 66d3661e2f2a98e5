import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { TextLanguage } from '@mahnwerk/domain';
import { CurrentUser, type AuthUser } from '../../auth/current-user.js';
import { Roles } from '../../auth/roles.decorator.js';
import { CaseModel } from '../../cases/case.model.js';
import { CasesService } from '../../cases/cases.service.js';
import { PageInput } from '../../cases/dto/case-filter.input.js';
import { CallerLanguage } from '../../common/caller-language.decorator.js';
import { OptionalUuidPipe, UuidPipe } from '../../common/uuid.pipe.js';
import {
  BankImportResultModel, BankStatementFormatEnum, BankTransactionModel, OwnBankAccountModel,
} from './bank-import.model.js';
import {
  BankCsvMappingInput, BankCsvMappingModel, BankStatementPreviewInput, BankStatementPreviewModel, toMappingModel,
} from './bank-csv-mapping.model.js';
import { BankCsvMappingService } from './bank-csv-mapping.service.js';
import type { BankTransactionRecord } from './bank-import.repository.js';
import { BankImportService } from './bank-import.service.js';
import { BankReconciliationService } from './bank-reconciliation.service.js';
import type { StatementSource } from './statement-line.js';

@Resolver(() => BankTransactionModel)
export class BankImportResolver {
  constructor(
    private readonly imports: BankImportService,
    private readonly reconciliation: BankReconciliationService,
    private readonly cases: CasesService,
    private readonly mappings: BankCsvMappingService,
  ) {}

  @Mutation(() => BankImportResultModel, {
    description: 'Imports a bank statement (at most 5 MB of text) for one of the agency\'s own accounts. Credits whose remittance information names exactly one '
      + 'open case by claim or debtor reference are booked as payments; lines imported before count as duplicates.',
  })
  @Roles('LEAD', 'ADMIN')
  importBankStatement(
    @CurrentUser() user: AuthUser,
    @Args('format', { type: () => BankStatementFormatEnum }) format: StatementSource,
    @Args('content', { description: 'The file as text (UTF-8).' }) content: string,
    @Args('fileName', { type: () => String, nullable: true }) fileName?: string | null,
    @Args('mappingId', { type: () => ID, nullable: true, description: 'A saved CSV column mapping (bankCsvMappings) to read the file with.' }, OptionalUuidPipe)
    mappingId?: string | null,
    @Args('mapping', { type: () => BankCsvMappingInput, nullable: true, description: 'A CSV column mapping given with the import (not saved).' })
    mapping?: BankCsvMappingInput | null,
    @Args('accountIban', {
      type: () => String, nullable: true,
      description: "The agency's own account the statement is for (ownBankAccounts), needed when neither the file nor its mapping names one.",
    })
    accountIban?: string | null,
    @CallerLanguage() language: TextLanguage = 'en',
  ): Promise<BankImportResultModel> {
    return this.imports.import(user, { format, content, fileName, mappingId, mapping, accountIban }, language);
  }

  @Query(() => [OwnBankAccountModel], {
    description: "The agency's own accounts (AGENCY_IBAN, BANK_OWN_ACCOUNTS, the creditors' IBANs): statements are imported only for these.",
  })
  @Roles('LEAD', 'ADMIN')
  ownBankAccounts(): Promise<OwnBankAccountModel[]> {
    return this.imports.ownAccounts();
  }

  @Query(() => BankStatementPreviewModel, {
    description: 'Reads a statement file as importBankStatement would (a CSV through a saved or given column mapping) '
      + 'and answers with the first rows, their problems per column, and the counts; imports nothing.',
  })
  @Roles('LEAD', 'ADMIN')
  previewBankStatement(@Args('input') input: BankStatementPreviewInput, @CallerLanguage() language: TextLanguage): Promise<BankStatementPreviewModel> {
    return this.imports.preview(input, language);
  }

  @Query(() => [BankCsvMappingModel], { description: 'Saved CSV column mappings, one per bank account, by name.' })
  @Roles('LEAD', 'ADMIN')
  async bankCsvMappings(): Promise<BankCsvMappingModel[]> {
    return (await this.mappings.list()).map(toMappingModel);
  }

  @Mutation(() => BankCsvMappingModel, { description: 'Saves a CSV column mapping: a new one, or mapping `id` replaced as a whole.' })
  @Roles('LEAD', 'ADMIN')
  async saveBankCsvMapping(
    @CurrentUser() user: AuthUser,
    @Args('input') input: BankCsvMappingInput,
    @Args('id', { type: () => ID, nullable: true, description: 'The mapping to change; without it a new one is created.' }, OptionalUuidPipe) id?: string | null,
  ): Promise<BankCsvMappingModel> {
    return toMappingModel(await this.mappings.save(user, input, id ?? null));
  }

  @Mutation(() => Boolean, { description: 'Deletes a saved CSV column mapping; statements imported with it stay.' })
  @Roles('LEAD', 'ADMIN')
  async deleteBankCsvMapping(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<boolean> {
    await this.mappings.delete(user, id);
    return true;
  }

  @Query(() => [BankTransactionModel], {
    description: 'Imported credits waiting for a person (UNMATCHED, or REVIEW: a possible double booking), newest booking first.',
  })
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

  @Mutation(() => BankTransactionModel, {
    description: 'Books a transaction in REVIEW as a payment of its own on the case its reference named (it is not the manual '
      + 'payment it resembles); a transaction not in review is a CONFLICT.',
  })
  @Roles('LEAD', 'ADMIN')
  confirmBankTransaction(
    @CurrentUser() user: AuthUser,
    @Args('transactionId', { type: () => ID }, UuidPipe) transactionId: string,
  ): Promise<BankTransactionModel> {
    return this.reconciliation.confirm(user, transactionId);
  }

  @Mutation(() => BankTransactionModel, {
    description: 'Marks a credit that is no debtor payment (refund, misdirected transfer), or a REVIEW credit that duplicates '
      + 'the manual payment already booked.',
  })
  @Roles('LEAD', 'ADMIN')
  ignoreBankTransaction(
    @CurrentUser() user: AuthUser,
    @Args('transactionId', { type: () => ID }, UuidPipe) transactionId: string,
    @Args('reason') reason: string,
  ): Promise<BankTransactionModel> {
    return this.reconciliation.ignore(user, transactionId, reason);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the import could not match it to a case, or why it waits in review.' })
  unmatchedReason(@Parent() tx: BankTransactionRecord, @CallerLanguage() language: TextLanguage): string | null {
    return tx.unmatchedReasonTexts ? tx.unmatchedReasonTexts[language] : tx.unmatchedReason;
  }

  @ResolveField(() => CaseModel, { nullable: true, description: 'The case it was matched to.' })
  case(@CurrentUser() user: AuthUser, @Parent() tx: BankTransactionModel): Promise<CaseModel> | null {
    return tx.caseId ? this.cases.findOne(user, tx.caseId) : null;
  }
}

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { TextLanguage } from '@mahnwerk/domain';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CaseImportModel, CaseImportResultModel } from './case-import.model.js';
import { CreateCaseInput } from './dto/create-case.input.js';
import { caseImportIn, IntakeService } from './intake.service.js';

@Resolver()
export class IntakeResolver {
  constructor(private readonly intake: IntakeService) {}

  @Mutation(() => CaseImportResultModel, {
    description: 'Imports a case file (CSV text, UTF-8, comma, header row; at most 5 MB: larger files go to POST /imports/cases). '
      + 'Each row is atomic; rows whose creditor and invoice_ref were placed before count as duplicates.',
  })
  @Roles('LEAD', 'ADMIN')
  importCases(@CurrentUser() user: AuthUser, @Args('csv') csv: string, @CallerLanguage() language: TextLanguage): Promise<CaseImportResultModel> {
    return this.intake.importText(user, csv, language);
  }

  @Mutation(() => CaseModel, { description: 'Places one case with one or more invoices; it joins the claimable pool at once.' })
  @Roles('LEAD', 'ADMIN')
  createCase(@CurrentUser() user: AuthUser, @Args('input') input: CreateCaseInput): Promise<CaseModel> {
    return this.intake.createCase(user, input);
  }

  @Query(() => CaseImportModel, { description: 'One case import: its progress while it runs, its result once done.' })
  @Roles('LEAD', 'ADMIN')
  async caseImport(@Args('id', { type: () => ID }, UuidPipe) id: string, @CallerLanguage() language: TextLanguage): Promise<CaseImportModel> {
    return caseImportIn(await this.intake.job(id), language);
  }

  @Query(() => [CaseImportModel], { description: 'Past case imports, newest first.' })
  @Roles('LEAD', 'ADMIN')
  async caseImports(
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit: number,
    @CallerLanguage() language: TextLanguage,
  ): Promise<CaseImportModel[]> {
    return (await this.intake.jobs(limit)).map((job) => caseImportIn(job, language));
  }
}

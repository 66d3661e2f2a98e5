import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { DateScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { toPrivacyModel, toRequestModel } from './privacy.mapper.js';
import {
  DataSubjectRequestModel, DebtorDataExportModel, DebtorPrivacyModel, RetentionCandidateModel, RetentionRunModel,
} from './privacy.model.js';
import { PrivacyService } from './privacy.service.js';
import { RetentionService } from './retention.service.js';

/** Data protection (admin only): retention dry run and run, and data subject requests. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly retention: RetentionService,
  ) {}

  @Query(() => [RetentionCandidateModel], {
    description: 'Admin: the debtors the retention job would pseudonymise as of `asOf` (default today, Europe/Berlin), with their cases, the data and the retention end. Changes nothing.',
  })
  @Roles('ADMIN')
  retentionDryRun(@Args('asOf', { type: () => DateScalar, nullable: true }) asOf?: string | null): Promise<RetentionCandidateModel[]> {
    return this.retention.dryRun(asOf ?? undefined);
  }

  @Mutation(() => RetentionRunModel, { description: 'Admin: runs the retention job now (as of today): pseudonymises every debtor past every retention period.' })
  @Roles('ADMIN')
  runRetentionNow(@CurrentUser() user: AuthUser): Promise<RetentionRunModel> {
    return this.retention.run(user.id);
  }

  @Query(() => DebtorPrivacyModel, { description: 'Admin: the debtor\'s restriction, retention periods, what an erasure would keep, and their data protection requests.' })
  @Roles('ADMIN')
  async debtorPrivacy(@Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string): Promise<DebtorPrivacyModel> {
    return toPrivacyModel(await this.privacy.overview(debtorId));
  }

  @Query(() => DebtorDataExportModel, { description: 'Admin: everything held on the debtor (Art. 15 GDPR) as JSON; recorded as a request. The PDF: `pdfUrl`.' })
  @Roles('ADMIN')
  async debtorDataExport(
    @CurrentUser() user: AuthUser,
    @Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string,
  ): Promise<DebtorDataExportModel> {
    const data = await this.privacy.export(user, debtorId, 'JSON');
    return { debtorId, generatedAt: new Date(data.generatedAt), json: JSON.stringify(data), pdfUrl: `/privacy/debtors/${debtorId}/export.pdf` };
  }

  @Mutation(() => DataSubjectRequestModel, {
    description: 'Admin: restricts processing of the debtor\'s data (Art. 18 GDPR): a hold on each open case (no dunning, no contact), shown on the case. Reversible with liftDebtorRestriction.',
  })
  @Roles('ADMIN')
  async restrictDebtorProcessing(
    @CurrentUser() user: AuthUser,
    @Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string,
  ): Promise<DataSubjectRequestModel> {
    return toRequestModel(await this.privacy.restrict(user, debtorId));
  }

  @Mutation(() => DataSubjectRequestModel, { description: 'Admin: lifts the restriction of processing and releases the holds it placed.' })
  @Roles('ADMIN')
  async liftDebtorRestriction(
    @CurrentUser() user: AuthUser,
    @Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string,
  ): Promise<DataSubjectRequestModel> {
    return toRequestModel(await this.privacy.lift(user, debtorId));
  }

  @Mutation(() => DataSubjectRequestModel, {
    description: 'Admin: an erasure request (Art. 17 GDPR): erases now what no retention duty keeps and states what is kept and until when per record type; the retention job pseudonymises the rest when the duties end.',
  })
  @Roles('ADMIN')
  async eraseDebtorData(
    @CurrentUser() user: AuthUser,
    @Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string,
  ): Promise<DataSubjectRequestModel> {
    return toRequestModel(await this.privacy.erase(user, debtorId));
  }
}

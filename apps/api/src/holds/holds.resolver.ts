import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { DisputesService } from './disputes.service.js';
import { DisputeInput, DisputeModel, HoldInput, HoldModel, ResolveDisputeInput } from './hold.model.js';
import { HoldsRepository } from './holds.repository.js';
import { HoldsService } from './holds.service.js';

/** Holds and disputes of a case: who may do what is the domain's rule (holdPlacementRefusal, holdReleaseRefusal). */
@Resolver(() => CaseModel)
export class HoldsResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly holdsService: HoldsService,
    private readonly disputesService: DisputesService,
    private readonly repository: HoldsRepository,
  ) {}

  @Mutation(() => CaseModel, {
    description: 'Puts the case on hold: out of every queue and the pool, skipped by the dunning run. Collectors place DISPUTE and CEASE_CONTACT on their own cases; leads and admins any.',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async placeHold(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('input') input: HoldInput,
  ): Promise<CaseModel> {
    await this.holdsService.place(user, caseId, input);
    return this.cases.findOne(user, caseId);
  }

  @Mutation(() => CaseModel, { description: 'Ends a current hold (leads and admins); without other holds the case is open again, in the pool.' })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async releaseHold(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('holdId', { type: () => ID }, UuidPipe) holdId: string,
    @Args('reason') reason: string,
  ): Promise<CaseModel> {
    await this.holdsService.release(user, caseId, holdId, reason);
    return this.cases.findOne(user, caseId);
  }

  @Mutation(() => CaseModel, { description: 'Records the debtor\'s dispute and places its DISPUTE hold (who may: as for a DISPUTE hold).' })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async openDispute(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('input') input: DisputeInput,
  ): Promise<CaseModel> {
    await this.disputesService.open(user, caseId, input);
    return this.cases.findOne(user, caseId);
  }

  @Mutation(() => CaseModel, { description: 'Records the creditor\'s clarification of an open dispute (leads and admins).' })
  @Roles('LEAD', 'ADMIN')
  async recordDisputeClarification(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('disputeId', { type: () => ID }, UuidPipe) disputeId: string,
    @Args('clarification') clarification: string,
  ): Promise<CaseModel> {
    await this.disputesService.clarify(user, caseId, disputeId, clarification);
    return this.cases.findOne(user, caseId);
  }

  @Mutation(() => CaseModel, {
    description: 'Resolves a dispute (leads and admins): UPHELD books the reduction (the whole claim: withdrawn, the case closes), REJECTED releases the hold and dunning resumes.',
  })
  @Roles('LEAD', 'ADMIN')
  async resolveDispute(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('disputeId', { type: () => ID }, UuidPipe) disputeId: string,
    @Args('input') input: ResolveDisputeInput,
  ): Promise<CaseModel> {
    await this.disputesService.resolve(user, caseId, disputeId, input);
    return this.cases.findOne(user, caseId);
  }

  @ResolveField(() => [HoldModel], { description: 'Current and past holds, newest first.' })
  holds(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<HoldModel[]> {
    return loaders.loader<string, HoldModel[]>('case.holds', async (ids) => {
      const rows = await this.repository.holdsOfCases(ids);
      return ids.map((id) => rows.filter((r) => r.caseId === id));
    }).load(c.id);
  }

  @ResolveField(() => [DisputeModel], { description: 'Newest first.' })
  disputes(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<DisputeModel[]> {
    return loaders.loader<string, DisputeModel[]>('case.disputes', async (ids) => {
      const disputes = await this.repository.disputesOfCases(ids);
      const documents = await this.repository.documentsOfDisputes(disputes.map((d) => d.id));
      return ids.map((id) => disputes.filter((d) => d.caseId === id).map((d) => ({
        ...d,
        documents: documents.filter((doc) => doc.disputeId === d.id).map((doc) => ({
          ...doc, url: `/cases/${id}/disputes/${d.id}/documents/${doc.id}`,
        })),
      })));
    }).load(c.id);
  }
}

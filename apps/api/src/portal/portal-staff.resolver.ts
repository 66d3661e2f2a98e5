import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { PortalPlanProposalModel } from './portal.model.js';
import { PortalService } from './portal.service.js';


/** What staff see of the portal on the case screen: a plan the debtor proposed that waits for them. */
@Resolver(() => CaseModel)
export class PortalStaffResolver {
  constructor(private readonly portal: PortalService) {}

  @ResolveField(() => PortalPlanProposalModel, {
    nullable: true,
    description: 'A plan the debtor proposed in the portal outside the creditor\'s rules, waiting for the collector: accept or counter it by recording a payment plan (which answers it), or decline it (declinePortalPlanProposal).',
  })
  portalPlanProposal(@Parent() c: CaseModel): Promise<PortalPlanProposalModel | null> {
    return this.portal.pendingProposal(c.id);
  }

  @Mutation(() => CaseModel, { description: 'Declines the debtor\'s pending portal plan proposal (say why in a note or a message to the debtor).' })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async declinePortalPlanProposal(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
  ): Promise<CaseModel> {
    return this.portal.declineProposal(user, caseId);
  }
}


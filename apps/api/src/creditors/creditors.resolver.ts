import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toCreditorModel } from '../cases/case.mapper.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { notFound } from '../common/errors.js';
import { CreditorEntity } from './creditor.entity.js';
import { ContactPolicyModel } from './contact-policy.model.js';
import { ContactPolicySettingsService } from './contact-policy-settings.service.js';
import { CreditorModel, PriorityWeightsModel } from './creditor.model.js';
import { ContactPolicyInput } from './dto/contact-policy.input.js';
import { PriorityWeightsInput } from './dto/priority-weights.input.js';
import { PriorityWeightsService } from './priority-weights.service.js';

@Resolver(() => CreditorModel)
export class CreditorsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly weightsService: PriorityWeightsService,
    private readonly policyService: ContactPolicySettingsService,
  ) {}

  private async creditor(id: string): Promise<CreditorModel> {
    const creditor = await this.db.manager.findOneBy(CreditorEntity, { id });
    if (!creditor) throw notFound('Creditor', id);
    return toCreditorModel(creditor);
  }

  @Query(() => [CreditorModel], { description: 'The creditors (clients) the caller may see.' })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  async creditors(@CurrentUser() user: AuthUser): Promise<CreditorModel[]> {
    const scope = await this.access.creditorScope(user);
    const all = await this.db.manager.find(CreditorEntity, { order: { name: 'ASC' } });
    return all.filter((c) => !scope || scope.includes(c.id)).map(toCreditorModel);
  }

  @Mutation(() => CreditorModel, {
    description: 'Sets the maximum points per priority part for a creditor and re-scores its open cases.',
  })
  @Roles('LEAD', 'ADMIN')
  async setPriorityWeights(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('weights') weights: PriorityWeightsInput,
  ): Promise<CreditorModel> {
    await this.weightsService.set(user, creditorId, weights);
    return this.creditor(creditorId);
  }

  @Mutation(() => CreditorModel, {
    description: "Drops a creditor's own priority weights so the defaults apply again, and re-scores its open cases.",
  })
  @Roles('LEAD', 'ADMIN')
  async resetPriorityWeights(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
  ): Promise<CreditorModel> {
    await this.weightsService.set(user, creditorId, null);
    return this.creditor(creditorId);
  }

  @Mutation(() => CreditorModel, {
    description:
      "Sets a creditor's contact policy (contact hours, attempts per 7 days, reminder spacing), checked by the domain; " +
      'it applies to the next contact decision. `resetContactPolicy` goes back to the defaults.',
  })
  @Roles('LEAD', 'ADMIN')
  async setContactPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('policy', { type: () => ContactPolicyInput }) policy: ContactPolicyInput,
  ): Promise<CreditorModel> {
    await this.policyService.set(user, creditorId, policy);
    return this.creditor(creditorId);
  }

  @Mutation(() => CreditorModel, { description: "Drops a creditor's own contact policy so the defaults apply again." })
  @Roles('LEAD', 'ADMIN')
  async resetContactPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
  ): Promise<CreditorModel> {
    await this.policyService.set(user, creditorId, null);
    return this.creditor(creditorId);
  }

  @ResolveField(() => PriorityWeightsModel, { description: 'Maximum points per priority part (the defaults unless set).' })
  priorityWeights(@Parent() c: CreditorModel): Promise<PriorityWeightsModel> {
    return this.weightsService.weights(c.id);
  }

  @ResolveField(() => ContactPolicyModel, { description: 'The contact policy in force (the defaults unless set).' })
  contactPolicy(@Parent() c: CreditorModel): Promise<ContactPolicyModel> {
    return this.policyService.policy(c.id);
  }
}

import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { notFound } from '../common/errors.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { toCreditorModel } from '../creditors/creditor.mapper.js';
import { CreditorModel, PriorityWeightsModel } from '../creditors/creditor.model.js';
import { CreditorsRepository } from '../creditors/creditors.repository.js';
import { PriorityWeightsInput } from './dto/priority-weights.input.js';
import { PriorityWeightsService } from './priority-weights.service.js';

/** A creditor's priority weights: the parameters of its cases' priority. */
@Resolver(() => CreditorModel)
export class CreditorPriorityResolver {
  constructor(
    private readonly creditors: CreditorsRepository,
    private readonly weightsService: PriorityWeightsService,
  ) {}

  private async creditor(id: string): Promise<CreditorModel> {
    const creditor = await this.creditors.creditor(id);
    if (!creditor) throw notFound('Creditor', id);
    return toCreditorModel(creditor);
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

  @ResolveField(() => PriorityWeightsModel, { description: 'Maximum points per priority part (the defaults unless set).' })
  priorityWeights(@Parent() c: CreditorModel): Promise<PriorityWeightsModel> {
    return this.weightsService.weights(c.id);
  }
}

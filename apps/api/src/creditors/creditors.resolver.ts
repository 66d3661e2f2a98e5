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
import { CreditorModel, PriorityWeightsModel } from './creditor.model.js';
import { PriorityWeightsInput } from './dto/priority-weights.input.js';
import { PriorityWeightsService } from './priority-weights.service.js';

@Resolver(() => CreditorModel)
export class CreditorsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly weightsService: PriorityWeightsService,
  ) {}

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
    const creditor = await this.db.manager.findOneBy(CreditorEntity, { id: creditorId });
    if (!creditor) throw notFound('Creditor', creditorId);
    return toCreditorModel(creditor);
  }

  @ResolveField(() => PriorityWeightsModel, { description: 'Maximum points per priority part (the defaults unless set).' })
  priorityWeights(@Parent() c: CreditorModel): Promise<PriorityWeightsModel> {
    return this.weightsService.weights(c.id);
  }
}

import { Args, Query, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { DateScalar } from '../common/scalars.js';
import { DunningRunModel, DunningStrategyModel } from './dunning.model.js';
import { DunningService } from './dunning.service.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';

@Resolver()
export class DunningResolver {
  constructor(
    private readonly dunning: DunningService,
    private readonly strategies: DunningStrategiesService,
  ) {}

  @Mutation(() => DunningRunModel, {
    description: 'Runs the dunning process for a date; running a finished date again changes nothing.',
  })
  @Roles('LEAD', 'ADMIN')
  runDunning(@CurrentUser() user: AuthUser, @Args('asOf', { type: () => DateScalar }) asOf: string): Promise<DunningRunModel> {
    return this.dunning.run(asOf, user);
  }

  @Query(() => [DunningRunModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  dunningRuns(): Promise<DunningRunModel[]> {
    return this.dunning.runs();
  }

  @Query(() => [DunningStrategyModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  dunningStrategies(): Promise<DunningStrategyModel[]> {
    return this.strategies.list();
  }
}

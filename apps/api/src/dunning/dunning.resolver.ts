import { Args, Int, Parent, Query, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { TextLanguage } from '@mahnwerk/domain';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { DunningRunRepository } from './dunning-run.repository.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { DateScalar } from '../common/scalars.js';
import { DunningPreviewModel, DunningRunHoldModel, DunningRunModel, DunningStrategyModel } from './dunning.model.js';
import { DunningService } from './dunning.service.js';
import { DunningStrategiesService } from './dunning-strategies.service.js';

@Resolver()
export class DunningResolver {
  constructor(
    private readonly dunning: DunningService,
    private readonly strategies: DunningStrategiesService,
  ) {}

  @Mutation(() => DunningRunModel, {
    description: 'Runs the dunning process for a date: today in the dunning time zone at the latest, and not before the last '
      + 'finished run (BAD_USER_INPUT otherwise); running the last finished date again changes nothing.',
  })
  @Roles('LEAD', 'ADMIN')
  runDunning(@CurrentUser() user: AuthUser, @Args('asOf', { type: () => DateScalar }) asOf: string): Promise<DunningRunModel> {
    return this.dunning.run(asOf, user);
  }

  @Query(() => DunningPreviewModel, {
    description: 'What runDunning(asOf) would do (steps per stage, fees, letters, e-mails, a sample of cases), changing nothing. '
      + 'Refuses the dates runDunning refuses.',
  })
  @Roles('LEAD', 'ADMIN')
  previewDunning(@Args('asOf', { type: () => DateScalar }) asOf: string): Promise<DunningPreviewModel> {
    return this.dunning.preview(asOf) as Promise<DunningPreviewModel>;
  }

  @Query(() => [DunningRunModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  dunningRuns(): Promise<DunningRunModel[]> {
    return this.dunning.runs();
  }

  @Query(() => [DunningStrategyModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  dunningStrategies(@CallerLanguage() language: TextLanguage): Promise<DunningStrategyModel[]> {
    return this.strategies.list(language);
  }
}

/** Holds shown with a run's results. */
const HOLDS_SHOWN = 200;

@Resolver(() => DunningRunModel)
export class DunningRunHoldsResolver {
  constructor(private readonly runs: DunningRunRepository) {}

  @ResolveField(() => Int, { description: 'Cases due for a letter that the run held (RDG 13a statements missing).' })
  held(@Parent() run: DunningRunModel, @Loaders() loaders: RequestLoaders): Promise<number> {
    return loaders
      .loader('dunningRun.held', async (ids: readonly string[]) => {
        const counts = await this.runs.heldCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(run.id);
  }

  @ResolveField(() => [DunningRunHoldModel], { description: `Why the run held each case's letter, one row per reason (at most ${HOLDS_SHOWN}).` })
  async holds(
    @Parent() run: DunningRunModel,
    @Loaders() loaders: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<DunningRunHoldModel[]> {
    const holds = await loaders
      .loader('dunningRun.holds', async (ids: readonly string[]) => {
        const byRun = await this.runs.holdsOfRuns(ids, HOLDS_SHOWN);
        return ids.map((id) => byRun.get(id) ?? []);
      })
      .load(run.id);
    return holds.map((h) => ({ caseId: h.caseId, reason: h.reason[language] }));
  }
}

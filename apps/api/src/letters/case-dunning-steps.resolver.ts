import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../cases/case.model.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { CaseDunningStepModel } from './case-dunning-step.model.js';
import { LettersRepository, type CaseDunningStepRecord } from './letters.repository.js';

@Resolver(() => CaseModel)
export class CaseDunningStepsResolver {
  constructor(private readonly repository: LettersRepository) {}

  @ResolveField(() => [CaseDunningStepModel], {
    description: 'The steps the dunning run took on this case, newest first, each with the letter it wrote when one is stored.',
  })
  dunningSteps(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<CaseDunningStepModel[]> {
    return loaders
      .loader('case.dunningSteps', async (ids: readonly string[]) => {
        const byCase = await this.repository.dunningStepsOfCases(ids);
        return ids.map((id) => byCase.get(id) ?? ([] as CaseDunningStepRecord[]));
      })
      .load(c.id);
  }
}

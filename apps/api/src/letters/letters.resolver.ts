import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../cases/case.model.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { LetterModel } from './letter.model.js';
import { LettersRepository, type LetterRecord } from './letters.repository.js';

@Resolver(() => CaseModel)
export class CaseLettersResolver {
  constructor(private readonly repository: LettersRepository) {}

  @ResolveField(() => [LetterModel], { description: 'Letters to this debtor for this creditor, newest first.' })
  async letters(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<LetterModel[]> {
    const letters = await loaders
      .loader('case.letters', async (ids: readonly string[]) => {
        const byCase = await this.repository.lettersOfCases(ids);
        return ids.map((id) => byCase.get(id) ?? ([] as LetterRecord[]));
      })
      .load(c.id);
    return letters.map((l) => ({ ...l, url: `/letters/${l.id}.pdf` }));
  }
}

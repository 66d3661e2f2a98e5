import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseLoaders } from '../cases/case-loaders.service.js';
import { CaseModel } from '../cases/case.model.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { LetterModel } from '../dunning/dunning.model.js';

@Resolver(() => CaseModel)
export class CaseLettersResolver {
  constructor(private readonly caseLoaders: CaseLoaders) {}

  @ResolveField(() => [LetterModel], { description: 'Letters to this debtor for this creditor, newest first.' })
  async letters(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<LetterModel[]> {
    const letters = await this.caseLoaders.letters(loaders).load(c.id);
    return letters.map((l) => ({
      id: l.id, writtenOn: l.writtenOn, status: l.status, contentSha256: l.contentSha256, pdfSha256: l.pdfSha256,
      url: `/letters/${l.id}.pdf`,
    }));
  }
}

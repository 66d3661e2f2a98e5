import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../cases/case.model.js';
import { LetterModel } from './letter.model.js';
import { LettersService } from './letters.service.js';

@Resolver(() => CaseModel)
export class CaseLettersResolver {
  constructor(private readonly lettersService: LettersService) {}

  @ResolveField(() => [LetterModel], { description: 'Letters to this debtor for this creditor, newest first.' })
  letters(@Parent() c: CaseModel): Promise<LetterModel[]> {
    return this.lettersService.forCase(c.id);
  }
}

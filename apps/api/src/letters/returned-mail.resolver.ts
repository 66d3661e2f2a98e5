import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { ReturnedMailInput, ReturnedMailModel } from './returned-mail.model.js';
import { ReturnedMailRepository } from './returned-mail.repository.js';
import { ReturnedMailService } from './returned-mail.service.js';

@Resolver(() => CaseModel)
export class ReturnedMailResolver {
  constructor(
    private readonly service: ReturnedMailService,
    private readonly repository: ReturnedMailRepository,
  ) {}

  @Mutation(() => CaseModel, {
    description: 'Records post that came back undelivered: the debtor\'s address is marked unknown and their letters are held until updateDebtor corrects it.',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async recordReturnedMail(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('input') input: ReturnedMailInput,
  ): Promise<CaseModel> {
    return this.service.record(user, caseId, input);
  }

  @ResolveField(() => [ReturnedMailModel], { description: 'Post to this case\'s debtor that came back undelivered, newest first.' })
  async returnedMail(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<ReturnedMailModel[]> {
    return loaders
      .loader('case.returnedMail', async (ids: readonly string[]) => {
        const byCase = await this.repository.ofCases(ids);
        return ids.map((id) => byCase.get(id) ?? []);
      })
      .load(c.id);
  }
}

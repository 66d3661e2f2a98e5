import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { DebtorModel } from '../cases/case.model.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { DebtorInput } from './dto/debtor.input.js';
import { DebtorsService } from './debtors.service.js';

@Resolver(() => DebtorModel)
export class DebtorsResolver {
  constructor(private readonly debtors: DebtorsService) {}

  @Mutation(() => DebtorModel, {
    description: 'Changes a debtor\'s details (collector: a debtor of a case in their queue; lead; admin). Audited, on the cases\' timelines.',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async updateDebtor(
    @CurrentUser() user: AuthUser,
    @Args('debtorId', { type: () => ID }, UuidPipe) debtorId: string,
    @Args('input') input: DebtorInput,
  ): Promise<DebtorModel> {
    return this.debtors.update(user, debtorId, input);
  }
}

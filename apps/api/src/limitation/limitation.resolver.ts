import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { LimitationService } from './limitation.service.js';

@Resolver()
export class LimitationResolver {
  constructor(private readonly limitation: LimitationService) {}

  @Query(() => [CaseModel], {
    description: 'Cases not closed (open, on hold, with legal) whose limitation ends within the next `days` days (today included), soonest first; at most `limit`.',
  })
  @Roles('LEAD', 'ADMIN')
  limitationWorklist(
    @CurrentUser() user: AuthUser,
    @Args('days', { type: () => Int }) days: number,
    @Args('limit', { type: () => Int, defaultValue: 200 }) limit: number,
  ): Promise<CaseModel[]> {
    return this.limitation.worklist(user, days, limit);
  }
}

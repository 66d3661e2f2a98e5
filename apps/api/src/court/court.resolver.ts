import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { CourtProceedingModel } from './court.model.js';
import { CourtService } from './court.service.js';
import { RecordCourtEventInput } from './dto/record-court-event.input.js';

@Resolver(() => CaseModel)
export class CourtResolver {
  constructor(
    private readonly courtService: CourtService,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => CaseModel, { description: 'Records a step of the court dunning procedure and sets its deadlines.' })
  @Roles('LEAD', 'ADMIN')
  async recordCourtEvent(@CurrentUser() user: AuthUser, @Args('input') input: RecordCourtEventInput): Promise<CaseModel> {
    return this.cases.findOne(user, await this.courtService.record(user, input));
  }

  @ResolveField(() => CourtProceedingModel, { nullable: true })
  court(@Parent() c: CaseModel): Promise<CourtProceedingModel | null> {
    return this.courtService.proceeding(c.id);
  }
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { RecordPaymentInput } from './dto/record-payment.input.js';
import { PaymentsService } from './payments.service.js';

@Resolver()
export class PaymentsResolver {
  constructor(
    private readonly payments: PaymentsService,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => CaseModel, { description:
    'Records a payment once per idempotency key and returns the case. Above the creditor\'s approval threshold, or more than the ' +
    'balance by a collector, it waits for a second person (Case.pendingApprovals) instead of booking.' })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async recordPayment(@CurrentUser() user: AuthUser, @Args('input') input: RecordPaymentInput): Promise<CaseModel> {
    return this.cases.findOne(user, (await this.payments.record(user, input)).caseId);
  }
}

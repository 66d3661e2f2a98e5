import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../../auth/current-user.js';
import { Roles } from '../../auth/roles.decorator.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { PaymentApprovalModel, toPaymentApprovalModel } from './payment-approval.model.js';
import { PaymentApprovalsService } from './payment-approvals.service.js';

/** Approvals of manual payments and PAID outcomes: a second person (a lead or an admin, not the requester) decides. */
@Resolver()
export class PaymentApprovalsResolver {
  constructor(
    private readonly approvals: PaymentApprovalsService,
  ) {}

  @Query(() => [PaymentApprovalModel], { description: 'Manual payments and PAID outcomes waiting for a second person, oldest first.' })
  @Roles('LEAD', 'ADMIN')
  async pendingApprovals(): Promise<PaymentApprovalModel[]> {
    return (await this.approvals.pending()).map(toPaymentApprovalModel);
  }

  @Mutation(() => PaymentApprovalModel, { description: 'Books a payment that waits for approval, once; not by the person who asked for it.' })
  @Roles('LEAD', 'ADMIN')
  async approvePayment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PaymentApprovalModel> {
    return toPaymentApprovalModel(await this.approvals.approve(user, id, 'PAYMENT'));
  }

  @Mutation(() => PaymentApprovalModel, { description: 'Declines a payment that waits for approval; nothing is booked.' })
  @Roles('LEAD', 'ADMIN')
  async declinePayment(
    @CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string,
  ): Promise<PaymentApprovalModel> {
    return toPaymentApprovalModel(await this.approvals.decline(user, id, 'PAYMENT', reason));
  }

  @Mutation(() => PaymentApprovalModel, { description: 'Applies a PAID outcome recorded while a balance was open; not by the person who recorded it.' })
  @Roles('LEAD', 'ADMIN')
  async approvePaidOutcome(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PaymentApprovalModel> {
    return toPaymentApprovalModel(await this.approvals.approve(user, id, 'PAID_OUTCOME'));
  }

  @Mutation(() => PaymentApprovalModel, { description: 'Declines a PAID outcome that waits for approval; the case stays as it is.' })
  @Roles('LEAD', 'ADMIN')
  async declinePaidOutcome(
    @CurrentUser() user: AuthUser, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('reason') reason: string,
  ): Promise<PaymentApprovalModel> {
    return toPaymentApprovalModel(await this.approvals.decline(user, id, 'PAID_OUTCOME', reason));
  }
}

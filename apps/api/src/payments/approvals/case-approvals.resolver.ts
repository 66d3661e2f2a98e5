import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { CaseModel } from '../../cases/case.model.js';
import { Loaders, type RequestLoaders } from '../../common/request-loaders.js';
import { SafeIntScalar } from '../../common/scalars.js';
import { PaymentsRepository } from '../payments.repository.js';
import { PaymentApprovalModel, toPaymentApprovalModel } from './payment-approval.model.js';
import { PaymentApprovalsRepository, type PaymentApprovalRecord } from './payment-approvals.repository.js';

/** What a case shows of its payments' guards: what waits for approval, and what was overpaid (to refund). Loaded per request in batches. */
@Resolver(() => CaseModel)
export class CaseApprovalsResolver {
  constructor(
    private readonly repository: PaymentApprovalsRepository,
    private readonly payments: PaymentsRepository,
  ) {}

  @ResolveField(() => [PaymentApprovalModel], { description: 'Manual payments and PAID outcomes on the case waiting for approval.' })
  async pendingApprovals(@Parent() c: CaseModel, @Loaders() l: RequestLoaders): Promise<PaymentApprovalModel[]> {
    return (await this.pendingOf(l).load(c.id)).map(toPaymentApprovalModel);
  }

  @ResolveField(() => SafeIntScalar, { description: 'What payments paid beyond the balance: to be refunded to the debtor, never allocated.' })
  async overpaymentCents(@Parent() c: CaseModel, @Loaders() l: RequestLoaders): Promise<number> {
    return this.overpaidOf(l).load(c.id);
  }

  private pendingOf(l: RequestLoaders): DataLoader<string, PaymentApprovalRecord[]> {
    return l.loader('case.pendingApprovals', async (ids: readonly string[]) => {
      const found = await this.repository.pendingOfCases(ids);
      return ids.map((id) => found.get(id) ?? []);
    });
  }

  private overpaidOf(l: RequestLoaders): DataLoader<string, number> {
    return l.loader('case.overpaymentCents', async (ids: readonly string[]) => {
      const found = await this.payments.overpaidOfCases(ids);
      return ids.map((id) => found.get(id) ?? 0);
    });
  }
}

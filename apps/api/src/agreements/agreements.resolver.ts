import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import {
  AgreementPolicyInput, AgreementPolicyModel, PaymentPlanModel, SettlementModel,
} from './agreements.model.js';
import { AgreementsService, toPlanModel } from './agreements.service.js';

const EVERYONE = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'] as const;

/** Payment plans and settlements on the case, settlement offers and their approval, the creditor's agreement settings. */
@Resolver(() => CaseModel)
export class AgreementsResolver {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly cases: CasesService,
  ) {}

  @ResolveField(() => PaymentPlanModel, {
    nullable: true,
    description: 'The case\'s payment plan: the running one, else the latest; null when none was agreed.',
  })
  async paymentPlan(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<PaymentPlanModel | null> {
    const plan = await loaders
      .loader('case.paymentPlan', async (ids: readonly string[]) => {
        const plans = await this.agreements.plansOfCases(ids);
        return ids.map((id) => plans.get(id) ?? null);
      })
      .load(c.id);
    return plan ? toPlanModel(plan, c.currency) : null;
  }

  @ResolveField(() => SettlementModel, {
    nullable: true,
    description: 'The settlement waiting for approval or offered, else the latest one; null when none was offered. A live one past its last day (validUntil in the creditor\'s time zone) reads EXPIRED.',
  })
  async settlement(@Parent() c: CaseModel, @Loaders() loaders: RequestLoaders): Promise<SettlementModel | null> {
    return loaders
      .loader('case.settlement', async (ids: readonly string[]) => {
        const found = await this.agreements.settlementModelsOfCases(ids);
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(c.id);
  }

  @Mutation(() => CaseModel, {
    description: 'Offers to close the case for amountCents paid by validUntil. At or above the creditor\'s share of the open balance a collector offers alone; below it the offer waits for a lead (approveSettlement, declineSettlement).',
  })
  @Roles('COLLECTOR', 'LEAD', 'ADMIN')
  async offerSettlement(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('amountCents', { type: () => SafeIntScalar }) amountCents: number,
    @Args('validUntil', { type: () => DateScalar }) validUntil: string,
  ): Promise<CaseModel> {
    return this.cases.findOne(user, await this.agreements.offer(user, caseId, amountCents, validUntil));
  }

  @Mutation(() => CaseModel, {
    description: 'A lead approves a settlement waiting for approval: it is offered. Past its last day it expires instead: CONFLICT with extensions.reason SETTLEMENT_EXPIRED.',
  })
  @Roles('LEAD', 'ADMIN')
  async approveSettlement(
    @CurrentUser() user: AuthUser,
    @Args('settlementId', { type: () => ID }, UuidPipe) settlementId: string,
  ): Promise<CaseModel> {
    return this.cases.findOne(user, await this.agreements.decide(user, settlementId, true, null));
  }

  @Mutation(() => CaseModel, {
    description: 'A lead declines a settlement waiting for approval, saying why. Past its last day it has expired: CONFLICT with extensions.reason SETTLEMENT_EXPIRED.',
  })
  @Roles('LEAD', 'ADMIN')
  async declineSettlement(
    @CurrentUser() user: AuthUser,
    @Args('settlementId', { type: () => ID }, UuidPipe) settlementId: string,
    @Args('reason') reason: string,
  ): Promise<CaseModel> {
    return this.cases.findOne(user, await this.agreements.decide(user, settlementId, false, reason));
  }

  @Query(() => [SettlementModel], { description: 'Settlements waiting for a lead\'s approval, oldest first; those past their last day have expired and are not listed.' })
  @Roles('LEAD', 'ADMIN')
  async pendingSettlements(@CurrentUser() user: AuthUser): Promise<SettlementModel[]> {
    return this.agreements.pending(user);
  }

  @Query(() => [SettlementModel], {
    description: 'Settlements that expired (their last day passed unpaid or unapproved) within the last `days` days (1 to 90), newest first.',
  })
  @Roles('LEAD', 'ADMIN')
  async expiredSettlements(
    @CurrentUser() user: AuthUser,
    @Args('days', { type: () => Int, defaultValue: 14 }) days: number,
  ): Promise<SettlementModel[]> {
    return this.agreements.expired(user, days);
  }

  @Query(() => AgreementPolicyModel, { description: 'The creditor\'s settings for plans (default after missed installments) and settlements.' })
  @Roles(...EVERYONE)
  agreementPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
  ): Promise<AgreementPolicyModel> {
    return this.agreements.policy(user, creditorId);
  }

  @Mutation(() => AgreementPolicyModel)
  @Roles('ADMIN')
  updateAgreementPolicy(
    @CurrentUser() user: AuthUser,
    @Args('creditorId', { type: () => ID }, UuidPipe) creditorId: string,
    @Args('input') input: AgreementPolicyInput,
  ): Promise<AgreementPolicyModel> {
    return this.agreements.updatePolicy(user, { creditorId, ...input });
  }
}

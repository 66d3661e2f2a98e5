import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PAYMENT_PLAN_STATUSES, SETTLEMENT_STATUSES, type PaymentPlanStatus, type SettlementStatus } from '@mahnwerk/domain';
import { PromiseStatusEnum } from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PaymentPlanStatusEnum = enumOf(PAYMENT_PLAN_STATUSES);
registerEnumType(PaymentPlanStatusEnum, { name: 'PaymentPlanStatus', description: 'ACTIVE: running; COMPLETED: every installment kept; DEFAULTED: Terminverlust.' });
export const SettlementStatusEnum = enumOf(SETTLEMENT_STATUSES);
registerEnumType(SettlementStatusEnum, {
  name: 'SettlementStatus',
  description: 'PENDING_APPROVAL: below the creditor\'s share, a lead decides. EXPIRED: its last day (validUntil, in the creditor\'s time zone) passed before it was paid in full or approved.',
});

@ObjectType('Installment')
export class InstallmentModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field(() => SafeIntScalar, { description: 'Paid towards this installment so far (payments fill installments in due order).' }) paidCents: number;
  @Field(() => PromiseStatusEnum, { description: 'OPEN, KEPT (paid) or BROKEN (missed).' }) status: 'OPEN' | 'KEPT' | 'BROKEN';
}

@ObjectType('PaymentPlan')
export class PaymentPlanModel {
  @Field(() => ID) id: string;
  @Field(() => PaymentPlanStatusEnum) status: PaymentPlanStatus;
  @Field(() => [InstallmentModel], { description: 'By number.' }) installments: InstallmentModel[];
  @Field(() => SafeIntScalar, { description: 'What the plan costs the debtor; 0 = no charge.' }) feeCents: number;
  @Field(() => Int, { description: 'Missed installments that put the plan in default (the creditor\'s setting).' }) missedToDefault: number;
  @Field(() => Int) missedInstallments: number;
  @Field({ description: 'The confirmation the debtor receives: the plan, its cost, what happens on default.' }) confirmation: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt: Date | null;
}

@ObjectType('Settlement')
export class SettlementModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field(() => SafeIntScalar, { description: 'The open balance when it was offered.' }) openCents: number;
  @Field(() => SafeIntScalar, { description: 'What the settlement waives: written off once it is paid.' }) waivedCents: number;
  @Field() currency: string;
  @Field(() => DateScalar) validUntil: string;
  @Field(() => DateScalar) offeredOn: string;
  @Field(() => SettlementStatusEnum) status: SettlementStatus;
  @Field(() => String, { nullable: true }) offeredBy: string | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was booked EXPIRED; null while it is live, or EXPIRED on reading before the sweep booked it.' })
  expiredAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The debtor\'s reference.' }) debtorRef: string | null;
  @Field(() => String, { nullable: true }) debtorName: string | null;
  @Field(() => String, { nullable: true }) creditorName: string | null;
}

@ObjectType('AgreementPolicy')
export class AgreementPolicyModel {
  @Field(() => ID) creditorId: string;
  @Field(() => Int, { description: 'Missed installments after which a plan is in default (Terminverlust); default 2.' })
  planDefaultMissedInstallments: number;
  @Field(() => Int, { description: 'The lowest share (percent) of the open balance a collector may offer as a settlement alone; default 80.' })
  settlementMinSharePercent: number;
}

@InputType()
export class AgreementPolicyInput {
  @Field(() => Int) planDefaultMissedInstallments: number;
  @Field(() => Int) settlementMinSharePercent: number;
}

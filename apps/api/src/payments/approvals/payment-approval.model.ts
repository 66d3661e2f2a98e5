import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PAYMENT_APPROVAL_REASON_LABELS } from '@mahnwerk/domain';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';
import type { PaymentApprovalRecord } from './payment-approvals.repository.js';

export const PaymentApprovalKindEnum = { PAYMENT: 'PAYMENT', PAID_OUTCOME: 'PAID_OUTCOME' } as const;
registerEnumType(PaymentApprovalKindEnum, {
  name: 'PaymentApprovalKind', description: 'PAYMENT: a manual payment waiting to be booked; PAID_OUTCOME: a case marked paid while a balance is open.',
});
export const PaymentApprovalStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', DECLINED: 'DECLINED' } as const;
registerEnumType(PaymentApprovalStatusEnum, { name: 'PaymentApprovalStatus' });
export const PaymentApprovalReasonEnum = { ABOVE_THRESHOLD: 'ABOVE_THRESHOLD', OVERPAYMENT: 'OVERPAYMENT', PAID_WITH_BALANCE: 'PAID_WITH_BALANCE' } as const;
registerEnumType(PaymentApprovalReasonEnum, {
  name: 'PaymentApprovalReason',
  description: "ABOVE_THRESHOLD: above the creditor's paymentApprovalThresholdCents; OVERPAYMENT: more than the open balance, asked by a collector; " +
    'PAID_WITH_BALANCE: PAID recorded while a balance is open.',
});

@ObjectType('PaymentApproval', { description: 'A manual payment or a PAID outcome waiting for a second person (a lead or an admin, not the requester).' })
export class PaymentApprovalModel {
  @Field(() => ID) id: string;
  @Field(() => PaymentApprovalKindEnum) kind: keyof typeof PaymentApprovalKindEnum;
  @Field(() => ID) caseId: string;
  @Field({ description: "The debtor's reference." }) debtorRef: string;
  @Field() debtorName: string;
  @Field(() => PaymentApprovalStatusEnum) status: keyof typeof PaymentApprovalStatusEnum;
  @Field(() => [PaymentApprovalReasonEnum]) reasons: (keyof typeof PaymentApprovalReasonEnum)[];
  @Field({ description: 'Why it waits, in words.' }) reasonText: string;
  @Field(() => SafeIntScalar, { nullable: true, description: 'A payment\'s amount; null for a PAID outcome.' }) amountCents: number | null;
  @Field(() => String, { nullable: true }) currency: string | null;
  @Field(() => DateScalar, { nullable: true }) receivedAt: string | null;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID) requestedById: string;
  @Field() requestedByName: string;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
  @Field(() => String, { nullable: true }) decidedByName: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The payment booked when approved.' }) paymentId: string | null;
}

export function toPaymentApprovalModel(a: PaymentApprovalRecord): PaymentApprovalModel {
  return {
    id: a.id, kind: a.kind, caseId: a.caseId, debtorRef: a.debtorRef, debtorName: a.debtorName, status: a.status, reasons: a.reasons,
    reasonText: a.reasons.map((r) => PAYMENT_APPROVAL_REASON_LABELS[r]).join('; '),
    amountCents: a.amountCents, currency: a.currency, receivedAt: a.receivedAt, reference: a.reference, note: a.note,
    requestedById: a.requestedBy, requestedByName: a.requestedByName, requestedAt: a.requestedAt,
    decidedByName: a.decidedByName, decidedAt: a.decidedAt, declineReason: a.declineReason, paymentId: a.paymentId,
  };
}

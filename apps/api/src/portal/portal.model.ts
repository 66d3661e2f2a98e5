import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';

export const PortalPlanStatusEnum = { ACCEPTED: 'ACCEPTED', REVIEW: 'REVIEW' } as const;
export type PortalPlanStatus = keyof typeof PortalPlanStatusEnum;
registerEnumType(PortalPlanStatusEnum, {
  name: 'PortalPlanStatus',
  description: 'ACCEPTED: within the creditor\'s rules, the plan is in force; REVIEW: a collector looks at the proposal.',
});

@ObjectType('PortalLink', { description: 'A debtor\'s personal link into the portal; the token is the last path segment of url.' })
export class PortalLinkModel {
  @Field() url: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

@ObjectType('PortalSession', { description: 'A portal session: send token as `Authorization: Bearer <token>`; 30 minutes, each request extends it.' })
export class PortalSessionModel {
  @Field() token: string;
  @Field(() => GraphQLISODateTime) expiresAt: Date;
}

@ObjectType('PortalCreditor')
export class PortalCreditorModel {
  @Field() name: string;
}

@ObjectType('PortalClaim', { description: 'One claim of the case: what it is for.' })
export class PortalClaimModel {
  @Field() reference: string;
  @Field(() => String, { nullable: true, description: 'What the claim is for (the contract\'s subject), when known.' }) subject: string | null;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => SafeIntScalar) principalCents: number;
}

@ObjectType('PortalBalanceLine')
export class PortalBalanceLineModel {
  @Field({ description: 'PRINCIPAL, INTEREST, FEE, PAYMENT, ADJUSTMENT, ... (as the staff balance lines).' }) kind: string;
  @Field(() => SafeIntScalar, { description: 'Negative for payments and reductions.' }) amountCents: number;
  @Field({ description: 'The line in plain words, in the debtor\'s language.' }) explanation: string;
}

@ObjectType('PortalBalance')
export class PortalBalanceModel {
  @Field(() => SafeIntScalar, { description: 'What is open today; the same figure staff see.' }) totalCents: number;
  @Field(() => [PortalBalanceLineModel]) lines: PortalBalanceLineModel[];
}

@ObjectType('PortalNextStep')
export class PortalNextStepModel {
  @Field({ description: 'What happens next, in the debtor\'s language.' }) description: string;
  @Field(() => DateScalar, { nullable: true }) date: string | null;
}

@ObjectType('PortalPaymentDetails')
export class PortalPaymentDetailsModel {
  @Field() accountHolder: string;
  @Field() iban: string;
  @Field(() => String, { nullable: true }) bic: string | null;
  @Field({ description: 'The reference to put on the transfer.' }) reference: string;
}

@ObjectType('PortalInstallment')
export class PortalInstallmentModel {
  @Field(() => DateScalar) dueDate: string;
  @Field(() => SafeIntScalar) amountCents: number;
}

@ObjectType('PortalPlan')
export class PortalPlanModel {
  @Field(() => [PortalInstallmentModel], { description: 'In due order.' }) installments: PortalInstallmentModel[];
  @Field(() => SafeIntScalar, { description: 'What the plan costs (included in the installments); 0 = nothing.' }) feeCents: number;
  @Field(() => SafeIntScalar, { description: 'The sum of the installments.' }) totalCents: number;
}

@ObjectType('PortalCurrentPlan', { description: 'The case\'s payment plan in force (or the last one).' })
export class PortalCurrentPlanModel {
  @Field({ description: 'ACTIVE, COMPLETED or DEFAULTED.' }) status: string;
  @Field(() => [PortalPlanInstallmentModel]) installments: PortalPlanInstallmentModel[];
  @Field(() => SafeIntScalar) feeCents: number;
}

@ObjectType('PortalPlanInstallment')
export class PortalPlanInstallmentModel {
  @Field(() => Int) number: number;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field(() => SafeIntScalar) paidCents: number;
  @Field({ description: 'OPEN, KEPT or BROKEN.' }) status: string;
}

@ObjectType('PortalPlanProposal', { description: 'A plan the debtor proposed that waits for a collector.' })
export class PortalPlanProposalModel {
  @Field(() => ID) id: string;
  @Field(() => Int) installments: number;
  @Field(() => DateScalar) firstDueDate: string;
  @Field(() => GraphQLISODateTime) proposedAt: Date;
  @Field(() => [PortalInstallmentModel], { description: 'The installments as proposed (open balance plus the plan\'s cost, split monthly).' })
  plan: PortalInstallmentModel[];
}

@ObjectType('PortalPlanRules', { description: 'The creditor\'s rules a proposed plan is accepted within at once.' })
export class PortalPlanRulesModel {
  @Field(() => Int) maxInstallments: number;
  @Field(() => SafeIntScalar, { description: 'In the case\'s currency.' }) minInstallmentCents: number;
  @Field(() => DateScalar, { description: 'The latest first due date (today + the creditor\'s days).' }) latestFirstDueDate: string;
  @Field(() => DateScalar, { description: 'The earliest first due date: today.' }) earliestFirstDueDate: string;
  @Field({ description: 'False when a plan cannot be proposed now (case closed, a plan in force, one in review, nothing open).' }) available: boolean;
}

export const PreferredChannelEnum = { EMAIL: 'EMAIL', SMS: 'SMS', PHONE: 'PHONE', LETTER: 'LETTER' } as const;
export type PreferredChannel = keyof typeof PreferredChannelEnum;
registerEnumType(PreferredChannelEnum, { name: 'PreferredChannel', description: 'How the debtor prefers to be contacted.' });

@InputType({ description: 'The debtor\'s contact details; a field left out keeps its value, an empty string clears it.' })
export class PortalContactInput {
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => PreferredChannelEnum, { nullable: true }) preferredChannel?: PreferredChannel | null;
}

@ObjectType('PortalContact')
export class PortalContactModel {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => PreferredChannelEnum, { nullable: true }) preferredChannel: PreferredChannel | null;
}

@ObjectType('PortalCase', { description: 'The signed-in debtor\'s case.' })
export class PortalCaseModel {
  @Field(() => PortalCreditorModel) creditor: PortalCreditorModel;
  @Field({ description: 'The case reference (also the payment reference\'s source).' }) reference: string;
  @Field() debtorName: string;
  @Field({ description: 'OPEN or CLOSED.' }) status: string;
  @Field(() => [PortalClaimModel]) claims: PortalClaimModel[];
  @Field() currency: string;
  @Field({ description: 'de, en or da: the debtor\'s language; texts below are in it.' }) language: string;
  @Field(() => PortalBalanceModel) balance: PortalBalanceModel;
  @Field(() => PortalNextStepModel, { nullable: true }) nextStep: PortalNextStepModel | null;
  @Field(() => PortalPaymentDetailsModel) paymentDetails: PortalPaymentDetailsModel;
  @Field(() => String, { nullable: true, description: 'The EPC (GiroCode) QR payload for EUR cases with something open; null otherwise.' })
  epcQrPayload: string | null;
  @Field(() => [String], { description: 'How the debtor can pay: BANK_TRANSFER, plus the provider\'s methods when one is set up.' })
  paymentMethods: string[];
  @Field(() => PortalCurrentPlanModel, { nullable: true }) paymentPlan: PortalCurrentPlanModel | null;
  @Field(() => PortalPlanProposalModel, { nullable: true }) planProposal: PortalPlanProposalModel | null;
  @Field(() => PortalPlanRulesModel) planRules: PortalPlanRulesModel;
  @Field(() => PortalContactModel, { description: 'How we reach the debtor (portalUpdateContact changes it).' }) contact: PortalContactModel;
}

@InputType()
export class PortalPlanInput {
  @Field(() => Int) installments: number;
  @Field(() => DateScalar) firstDueDate: string;
}

@ObjectType('PortalPlanResult')
export class PortalPlanResultModel {
  @Field(() => PortalPlanStatusEnum) status: PortalPlanStatus;
  @Field(() => PortalPlanModel) plan: PortalPlanModel;
  @Field(() => [String], { description: 'Why the plan goes to review (in the debtor\'s language); empty when accepted.' }) reasons: string[];
}

@ObjectType('PortalPlanSettings', { description: 'A creditor\'s rules for plans debtors propose in the portal.' })
export class PortalPlanSettingsModel {
  @Field(() => ID) creditorId: string;
  @Field(() => Int, { description: 'Most installments; default 12.' }) maxInstallments: number;
  @Field(() => SafeIntScalar, { description: 'Smallest installment in EUR cents; default 2500.' }) minInstallmentEurCents: number;
  @Field(() => SafeIntScalar, { description: 'Smallest installment in DKK øre; default 20000.' }) minInstallmentDkkCents: number;
  @Field(() => Int, { description: 'The latest first due date, in days from today; default 30.' }) maxFirstDueDays: number;
}

@InputType()
export class PortalPlanSettingsInput {
  @Field(() => Int) maxInstallments: number;
  @Field(() => SafeIntScalar) minInstallmentEurCents: number;
  @Field(() => SafeIntScalar) minInstallmentDkkCents: number;
  @Field(() => Int) maxFirstDueDays: number;
}

@ObjectType('PortalPaymentStart', { description: 'A payment started with the payment provider.' })
export class PortalPaymentStartModel {
  @Field(() => ID) intentId: string;
  @Field(() => String, { nullable: true, description: 'Where to send the debtor to pay; null: nothing to do in the browser.' }) redirectUrl: string | null;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTACT_CHANNELS, type CaseStatus, type ContactChannel, type ContactDirection, type DunningStage, type OutcomeType } from '@mahnwerk/domain';
import {
  BalanceLineKindEnum, CaseStatusEnum, ChannelEnum, ContactDirectionEnum, DebtorKindEnum, DunningStageEnum, OutcomeTypeEnum,
} from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { CreditorModel } from '../creditors/creditor.model.js';
import { UserModel } from '../users/user.model.js';

@ObjectType('Debtor')
export class DebtorModel {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() name: string;
  @Field(() => DebtorKindEnum) kind: 'CONSUMER' | 'BUSINESS';
  @Field() country: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field() language: string;
  @Field() timeZone: string;
  @Field({ description: 'The postal address is known to be wrong: letters to the debtor are held until it is corrected.' })
  addressUnknown: boolean;
  @Field({ description: 'The address was found by an address search (RDG 13a(1) no. 7): letters say so and how to report an error.' })
  addressResearched: boolean;
}

@ObjectType('Claim')
export class ClaimModel {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field(() => SafeIntScalar) principalCents: number;
  @Field() currency: string;
  @Field(() => DateScalar) invoiceDate: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DateScalar, { nullable: true }) defaultDate: string | null;
}

@ObjectType('BalanceLine')
export class BalanceLineModel {
  @Field(() => BalanceLineKindEnum) kind: 'PRINCIPAL' | 'INTEREST' | 'FEE' | 'PAYMENT' | 'ADJUSTMENT';
  @Field(() => SafeIntScalar) amountCents: number;
  @Field({ description: 'The rule, rate, period and statute behind the amount.' }) explanation: string;
}

@ObjectType('BalanceWarning')
export class BalanceWarningModel {
  @Field({ description: 'STALE_RATE_TABLE' }) code: string;
  @Field() country: string;
  @Field(() => DateScalar, { description: "Date of the rate table's last row." }) tableEndsOn: string;
  @Field({ description: 'In the caller\'s language.' }) message: string;
}

@ObjectType('Balance')
export class BalanceModel {
  @Field(() => DateScalar) asOf: string;
  @Field() currency: string;
  @Field(() => SafeIntScalar) principalCents: number;
  @Field(() => SafeIntScalar) interestCents: number;
  @Field(() => SafeIntScalar) feesCents: number;
  @Field(() => SafeIntScalar) paidCents: number;
  @Field(() => SafeIntScalar, { description: 'Write-offs and adjustments (their own bookings, never a negative payment).' }) adjustedCents: number;
  @Field(() => SafeIntScalar, { description: 'principal + interest + fees - paid - adjusted' }) totalCents: number;
  @Field(() => [BalanceLineModel]) lines: BalanceLineModel[];
  @Field(() => [BalanceWarningModel], { description: 'E.g. interest computed for days a rate table may not cover ("rate table ends on ...").' })
  warnings: BalanceWarningModel[];
}


@ObjectType('Activity')
export class ActivityModel {
  @Field(() => ID) id: string;
  @Field(() => ChannelEnum) channel: string;
  @Field(() => ContactDirectionEnum, { nullable: true, description: 'Who started the contact; null for notes and system entries.' })
  direction: ContactDirection | null;
  @Field(() => OutcomeTypeEnum, { nullable: true }) outcome: OutcomeType | null;
  @Field({ description: "What the system wrote, in the caller's language (Accept-Language); a person's own words as they wrote them." })
  note: string;
  @Field(() => UserModel, { nullable: true }) actor: UserModel | null;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
}

/** Channels the contact policy decides on. */
export const ContactChannelEnum = Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, c])) as { [K in ContactChannel]: K };
registerEnumType(ContactChannelEnum, { name: 'ContactChannel' });

@ObjectType('PriorityPart', { description: 'One named part of a case\'s priority; the parts add up to it.' })
export class PriorityPartModel {
  @Field({ description: 'balance, overdue, stage, brokenPromises, callback, limitation, courtDeadline, lastContact, outcomeHistory; portalRequest (listed only while a portal request waits for a person)' })
  key: string;
  @Field({ description: 'The part\'s name in the caller\'s language.' }) label: string;
  @Field(() => Int) points: number;
  @Field(() => Int, { description: 'The creditor\'s maximum for this part.' }) maxPoints: number;
  @Field({ description: 'Why, in a sentence a collector understands, in the caller\'s language.' }) explanation: string;
}

@ObjectType('Case')
export class CaseModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Increases with every change; pass it back as expectedVersion.' })
  version: number;
  @Field(() => CaseStatusEnum) status: CaseStatus;
  @Field(() => DunningStageEnum) stage: DunningStage;
  @Field(() => Int, { description: 'Higher is worked first.' }) priority: number;
  @Field(() => UserModel, { nullable: true }) assignee: UserModel | null;
  @Field(() => CreditorModel) creditor: CreditorModel;
  @Field(() => DebtorModel) debtor: DebtorModel;
  @Field(() => DateScalar) placedAt: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) nextActionAt: Date | null;
  @Field(() => String, { nullable: true }) holdReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  @Field(() => SafeIntScalar, { description: 'Open balance as of the last change, in minor units.' })
  openCents: number;
  @Field() currency: string;
  @Field(() => DateScalar) oldestDueDate: string;
}

@ObjectType('CasePage')
export class CasePageModel {
  @Field(() => [CaseModel]) items: CaseModel[];
  @Field(() => Int) totalCount: number;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PromiseStatusEnum } from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import type { PromiseStatus } from './case-details.repository.js';

/** A payment on a case (the case shows them; the payments feature records them). */
@ObjectType('Payment')
export class PaymentModel {
  @Field(() => ID) id: string;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field() currency: string;
  @Field(() => DateScalar) receivedAt: string;
  @Field() reference: string;
  @Field() source: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

/** A promise to pay or an installment on a case. */
@ObjectType('PaymentPromise')
export class PaymentPromiseModel {
  @Field(() => ID) id: string;
  @Field(() => SafeIntScalar) amountCents: number;
  @Field(() => SafeIntScalar, { description: 'Paid towards this promise so far.' }) paidCents: number;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => PromiseStatusEnum) status: PromiseStatus;
  @Field(() => Int, { nullable: true, description: 'Installment number within a payment plan.' })
  installment: number | null;
}

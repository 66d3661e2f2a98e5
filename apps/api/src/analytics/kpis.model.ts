import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { UserModel } from '../users/user.model.js';

@ObjectType('Kpis')
export class KpisModel {
  @Field(() => Float, { nullable: true, description: 'Median days from placement to paid in full (cases paid in the period).' })
  dunningDurationDaysMedian: number | null;
  @Field(() => Float, { nullable: true }) dunningDurationDaysMean: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '90th percentile of the days from placement to paid in full (nearest rank; cases paid in the period).',
  })
  dunningDurationDaysP90: number | null;
  @Field(() => Float, { description: 'Share of the cases placed in the period that are paid in full (0..1).' })
  paymentRate: number;
  @Field(() => Float, { description: 'Collected / placed amount for the cases placed in the period.' })
  recoveryRate: number;
  @Field(() => SafeIntScalar, { description: 'Payments received in the period.' }) recoveredCents: number;
  @Field(() => SafeIntScalar) placedCents: number;
  @Field(() => SafeIntScalar) collectedCents: number;
  @Field(() => Float, { nullable: true, description: 'Kept / (kept + broken) promises due in the period.' })
  promiseKeptRate: number | null;
  @Field(() => Int) casesPlaced: number;
  @Field(() => Int) casesPaidInFull: number;
}

@ObjectType('KpiPoint')
export class KpiPointModel {
  @Field(() => DateScalar) periodStart: string;
  @Field(() => KpisModel) kpis: KpisModel;
}

@ObjectType('CollectorKpis')
export class CollectorKpisModel {
  @Field(() => UserModel) collector: UserModel;
  @Field(() => KpisModel) kpis: KpisModel;
}

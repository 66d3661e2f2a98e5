import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { DateScalar } from '../../common/scalars.js';

export enum KpiInterval {
  MONTH = 'MONTH',
}
registerEnumType(KpiInterval, { name: 'KpiInterval' });

@InputType()
export class KpiFilter {
  @Field(() => DateScalar, { description: 'First day of the period, inclusive.' }) from: string;
  @Field(() => DateScalar, { description: 'Last day of the period, inclusive.' }) to: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() creditorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() collectorId?: string;
  @Field(() => ID, { nullable: true, description: "Cases credited to the team's collectors." })
  @IsOptional() @IsUUID() teamId?: string;
  @Field({ nullable: true, description: "The creditor's country (ISO code, e.g. DE or DK)." })
  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO country code such as DE or DK' }) country?: string;
}

export enum KpiMetric {
  PLACED = 'PLACED',
  PAID_IN_FULL = 'PAID_IN_FULL',
  PAYMENTS = 'PAYMENTS',
  PROMISES_KEPT = 'PROMISES_KEPT',
  PROMISES_BROKEN = 'PROMISES_BROKEN',
  OPEN = 'OPEN',
}
registerEnumType(KpiMetric, {
  name: 'KpiMetric',
  description: 'The figure whose cases kpiCases lists (cases placed, paid in full, with payments, kept or broken promises, open).',
});

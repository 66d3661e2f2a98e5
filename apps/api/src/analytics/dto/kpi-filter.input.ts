import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
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
}

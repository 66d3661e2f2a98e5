import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsDate, Max, Min, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { OUTCOME_TYPES, type OutcomeType } from '@mahnwerk/domain';
import { OutcomeTypeEnum } from '../../common/enums.js';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';

@InputType()
export class InstallmentInput {
  @Field(() => DateScalar) dueDate: string;
  @Field(() => SafeIntScalar) @IsInt() amountCents: number;
}

@InputType()
export class RecordOutcomeInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'caseId must be a case id (UUID)' }) caseId: string;
  @Field(() => OutcomeTypeEnum) @IsIn(OUTCOME_TYPES) type: OutcomeType;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
  @Field(() => SafeIntScalar, { nullable: true }) @IsOptional() @IsInt() promiseAmountCents?: number;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() promiseDate?: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() callbackAt?: Date;
  @Field(() => Int, { nullable: true, description: 'Seconds the collector spent on the case (0..14400).' })
  @IsOptional() @IsInt() @Min(0) @Max(14400)
  handlingSeconds?: number;
  @Field(() => [InstallmentInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(60) @ValidateNested({ each: true }) @Type(() => InstallmentInput)
  installments?: InstallmentInput[];
}

import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsDate, Max, Min, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { CONTACT_CHANNELS, CONTACT_DIRECTIONS, OUTCOME_TYPES, type ContactChannel, type ContactDirection, type OutcomeType } from '@mahnwerk/domain';
import { ContactDirectionEnum, OutcomeTypeEnum } from '../../common/enums.js';
import { ContactChannelEnum } from '../case.model.js';
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
  @Field(() => ContactChannelEnum, { defaultValue: 'PHONE', description: 'How the contact took place.' })
  @IsOptional() @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;
  @Field(() => ContactDirectionEnum, {
    defaultValue: 'OUTBOUND',
    description: 'OUTBOUND contacts keep to the contact policy (hours, attempts, spacing); INBOUND ones (the debtor called in) are recordable at any hour and do not count against the attempt cap.',
  })
  @IsOptional() @IsIn(CONTACT_DIRECTIONS)
  direction?: ContactDirection;
  @Field(() => [ID], {
    nullable: true,
    description: 'Other open cases of the same debtor the same conversation was about: the outcome is recorded on each of them too, in one transaction (each checked for access; promises and payment plans are recorded per case).',
  })
  @IsOptional() @ArrayMaxSize(50) @ArrayUnique() @IsUUID(undefined, { each: true, message: 'alsoCaseIds must be case ids (UUID)' })
  alsoCaseIds?: string[];
  @Field(() => String, {
    nullable: true,
    description: 'A UUID the client makes once per conversation: sending the same request again records nothing twice.',
  })
  @IsOptional() @IsUUID(undefined, { message: 'idempotencyKey must be a UUID' })
  idempotencyKey?: string;
}

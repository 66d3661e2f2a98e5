import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DateScalar } from '../../common/scalars.js';

@InputType({ description: 'The audit screen\'s filters; all optional. The period is calendar days in Europe/Berlin, both ends included.' })
export class AuditEventFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() caseId?: string;
  @Field(() => ID, { nullable: true, description: 'The user who acted.' }) @IsOptional() @IsUUID() userId?: string;
  @Field({ nullable: true, description: 'An operation (`hold.release`) or its prefix (`hold`).' })
  @IsOptional() @IsString() @MaxLength(80) @Matches(/^[A-Za-z0-9_.]+$/, { message: 'action is letters, digits, "_" and "."' }) action?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() from?: string;
  @Field(() => DateScalar, { nullable: true }) @IsOptional() to?: string;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CASE_STATUSES, DUNNING_STAGES, type CaseStatus, type DunningStage } from '@mahnwerk/domain';
import { CaseStatusEnum, DunningStageEnum } from '../../common/enums.js';

@InputType()
export class CaseFilter {
  @Field(() => CaseStatusEnum, { nullable: true }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @Field(() => DunningStageEnum, { nullable: true }) @IsOptional() @IsIn(DUNNING_STAGES) stage?: DunningStage;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() creditorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field({ nullable: true, description: 'Only cases without an assignee.' }) @IsOptional() unassigned?: boolean;
  @Field({ nullable: true, description: 'Debtor name or reference, case-insensitive.' })
  @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset: number = 0;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) limit: number = 50;
}

import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DISPUTE_REASONS, DISPUTE_RESOLUTIONS, DISPUTE_STATUSES, HOLD_TYPES, type DisputeReason, type DisputeResolution, type DisputeStatus,
  type HoldType,
} from '@mahnwerk/domain';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const HoldTypeEnum = enumOf(HOLD_TYPES);
export const DisputeReasonEnum = enumOf(DISPUTE_REASONS);
export const DisputeStatusEnum = enumOf(DISPUTE_STATUSES);
export const DisputeResolutionEnum = enumOf(DISPUTE_RESOLUTIONS);
registerEnumType(HoldTypeEnum, {
  name: 'HoldType',
  description: 'Why a case is held: while a hold is current the case is in no queue and not in the pool, and the dunning run skips it.',
});
registerEnumType(DisputeReasonEnum, { name: 'DisputeReason' });
registerEnumType(DisputeStatusEnum, { name: 'DisputeStatus' });
registerEnumType(DisputeResolutionEnum, {
  name: 'DisputeResolution',
  description: 'UPHELD: the claim is reduced or withdrawn (an adjustment booking); REJECTED: the claim stands and dunning resumes.',
});

@ObjectType('Hold')
export class HoldModel {
  @Field(() => ID) id: string;
  @Field(() => HoldTypeEnum) type: HoldType;
  @Field() reason: string;
  @Field(() => GraphQLISODateTime) since: Date;
  @Field(() => DateScalar, { nullable: true, description: 'The hold ends by itself on this day (in the creditor\'s zone).' })
  until: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while the hold is current.' })
  releasedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Who placed it; null for holds from before holds were recorded.' })
  placedByName: string | null;
  @Field(() => String, { nullable: true, description: 'Who released it; null while current or when it ended by itself.' })
  releasedByName: string | null;
  @Field(() => String, { nullable: true }) releaseReason: string | null;
}

@ObjectType('DisputeDocument')
export class DisputeDocumentModel {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: 'application/pdf, image/png or image/jpeg, as its first bytes say.' }) contentType: string;
  @Field(() => SafeIntScalar) sizeBytes: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256: string;
  @Field(() => GraphQLISODateTime) uploadedAt: Date;
  @Field({ description: 'Where to download it (GET with the Bearer token).' }) url: string;
}

@ObjectType('Dispute')
export class DisputeModel {
  @Field(() => ID) id: string;
  @Field(() => DisputeReasonEnum) reason: DisputeReason;
  @Field() note: string;
  @Field(() => DisputeStatusEnum) status: DisputeStatus;
  @Field(() => GraphQLISODateTime) openedAt: Date;
  @Field(() => ID, { description: 'The DISPUTE hold it placed.' }) holdId: string;
  @Field(() => String, { nullable: true, description: 'The creditor\'s clarification.' }) clarification: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) clarifiedAt: Date | null;
  @Field(() => String, { nullable: true }) resolutionNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) resolvedAt: Date | null;
  @Field(() => SafeIntScalar, { description: 'What an upheld dispute took off the claim (its adjustment bookings); 0 otherwise.' })
  reductionCents: number;
  @Field(() => [DisputeDocumentModel]) documents: DisputeDocumentModel[];
}

@InputType()
export class HoldInput {
  @Field(() => HoldTypeEnum) @IsIn(HOLD_TYPES) type: HoldType;
  @Field() @IsString() @MaxLength(2000) reason: string;
  @Field(() => DateScalar, { nullable: true, description: 'The hold ends by itself on this day; none: until released.' })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) until?: string | null;
}

@InputType()
export class DisputeInput {
  @Field(() => DisputeReasonEnum) @IsIn(DISPUTE_REASONS) reason: DisputeReason;
  @Field({ description: 'What the debtor says; it becomes the DISPUTE hold\'s reason.' }) @IsString() @MaxLength(2000) note: string;
}

@InputType()
export class ResolveDisputeInput {
  @Field(() => DisputeResolutionEnum) @IsIn(DISPUTE_RESOLUTIONS) resolution: DisputeResolution;
  @Field({ description: 'Why: recorded on the case and in the audit trail.' }) @IsString() @MaxLength(2000) note: string;
  @Field(() => SafeIntScalar, { nullable: true, description: 'UPHELD only: the amount taken off the principal; none: the whole claim is withdrawn.' })
  @IsOptional() @IsInt() @Min(1) reductionCents?: number | null;
}

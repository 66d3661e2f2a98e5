import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export const RETURNED_MAIL_REASONS = ['ADDRESSEE_UNKNOWN', 'MOVED', 'REFUSED', 'INSUFFICIENT_ADDRESS', 'OTHER'] as const;
export type ReturnedMailReason = (typeof RETURNED_MAIL_REASONS)[number];
export const ReturnedMailReasonEnum = Object.fromEntries(RETURNED_MAIL_REASONS.map((r) => [r, r])) as { [K in ReturnedMailReason]: K };
registerEnumType(ReturnedMailReasonEnum, {
  name: 'ReturnedMailReason',
  description: 'Why the post came back: addressee unknown, moved, refused, address insufficient, other.',
});

@InputType()
export class ReturnedMailInput {
  @Field(() => ReturnedMailReasonEnum) @IsIn(RETURNED_MAIL_REASONS) reason: ReturnedMailReason;
  @Field(() => ID, { nullable: true, description: 'The letter that came back, when known (a letter to this case\'s debtor and creditor).' })
  @IsOptional() @IsUUID(undefined, { message: 'letterId must be a letter id (UUID)' })
  letterId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

@ObjectType('ReturnedMail', { description: 'Post to the debtor that came back undelivered.' })
export class ReturnedMailModel {
  @Field(() => ID) id: string;
  @Field(() => ReturnedMailReasonEnum) reason: ReturnedMailReason;
  @Field(() => ID, { nullable: true }) letterId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'The address the post was sent to.' }) address: string | null;
  @Field() recordedByName: string;
  @Field(() => GraphQLISODateTime) recordedAt: Date;
}

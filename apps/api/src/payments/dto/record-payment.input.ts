import { Field, ID, InputType } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';

@InputType()
export class RecordPaymentInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'caseId must be a case id (UUID)' }) caseId: string;
  @Field(() => SafeIntScalar, { description: 'Amount in minor units (cents), > 0 and <= 10^12.' })
  @IsInt() amountCents: number;
  @Field(() => DateScalar) receivedAt: string;
  @Field() @IsString() @MaxLength(140) reference: string;
  @Field({ description: 'The same key on a retry records the payment only once.' })
  @IsString() @Length(8, 200) idempotencyKey: string;
}

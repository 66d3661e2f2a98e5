import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DateScalar, SafeIntScalar } from '../../common/scalars.js';

@InputType({ description: 'One invoice of a case placed by hand (the columns of a case import row).' })
export class CreateCaseClaimInput {
  @Field() invoiceRef: string;
  @Field(() => SafeIntScalar, { description: 'Principal in cents, > 0.' }) principalCents: number;
  @Field(() => DateScalar) invoiceDate: string;
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DateScalar, { nullable: true, description: 'Empty: the rules of the creditor\'s country decide when default began.' })
  defaultDate?: string | null;
  @Field(() => String, { nullable: true }) contractSubject?: string | null;
  @Field(() => DateScalar, { nullable: true }) contractDate?: string | null;
  @Field(() => String, { nullable: true, description: 'goods_services or other (the interest margin between businesses).' })
  claimKind?: string | null;
  @Field(() => Int, { nullable: true, description: 'Reminders the creditor already sent (Danish fee limits).' })
  remindersSent?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The due date was agreed in advance (renteloven 3(1): Danish interest from the due date); default true.' })
  dueDateFixed?: boolean | null;
}

@InputType({ description: 'A case placed through the API: its creditor, debtor and one or more invoices.' })
export class CreateCaseInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'creditorId must be a creditor id (UUID)' }) creditorId: string;
  @Field({ description: "The creditor's reference of the debtor; the same ref of the same creditor is the same debtor." }) debtorRef: string;
  @Field() debtorName: string;
  @Field({ description: 'consumer or business.' }) debtorKind: string;
  @Field({ description: 'ISO 3166 two-letter code.' }) debtorCountry: string;
  @Field(() => String, { nullable: true }) debtorEmail?: string | null;
  @Field(() => String, { nullable: true }) debtorPhone?: string | null;
  @Field(() => String, { nullable: true }) debtorStreet?: string | null;
  @Field(() => String, { nullable: true }) debtorPostcode?: string | null;
  @Field(() => String, { nullable: true }) debtorCity?: string | null;
  @Field(() => String, { nullable: true, description: 'de, da or en.' }) debtorLanguage?: string | null;
  @Field(() => String, { nullable: true, description: "Must be the creditor's currency; default the creditor's." }) currency?: string | null;
  @Field(() => [CreateCaseClaimInput])
  @ArrayMinSize(1, { message: 'claims must hold at least one invoice' })
  @ArrayMaxSize(200, { message: 'claims must hold at most 200 invoices per case' })
  @ValidateNested({ each: true }) @Type(() => CreateCaseClaimInput)
  claims: CreateCaseClaimInput[];
}

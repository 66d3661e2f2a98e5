import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';

@ObjectType('Letter')
export class LetterModel {
  @Field(() => ID) id: string;
  @Field({ description: 'DUNNING (a dunning run\'s letter), PLAN_CONFIRMATION (confirms a payment plan) or DISPUTE_ANSWER (answers a rejected objection).' })
  kind: string;
  @Field(() => DateScalar) writtenOn: string;
  @Field({ description: 'PENDING, READY (written), SENT (went out with a print batch) or FAILED.' }) status: string;
  @Field(() => DateScalar, { nullable: true, description: 'The day it went out with a print batch.' }) sentOn: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the stored content.' }) contentSha256: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the stored PDF.' }) pdfSha256: string | null;
  @Field(() => String, { nullable: true, description: 'Why a pending letter is held (the debtor\'s address is unknown); null otherwise.' })
  heldReason: string | null;
  @Field(() => String, { nullable: true, description: 'Why a letter could not be written (status FAILED).' }) error: string | null;
  @Field({ description: 'Where the PDF is served (send the bearer token, or open it with a ticket from issueDownloadTicket).' }) url: string;
}

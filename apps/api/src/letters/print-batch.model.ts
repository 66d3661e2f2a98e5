import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';

const FIRST_PART = 'A batch comes in parts: use parts. Here the first part\'s file (the whole batch when it has one part).';

@ObjectType('PrintBatchPart', { description: 'A part of a day\'s print batch: one merged PDF and its CSV manifest, sent to the print service as one job.' })
export class PrintBatchPartModel {
  @Field(() => Int, { description: '1.. in the batch.' }) number: number;
  @Field(() => Int, { description: 'Letters in the part.' }) letterCount: number;
  @Field(() => Int, { description: 'Position in the day\'s batch of the part\'s first letter (1-based).' }) firstLetter: number;
  @Field(() => Int, { description: 'Position in the day\'s batch of the part\'s last letter.' }) lastLetter: number;
  @Field(() => Int, { description: 'Pages of the part\'s PDF (each letter starts on a new sheet).' }) pageCount: number;
  @Field(() => Int, { description: 'Sheets printed on both sides.' }) sheetCount: number;
  @Field() pdfSha256: string;
  @Field() manifestSha256: string;
  @Field({ description: 'The part\'s merged PDF (send the bearer token, or open it with a ticket from issueDownloadTicket).' }) pdfUrl: string;
  @Field({ description: 'The part\'s CSV manifest (send the bearer token, or open it with a ticket from issueDownloadTicket).' }) manifestUrl: string;
}

@ObjectType('PrintBatch', { description: 'A day\'s print batch, in parts (each a merged PDF and a CSV manifest); its letters are SENT on batchDate.' })
export class PrintBatchModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day the batch was made; its letters are marked sent on it.' }) batchDate: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field({ description: 'Who made the batch.' }) createdByName: string;
  @Field(() => Int) letterCount: number;
  @Field(() => Int, { description: 'Pages of all parts (each letter starts on a new sheet).' }) pageCount: number;
  @Field(() => Int, { description: 'Sheets printed on both sides, all parts.' }) sheetCount: number;
  @Field(() => Int, { nullable: true, description: 'At most this many letters per part when the batch was made; null: made before parts, in one.' })
  partLetters: number | null;
  @Field(() => [PrintBatchPartModel], { description: 'The parts, in order: each is printed and posted as one job.' }) parts: PrintBatchPartModel[];
  @Field({ description: 'The first part\'s PDF hash.', deprecationReason: FIRST_PART }) pdfSha256: string;
  @Field({ description: 'The first part\'s manifest hash.', deprecationReason: FIRST_PART }) manifestSha256: string;
  @Field({ description: 'The first part\'s merged PDF (send the bearer token, or open it with a ticket from issueDownloadTicket).', deprecationReason: FIRST_PART }) pdfUrl: string;
  @Field({ description: 'The first part\'s CSV manifest (send the bearer token, or open it with a ticket from issueDownloadTicket).', deprecationReason: FIRST_PART }) manifestUrl: string;
}

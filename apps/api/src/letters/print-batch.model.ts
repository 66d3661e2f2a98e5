import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';

@ObjectType('PrintBatch', { description: 'A day\'s print batch: one merged PDF and a CSV manifest; its letters are SENT on batchDate.' })
export class PrintBatchModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar, { description: 'The day the batch was made; its letters are marked sent on it.' }) batchDate: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field({ description: 'Who made the batch.' }) createdByName: string;
  @Field(() => Int) letterCount: number;
  @Field(() => Int, { description: 'Pages of the merged PDF (each letter starts on a new sheet).' }) pageCount: number;
  @Field(() => Int, { description: 'Sheets printed on both sides.' }) sheetCount: number;
  @Field() pdfSha256: string;
  @Field() manifestSha256: string;
  @Field({ description: 'The merged PDF (send the bearer token, or ?token=).' }) pdfUrl: string;
  @Field({ description: 'The CSV manifest for the print-and-mail service (send the bearer token, or ?token=).' }) manifestUrl: string;
}

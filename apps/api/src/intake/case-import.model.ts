import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SafeIntScalar } from '../common/scalars.js';

export const CaseImportStatusEnum = { RUNNING: 'RUNNING', DONE: 'DONE', FAILED: 'FAILED' } as const;
registerEnumType(CaseImportStatusEnum, {
  name: 'CaseImportStatus',
  valuesMap: {
    RUNNING: { description: 'Rows are still being read and written.' },
    DONE: { description: 'Every row was read: imported, counted as a duplicate or rejected.' },
    FAILED: { description: 'The import stopped (a header without the required columns, the upload broke off, the server stopped during it); rows written before stay.' },
  },
});

@ObjectType('CaseImportRejection', { description: 'A row of the file that was not imported, and why.' })
export class CaseImportRejectionModel {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' }) line: number;
  @Field({ description: 'What is wrong; starts with the column at fault.' }) message: string;
  @Field(() => String, { nullable: true, description: 'The column at fault; null when the line as a whole is (unreadable CSV, wrong number of fields).' })
  column: string | null;
}

@ObjectType('CaseImportResult')
export class CaseImportResultModel {
  @Field(() => Int, { description: 'Rows (invoices) placed as claims.' }) imported: number;
  @Field(() => [ID], { description: 'Cases created: the invoices of one debtor in one file form one case.' }) caseIds: string[];
  @Field(() => Int, { description: 'Rows whose creditor and invoice_ref were placed before: nothing changed for them.' }) duplicates: number;
  @Field(() => [CaseImportRejectionModel]) rejected: CaseImportRejectionModel[];
  @Field(() => [String], { description: 'E.g. the unknown columns that were ignored.' }) warnings: string[];
  @Field(() => ID, { description: 'The import job that keeps this result (caseImport(id)).' }) importId: string;
}

@ObjectType('CaseImport', { description: 'An import of a case file: its progress while it runs, its result once done.' })
export class CaseImportModel {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: 'Who started it.' }) createdByName: string;
  @Field(() => CaseImportStatusEnum) status: keyof typeof CaseImportStatusEnum;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => SafeIntScalar, { nullable: true, description: 'Size of the upload in bytes, when the client said.' }) bytesTotal: number | null;
  @Field(() => SafeIntScalar) bytesProcessed: number;
  @Field(() => Int, { nullable: true, description: 'Rows in the file, known once it is read to the end.' }) rowsTotal: number | null;
  @Field(() => Int) rowsProcessed: number;
  @Field(() => Int) imported: number;
  @Field(() => Int) casesCreated: number;
  @Field(() => Int) duplicates: number;
  @Field(() => Int, { description: 'Rows rejected; GET /imports/cases/{id}/rejected.csv lists them.' }) rejected: number;
  @Field(() => [String]) warnings: string[];
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
}

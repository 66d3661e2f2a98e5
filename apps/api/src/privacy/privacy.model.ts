import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RETENTION_RECORD_TYPES, type RetentionRecordType } from '@mahnwerk/domain';
import { DateScalar } from '../common/scalars.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RetentionRecordTypeEnum = enumOf(RETENTION_RECORD_TYPES);
registerEnumType(RetentionRecordTypeEnum, {
  name: 'RetentionRecordType',
  description: 'BOOKS 10 years, BOOKKEEPING_RECORDS 8 years (from 2025), BUSINESS_LETTERS 6 years, each from the end of the year the case closed.',
});
export const DataSubjectRequestKindEnum = enumOf(['EXPORT', 'RESTRICTION', 'RESTRICTION_LIFTED', 'ERASURE'] as const);
registerEnumType(DataSubjectRequestKindEnum, { name: 'DataSubjectRequestKind' });

@ObjectType('RetentionCandidate', { description: 'A debtor the retention job pseudonymises: every retention period of every case has ended.' })
export class RetentionCandidateModel {
  @Field(() => ID) debtorId: string;
  @Field() debtorRef: string;
  @Field(() => [ID]) caseIds: string[];
  @Field(() => [String], { description: 'The invoice references of the debtor\'s claims.' }) claimReferences: string[];
  @Field(() => DateScalar, { description: 'The day the debtor\'s last case closed.' }) latestClosedOn: string;
  @Field(() => DateScalar, { description: 'The last day any of the debtor\'s records was kept.' }) retentionEnd: string;
  @Field(() => [String], { description: 'The kinds of personal data replaced or removed (name, address, email, phone, activityNotes, ...).' })
  data: string[];
}

@ObjectType('RetentionRun')
export class RetentionRunModel {
  @Field(() => DateScalar) asOf: string;
  @Field(() => [RetentionCandidateModel]) pseudonymised: RetentionCandidateModel[];
}

@ObjectType('RetentionPeriod')
export class RetentionPeriodModel {
  @Field(() => RetentionRecordTypeEnum) type: RetentionRecordType;
  @Field(() => DateScalar, { nullable: true, description: 'The last day kept; null while a case is open.' }) lastDay: string | null;
  @Field() ended: boolean;
}

@ObjectType('KeptRecord', { description: 'One line of an erasure statement: what is kept, why, and until when.' })
export class KeptRecordModel {
  @Field({ description: 'BOOKS, BOOKKEEPING_RECORDS, BUSINESS_LETTERS, IDENTITY (name and address) or OPEN_CASES.' }) type: string;
  @Field() label: string;
  @Field() records: string;
  @Field() reason: string;
  @Field(() => DateScalar, { nullable: true, description: 'Null: until the open cases close.' }) keptUntil: string | null;
}

@ObjectType('DataSubjectRequest')
export class DataSubjectRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) debtorId: string;
  @Field(() => DataSubjectRequestKindEnum) kind: string;
  @Field(() => ID, { nullable: true }) requestedById: string | null;
  @Field(() => String, { nullable: true }) requestedByName: string | null;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
  @Field({ description: 'What the request did, in a sentence.' }) summary: string;
  @Field(() => [String], { description: 'Erasure: what was erased now.' }) erased: string[];
  @Field(() => [KeptRecordModel], { description: 'Erasure: what is kept, why and until when.' }) kept: KeptRecordModel[];
  @Field(() => DateScalar, { nullable: true, description: 'Erasure: the day the retention job pseudonymises the rest.' })
  pseudonymisedFrom: string | null;
  @Field({ description: 'The stored result as JSON.' }) resultJson: string;
}

@ObjectType('DebtorPrivacy', { description: 'A debtor\'s data protection state.' })
export class DebtorPrivacyModel {
  @Field(() => ID) debtorId: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while processing is restricted (no dunning, no contact).' })
  processingRestrictedSince: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) pseudonymisedAt: Date | null;
  @Field(() => DateScalar) asOf: string;
  @Field(() => [RetentionPeriodModel]) retention: RetentionPeriodModel[];
  @Field(() => [KeptRecordModel], { description: 'What an erasure request today would keep, and until when.' }) keptIfErased: KeptRecordModel[];
  @Field(() => DateScalar, { nullable: true, description: 'The day the retention job pseudonymises the debtor; null while a case is open.' })
  pseudonymisedFrom: string | null;
  @Field(() => [DataSubjectRequestModel]) requests: DataSubjectRequestModel[];
}

@ObjectType('DebtorDataExport', { description: 'Everything held on a debtor (Art. 15 GDPR).' })
export class DebtorDataExportModel {
  @Field(() => ID) debtorId: string;
  @Field(() => GraphQLISODateTime) generatedAt: Date;
  @Field({ description: 'The export as a JSON document: debtor, cases, claims, payments, activities, letters (metadata), promises, plans, disputes, portal data, audit events, requests.' })
  json: string;
  @Field({ description: 'The same as a readable PDF: GET it with the admin\'s Bearer token.' }) pdfUrl: string;
}

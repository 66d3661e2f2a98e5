import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseModel } from '../cases/case.model.js';
import { QueueChangeKindEnum } from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { UserModel } from '../users/user.model.js';
import type { QueueChangeKind } from '../realtime/events.js';

@ObjectType('CollectorQueue', { description: "One row of a team board: a collector's load." })
export class CollectorQueueModel {
  @Field(() => UserModel) collector: UserModel;
  @Field(() => Int) queueSize: number;
  @Field(() => SafeIntScalar, { description: 'Open balance of the queue in the reporting currency (EUR).' })
  openBalanceCents: number;
  @Field(() => DateScalar, { nullable: true, description: 'Oldest due date among the queued cases.' })
  oldestCaseDate: string | null;
}

@ObjectType('QueueChange')
export class QueueChangeModel {
  @Field(() => QueueChangeKindEnum) kind: QueueChangeKind;
  @Field(() => ID) caseId: string;
  @Field(() => CaseModel, { nullable: true, description: 'The case as it is now; null when it left the queue.' })
  case: CaseModel | null;
}

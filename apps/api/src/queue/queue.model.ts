import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType('QueueLoad', { description: "A collector's queue at one moment: the figures the team board shows." })
export class QueueLoadModel {
  @Field(() => Int) queueSize: number;
  @Field(() => SafeIntScalar, { description: 'Open balance of the queue in the reporting currency (EUR).' })
  openBalanceCents: number;
}

@ObjectType('CollectorLoadChange', { description: "One collector's load before and after a move of cases." })
export class CollectorLoadChangeModel {
  @Field(() => UserModel) collector: UserModel;
  @Field(() => Int) capacity: number;
  @Field(() => QueueLoadModel) before: QueueLoadModel;
  @Field(() => QueueLoadModel) after: QueueLoadModel;
  @Field(() => Int, { description: 'Cases this collector gains (positive) or loses (negative).' }) delta: number;
  @Field({ description: 'The queue would hold more cases than the capacity after the move.' }) overCapacity: boolean;
}

@ObjectType('LoadPreview', { description: 'What a moveCases with the same input would do; nothing is changed.' })
export class LoadPreviewModel {
  @Field(() => Int, { description: 'Cases that would change hands (those already with the target stay).' }) moving: number;
  @Field(() => [CollectorLoadChangeModel], { description: 'The target first, then every collector who loses cases.' })
  loads: CollectorLoadChangeModel[];
  @Field({ description: 'The target would end up over capacity: moveCases then needs allowOverCapacity.' })
  overCapacity: boolean;
}

@ObjectType('MoveCasesResult')
export class MoveCasesResultModel {
  @Field(() => Int, { description: 'Cases that changed hands.' }) moved: number;
  @Field(() => [CaseModel], { description: 'Every case named in the input, as it is now, in input order.' })
  cases: CaseModel[];
  @Field(() => [CollectorLoadChangeModel], { description: 'The target first, then every collector who lost cases.' })
  loads: CollectorLoadChangeModel[];
}

@ObjectType('OrphanCase')
export class OrphanCaseModel {
  @Field(() => CaseModel) case: CaseModel;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last contact or letter; null when there never was one.' })
  lastActivityAt: Date | null;
}

@ObjectType('OrphanCasePage', {
  description:
    'Open cases nobody holds or will pick up on their own: no assignee, no next action date, no activity for 30 days.',
})
export class OrphanCasePageModel {
  @Field(() => [OrphanCaseModel]) items: OrphanCaseModel[];
  @Field(() => Int) totalCount: number;
  @Field(() => GraphQLISODateTime, { description: 'Cases with activity after this instant are not orphans.' }) idleSince: Date;
}

import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditActor')
export class AuditActorModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
}

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit trail.' })
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => AuditActorModel, { nullable: true, description: 'Null for the system (dunning run, portal, schedulers).' })
  actor: AuditActorModel | null;
  @Field({ description: 'The operation, e.g. `hold.release`, `debtor.read`.' }) action: string;
  @Field() entity: string;
  @Field() entityId: string;
  @Field(() => ID, { nullable: true }) caseId: string | null;
  @Field({ description: 'What changed, in short (the fields and their new values).' }) summary: string;
}

@ObjectType('AuditEventPage')
export class AuditEventPageModel {
  @Field(() => [AuditEventModel], { description: 'Newest first.' }) items: AuditEventModel[];
  @Field(() => Int) totalCount: number;
}

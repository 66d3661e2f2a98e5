import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { DateScalar } from '../../common/scalars.js';

export enum CourtEvent {
  ORDER_APPLIED = 'ORDER_APPLIED',
  ORDER_SERVED = 'ORDER_SERVED',
  OBJECTION_FILED = 'OBJECTION_FILED',
  ENFORCEMENT_APPLIED = 'ENFORCEMENT_APPLIED',
  ENFORCEMENT_SERVED = 'ENFORCEMENT_SERVED',
  ENFORCEMENT_OBJECTION_FILED = 'ENFORCEMENT_OBJECTION_FILED',
}
registerEnumType(CourtEvent, {
  name: 'CourtEvent',
  description: 'Steps of the German court dunning procedure (Mahnbescheid, Vollstreckungsbescheid).',
});

@InputType()
export class RecordCourtEventInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'caseId must be a case id (UUID)' }) caseId: string;
  @Field(() => CourtEvent) @IsEnum(CourtEvent) event: CourtEvent;
  @Field(() => DateScalar, { description: 'The day it happened.' }) on: string;
}

import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { CENTRAL_DUNNING_COURTS, type CentralDunningCourt } from '@mahnwerk/domain';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
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

/** The central dunning courts (ZPO 689(3)), by the place of their seat. */
export const DunningCourtEnum = Object.fromEntries(Object.keys(CENTRAL_DUNNING_COURTS).map((k) => [k, k])) as {
  [K in CentralDunningCourt]: K;
};
registerEnumType(DunningCourtEnum, {
  name: 'CentralDunningCourt',
  description:
    "Central dunning court (zentrales Mahngericht, ZPO 689(3)); its Land's public holidays end no period (ZPO 222(2)).",
  valuesMap: Object.fromEntries(
    Object.entries(CENTRAL_DUNNING_COURTS).map(([k, v]) => [k, { description: `${v.name}, for applicants in ${v.serves.join(', ')}` }]),
  ),
});

@InputType()
export class RecordCourtEventInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'caseId must be a case id (UUID)' }) caseId: string;
  @Field(() => CourtEvent) @IsEnum(CourtEvent) event: CourtEvent;
  @Field(() => DateScalar, { description: 'The day it happened.' }) on: string;
  @Field(() => DunningCourtEnum, {
    nullable: true,
    description:
      'With ORDER_APPLIED (or any later step, once): the central dunning court applied to. Its Land\'s holidays count for the deadlines.',
  })
  @IsOptional()
  @IsEnum(DunningCourtEnum, { message: 'court must be a central dunning court' })
  court?: CentralDunningCourt | null;
}

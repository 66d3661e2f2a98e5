import { Field, ObjectType } from '@nestjs/graphql';
import type { CentralDunningCourt } from '@mahnwerk/domain';
import { DateScalar } from '../common/scalars.js';
import { DunningCourtEnum } from './dto/record-court-event.input.js';

@ObjectType('CourtProceeding', { description: 'The court dunning procedure of a case and its deadlines (ZPO 688 ff.).' })
export class CourtProceedingModel {
  @Field(() => DateScalar) appliedOn: string;
  @Field(() => DunningCourtEnum, { nullable: true, description: 'The central dunning court; null when not named (nationwide holidays only).' })
  court: CentralDunningCourt | null;
  @Field(() => String, { nullable: true, description: 'The court and its Land, e.g. "Amtsgericht Coburg (Bayern)".' })
  courtName: string | null;
  @Field(() => DateScalar, { nullable: true }) orderServedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Objection window ends (ZPO 692: two weeks after service).' })
  objectionDeadline: string | null;
  @Field(() => DateScalar, { nullable: true }) objectionFiledOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Apply for the enforcement order by (ZPO 701: six months after service).' })
  enforcementApplicationDeadline: string | null;
  @Field(() => DateScalar, { nullable: true }) enforcementAppliedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) enforcementServedOn: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Objection to the enforcement order ends (ZPO 700: two weeks).' })
  enforcementObjectionDeadline: string | null;
  @Field(() => DateScalar, { nullable: true }) enforcementObjectionFiledOn: string | null;
}

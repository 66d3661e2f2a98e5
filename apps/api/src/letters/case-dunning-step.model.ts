import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DunningStage } from '@mahnwerk/domain';
import { DunningStageEnum } from '../common/enums.js';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';

@ObjectType('CaseDunningStep', { description: 'A stage the dunning run took the case to: the letters, e-mails and calls on its timeline.' })
export class CaseDunningStepModel {
  @Field(() => DunningStageEnum, { description: 'The stage the case entered.' }) stage: DunningStage;
  @Field({ description: 'How the step reached the debtor: LETTER, EMAIL, SMS or PHONE.' }) channel: string;
  @Field(() => SafeIntScalar, { description: 'The fee the step charged, in cents of the case\'s currency.' }) feeCents: number;
  @Field(() => DateScalar, { description: 'The day of the run that took the step.' }) on: string;
  @Field(() => ID, { nullable: true, description: 'The letter that run wrote to the debtor (see Case.letters); null when no letter is stored.' })
  letterId: string | null;
}

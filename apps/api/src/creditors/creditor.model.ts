import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PriorityWeights } from '@mahnwerk/domain';

@ObjectType('Creditor')
export class CreditorModel {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() name: string;
  @Field({ description: 'ISO country code whose law applies, e.g. DE or DK.' }) country: string;
  @Field() currency: string;
  @Field() timeZone: string;
}

@ObjectType('PriorityWeights', { description: 'Maximum points per priority part of a creditor (they add up to at most 1000).' })
export class PriorityWeightsModel implements PriorityWeights {
  @Field(() => Int) balance: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) stage: number;
  @Field(() => Int) brokenPromises: number;
  @Field(() => Int) callback: number;
  @Field(() => Int) limitation: number;
  @Field(() => Int) courtDeadline: number;
  @Field(() => Int) lastContact: number;
  @Field(() => Int) outcomeHistory: number;
  @Field({ description: 'True when the creditor has no weights of its own and the defaults apply.' }) isDefault: boolean;
}

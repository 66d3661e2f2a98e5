import { Field, InputType, Int } from '@nestjs/graphql';
import type { PriorityWeights } from '@mahnwerk/domain';

/** Maximum points per priority part; whole numbers of 0 or more adding up to 1..1000 (checked by the domain). */
@InputType('PriorityWeightsInput')
export class PriorityWeightsInput implements PriorityWeights {
  @Field(() => Int) balance: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) stage: number;
  @Field(() => Int) brokenPromises: number;
  @Field(() => Int) callback: number;
  @Field(() => Int) limitation: number;
  @Field(() => Int) courtDeadline: number;
  @Field(() => Int) lastContact: number;
  @Field(() => Int) outcomeHistory: number;
}

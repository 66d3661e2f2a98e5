import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';

@ObjectType('Limitation', {
  description: 'When the case starts to be time-barred (BGB 195 ff.; forældelsesloven), as of today: the first day on which a claim, or the interest after a title, runs out.',
})
export class LimitationModel {
  @Field(() => DateScalar, { nullable: true, description: 'Last day before it runs out; null = no end while court proceedings go on.' })
  date: string | null;
  @Field({ description: 'Why: each step with its statute, in sentences, in the caller\'s language.' })
  explanation: string;
  @Field(() => [String], { description: 'The same steps, one per entry.' })
  steps: string[];
  @Field(() => Int, { nullable: true, description: 'Days from today to the date (0 = runs out today, negative = time-barred); null with date.' })
  daysLeft: number | null;
  @Field(() => String, { nullable: true, description: 'The claim whose limitation decides.' })
  claimReference: string | null;
}

import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../common/scalars.js';

@ObjectType('InterestRate', { description: 'One row of a reference-rate table: built in, or added by an admin.' })
export class InterestRateModel {
  @Field({ description: 'DE: BGB 247 base rate; DK: Nationalbank lending rate (renteloven 5).' }) country: string;
  @Field(() => DateScalar, { description: 'In force from this day until the next row.' }) from: string;
  @Field({ description: 'Percent as published, e.g. "1.27" or "-0.88".' }) ratePercent: string;
  @Field({ description: 'True for rows shipped with the release; false for rows added in the app.' }) builtIn: boolean;
  @Field(() => String, { nullable: true, description: 'Where an added rate was published.' }) source: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) addedAt: Date | null;
}

@ObjectType('InterestRateTableStatus', { description: 'Whether a country\'s rate table covers today.' })
export class InterestRateTableStatusModel {
  @Field() country: string;
  @Field(() => DateScalar, { description: 'Date of the table\'s last row.' }) endsOn: string;
  @Field(() => DateScalar, { description: 'Last row + six months: interest for a later day may use an outdated rate.' })
  currentThrough: string;
  @Field() stale: boolean;
  @Field(() => Int, { description: 'Open cases of creditors in this country with a claim past due, while the table is stale (else 0).' })
  staleCases: number;
}

import { Field, InputType } from '@nestjs/graphql';

@InputType('AddInterestRateInput')
export class AddInterestRateInput {
  @Field({ description: 'DE or DK.' }) country: string;
  @Field({ description: 'The day the rate takes effect: 1 January or 1 July (YYYY-MM-DD).' }) from: string;
  @Field({ description: 'Percent with at most two decimals, e.g. "1.27" or "-0.88".' }) ratePercent: string;
  @Field({ description: 'Where it was published (e.g. the Bundesbank notice), for the reviewer.' }) source: string;
}

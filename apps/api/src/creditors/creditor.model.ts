import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Creditor')
export class CreditorModel {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() name: string;
  @Field({ description: 'ISO country code whose law applies, e.g. DE or DK.' }) country: string;
  @Field() currency: string;
  @Field() timeZone: string;
}

import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { DateScalar } from '../common/scalars.js';

@ObjectType('SupervisoryAuthority', {
  description: 'The authority supervising the agency (RDG 13a(1) no. 8), in force from validFrom until the next entry; letters name the one in force on their date.',
})
export class SupervisoryAuthorityModel {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) validFrom: string;
  @Field() name: string;
  @Field({ description: 'Postal address in one line.' }) address: string;
  @Field({ description: 'E-mail address or web address (https://...).' }) electronicContact: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@InputType('SupervisoryAuthorityInput')
export class SupervisoryAuthorityInput {
  @Field(() => DateScalar, { description: 'First day the entry is in force.' }) validFrom: string;
  @Field() @IsString() @MaxLength(200) name: string;
  @Field({ description: 'Postal address in one line, e.g. "Adenauerallee 99-103, 53113 Bonn".' }) @IsString() @MaxLength(300) address: string;
  @Field({ description: 'E-mail address or web address (https://...).' }) @IsString() @MaxLength(300) electronicContact: string;
}

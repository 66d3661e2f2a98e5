import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsOptional, IsPhoneNumber, IsString, MaxLength, ValidateIf } from 'class-validator';

/**
 * A change to a debtor's details: a field left out keeps its value, `null` (or an empty string)
 * clears address, e-mail or phone. Name, language (de, da, en), time zone and address are checked by
 * the domain (applyDebtorChange); e-mail and phone formats here.
 */
@InputType()
export class DebtorInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal address, one line per row (street, postcode and city).' })
  @IsOptional() @IsString() @MaxLength(500)
  address?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional() @ValidateIf((_, v) => typeof v === 'string' && v.trim() !== '')
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'International format, e.g. +49 221 1234567.' })
  @IsOptional() @ValidateIf((_, v) => typeof v === 'string' && v.trim() !== '')
  @IsPhoneNumber(undefined, { message: 'phone must be a phone number in international format, e.g. +49 221 1234567' })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: 'de, da or en.' }) @IsOptional() @IsString() language?: string | null;
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' }) @IsOptional() @IsString() timeZone?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The address is known to be wrong: letters to the debtor are held.' })
  @IsOptional() @IsBoolean()
  addressUnknown?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The address given was found by an address search (RDG 13a(1) no. 7). A changed address without it counts as not researched.',
  })
  @IsOptional() @IsBoolean()
  addressResearched?: boolean | null;
}

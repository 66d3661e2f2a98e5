import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '@mahnwerk/domain';
import { ROLES, type Role } from '../../auth/role.js';
import { RoleEnum } from '../user.model.js';

/** The most cases one person can hold (as setCapacity allows). */
export const MAX_USER_CAPACITY = 500;

@InputType()
export class CreateUserInput {
  @Field({ description: 'Stored trimmed and in lower case; the sign-in name.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;
  @Field() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(200) name: string;
  @Field(() => RoleEnum) @IsIn(ROLES) role: Role;
  @Field(() => ID, { nullable: true, description: 'The team; collectors and leads normally have one.' })
  @IsOptional() @IsUUID(undefined, { message: 'teamId must be a team id (UUID)' })
  teamId?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'The creditors a collector works for (the claim gives them only these).' })
  @IsUUID(undefined, { each: true, message: 'creditorIds must be creditor ids (UUID)' }) @ArrayMaxSize(1000)
  creditorIds: string[];
  @Field(() => [String], { defaultValue: [], description: "Languages the user speaks (ISO 639-1, e.g. de, da, en); none: every debtor's." })
  @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter codes such as de, da or en' }) @ArrayMaxSize(20)
  languages: string[];
  @Field(() => Int, { defaultValue: 25, description: `Open cases the user may hold at once (0 to ${MAX_USER_CAPACITY}).` })
  @IsInt() @Min(0) @Max(MAX_USER_CAPACITY)
  capacity: number;
}

/** What an admin changes of a user; fields left out stay as they are (teamId: null removes the team). */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(200) name?: string;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsIn(ROLES) role?: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID(undefined, { message: 'teamId must be a team id (UUID)' })
  teamId?: string | null;
  @Field(() => [ID], { nullable: true })
  @IsOptional() @IsUUID(undefined, { each: true, message: 'creditorIds must be creditor ids (UUID)' }) @ArrayMaxSize(1000)
  creditorIds?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional() @Matches(/^[a-z]{2}$/, { each: true, message: 'languages must be two-letter codes such as de, da or en' })
  @ArrayMaxSize(20)
  languages?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(MAX_USER_CAPACITY) capacity?: number;
}

/** What a person sets for themselves. */
@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => String, { description: 'The workbench language: de, en or da.' })
  @IsIn(UI_LANGUAGES, { message: 'language must be one of de, en, da' })
  language: UiLanguage;
}

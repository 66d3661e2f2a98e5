import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '../auth/role.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('Team')
export class TeamModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('UserCreditor', { description: 'A creditor a user works for.' })
export class UserCreditorModel {
  @Field(() => ID) id: string;
  @Field() ref: string;
  @Field() name: string;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => TeamModel, { nullable: true }) team: TeamModel | null;
  @Field(() => Int) capacity: number;
  @Field({ description: 'True while the user has a workbench connected.' }) online: boolean;
  // What an admin manages: resolved by UsersResolver's field resolvers when the producer of a User
  // (a case's assignee, a board row) did not load them.
  @Field({ description: 'False once an admin deactivated the user: no sign-in, no session.' }) active?: boolean;
  @Field(() => [String], { description: "Languages the user speaks (ISO 639-1); none: every debtor's." }) languages?: string[];
  @Field(() => String, { nullable: true, description: 'The workbench language the user chose (de, en or da); null until chosen: the browser\'s language decides.' })
  language?: string | null;
  @Field(() => [ID], { description: 'Ids of the creditors the user works for.' }) creditorIds?: string[];
  @Field(() => [UserCreditorModel], { description: 'The creditors the user works for, by name.' }) creditors?: UserCreditorModel[];
  @Field({ description: 'True while the user holds a one-time password they must change first.' }) mustChangePassword?: boolean;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field() token: string;
  @Field(() => UserModel) user: UserModel;
}

@ObjectType('CreatedUser', { description: 'A user with a new one-time password, shown this once.' })
export class CreatedUserModel {
  @Field(() => UserModel) user: UserModel;
  @Field({ description: 'Give it to the person; they must change it at their first sign-in.' }) oneTimePassword: string;
}

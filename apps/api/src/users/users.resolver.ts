import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AllowedBeforePasswordChange, Roles } from '../auth/roles.decorator.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CreateUserInput, UpdateMyPreferencesInput, UpdateUserInput } from './dto/user.input.js';
import { CreatedUserModel, TeamModel, UserCreditorModel, UserModel } from './user.model.js';
import type { UserRecord } from './users.repository.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly people: UsersService) {}

  @Query(() => UserModel)
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  @AllowedBeforePasswordChange()
  me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.people.me(user);
  }

  @Mutation(() => UserModel, { description: "Sets the caller's own preferences (the workbench language)." })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  @AllowedBeforePasswordChange()
  updateMyPreferences(@CurrentUser() user: AuthUser, @Args('input') input: UpdateMyPreferencesInput): Promise<UserModel> {
    return this.people.updateMyPreferences(user, input);
  }

  @Query(() => [UserModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  collectors(@CurrentUser() user: AuthUser): Promise<UserModel[]> {
    return this.people.collectors(user);
  }

  @Query(() => [UserModel], { description: 'Every user, deactivated ones last (admins).' })
  @Roles('ADMIN')
  users(): Promise<UserModel[]> {
    return this.people.all();
  }

  @Query(() => [TeamModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  teams(@CurrentUser() user: AuthUser): Promise<TeamModel[]> {
    return this.people.teams(user);
  }

  @Mutation(() => TeamModel)
  @Roles('ADMIN')
  createTeam(@CurrentUser() user: AuthUser, @Args('name') name: string): Promise<TeamModel> {
    return this.people.createTeam(user, name);
  }

  @Mutation(() => CreatedUserModel, { description: 'Creates a user with a one-time password, returned this once.' })
  @Roles('ADMIN')
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: CreateUserInput): Promise<CreatedUserModel> {
    return this.people.create(user, input);
  }

  @Mutation(() => UserModel)
  @Roles('ADMIN')
  updateUser(
    @CurrentUser() user: AuthUser,
    @Args('userId', { type: () => ID }, UuidPipe) userId: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserModel> {
    return this.people.update(user, userId, input);
  }

  @Mutation(() => CreatedUserModel, { description: "A new one-time password; ends the user's sessions." })
  @Roles('ADMIN')
  resetPassword(@CurrentUser() user: AuthUser, @Args('userId', { type: () => ID }, UuidPipe) userId: string): Promise<CreatedUserModel> {
    return this.people.resetPassword(user, userId);
  }

  @Mutation(() => UserModel, { description: 'Ends the sessions of the user, refuses their sign-in and puts their cases back in the pool.' })
  @Roles('ADMIN')
  deactivateUser(@CurrentUser() user: AuthUser, @Args('userId', { type: () => ID }, UuidPipe) userId: string): Promise<UserModel> {
    return this.people.deactivate(user, userId);
  }

  @ResolveField(() => Boolean)
  async active(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return u.active ?? (await this.record(u, loaders))?.active ?? false;
  }

  @ResolveField(() => [String])
  async languages(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return u.languages ?? (await this.record(u, loaders))?.languages ?? [];
  }

  @ResolveField(() => String, { nullable: true })
  async language(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<string | null> {
    return u.language !== undefined ? u.language : ((await this.record(u, loaders))?.uiLanguage ?? null);
  }

  @ResolveField(() => [ID])
  async creditorIds(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<string[]> {
    return u.creditorIds ?? (await this.record(u, loaders))?.creditors.map((c) => c.id) ?? [];
  }

  @ResolveField(() => [UserCreditorModel])
  async creditors(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<UserCreditorModel[]> {
    return u.creditors ?? (await this.record(u, loaders))?.creditors ?? [];
  }

  @ResolveField(() => Boolean)
  async mustChangePassword(@Parent() u: UserModel, @Loaders() loaders: RequestLoaders): Promise<boolean> {
    return u.mustChangePassword ?? (await this.record(u, loaders))?.mustChangePassword ?? false;
  }

  private record(u: UserModel, loaders: RequestLoaders): Promise<UserRecord | null> {
    return loaders.loader<string, UserRecord | null>('user.record', (ids) => this.people.records(ids)).load(u.id);
  }
}

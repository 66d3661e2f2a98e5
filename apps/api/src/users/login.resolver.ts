import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from '../auth/auth.service.js';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { AllowedBeforePasswordChange, Public, Roles } from '../auth/roles.decorator.js';
import { AuthPayloadModel } from './user.model.js';
import { UsersService } from './users.service.js';

/**
 * Sign-in, sign-out and the caller's own password: auth checks the credentials, keeps the sessions and
 * signs the token; the user's profile comes from users/ (so auth/ needs nothing of users/). A user who
 * has just signed in shows as offline until their workbench connects.
 */
@Resolver()
export class LoginResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayloadModel, {
    description: 'Opens a session. A user with `mustChangePassword` can then only call changePassword, logout and me.',
  })
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(email, password);
    return { token, user: await this.users.profile(user.id, false) };
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session: the token stops working, its websockets close." })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  @AllowedBeforePasswordChange()
  logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    return this.auth.logout(user);
  }

  @Mutation(() => Boolean, {
    description:
      "Replaces the caller's password: at least 12 characters and hard to guess. A wrong current password or a weak new one " +
      'is BAD_USER_INPUT with `extensions.field` (currentPassword, newPassword). Ends the caller\'s other sessions.',
  })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  @AllowedBeforePasswordChange()
  changePassword(
    @CurrentUser() user: AuthUser,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.auth.changePassword(user, currentPassword, newPassword);
  }
}

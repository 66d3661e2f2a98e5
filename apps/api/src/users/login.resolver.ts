import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService, type SignedIn } from '../auth/auth.service.js';
import { CurrentUser, type AuthUser, type GraphQLContext } from '../auth/current-user.js';
import { clearRefreshCookie, setRefreshCookie } from '../auth/refresh-cookie.js';
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
    description:
      'Opens a session: `token` is an access token (ACCESS_TOKEN_TTL, 15 minutes) for the Authorization header; the refresh ' +
      'token comes as an HttpOnly cookie for refreshSession. A user with `mustChangePassword` can then only call ' +
      'changePassword, logout and me. Too many attempts (per address, per account) are RATE_LIMITED (HTTP 429, `retryAfter`).',
  })
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: GraphQLContext): Promise<AuthPayloadModel> {
    return this.signedIn(await this.auth.login(email, password), context);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Renews the session of the refresh cookie: a new access token and user, and a new refresh cookie (each is used once; ' +
      'a used one presented again ends the session). Needs no Authorization header. UNAUTHENTICATED when the session is over.',
  })
  @Public()
  async refreshSession(@Context() context: GraphQLContext): Promise<AuthPayloadModel> {
    try {
      return await this.signedIn(await this.auth.refresh(context.refreshToken), context);
    } catch (error) {
      clearRefreshCookie(context.reply);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session: the token and the refresh cookie stop working, its websockets close." })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  @AllowedBeforePasswordChange()
  async logout(@CurrentUser() user: AuthUser, @Context() context: GraphQLContext): Promise<boolean> {
    const ended = await this.auth.logout(user);
    clearRefreshCookie(context.reply);
    return ended;
  }

  private async signedIn(session: SignedIn, context: GraphQLContext): Promise<AuthPayloadModel> {
    setRefreshCookie(context.reply, session.refreshToken, session.sessionExpiresAt);
    return { token: session.token, user: await this.users.profile(session.user.id, false) };
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

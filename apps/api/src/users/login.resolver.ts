import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthService } from '../auth/auth.service.js';
import { Public } from '../auth/roles.decorator.js';
import { AuthPayloadModel } from './user.model.js';
import { UsersService } from './users.service.js';

/**
 * `login`: auth checks the credentials and signs the token; the user's profile comes from users/
 * (so auth/ needs nothing of users/). A user who has just signed in shows as offline until their
 * workbench connects.
 */
@Resolver()
export class LoginResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayloadModel)
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(email, password);
    return { token, user: await this.users.profile(user.id, false) };
  }
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { toUserModel } from '../users/user.mapper.js';
import { AuthPayloadModel } from '../users/user.model.js';
import { AuthService } from './auth.service.js';
import { Public } from './roles.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayloadModel)
  @Public()
  async login(@Args('email') email: string, @Args('password') password: string): Promise<AuthPayloadModel> {
    const { token, user } = await this.auth.login(email, password);
    return { token, user: toUserModel(user) };
  }
}

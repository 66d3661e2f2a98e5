import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { TeamModel, UserModel } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserModel)
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    return this.users.me(user);
  }

  @Query(() => [UserModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  collectors(@CurrentUser() user: AuthUser): Promise<UserModel[]> {
    return this.users.collectors(user);
  }

  @Query(() => [TeamModel])
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  teams(@CurrentUser() user: AuthUser): Promise<TeamModel[]> {
    return this.users.teams(user);
  }
}

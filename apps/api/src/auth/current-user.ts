import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './role.js';

/** Who is calling: what the token says, enough to check roles and scope queries. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
}

export interface GraphQLContext {
  user: AuthUser | null;
  connectionId?: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>().user;
});

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from './role.js';

/** Who is calling: the open session the token names and its user as the database has them now. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  teamId: string | null;
  /** The session the token belongs to (absent only for callers that are not a signed-in person). */
  sessionId?: string;
  /** True while the user still holds a one-time password: only changePassword, logout and me answer. */
  mustChangePassword?: boolean;
}

export interface GraphQLContext {
  user: AuthUser | null;
  connectionId?: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>().user;
});

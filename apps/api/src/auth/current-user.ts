import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { TextLanguage } from '@mahnwerk/domain';
import type { FastifyReply } from 'fastify';
import type { PortalCaller } from './portal-caller.js';
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
  /** A signed-in debtor (portal session token); never set together with user. */
  portal?: PortalCaller | null;
  /** A portal session token was sent but its session has ended. */
  portalSessionEnded?: boolean;
  /** The client's address (HTTP), for the portal's sign-in rate limit. */
  clientAddress?: string;
  connectionId?: string;
  /** The refresh token of the request's cookie (HTTP): what refreshSession renews. */
  refreshToken?: string;
  /** The HTTP reply, for the refresh cookie login, refreshSession and logout set or clear. */
  reply?: FastifyReply;
  /** The language the caller reads messages in (common/request-language.ts). */
  language?: TextLanguage;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>().user;
});

/** The signed-in debtor of a `@Portal()` operation (the guard has checked there is one). */
export const CurrentPortal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>().portal;
});

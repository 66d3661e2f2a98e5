import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { getOperationAST, GraphQLError, parse, type DocumentNode } from 'graphql';
import type { Context as WsContext, SubscribePayload } from 'graphql-ws';
import type { AuthService } from '../auth/auth.service.js';
import type { AuthUser, GraphQLContext } from '../auth/current-user.js';
import { portalTokenOf } from '../auth/portal-caller.js';
import type { PortalSessions } from '../auth/portal-sessions.service.js';
import { refreshTokenOf } from '../auth/refresh-cookie.js';
import { SESSION_ENDED_CLOSE_CODE, type SocketSessions } from '../auth/socket-sessions.service.js';
import type { TokenClaims } from '../auth/token.service.js';
import type { PresenceService } from './presence.service.js';
import { languageOfConnection, languageOfHeader } from '../common/request-language.js';
import { SOCKET_TEXTS } from './socket.i18n.js';

/** The largest message a websocket accepts (64 KiB); a larger one closes it (1009). */
export const SOCKET_MAX_PAYLOAD = 64 * 1024;
export const SUBSCRIPTIONS_ONLY = SOCKET_TEXTS.subscriptionsOnly.en;

interface WsExtra {
  user?: AuthUser;
  /** The expiry and role of the token the socket connected with. */
  claims?: TokenClaims;
  connectionId?: string;
  /** The `ws` socket graphql-ws's server hands over. */
  socket?: { close(code: number, reason: string): void };
}
type SocketContext = WsContext<Record<string, unknown> | undefined, unknown>;
const extraOf = (ctx: SocketContext) => ctx.extra as WsExtra;

/**
 * HTTP (Fastify hands over its request): the user of the open session the `Authorization` token names.
 * Websocket: the user `onConnect` authenticated, read again for each operation, so a subscription
 * started after a password change or a session's end sees the user as they are now.
 */
export function graphqlContext(auth: AuthService, portal: PortalSessions) {
  return async (arg: FastifyRequest | SocketContext, reply?: FastifyReply): Promise<GraphQLContext> => {
    if ('headers' in arg) {
      const header = arg.headers.authorization;
      const clientAddress = arg.ip;
      const language = languageOfHeader(arg.headers['accept-language']);
      const refresh = { refreshToken: refreshTokenOf(arg), reply, language };
      // A portal session token names a debtor, never a user: staff operations see no user and refuse it.
      if (portalTokenOf(header)) {
        // Never thrown here: an error in the context would answer 500, and a stale token must not stop a new sign-in.
        const caller = await portal.authenticate(header);
        return { user: null, portal: caller, portalSessionEnded: caller === null, clientAddress, ...refresh };
      }
      // refreshSession needs no token: an expired one must not stand in its way.
      const user = isRefreshOnly(arg) ? null : await auth.authenticate(header);
      return { user, clientAddress, ...refresh };
    }
    const extra = extraOf(arg as SocketContext);
    const user = extra.user?.sessionId ? await auth.sessionUser(extra.user.sessionId, extra.user.id, extra.claims) : null;
    return { user, connectionId: extra.connectionId, language: languageOfConnection((arg as SocketContext).connectionParams) };
  };
}

/**
 * graphql-ws hooks: a socket without an open session is refused; a connected one counts as presence
 * and is held by SocketSessions, which closes it when its session ends.
 */
export function socketLifecycle(auth: AuthService, presence: PresenceService, sockets: SocketSessions) {
  return {
    onConnect: async (ctx: SocketContext): Promise<boolean> => {
      let user: AuthUser | null;
      let claims: TokenClaims;
      try {
        const found = await auth.authenticateToken(ctx.connectionParams?.authorization);
        if (!found) return false;
        ({ user, claims } = found);
      } catch {
        return false;
      }
      if (!user.sessionId) return false;
      const extra = extraOf(ctx);
      extra.user = user;
      extra.claims = claims;
      extra.connectionId = randomUUID();
      const socket = extra.socket;
      if (socket) sockets.hold(extra.connectionId, user.sessionId, claims.expiresAt, (code, reason) => socket.close(code, reason));
      // Presence is advisory: a database hiccup must not refuse the socket (4500 is final for
      // clients); the collector shows offline until their next connection.
      await presence.connected(extra.connectionId, user.id).catch((error: Error) => {
        Logger.warn(`Presence of ${user.id} not recorded: ${error.message}`, 'Presence');
      });
      return true;
    },
    /**
     * Every operation: the token must not have expired and its session must be open (else the socket
     * closes with 4401), and it must be a subscription.
     */
    onSubscribe: async (ctx: SocketContext, _id: string, payload: SubscribePayload): Promise<readonly GraphQLError[] | void> => {
      const extra = extraOf(ctx);
      const open = extra.user?.sessionId ? await auth.sessionUser(extra.user.sessionId, extra.user.id, extra.claims) : null;
      if (!open) {
        extra.socket?.close(SESSION_ENDED_CLOSE_CODE, 'Token expired or session ended');
        const language = languageOfConnection(ctx.connectionParams);
        return [new GraphQLError(SOCKET_TEXTS.sessionEnded[language], { extensions: { code: 'UNAUTHENTICATED' } })];
      }
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch {
        return; // graphql-ws answers the syntax error itself
      }
      if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
        return [new GraphQLError(SOCKET_TEXTS.subscriptionsOnly[languageOfConnection(ctx.connectionParams)], { extensions: { code: 'BAD_USER_INPUT' } })];
      }
    },
    onClose: async (ctx: SocketContext): Promise<void> => {
      const { connectionId } = extraOf(ctx);
      if (!connectionId) return;
      sockets.release(connectionId);
      await presence.disconnected(connectionId).catch(() => undefined);
    },
  };
}

/** A request that calls refreshSession and nothing else (one operation, one field). */
function isRefreshOnly(request: FastifyRequest): boolean {
  const body = request.body as { query?: unknown } | undefined;
  if (typeof body?.query !== 'string' || !body.query.includes('refreshSession')) return false;
  try {
    const operations = parse(body.query).definitions.filter((d) => d.kind === 'OperationDefinition');
    return operations.length === 1 && operations[0]!.operation === 'mutation'
      && operations[0]!.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value === 'refreshSession');
  } catch {
    return false;
  }
}

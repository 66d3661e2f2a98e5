import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Context as WsContext } from 'graphql-ws';
import type { AuthService } from '../auth/auth.service.js';
import type { AuthUser, GraphQLContext } from '../auth/current-user.js';
import { portalTokenOf } from '../auth/portal-caller.js';
import type { PortalSessions } from '../auth/portal-sessions.service.js';
import type { SocketSessions } from '../auth/socket-sessions.service.js';
import type { PresenceService } from './presence.service.js';

interface WsExtra {
  user?: AuthUser;
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
  return async (arg: FastifyRequest | SocketContext): Promise<GraphQLContext> => {
    if ('headers' in arg) {
      const header = arg.headers.authorization;
      const clientAddress = arg.ip;
      // A portal session token names a debtor, never a user: staff operations see no user and refuse it.
      if (portalTokenOf(header)) {
        // Never thrown here: an error in the context would answer 500, and a stale token must not stop a new sign-in.
        const caller = await portal.authenticate(header);
        return { user: null, portal: caller, portalSessionEnded: caller === null, clientAddress };
      }
      return { user: await auth.authenticate(header), clientAddress };
    }
    const extra = extraOf(arg as SocketContext);
    const user = extra.user?.sessionId ? await auth.sessionUser(extra.user.sessionId, extra.user.id) : null;
    return { user, connectionId: extra.connectionId };
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
      try {
        user = await auth.authenticate(ctx.connectionParams?.authorization);
      } catch {
        return false;
      }
      if (!user?.sessionId) return false;
      const extra = extraOf(ctx);
      extra.user = user;
      extra.connectionId = randomUUID();
      const socket = extra.socket;
      if (socket) sockets.hold(extra.connectionId, user.sessionId, (code, reason) => socket.close(code, reason));
      // Presence is advisory: a database hiccup must not refuse the socket (4500 is final for
      // clients); the collector shows offline until their next connection.
      await presence.connected(extra.connectionId, user.id).catch((error: Error) => {
        Logger.warn(`Presence of ${user.id} not recorded: ${error.message}`, 'Presence');
      });
      return true;
    },
    onClose: async (ctx: SocketContext): Promise<void> => {
      const { connectionId } = extraOf(ctx);
      if (!connectionId) return;
      sockets.release(connectionId);
      await presence.disconnected(connectionId).catch(() => undefined);
    },
  };
}

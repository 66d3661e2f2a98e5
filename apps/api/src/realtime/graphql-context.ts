import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Context as WsContext } from 'graphql-ws';
import type { AuthUser, GraphQLContext } from '../auth/current-user.js';
import type { TokenService } from '../auth/token.service.js';
import type { PresenceService } from './presence.service.js';

interface WsExtra {
  user?: AuthUser;
  connectionId?: string;
}
type SocketContext = WsContext<Record<string, unknown> | undefined, unknown>;
const extraOf = (ctx: SocketContext) => ctx.extra as WsExtra;

/** HTTP (Fastify hands over its request): the user from `Authorization`; websocket: the user `onConnect` authenticated. */
export function graphqlContext(tokens: TokenService) {
  return (arg: FastifyRequest | SocketContext): GraphQLContext => {
    if ('headers' in arg) {
      return { user: tokens.verifyHeader(arg.headers.authorization) };
    }
    const extra = extraOf(arg as SocketContext);
    return { user: extra.user ?? null, connectionId: extra.connectionId };
  };
}

/** graphql-ws hooks: a socket without a valid token is refused; a connected one counts as presence. */
export function socketLifecycle(tokens: TokenService, presence: PresenceService) {
  return {
    onConnect: async (ctx: SocketContext): Promise<boolean> => {
      let user: AuthUser | null;
      try {
        user = tokens.verifyHeader(ctx.connectionParams?.authorization);
      } catch {
        return false;
      }
      if (!user) return false;
      const extra = extraOf(ctx);
      extra.user = user;
      extra.connectionId = randomUUID();
      // Presence is advisory: a database hiccup must not refuse the socket (4500 is final for
      // clients); the collector shows offline until their next connection.
      await presence.connected(extra.connectionId, user.id).catch((error: Error) => {
        Logger.warn(`Presence of ${user.id} not recorded: ${error.message}`, 'Presence');
      });
      return true;
    },
    onClose: async (ctx: SocketContext): Promise<void> => {
      const { connectionId } = extraOf(ctx);
      if (connectionId) await presence.disconnected(connectionId).catch(() => undefined);
    },
  };
}

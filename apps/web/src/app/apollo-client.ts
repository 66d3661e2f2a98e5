import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { createResyncTracker, reconnectDelayMs, type ConnectionStatus } from './connection-status';
import type { SessionStore } from './session-store';

/** GraphQL over HTTP and graphql-ws share one path on the API (DESIGN.md section 5). */
export const GRAPHQL_PATH = '/graphql';

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}${GRAPHQL_PATH}`;
}

/**
 * A ping every 20 s keeps idle sockets open through proxies (nginx closes a silent one after 60 s by
 * default); a pong missing for 5 s means the instance or the path to it is gone without a close, so the
 * socket is dropped and the client reconnects, through the load balancer, to an instance that answers.
 */
const KEEP_ALIVE_MS = 20_000;
const PONG_TIMEOUT_MS = 5_000;
/** Our own close code for a socket whose pong did not come (retried like any drop). */
const PONG_TIMEOUT_CLOSE = 4408;

/** Close codes a graphql-ws server uses for a rejected `connection_init` (bad or expired token). */
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

function closeCode(event: unknown): number | null {
  return event && typeof event === 'object' && 'code' in event && typeof event.code === 'number' ? event.code : null;
}

function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (ServerError.is(error)) return error.statusCode === 401;
  return false;
}

/** The server's `extensions.reason` while the user still holds a one-time password. */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

function needsPasswordChange(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.reason === PASSWORD_CHANGE_REQUIRED)
  );
}

export interface ApolloSetup {
  client: ApolloClient;
  wsClient: WsClient;
  /** Drop the socket so it reconnects with the current token (after login or logout). */
  restartSocket(): void;
}

export function createApolloSetup(session: SessionStore, connection: ConnectionStatus): ApolloSetup {
  let client: ApolloClient | null = null;
  // Events published while the socket was down are lost: reload every query on screen once it is back.
  const resync = createResyncTracker(() => {
    void client?.refetchQueries({ include: 'active' }).catch(() => undefined);
  });

  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const wsClient = createClient({
    url: websocketUrl,
    lazy: true,
    keepAlive: KEEP_ALIVE_MS,
    connectionParams: () => {
      const token = session.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Keep trying while an API instance restarts or the network drops (behind a load balancer the next
    // attempt may reach another instance), backing off up to 30 s; a rejected token is final.
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise<void>((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
    shouldRetry: (event) => !AUTH_CLOSE_CODES.has(closeCode(event) ?? 0),
    on: {
      connecting: (isRetry) => connection.set(isRetry ? 'reconnecting' : 'connecting'),
      connected: (connectedSocket, _payload, wasRetry) => {
        socket = connectedSocket as WebSocket;
        connection.set('live');
        resync.connected(wasRetry);
      },
      ping: (received) => {
        if (received) return; // the server's pings are answered by graphql-ws itself
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(PONG_TIMEOUT_CLOSE, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        socket = null;
        const code = closeCode(event);
        resync.closed(code);
        if (code !== null && AUTH_CLOSE_CODES.has(code)) {
          connection.set('idle');
          session.clear();
          return;
        }
        // 1000 is the lazy close after the last subscription ended.
        connection.set(code === 1000 ? 'idle' : 'reconnecting');
      },
    },
  });

  const authLink = new SetContextLink((prevContext) => {
    const token = session.token();
    return {
      headers: {
        ...prevContext.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });

  const errorLink = new ErrorLink(({ error, operation }) => {
    // An expired or revoked token: sign out (the login mutation reports bad credentials itself).
    if (operation.operationName !== 'Login' && isUnauthenticated(error)) session.clear();
    // A one-time password still in use: the routes send the user to the change-password screen.
    const signedIn = session.get()?.user;
    if (signedIn && !signedIn.mustChangePassword && needsPasswordChange(error)) {
      session.updateUser({ ...signedIn, mustChangePassword: true });
    }
  });

  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: GRAPHQL_PATH }),
  );

  const replace = { merge: false } as const;

  client = new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, transport]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            myQueue: replace,
            teamQueues: replace,
            cases: replace,
            collectors: replace,
            creditors: replace,
            kpis: replace,
            kpiSeries: replace,
            kpisByCollector: replace,
            dunningRuns: replace,
            dunningStrategies: replace,
          },
        },
        Case: {
          fields: {
            claims: replace,
            balance: replace,
            activities: replace,
            payments: replace,
            promises: replace,
            letters: replace,
            court: replace,
          },
        },
        // One board row per collector.
        CollectorQueue: { keyFields: ['collector', ['id']] },
      },
    }),
  });

  return {
    client,
    wsClient,
    restartSocket: () => wsClient.terminate(),
  };
}

import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { displayLanguage } from '../i18n/display-locale';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { from, mergeMap, throwError } from 'rxjs';
import { createResyncTracker, reconnectDelayMs, type ConnectionStatus } from './connection-status';
import { createSessionRenewal, type SessionRenewal } from './session-renewal';
import { tokenExpiresAt, type SessionStore } from './session-store';

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

/** The server closed the socket because its token expired or its session ended. */
const TOKEN_ENDED_CLOSE = 4401;
/** The server refused `connection_init` (no valid token): final. */
const REFUSED_CLOSE = 4403;
/** A socket connecting with a token that expires sooner than this renews it first. */
const SOCKET_TOKEN_MARGIN_MS = 10_000;
/** Operations that must not be retried after a renewal (they do not use the access token). */
const NO_RENEWAL = new Set(['Login', 'RefreshSession']);

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
  /** Renews the access token from the refresh cookie (page load, expiry). */
  renewal: SessionRenewal;
}

export function createApolloSetup(session: SessionStore, connection: ConnectionStatus): ApolloSetup {
  let client: ApolloClient | null = null;
  // Events published while the socket was down are lost: reload every query on screen once it is back.
  const resync = createResyncTracker(() => {
    void client?.refetchQueries({ include: 'active' }).catch(() => undefined);
  });

  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const renewal = createSessionRenewal(session, GRAPHQL_PATH);
  /** Renews the session; signs out when the server says it is over (a network failure keeps it). */
  const renewOrSignOut = async (): Promise<boolean> => {
    const renewed = await renewal.renew().catch(() => null);
    if (renewed === false) session.clear();
    return renewed === true;
  };

  const wsClient = createClient({
    url: websocketUrl,
    lazy: true,
    keepAlive: KEEP_ALIVE_MS,
    // Read on every (re)connection: the current token, renewed first when it is about to expire.
    connectionParams: async () => {
      const current = session.token();
      const expiresAt = current ? tokenExpiresAt(current) : null;
      if (expiresAt !== null && expiresAt - Date.now() < SOCKET_TOKEN_MARGIN_MS) await renewOrSignOut();
      const token = session.token();
      return { ...(token ? { authorization: `Bearer ${token}` } : {}), language: displayLanguage() };
    },
    // Keep trying while an API instance restarts or the network drops (behind a load balancer the next
    // attempt may reach another instance), backing off up to 30 s; 4401 (graphql-ws gives up on it
    // itself) and a refused token (4403) are final.
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise<void>((resolve) => setTimeout(resolve, reconnectDelayMs(retries))),
    shouldRetry: (event) => closeCode(event) !== REFUSED_CLOSE,
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
        if (code === REFUSED_CLOSE || (code === TOKEN_ENDED_CLOSE && !session.token())) {
          connection.set('idle');
          session.clear();
          return;
        }
        if (code === TOKEN_ENDED_CLOSE) {
          // The session ended (or the token expired while no renewal could run): a renewal tells which.
          // Over: sign out. Still open: the next subscription connects with the renewed token, and the
          // screen's data is reloaded (graphql-ws ends the subscriptions of a socket closed with 4401).
          connection.set('idle');
          void renewOrSignOut().then((renewed) => {
            if (renewed) void client?.refetchQueries({ include: 'active' }).catch(() => undefined);
          });
          return;
        }
        // 1000 is the lazy close after the last subscription ended.
        connection.set(code === 1000 ? 'idle' : 'reconnecting');
      },
    },
  });

  // A renewed token (same user): the socket reconnects with it at once (terminate is retried, and its
  // subscriptions resume), so an open socket never outlives its token and the server's 4401 means
  // the session ended.
  let socketToken = session.token();
  session.subscribe(() => {
    const before = socketToken;
    socketToken = session.token();
    if (before !== null && socketToken !== null && before !== socketToken) wsClient.terminate();
  });

  const authLink = new SetContextLink((prevContext) => {
    const token = session.token();
    return {
      headers: {
        ...prevContext.headers,
        // Messages the server writes for a person (validation, refusals) come in the workbench's language.
        'accept-language': displayLanguage(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  });

  const errorLink = new ErrorLink(({ error, operation, forward }) => {
    // An expired or revoked token: renew once and try again; sign out when the session is over (the
    // login mutation reports bad credentials itself).
    if (!NO_RENEWAL.has(operation.operationName ?? '') && isUnauthenticated(error)) {
      if (operation.getContext().renewed || !session.token()) {
        session.clear();
        return;
      }
      return from(renewOrSignOut()).pipe(
        mergeMap((renewed) => {
          if (!renewed) return throwError(() => error);
          operation.setContext({ renewed: true });
          return forward(operation);
        }),
      );
    }
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
    renewal,
  };
}

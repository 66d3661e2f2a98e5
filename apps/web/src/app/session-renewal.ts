import { print } from 'graphql';
import { REFRESH_SESSION, type SessionUser } from './auth.graphql';
import { tokenExpiresAt, type SessionStore } from './session-store';

/** Renew this long before the access token expires. */
const RENEW_BEFORE_MS = 60_000;
/** Never schedule a renewal sooner than this (a clock far off, a very short token). */
const MIN_RENEW_DELAY_MS = 5_000;
/** The Web Lock the tabs of one browser renew under. */
const RENEWAL_LOCK = 'mahnwerk.session-renewal';

export interface SessionRenewal {
  /**
   * Exchanges the refresh cookie for a new access token and stores it: true when renewed, false when
   * the server says the session is over (the caller signs out). One request at a time: concurrent
   * callers share it (a refresh token is used once; a second use would end the session).
   */
  renew(): Promise<boolean>;
}

interface RefreshAnswer {
  data?: { refreshSession?: { token: string; user: SessionUser } | null } | null;
  errors?: { extensions?: { code?: string } }[];
}

/**
 * Keeps the in-memory access token fresh: renews it a minute before it expires (and signs out when
 * the session is over), and renews on demand (page load, an UNAUTHENTICATED answer, a socket closed with 4401).
 */
export function createSessionRenewal(
  session: SessionStore,
  graphqlPath: string,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): SessionRenewal {
  let inFlight: Promise<boolean> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Tabs of one browser share the refresh cookie: a Web Lock lets one renew at a time, so the next
   * sends the cookie the first one received instead of the one just used (which would end the session).
   */
  const oneTabAtATime = (renewal: () => Promise<boolean>): Promise<boolean> =>
    globalThis.navigator?.locks ? globalThis.navigator.locks.request(RENEWAL_LOCK, renewal) : renewal();

  async function request(): Promise<boolean> {
    const response = await fetchImpl(graphqlPath, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'RefreshSession', query: print(REFRESH_SESSION) }),
    });
    const answer = (await response.json()) as RefreshAnswer;
    const renewed = answer.data?.refreshSession;
    if (renewed) {
      session.set({ token: renewed.token, user: renewed.user });
      return true;
    }
    if (answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return false;
    throw new Error('The session could not be renewed.');
  }

  const renew = () => {
    inFlight ??= oneTabAtATime(request).finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  let scheduledFor: string | null = null;
  session.subscribe(() => {
    const token = session.token();
    if (token === scheduledFor) return;
    scheduledFor = token;
    clearTimeout(timer);
    const expiresAt = token ? tokenExpiresAt(token) : null;
    if (expiresAt === null) return;
    const delay = Math.max(MIN_RENEW_DELAY_MS, expiresAt - Date.now() - RENEW_BEFORE_MS);
    timer = setTimeout(() => {
      renew().then(
        (ok) => {
          if (!ok) session.clear();
        },
        () => undefined, // offline: the next request or reconnect tries again
      );
    }, delay);
  });

  return { renew };
}

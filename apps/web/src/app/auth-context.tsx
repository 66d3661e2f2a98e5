import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ApolloSetup } from './apollo-client';
import { LOGIN, LOGOUT, ME, type SessionUser } from './auth.graphql';
import type { SessionStore } from './session-store';

interface AuthValue {
  user: SessionUser | null;
  /** The session's JWT (links that cannot send a header use download tickets instead). */
  token: string | null;
  /** Signs in; rejects with the server's error (e.g. UNAUTHENTICATED for a wrong password). */
  login(email: string, password: string): Promise<SessionUser>;
  /** Ends the session on the server (the token stops working there), then forgets it here. */
  logout(): Promise<void>;
  /** After a successful changePassword: the user may now use everything their role allows. */
  passwordChanged(): void;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ session, apollo, children }: { session: SessionStore; apollo: ApolloSetup; children: ReactNode }) {
  const current = useSyncExternalStore(session.subscribe, session.get, session.get);
  const user = current?.user ?? null;
  const { client, restartSocket } = apollo;

  // Whenever the session ends (logout, expired token, another tab), forget cached data and
  // drop the socket so nothing of the previous user lingers.
  const previousUserId = useRef(user?.id ?? null);
  useEffect(() => {
    const before = previousUserId.current;
    previousUserId.current = user?.id ?? null;
    if (before !== null && before !== (user?.id ?? null)) {
      void client.clearStore();
      restartSocket();
    }
  }, [user?.id, client, restartSocket]);

  // Refresh name and role from the server once per sign-in (the stored copy may be stale).
  const token = current?.token ?? null;
  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    client
      .query({ query: ME, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!cancelled && data?.me) session.updateUser(data.me);
      })
      .catch(() => {
        /* UNAUTHENTICATED is handled by the error link; anything else keeps the stored user */
      });
    return () => {
      cancelled = true;
    };
  }, [token, client, session]);

  const login = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({ mutation: LOGIN, variables: { email, password } });
      if (!data) throw new Error('The server returned no session.');
      await client.clearStore();
      session.set({ token: data.login.token, user: data.login.user });
      restartSocket();
      return data.login.user;
    },
    [client, session, restartSocket],
  );

  const logout = useCallback(async () => {
    // Best effort: an expired or already ended session is signed out here all the same.
    if (session.token()) await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    session.clear();
  }, [client, session]);

  const passwordChanged = useCallback(() => {
    const signedIn = session.get()?.user;
    if (signedIn) session.updateUser({ ...signedIn, mustChangePassword: false });
  }, [session]);

  const value = useMemo(() => ({ user, token, login, logout, passwordChanged }), [user, token, login, logout, passwordChanged]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}

/** For screens that only render for a signed-in user. */
export function useCurrentUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser without a session');
  return user;
}

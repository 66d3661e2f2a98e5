import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApolloSetup } from './apollo-client';
import type { UiLanguage } from '../i18n/languages';
import { LOGIN, LOGOUT, UPDATE_MY_PREFERENCES, type SessionUser } from './auth.graphql';
import type { SessionStore } from './session-store';

interface AuthValue {
  user: SessionUser | null;
  /** The session's access token (in memory only); links that cannot send a header use download tickets. */
  token: string | null;
  /** Signs in; rejects with the server's error (e.g. UNAUTHENTICATED for a wrong password). */
  login(email: string, password: string): Promise<SessionUser>;
  /** Ends the session on the server (the token and the refresh cookie stop working there), then forgets it here. */
  logout(): Promise<void>;
  /** After a successful changePassword: the user may now use everything their role allows. */
  passwordChanged(): void;
  /** Saves the signed-in user's workbench language (updateMyPreferences). */
  saveLanguage(language: UiLanguage): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

/** The debtor portal keeps a session of its own: a staff session is not restored there. */
const isPortalPath = () => globalThis.location?.pathname.startsWith('/p/') ?? false;

export function AuthProvider({ session, apollo, children }: { session: SessionStore; apollo: ApolloSetup; children: ReactNode }) {
  const current = useSyncExternalStore(session.subscribe, session.get, session.get);
  const user = current?.user ?? null;
  const { client, restartSocket, renewal } = apollo;

  // After a reload the token is gone (it lives in memory only): the refresh cookie restores the
  // session before any route decides between the workbench and the login page.
  const [restoring, setRestoring] = useState(() => session.get() === null && !isPortalPath());
  useEffect(() => {
    if (!restoring) return;
    let cancelled = false;
    renewal
      .renew()
      .catch(() => false)
      .finally(() => {
        if (!cancelled) setRestoring(false);
      });
    return () => {
      cancelled = true;
    };
  }, [restoring, renewal]);

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

  // Name and role come fresh from the server with every sign-in and renewal.
  const token = current?.token ?? null;

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
    // Best effort: an expired token is renewed first (error link); an ended session is signed out here all the same.
    if (session.token()) await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    session.clear();
  }, [client, session]);

  const passwordChanged = useCallback(() => {
    const signedIn = session.get()?.user;
    if (signedIn) session.updateUser({ ...signedIn, mustChangePassword: false });
  }, [session]);

  const saveLanguage = useCallback(
    async (language: UiLanguage) => {
      const { data } = await client.mutate({ mutation: UPDATE_MY_PREFERENCES, variables: { input: { language } } });
      if (data) session.updateUser(data.updateMyPreferences);
    },
    [client, session],
  );

  const value = useMemo(
    () => ({ user, token, login, logout, passwordChanged, saveLanguage }),
    [user, token, login, logout, passwordChanged, saveLanguage],
  );
  if (restoring) return <div className="session-restoring" data-testid="session-restoring" aria-busy="true" />;
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

import type { SessionUser } from './auth.graphql';

/**
 * The signed-in user and their access token, kept in memory only: no script-readable storage holds a
 * token. A reload restores the session through `refreshSession` (the refresh token is an HttpOnly cookie).
 */
export interface Session {
  token: string;
  user: SessionUser;
}

/** Where earlier versions kept the session; removed on start so no old token lingers in the browser. */
const LEGACY_STORAGE_KEY = 'mahnwerk.session';

type Listener = () => void;

export interface SessionStore {
  get(): Session | null;
  token(): string | null;
  set(session: Session): void;
  updateUser(user: SessionUser): void;
  clear(): void;
  subscribe(listener: Listener): () => void;
}

/** When a JWT expires (ms since the epoch); null when it cannot be read. */
export function tokenExpiresAt(token: string): number | null {
  try {
    const payload = token.split('.')[1];
    if (!payload) return null;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

export function createSessionStore(legacyStorage: Storage | undefined = globalThis.localStorage): SessionStore {
  try {
    legacyStorage?.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    /* storage disabled: nothing to remove */
  }
  let current: Session | null = null;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());

  return {
    get: () => current,
    token: () => current?.token ?? null,
    set(session) {
      current = session;
      emit();
    },
    updateUser(user) {
      if (!current) return;
      const same =
        current.user.id === user.id &&
        current.user.name === user.name &&
        current.user.email === user.email &&
        current.user.role === user.role &&
        current.user.mustChangePassword === user.mustChangePassword &&
        current.user.language === user.language;
      if (same) return;
      current = { ...current, user };
      emit();
    },
    clear() {
      if (!current) return;
      current = null;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

import type { SessionUser } from './auth.graphql';
import { ROLES } from './role-routes';

/** The signed-in user and their JWT, kept in localStorage so a reload stays signed in. */
export interface Session {
  token: string;
  user: SessionUser;
}

const STORAGE_KEY = 'mahnwerk.session';

type Listener = () => void;

function readStored(storage: Storage | undefined): Session | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    const user = parsed.user;
    if (
      typeof parsed.token === 'string' &&
      user &&
      typeof user.id === 'string' &&
      typeof user.email === 'string' &&
      typeof user.name === 'string' &&
      ROLES.includes(user.role as SessionUser['role'])
    ) {
      return { token: parsed.token, user: user as SessionUser };
    }
  } catch {
    /* corrupt entry: treat as signed out */
  }
  return null;
}

export interface SessionStore {
  get(): Session | null;
  token(): string | null;
  set(session: Session): void;
  updateUser(user: SessionUser): void;
  clear(): void;
  subscribe(listener: Listener): () => void;
}

export function createSessionStore(storage: Storage | undefined = globalThis.localStorage): SessionStore {
  let current = readStored(storage);
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  const persist = () => {
    try {
      if (current) storage?.setItem(STORAGE_KEY, JSON.stringify(current));
      else storage?.removeItem(STORAGE_KEY);
    } catch {
      /* storage full or disabled: the session still lives in memory */
    }
  };

  // Another tab signed in or out: follow it.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = readStored(storage);
    emit();
  });

  return {
    get: () => current,
    token: () => current?.token ?? null,
    set(session) {
      current = session;
      persist();
      emit();
    },
    updateUser(user) {
      if (!current) return;
      const same =
        current.user.id === user.id &&
        current.user.name === user.name &&
        current.user.email === user.email &&
        current.user.role === user.role &&
        current.user.mustChangePassword === user.mustChangePassword;
      if (same) return;
      current = { ...current, user };
      persist();
      emit();
    },
    clear() {
      if (!current) return;
      current = null;
      persist();
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

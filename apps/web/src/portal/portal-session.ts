/**
 * The debtor's portal session: the token from portalSignIn, kept in sessionStorage (gone when the tab
 * closes, never shared with the staff session in localStorage) together with the link it belongs to,
 * and the language the debtor picked with the switch. `notice` says why the sign-in form shows again.
 */
export interface PortalSession {
  linkToken: string;
  token: string;
  expiresAt: string;
}

export type SignInNotice = 'expired' | 'signedOut' | null;

const SESSION_KEY = 'mahnwerk.portal.session';
const LANGUAGE_KEY = 'mahnwerk.portal.language';

export interface PortalSessionStore {
  /** The session for this link, or null (a session of another link does not count). */
  get(linkToken: string): PortalSession | null;
  token(): string | null;
  set(session: PortalSession): void;
  /** Drops the session; `notice` tells the sign-in form why. */
  clear(notice: SignInNotice): void;
  notice(): SignInNotice;
  chosenLanguage(): string | null;
  chooseLanguage(language: string | null): void;
  subscribe(listener: () => void): () => void;
}

function read(storage: Storage | undefined): PortalSession | null {
  try {
    const raw = storage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<PortalSession>;
    if (typeof parsed.linkToken === 'string' && typeof parsed.token === 'string' && typeof parsed.expiresAt === 'string') {
      return { linkToken: parsed.linkToken, token: parsed.token, expiresAt: parsed.expiresAt };
    }
  } catch {
    /* a corrupt entry: signed out */
  }
  return null;
}

export function createPortalSessionStore(storage: Storage | undefined = globalThis.sessionStorage): PortalSessionStore {
  let current = read(storage);
  let notice: SignInNotice = null;
  let language: string | null = null;
  try {
    language = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    language = null;
  }
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  const write = (key: string, value: string | null) => {
    try {
      if (value === null) storage?.removeItem(key);
      else storage?.setItem(key, value);
    } catch {
      /* storage disabled: the session lives in memory for this page */
    }
  };

  return {
    get: (linkToken) => (current && current.linkToken === linkToken ? current : null),
    token: () => current?.token ?? null,
    set(session) {
      current = session;
      notice = null;
      write(SESSION_KEY, JSON.stringify(session));
      emit();
    },
    clear(reason) {
      if (!current && notice === reason) return;
      current = null;
      notice = reason;
      write(SESSION_KEY, null);
      emit();
    },
    notice: () => notice,
    chosenLanguage: () => language,
    chooseLanguage(next) {
      language = next;
      write(LANGUAGE_KEY, next);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

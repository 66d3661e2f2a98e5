import { createContext, useContext, useSyncExternalStore } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isPortalLanguage, FALLBACK_LANGUAGE, type PortalLanguage } from './language';
import type { PortalSessionStore } from './portal-session';

export const PortalSessionContext = createContext<PortalSessionStore | null>(null);

export function usePortalSession(): PortalSessionStore {
  const store = useContext(PortalSessionContext);
  if (!store) throw new Error('usePortalSession outside the portal');
  return store;
}

/** Re-renders when the session changes (signed in, expired, signed out, language picked). */
export function usePortalSessionState<T>(select: (store: PortalSessionStore) => T): T {
  const store = usePortalSession();
  return useSyncExternalStore(store.subscribe, () => select(store), () => select(store));
}

/** The language on screen, as one of the portal's. */
export function usePortalLanguage(): PortalLanguage {
  const { i18n } = useTranslation();
  return isPortalLanguage(i18n.language) ? i18n.language : FALLBACK_LANGUAGE;
}

/** A portal page's address for this link: '' (overview), 'pay', 'plan', 'more', 'dispute'. */
export function usePortalPath(): (page: '' | 'pay' | 'plan' | 'more' | 'dispute') => string {
  const { token = '' } = useParams();
  return (page) => `/p/${encodeURIComponent(token)}${page ? `/${page}` : ''}`;
}

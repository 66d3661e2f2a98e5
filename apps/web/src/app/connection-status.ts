import { createContext, useContext, useSyncExternalStore } from 'react';

/** State of the graphql-ws socket, shown as a small "Live" indicator in the top bar. */
export type ConnectionState = 'idle' | 'connecting' | 'live' | 'reconnecting';

type Listener = () => void;

export interface ConnectionStatus {
  get(): ConnectionState;
  set(state: ConnectionState): void;
  subscribe(listener: Listener): () => void;
}

export function createConnectionStatus(): ConnectionStatus {
  let state: ConnectionState = 'idle';
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}


export const ConnectionStatusContext = createContext<ConnectionStatus | null>(null);

const idle = (): ConnectionState => 'idle';
const noop = () => () => {};

export function useConnectionState(): ConnectionState {
  const status = useContext(ConnectionStatusContext);
  return useSyncExternalStore(status?.subscribe ?? noop, status?.get ?? idle, status?.get ?? idle);
}

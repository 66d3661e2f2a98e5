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

/** Longest wait between two reconnect attempts: a long outage is noticed within half a minute of its end. */
export const RECONNECT_MAX_DELAY_MS = 30_000;
const RECONNECT_FIRST_DELAY_MS = 1_000;

/**
 * How long to wait before reconnect attempt `retries` (0 for the first): 1 s, 2 s, 4 s ... up to 30 s,
 * each drawn from its upper half at random so that browsers cut off together do not all return at once.
 */
export function reconnectDelayMs(retries: number, random: () => number = Math.random): number {
  const steps = Math.max(0, Math.min(Math.floor(retries), 16));
  const ceiling = Math.min(RECONNECT_MAX_DELAY_MS, RECONNECT_FIRST_DELAY_MS * 2 ** steps);
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(Math.max(random(), 0), 1));
}

/** The close code of a normal, client-side close (graphql-ws closes a lazy socket with it once no subscription is left). */
const NORMAL_CLOSURE = 1000;

export interface ResyncTracker {
  /** The socket closed with this code (null when the event carried none). */
  closed(code: number | null): void;
  /** The server acknowledged a connection; `wasRetry` as graphql-ws reports it. */
  connected(wasRetry: boolean): void;
}

/**
 * Events published while the socket is down are not replayed: when it comes back after a drop (a
 * retry, or any close other than the normal one), `resync` reloads what the screen shows.
 */
export function createResyncTracker(resync: () => void): ResyncTracker {
  let dropped = false;
  return {
    closed(code) {
      if (code !== NORMAL_CLOSURE) dropped = true;
    },
    connected(wasRetry) {
      if (!wasRetry && !dropped) return;
      dropped = false;
      resync();
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

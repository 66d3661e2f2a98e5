import { describe, expect, it } from 'vitest';
import { createConnectionStatus, createResyncTracker, reconnectDelayMs, RECONNECT_MAX_DELAY_MS } from './connection-status';

describe('reconnect backoff', () => {
  it.each([
    [0, 500, 1_000],
    [1, 1_000, 2_000],
    [2, 2_000, 4_000],
    [4, 8_000, 16_000],
    [5, 15_000, 30_000],
    [6, 15_000, 30_000],
    [1_000, 15_000, 30_000],
    [Number.POSITIVE_INFINITY, 15_000, 30_000],
  ])('attempt after %i retries waits between %i and %i ms', (retries, low, high) => {
    expect(reconnectDelayMs(retries, () => 0)).toBe(low);
    expect(reconnectDelayMs(retries, () => 1)).toBe(high);
    const any = reconnectDelayMs(retries);
    expect(any).toBeGreaterThanOrEqual(low);
    expect(any).toBeLessThanOrEqual(high);
  });

  it('never waits longer than the ceiling, whatever the random source returns', () => {
    expect(reconnectDelayMs(50, () => 7)).toBe(RECONNECT_MAX_DELAY_MS);
    expect(reconnectDelayMs(-3, () => -1)).toBe(500);
  });
});

describe('resync after a socket drop', () => {
  const tracker = () => {
    let resyncs = 0;
    const t = createResyncTracker(() => resyncs++);
    return { t, count: () => resyncs };
  };

  it('does not reload on the first connection', () => {
    const { t, count } = tracker();
    t.connected(false);
    expect(count()).toBe(0);
  });

  it('reloads once when the socket comes back after an abnormal close (instance died, network lost)', () => {
    const { t, count } = tracker();
    t.connected(false);
    t.closed(1006);
    t.closed(1006); // failed attempts while the API is away
    t.connected(true);
    expect(count()).toBe(1);
    t.connected(false); // a later plain connection does not reload again
    expect(count()).toBe(1);
  });

  it('reloads on a connection graphql-ws reports as a retry, even without a close seen', () => {
    const { t, count } = tracker();
    t.connected(true);
    expect(count()).toBe(1);
  });

  it('reloads after a server-side close, a restart (1001, 1012) or a terminated socket (4499)', () => {
    for (const code of [1001, 1012, 4499]) {
      const { t, count } = tracker();
      t.connected(false);
      t.closed(code);
      t.connected(false);
      expect(count()).toBe(1);
    }
  });

  it('does not reload after the normal lazy close once no subscription was left', () => {
    const { t, count } = tracker();
    t.connected(false);
    t.closed(1000);
    t.connected(false);
    expect(count()).toBe(0);
  });
});

describe('connection status', () => {
  it('notifies listeners on changes only', () => {
    const status = createConnectionStatus();
    const seen: string[] = [];
    const off = status.subscribe(() => seen.push(status.get()));
    status.set('connecting');
    status.set('live');
    status.set('live');
    status.set('reconnecting');
    off();
    status.set('live');
    expect(seen).toEqual(['connecting', 'live', 'reconnecting']);
  });
});

import { describe, expect, it } from 'vitest';
import { createSessionRenewal } from './session-renewal';
import { createSessionStore, tokenExpiresAt } from './session-store';

const jwt = (claims: Record<string, unknown>) => `h.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.s`;
const user = { id: 'u1', email: 'a@b.c', name: 'A', role: 'COLLECTOR' as const, mustChangePassword: false, language: null };

function answering(body: unknown) {
  const calls: RequestInit[] = [];
  const fetchImpl = (async (_url: unknown, init?: RequestInit) => {
    calls.push(init ?? {});
    await new Promise((r) => setTimeout(r, 5));
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('session renewal', () => {
  it('stores the renewed token and user; concurrent callers share one request (a refresh token is used once)', async () => {
    const store = createSessionStore(undefined);
    const token = jwt({ exp: Math.floor(Date.now() / 1000) + 900 });
    const { calls, fetchImpl } = answering({ data: { refreshSession: { token, user } } });
    const renewal = createSessionRenewal(store, '/graphql', fetchImpl);
    expect(await Promise.all([renewal.renew(), renewal.renew(), renewal.renew()])).toEqual([true, true, true]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.credentials).toBe('same-origin');
    expect((calls[0]!.headers as Record<string, string>).authorization).toBeUndefined();
    expect(store.get()).toEqual({ token, user });
  });

  it('answers false when the session is over, and keeps nothing', async () => {
    const store = createSessionStore(undefined);
    const { fetchImpl } = answering({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await createSessionRenewal(store, '/graphql', fetchImpl).renew()).toBe(false);
    expect(store.get()).toBeNull();
  });

  it('reads the expiry of a token', () => {
    expect(tokenExpiresAt(jwt({ exp: 1_900_000_000 }))).toBe(1_900_000_000_000);
    expect(tokenExpiresAt('garbage')).toBeNull();
  });

  it('keeps no token in localStorage and removes one an earlier version stored', () => {
    const stored = new Map<string, string>([['mahnwerk.session', '{"token":"old"}']]);
    const storage = { removeItem: (key: string) => stored.delete(key) } as unknown as Storage;
    const store = createSessionStore(storage);
    store.set({ token: 't', user });
    expect(stored.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { newIdempotencyKey } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('uses crypto.randomUUID when present', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it('falls back to getRandomValues outside secure contexts', () => {
    const insecure = { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as unknown as Crypto;
    const a = newIdempotencyKey(insecure);
    const b = newIdempotencyKey(insecure);
    expect(a).toMatch(UUID_V4);
    expect(a).not.toBe(b);
  });
});

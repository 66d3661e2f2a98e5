import { requestLoaders } from './request-loaders.js';

describe('requestLoaders: one set per execution', () => {
  it('an HTTP request (no object root value) keeps one set for its context; another request gets its own', () => {
    const request = {};
    expect(requestLoaders(request, undefined)).toBe(requestLoaders(request, undefined));
    expect(requestLoaders({}, undefined)).not.toBe(requestLoaders(request, undefined));
  });

  it("a subscription's events (one context, a root value per event) each get fresh loaders", () => {
    const subscription = {};
    const first = { caseId: 'a' };
    const second = { caseId: 'a' };
    expect(requestLoaders(subscription, first)).toBe(requestLoaders(subscription, first));
    expect(requestLoaders(subscription, second)).not.toBe(requestLoaders(subscription, first));
    // The same event shared by two subscribers still runs with each subscriber's own loaders.
    expect(requestLoaders({}, first)).not.toBe(requestLoaders(subscription, first));
  });

  it('batches the loads of one tick into one call and caches per key', async () => {
    const calls: (readonly string[])[] = [];
    const loaders = requestLoaders({}, undefined);
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((k) => k.toUpperCase());
    };
    const values = await Promise.all(['a', 'b', 'a'].map((k) => loaders.loader('upper', batch).load(k)));
    expect(values).toEqual(['A', 'B', 'A']);
    expect(await loaders.loader('upper', batch).load('b')).toBe('B');
    expect(calls).toEqual([['a', 'b']]);
  });
});

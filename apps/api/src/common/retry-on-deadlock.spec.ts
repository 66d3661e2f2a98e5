import { retryOnDeadlock } from './retry-on-deadlock.js';

const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });

describe('retryOnDeadlock', () => {
  it('runs a transaction chosen as a deadlock victim again, and returns its result', async () => {
    let calls = 0;
    const result = await retryOnDeadlock(async () => {
      calls++;
      if (calls < 3) throw deadlock;
      return 'done';
    });
    expect([result, calls]).toEqual(['done', 3]);
  });

  it('gives up after the last attempt, and never retries other errors', async () => {
    let calls = 0;
    await expect(retryOnDeadlock(async () => { calls++; throw deadlock; }, 2)).rejects.toBe(deadlock);
    expect(calls).toBe(2);
    const other = Object.assign(new Error('unique violation'), { code: '23505' });
    calls = 0;
    await expect(retryOnDeadlock(async () => { calls++; throw other; })).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});

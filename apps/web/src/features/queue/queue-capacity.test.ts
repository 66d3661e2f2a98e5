import { describe, expect, it } from 'vitest';
import { emptyClaimReason } from './queue-capacity';

describe('emptyClaimReason', () => {
  it('names a full queue when the collector holds as many cases as their capacity', () => {
    expect(emptyClaimReason(25, 25)).toBe('AT_CAPACITY');
  });

  it('names a full queue when a lead moved them over capacity', () => {
    expect(emptyClaimReason(27, 25)).toBe('AT_CAPACITY');
  });

  it('names the empty pool while there is room in the queue', () => {
    expect(emptyClaimReason(12, 25)).toBe('POOL_EMPTY');
    expect(emptyClaimReason(0, 1)).toBe('POOL_EMPTY');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleRefresh } from './refresh-throttle';

describe('throttled refresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reloads once after a burst of changes, and again after a later one', () => {
    const refresh = vi.fn();
    const throttle = throttleRefresh(refresh, 1000);
    throttle.request();
    vi.advanceTimersByTime(400);
    throttle.request();
    throttle.request();
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(refresh).toHaveBeenCalledTimes(1);
    throttle.request();
    vi.advanceTimersByTime(1000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('does not reload once cancelled (the screen was left)', () => {
    const refresh = vi.fn();
    const throttle = throttleRefresh(refresh, 1000);
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(2000);
    expect(refresh).not.toHaveBeenCalled();
  });
});

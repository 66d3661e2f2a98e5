import { loginLockSeconds, MAX_LOGIN_LOCK_SECONDS } from './login-backoff.js';

describe('loginLockSeconds', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 0],
    [5, 5, 1],
    [6, 5, 2],
    [7, 5, 4],
    [14, 5, 512],
    [15, 5, MAX_LOGIN_LOCK_SECONDS],
    [500, 5, MAX_LOGIN_LOCK_SECONDS],
    [1, 1, 1],
  ])('after %i failures with the lock at %i: %i s', (failures, lockAfter, seconds) => {
    expect(loginLockSeconds(failures, lockAfter)).toBe(seconds);
  });
});

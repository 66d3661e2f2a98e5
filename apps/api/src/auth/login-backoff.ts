/** The longest an e-mail address stays locked after failed sign-ins. */
export const MAX_LOGIN_LOCK_SECONDS = 15 * 60;

/**
 * How long an e-mail address is locked after its `failures`-th failed sign-in in a row: not at all
 * before `lockAfter` failures, then 1 s, doubling with each further failure, at most 15 minutes.
 */
export function loginLockSeconds(failures: number, lockAfter: number): number {
  if (failures < lockAfter) return 0;
  return Math.min(2 ** Math.min(failures - lockAfter, 30), MAX_LOGIN_LOCK_SECONDS);
}

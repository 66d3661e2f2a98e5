/** Why a claim came back empty: the collector's queue is full, or no eligible case waits in the pool. */
export type EmptyClaimReason = 'AT_CAPACITY' | 'POOL_EMPTY';

/**
 * The API claims only while the collector holds fewer cases than their capacity (every case
 * assigned to them is in their queue), so a full queue explains an empty claim; otherwise the pool
 * held nothing they may work (their creditors, their languages, due now, not on hold).
 */
export function emptyClaimReason(queueSize: number, capacity: number): EmptyClaimReason {
  return queueSize >= capacity ? 'AT_CAPACITY' : 'POOL_EMPTY';
}

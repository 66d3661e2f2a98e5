/**
 * Pure helpers that keep the cached `myQueue` list in step with `queueChanged` events.
 * Order matches the API's `myQueue`: cases due now (no next action, or one that has passed) first,
 * scheduled ones after; within each, highest priority first; ties by id.
 */

export interface QueueItem {
  id: string;
  priority: number;
  nextActionAt: string | null;
}

export interface QueueChangeEvent<T extends QueueItem> {
  kind: 'ADDED' | 'UPDATED' | 'REMOVED';
  caseId: string;
  case: T | null;
}

export function isScheduled(item: Pick<QueueItem, 'nextActionAt'>, now: number): boolean {
  if (item.nextActionAt === null) return false;
  const at = Date.parse(item.nextActionAt);
  return !Number.isNaN(at) && at > now;
}

export function compareQueueItems(a: QueueItem, b: QueueItem, now: number): number {
  const scheduled = Number(isScheduled(a, now)) - Number(isScheduled(b, now));
  if (scheduled !== 0) return scheduled;
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortQueue<T extends QueueItem>(items: readonly T[], now: number = Date.now()): T[] {
  return [...items].sort((a, b) => compareQueueItems(a, b, now));
}

/**
 * Applies one event and returns a new sorted list. ADDED and UPDATED both upsert (events may arrive
 * twice or out of order, e.g. ADDED after our own claim already inserted the case); REMOVED drops by id.
 */
export function applyQueueChange<T extends QueueItem>(
  items: readonly T[],
  change: QueueChangeEvent<T>,
  now: number = Date.now(),
): T[] {
  const without = items.filter((item) => item.id !== change.caseId);
  if (change.kind === 'REMOVED' || !change.case) return sortQueue(without, now);
  return sortQueue([...without, change.case], now);
}

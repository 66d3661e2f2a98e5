import { describe, expect, it } from 'vitest';
import { applyQueueChange, sortQueue, type QueueItem } from './queue-cache';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const item = (id: string, priority: number, nextActionAt: string | null = null): QueueItem => ({ id, priority, nextActionAt });
const ids = (items: QueueItem[]) => items.map((i) => i.id);

describe('applyQueueChange', () => {
  const queue = sortQueue([item('a', 50), item('b', 80), item('c', 20)], NOW);

  it('starts sorted by priority, highest first', () => {
    expect(ids(queue)).toEqual(['b', 'a', 'c']);
  });

  it('ADDED inserts at its priority position', () => {
    expect(ids(applyQueueChange(queue, { kind: 'ADDED', caseId: 'd', case: item('d', 60) }, NOW))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('ADDED for a case already present does not duplicate it', () => {
    expect(ids(applyQueueChange(queue, { kind: 'ADDED', caseId: 'a', case: item('a', 50) }, NOW))).toEqual(['b', 'a', 'c']);
  });

  it('UPDATED replaces the case and re-sorts', () => {
    const next = applyQueueChange(queue, { kind: 'UPDATED', caseId: 'c', case: item('c', 99) }, NOW);
    expect(next.map((i) => [i.id, i.priority])).toEqual([
      ['c', 99],
      ['b', 80],
      ['a', 50],
    ]);
  });

  it('UPDATED for an unknown case inserts it', () => {
    expect(ids(applyQueueChange(queue, { kind: 'UPDATED', caseId: 'x', case: item('x', 10) }, NOW))).toEqual(['b', 'a', 'c', 'x']);
  });

  it('REMOVED removes by id (the payload case is null)', () => {
    expect(ids(applyQueueChange(queue, { kind: 'REMOVED', caseId: 'b', case: null }, NOW))).toEqual(['a', 'c']);
  });

  it('REMOVED for an unknown case leaves the queue as it was', () => {
    expect(applyQueueChange(queue, { kind: 'REMOVED', caseId: 'zz', case: null }, NOW)).toEqual(queue);
  });

  it('puts scheduled cases after the ones due now, like the API', () => {
    const next = applyQueueChange(queue, { kind: 'UPDATED', caseId: 'b', case: item('b', 80, '2026-03-11T09:00:00Z') }, NOW);
    expect(ids(next)).toEqual(['a', 'c', 'b']);
    // a next action that has passed is due again
    const due = applyQueueChange(queue, { kind: 'UPDATED', caseId: 'c', case: item('c', 90, '2026-03-10T11:59:00Z') }, NOW);
    expect(ids(due)).toEqual(['c', 'b', 'a']);
  });

  it('a scheduled case moves up once its time has come', () => {
    const list = [item('a', 50), item('s', 90, '2026-03-10T13:00:00Z')];
    expect(ids(sortQueue(list, NOW))).toEqual(['a', 's']);
    expect(ids(sortQueue(list, NOW + 2 * 3_600_000))).toEqual(['s', 'a']);
  });

  it('breaks priority ties by id', () => {
    expect(ids(sortQueue([item('y', 50), item('x', 50), item('z', 50)], NOW))).toEqual(['x', 'y', 'z']);
  });

  it('does not mutate its input', () => {
    const before = ids(queue);
    applyQueueChange(queue, { kind: 'ADDED', caseId: 'd', case: item('d', 100) }, NOW);
    expect(ids(queue)).toEqual(before);
  });
});

import { describe, expect, it } from 'vitest';
import { groupByDate, parseHorizon } from './worklist-groups';

describe('limitation worklist', () => {
  it('groups rows by the day they run out, keeping the order', () => {
    const row = (id: string, date: string) => ({ id, limitation: { date } });
    expect(groupByDate([row('a', '2026-12-10'), row('b', '2026-12-31'), row('c', '2026-12-31')]).map((g) => [g.date, g.rows.map((r) => r.id)])).toEqual([
      ['2026-12-10', ['a']],
      ['2026-12-31', ['b', 'c']],
    ]);
  });

  it.each([
    [null, 60],
    ['90', 90],
    ['45', 60],
    ['x', 60],
  ])('horizon %p -> %p days', (value, days) => {
    expect(parseHorizon(value)).toBe(days);
  });
});

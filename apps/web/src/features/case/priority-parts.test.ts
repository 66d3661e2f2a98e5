import { describe, expect, it } from 'vitest';
import { partsTotal, portalRequestPart, priorityBars, topReasons, type PriorityPart } from './priority-parts';

const part = (key: string, points: number, maxPoints: number): PriorityPart => ({ key, label: key, points, maxPoints, explanation: `${key}: ${points} of ${maxPoints}` });
const parts = [part('balance', 125, 250), part('overdue', 12, 150), part('callback', 0, 0), part('limitation', 54, 90)];

describe('priority bars', () => {
  it('shows points of maximum as a percentage and leaves out parts switched off', () => {
    expect(priorityBars(parts).map((b) => [b.key, b.percent])).toEqual([
      ['balance', 50], // 125 of 250
      ['overdue', 8], // 12 of 150
      ['limitation', 60], // 54 of 90
    ]);
  });

  it('adds up to the priority and names the biggest reasons first', () => {
    expect(partsTotal(parts)).toBe(191);
    expect(topReasons(parts, 2).map((p) => p.key)).toEqual(['balance', 'limitation']);
  });
});

describe('portalRequestPart', () => {
  it('finds the waiting portal request, and nothing when none waits', () => {
    const asked = { key: 'portalRequest', label: 'Debtor asked in the portal: plan to review', points: 150, maxPoints: 150, explanation: 'x' };
    expect(portalRequestPart([asked])).toEqual(asked);
    expect(portalRequestPart([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { filterChoices, stepChoice, stepCursor } from './keyboard-moves';

describe('row cursor', () => {
  it('starts at the first row going down and at the last going up', () => {
    expect(stepCursor(null, 1, 5)).toBe(0);
    expect(stepCursor(null, -1, 5)).toBe(4);
  });

  it('moves one row and stops at both ends', () => {
    expect(stepCursor(2, 1, 5)).toBe(3);
    expect(stepCursor(4, 1, 5)).toBe(4);
    expect(stepCursor(0, -1, 5)).toBe(0);
  });

  it('restarts when the list got shorter, and has no row in an empty list', () => {
    expect(stepCursor(7, 1, 3)).toBe(0);
    expect(stepCursor(1, 1, 0)).toBeNull();
  });
});

describe('collector picker', () => {
  const people = [{ name: 'Søren Madsen' }, { name: 'Lena Müller' }, { name: 'Jonas Weiß' }];

  it('keeps everyone for an empty query', () => {
    expect(filterChoices(people, '  ')).toEqual(people);
  });

  it('matches every typed word, ignoring case and accents', () => {
    expect(filterChoices(people, 'sore')).toEqual([people[0]]);
    expect(filterChoices(people, 'MULLER')).toEqual([people[1]]);
    expect(filterChoices(people, 'weiss jo')).toEqual([people[2]]);
    expect(filterChoices(people, 'lena madsen')).toEqual([]);
  });

  it('wraps the highlight around the list', () => {
    expect(stepChoice(2, 1, 3)).toBe(0);
    expect(stepChoice(0, -1, 3)).toBe(2);
    expect(stepChoice(0, 1, 0)).toBe(0);
  });
});

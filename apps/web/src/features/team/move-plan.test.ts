import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import {
  describeLoadChange, dragSet, loadTone, movedText, moveTitle, readableMoveError, toggleAll, toggleSelected, toMoveInput,
} from './move-plan';
import type { CollectorLoadChange } from './team.graphql';

const intl = createIntl({ locale: 'en', defaultLocale: 'en' });
const german = createIntl({
  locale: 'de',
  defaultLocale: 'en',
  messages: { 'team.move.title.toCollector': '{count, plural, one {# Fall} other {# Fälle}} an {name} übergeben' },
});

const change = (before: number, after: number, capacity: number): CollectorLoadChange => ({
  collector: { id: 'c', name: 'Lena', online: true },
  capacity,
  delta: after - before,
  overCapacity: after > capacity,
  before: { queueSize: before, openBalanceCents: before * 1000 },
  after: { queueSize: after, openBalanceCents: after * 1000 },
});

describe('load preview', () => {
  it.each([
    [0, 25, 'ok'],
    [24, 25, 'ok'],
    [25, 25, 'full'],
    [26, 25, 'over'],
    [0, 0, 'ok'],
    [1, 0, 'over'],
  ] as const)('a queue of %i with capacity %i is %s', (size, capacity, tone) => {
    expect(loadTone(size, capacity)).toBe(tone);
  });

  it.each([
    [10, 13, 25, { queue: '10 → 13', delta: '+3', capacity: 'of 25', fillBefore: 40, fillAfter: 52, toneAfter: 'ok' }],
    [12, 10, 25, { queue: '12 → 10', delta: '−2', fillAfter: 40 }],
    [24, 27, 25, { delta: '+3', fillAfter: 100, toneAfter: 'over' }],
    [5, 5, 5, { delta: '±0', toneAfter: 'full' }],
    [0, 1, 0, { fillBefore: 0, fillAfter: 100, toneAfter: 'over' }],
  ] as const)('reads %i → %i of %i', (before, after, capacity, expected) => {
    expect(describeLoadChange(intl, change(before, after, capacity))).toMatchObject(expected);
  });

  it('carries both balances', () => {
    expect(describeLoadChange(intl, change(2, 3, 25))).toMatchObject({ balanceBefore: 2000, balanceAfter: 3000 });
  });
});

describe('move texts', () => {
  it('names the target or the pool', () => {
    expect(moveTitle(intl, 3, 'Lena Becker')).toBe('Move 3 cases to Lena Becker');
    expect(moveTitle(intl, 1, null)).toBe('Return 1 case to the pool');
    expect(movedText(intl, 2, 'Lena')).toBe('2 cases moved to Lena.');
    expect(movedText(intl, 1, null)).toBe('1 case returned to the pool.');
    expect(movedText(intl, 0, 'Lena')).toMatch(/already with Lena/);
  });

  it('reads in the language of the catalogue it is given', () => {
    expect(moveTitle(german, 1, 'Lena Becker')).toBe('1 Fall an Lena Becker übergeben');
    expect(moveTitle(german, 3, 'Lena Becker')).toBe('3 Fälle an Lena Becker übergeben');
  });

  it('builds the moveCases input from the cases as seen', () => {
    expect(toMoveInput([{ id: 'a', version: 3 }, { id: 'b', version: 1 }], null)).toEqual({
      moves: [{ caseId: 'a', expectedVersion: 3 }, { caseId: 'b', expectedVersion: 1 }],
      toCollectorId: null,
      allowOverCapacity: false,
    });
    expect(toMoveInput([], 'x', true).allowOverCapacity).toBe(true);
  });

  it('turns a conflict into a sentence without ids', () => {
    const text = readableMoveError(intl, {
      code: 'CONFLICT',
      message:
        "Anna Meyer's case (Alpha Versand GmbH, 2f0c2a5e-35a4-4bd6-9a43-0d2b5bb1d2c7) changed meanwhile (version 4, you had 3); nothing was moved. Reload and try again.",
    });
    expect(text).toBe(
      "Anna Meyer's case (Alpha Versand GmbH) was changed by someone else — nothing was moved. The lists are reloaded; check the selection and try again.",
    );
  });

  it('keeps other messages, marking a refusal', () => {
    expect(readableMoveError(intl, { code: 'BAD_USER_INPUT', message: 'Lena does not work for Nordlys A/S.' })).toBe(
      'Lena does not work for Nordlys A/S.',
    );
    expect(readableMoveError(intl, { code: 'FORBIDDEN', message: 'Jonas is not in your team.' })).toBe('Not allowed: Jonas is not in your team.');
    expect(readableMoveError(intl, { code: 'NOT_FOUND', message: 'Case 2f0c2a5e-35a4-4bd6-9a43-0d2b5bb1d2c7 does not exist.' })).toMatch(
      /^A case or collector no longer exists/,
    );
    expect(readableMoveError(intl, { code: null, message: 'Collector 2f0c2a5e-35a4-4bd6-9a43-0d2b5bb1d2c7 is busy.' })).toBe('Collector is busy.');
  });
});

describe('selection', () => {
  it('toggles one and all', () => {
    const one = toggleSelected(new Set(), 'a');
    expect([...one]).toEqual(['a']);
    expect([...toggleSelected(one, 'a')]).toEqual([]);
    expect([...toggleAll(one, ['a', 'b'])].sort()).toEqual(['a', 'b']);
    expect([...toggleAll(new Set(['a', 'b', 'z']), ['a', 'b'])]).toEqual(['z']);
    expect([...toggleAll(new Set(), [])]).toEqual([]);
  });

  it('drags the selection when the row is in it, else the row alone', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(dragSet(items, new Set(['a', 'c']), items[2])).toEqual([items[0], items[2]]);
    expect(dragSet(items, new Set(['a', 'c']), items[1])).toEqual([items[1]]);
  });
});

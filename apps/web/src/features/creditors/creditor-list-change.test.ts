import { describe, expect, it } from 'vitest';
import { withChangedCreditor } from './creditor-list-change';

const a = { id: '1', name: 'Alpha' };
const c = { id: '3', name: 'Gamma' };

describe('withChangedCreditor', () => {
  it('adds a new creditor in name order', () => {
    expect(withChangedCreditor([a, c], { id: '2', name: 'Beta' }).map((x) => x.id)).toEqual(['1', '2', '3']);
  });

  it('replaces a changed one and moves it when its name moved', () => {
    expect(withChangedCreditor([a, c], { id: '1', name: 'Zeta' })).toEqual([c, { id: '1', name: 'Zeta' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupBalanceLines } from './balance-groups';

describe('balance groups', () => {
  it('groups by kind in a fixed order, keeps the lines in order, sums each group', () => {
    const lines = [
      { kind: 'PRINCIPAL', amountCents: 10000, explanation: 'Invoice 1' },
      { kind: 'INTEREST', amountCents: 120, explanation: 'Interest 2023' },
      { kind: 'PAYMENT', amountCents: -5000, explanation: 'Payment' },
      { kind: 'PRINCIPAL', amountCents: 2000, explanation: 'Invoice 2' },
      { kind: 'INTEREST', amountCents: 80, explanation: 'Interest 2024' },
      { kind: 'SOMETHING_NEW', amountCents: 1, explanation: 'New' },
      { kind: 'FEE', amountCents: 4000, explanation: 'Flat fee' },
    ];
    const groups = groupBalanceLines(lines);
    expect(groups.map((g) => [g.kind, g.totalCents, g.lines.map((l) => l.explanation)])).toEqual([
      ['PRINCIPAL', 12000, ['Invoice 1', 'Invoice 2']],
      ['INTEREST', 200, ['Interest 2023', 'Interest 2024']],
      ['FEE', 4000, ['Flat fee']],
      ['PAYMENT', -5000, ['Payment']],
      ['SOMETHING_NEW', 1, ['New']],
    ]);
    expect(groups.reduce((sum, g) => sum + g.totalCents, 0)).toBe(lines.reduce((sum, l) => sum + l.amountCents, 0));
  });

  it('has no groups for no lines', () => {
    expect(groupBalanceLines([])).toEqual([]);
  });
});

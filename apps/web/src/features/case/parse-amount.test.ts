import { describe, expect, it } from 'vitest';
import { parseAmountToCents, parsePositiveAmountToCents } from './parse-amount';

const cents = (text: string) => {
  const result = parseAmountToCents(text);
  return result.ok ? result.cents : result.error;
};

describe('parseAmountToCents', () => {
  it.each([
    ['250', 25000],
    ['250,00', 25000],
    ['250.00', 25000],
    ['250,5', 25050],
    ['250.05', 25005],
    ['0,01', 1],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['1.234.567', 123456700],
    ['12345', 1234500],
    ['  99,90 ', 9990],
    ['0', 0],
    ['007,50', 750],
    ['90071992547409,91', 9007199254740991],
  ] as const)('%s -> %i cents', (text, expected) => {
    expect(cents(text)).toBe(expected);
  });

  it.each([
    '12,345',
    '1.234',
    '-5',
    '−5',
    'abc',
    '',
    '   ',
    '12,3456',
    '1.23,45',
    '1,234,56',
    '1.234,567',
    '1,23.45',
    '12.34.56',
    ',50',
    '50,',
    '1..5',
    '1 234,56',
    '€ 250',
    '2e3',
    '90071992547409,92',
    '1000000000000000',
  ])('rejects %j', (text) => {
    const result = parseAmountToCents(text);
    expect(result.ok).toBe(false);
  });

  it('explains why an amount with three digits after one separator is rejected', () => {
    const result = parseAmountToCents('12,345');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('ambiguous') });
  });

  it('positive variant rejects zero', () => {
    expect(parsePositiveAmountToCents('0,00').ok).toBe(false);
    expect(parsePositiveAmountToCents('0,01')).toEqual({ ok: true, cents: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { parseReductionCents, REDUCTION_MESSAGES } from './parse-reduction';

describe('parseReductionCents', () => {
  it.each([
    ['200', 20_000],
    ['200,5', 20_050],
    ['200.50', 20_050],
    [' 0,01 ', 1],
  ])('%s is %i cents', (text, cents) => expect(parseReductionCents(text)).toEqual({ ok: true, cents }));
  it.each(['', '1.234,56', '-5', 'abc', '2,345'])('refuses %j as not an amount', (text) => {
    expect(parseReductionCents(text)).toEqual({ ok: false, error: REDUCTION_MESSAGES.format });
  });
  it('refuses a reduction of nothing', () => {
    expect(parseReductionCents('0')).toEqual({ ok: false, error: REDUCTION_MESSAGES.positive });
  });
});

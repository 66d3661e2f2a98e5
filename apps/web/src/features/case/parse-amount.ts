/**
 * Turns what a collector types ("250", "250,00", "250.00", "1.234,56", "1,234.56") into integer
 * cents by reading the digits, never through a float. Both German/Danish ("1.234,56") and English
 * ("1,234.56") notation are accepted as long as the text is unambiguous:
 * - the decimal separator is the last "," or "." and is followed by one or two digits;
 * - every other separator is a thousands separator, with groups of exactly three digits;
 * - a single separator followed by exactly three digits ("12,345", "1.234") could be either, so it
 *   is rejected with a hint instead of guessed.
 */

import { defineMessages, type MessageDescriptor } from 'react-intl';
import { displayIntl } from '../../i18n/display-locale';

/** `error` is worded in the workbench language. */
export type AmountParseResult = { ok: true; cents: number } | { ok: false; error: string };

const TEXT = defineMessages({
  empty: { id: 'amount.error.empty', defaultMessage: 'Enter an amount.' },
  negative: { id: 'amount.error.negative', defaultMessage: 'The amount must be positive.' },
  format: { id: 'amount.error.format', defaultMessage: 'Enter an amount like 250, 250,00 or 1.234,56.' },
  ambiguous: {
    id: 'amount.error.ambiguous',
    defaultMessage: '"{input}" is ambiguous: for the whole amount write {whole} or {whole},00; decimals have at most two digits.',
  },
  tooLarge: { id: 'amount.error.tooLarge', defaultMessage: 'The amount is too large.' },
  zero: { id: 'amount.error.zero', defaultMessage: 'The amount must be greater than zero.' },
});

function fail(text: keyof typeof TEXT, values?: Record<string, string>): AmountParseResult {
  const message: MessageDescriptor = TEXT[text];
  return { ok: false, error: displayIntl().formatMessage(message, values) };
}

export function parseAmountToCents(text: string): AmountParseResult {
  const input = text.trim();
  if (input === '') return fail('empty');
  if (/^[-−]/.test(input)) return fail('negative');
  if (!/^[0-9.,]+$/.test(input)) return fail('format');
  if (/^[.,]|[.,]$|[.,]{2}/.test(input)) return fail('format');

  const separators = [...input.matchAll(/[.,]/g)].map((m) => ({ char: m[0], index: m.index }));
  let integerText = input;
  let fractionText = '';

  if (separators.length > 0) {
    const last = separators[separators.length - 1]!;
    const digitsAfterLast = input.length - last.index - 1;
    const sameAsLast = separators.filter((s) => s.char === last.char).length;
    const lastIsDecimal = digitsAfterLast <= 2 && sameAsLast === 1;

    if (lastIsDecimal) {
      integerText = input.slice(0, last.index);
      fractionText = input.slice(last.index + 1);
    } else if (digitsAfterLast === 3 && separators.length === 1) {
      const whole = input.replace(/[.,]/, '');
      return fail('ambiguous', { input, whole });
    }

    // What remains in integerText may only hold thousands separators, all the same character,
    // different from the decimal separator, in groups of three.
    const groupSeparators = [...integerText.matchAll(/[.,]/g)].map((m) => m[0]);
    if (groupSeparators.length > 0) {
      const groupChar = groupSeparators[0]!;
      if (groupSeparators.some((c) => c !== groupChar)) return fail('format');
      if (lastIsDecimal && groupChar === last.char) return fail('format');
      const groups = integerText.split(groupChar);
      const [head, ...rest] = groups;
      if (!head || head.length > 3 || rest.some((g) => g.length !== 3)) return fail('format');
      integerText = groups.join('');
    }
  }

  if (!/^\d+$/.test(integerText) || !/^\d{0,2}$/.test(fractionText)) return fail('format');

  const digits = (integerText.replace(/^0+(?=\d)/, '') + fractionText.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return fail('tooLarge');
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return fail('tooLarge');
  return { ok: true, cents };
}

/** Parses and additionally requires a positive amount (payments, promises, installments). */
export function parsePositiveAmountToCents(text: string): AmountParseResult {
  const result = parseAmountToCents(text);
  if (result.ok && result.cents === 0) return fail('zero');
  return result;
}

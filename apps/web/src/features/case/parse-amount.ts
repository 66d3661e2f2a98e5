/**
 * Turns what a collector types ("250", "250,00", "250.00", "1.234,56", "1,234.56") into integer
 * cents by reading the digits, never through a float. Both German/Danish ("1.234,56") and English
 * ("1,234.56") notation are accepted as long as the text is unambiguous:
 * - the decimal separator is the last "," or "." and is followed by one or two digits;
 * - every other separator is a thousands separator, with groups of exactly three digits;
 * - a single separator followed by exactly three digits ("12,345", "1.234") could be either, so it
 *   is rejected with a hint instead of guessed.
 */

export type AmountParseResult = { ok: true; cents: number } | { ok: false; error: string };

const FORMAT_HINT = 'Enter an amount like 250, 250,00 or 1.234,56.';

function fail(error: string): AmountParseResult {
  return { ok: false, error };
}

export function parseAmountToCents(text: string): AmountParseResult {
  const input = text.trim();
  if (input === '') return fail('Enter an amount.');
  if (/^[-−]/.test(input)) return fail('The amount must be positive.');
  if (!/^[0-9.,]+$/.test(input)) return fail(FORMAT_HINT);
  if (/^[.,]|[.,]$|[.,]{2}/.test(input)) return fail(FORMAT_HINT);

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
      return fail(`"${input}" is ambiguous: for the whole amount write ${whole} or ${whole},00; decimals have at most two digits.`);
    }

    // What remains in integerText may only hold thousands separators, all the same character,
    // different from the decimal separator, in groups of three.
    const groupSeparators = [...integerText.matchAll(/[.,]/g)].map((m) => m[0]);
    if (groupSeparators.length > 0) {
      const groupChar = groupSeparators[0]!;
      if (groupSeparators.some((c) => c !== groupChar)) return fail(FORMAT_HINT);
      if (lastIsDecimal && groupChar === last.char) return fail(FORMAT_HINT);
      const groups = integerText.split(groupChar);
      const [head, ...rest] = groups;
      if (!head || head.length > 3 || rest.some((g) => g.length !== 3)) return fail(FORMAT_HINT);
      integerText = groups.join('');
    }
  }

  if (!/^\d+$/.test(integerText) || !/^\d{0,2}$/.test(fractionText)) return fail(FORMAT_HINT);

  const digits = (integerText.replace(/^0+(?=\d)/, '') + fractionText.padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  if (digits.length > 16) return fail('The amount is too large.');
  const cents = Number(digits);
  if (!Number.isSafeInteger(cents)) return fail('The amount is too large.');
  return { ok: true, cents };
}

/** Parses and additionally requires a positive amount (payments, promises, installments). */
export function parsePositiveAmountToCents(text: string): AmountParseResult {
  const result = parseAmountToCents(text);
  if (result.ok && result.cents === 0) return fail('The amount must be greater than zero.');
  return result;
}

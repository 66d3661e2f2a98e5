import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { decodeStatement, guessFormat, MAX_STATEMENT_BYTES, statementFileProblem } from './statement-file';
import { formatUiText } from './ui-text';

const problemIn = (locale: string, file: { name: string; size: number }) => {
  const problem = statementFileProblem(file);
  return problem && formatUiText(createIntl({ locale, defaultLocale: locale }), problem);
};

describe('guessFormat', () => {
  it.each([
    ['auszug.xml', '', 'CAMT053'],
    ['statement.camt', '', 'CAMT053'],
    ['export.csv', '', 'CSV'],
    ['download', '\uFEFF<?xml version="1.0"?><Document/>', 'CAMT053'],
    ['download.csv', '<Document/>', 'CAMT053'],
    ['download', 'booking_date,amount', 'CSV'],
    ['download', '', null],
  ] as const)('%s (%j) → %s', (name, text, format) => {
    expect(guessFormat(name, text)).toBe(format);
  });
});

describe('statementFileProblem', () => {
  it('refuses empty files and files over 5 MB, accepts the rest', () => {
    expect(problemIn('en-GB', { name: 'a.csv', size: 0 })).toBe('a.csv is empty.');
    expect(problemIn('en-GB', { name: 'a.csv', size: 6.25 * 1024 * 1024 })).toBe(
      'a.csv has 6.3 MB; the limit is 5 MB. Split the statement into smaller files.',
    );
    expect(problemIn('en-GB', { name: 'a.csv', size: MAX_STATEMENT_BYTES })).toBeNull();
  });

  it('writes the size in the number format of the language', () => {
    expect(problemIn('de-DE', { name: 'a.csv', size: MAX_STATEMENT_BYTES + 1 })).toMatch(/^a\.csv has 5,0 MB/);
  });
});

describe('decodeStatement', () => {
  it('reads UTF-8', () => {
    expect(decodeStatement(new TextEncoder().encode('Rückzahlung'))).toEqual({ text: 'Rückzahlung', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Latin-1 exports', () => {
    const latin1 = Uint8Array.from([0x52, 0xfc, 0x63, 0x6b, 0x20, 0x44, 0x2d, 0x31]); // "Rück D-1", ü as the single byte 0xFC
    expect(decodeStatement(latin1)).toEqual({ text: 'Rück D-1', encoding: 'windows-1252' });
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, toCsv, type CsvColumn } from './csv';

describe('toCsv', () => {
  const columns: CsvColumn<{ name: string; amount: string; rate: number | null }>[] = [
    { header: 'Name', value: (r) => r.name },
    { header: 'Amount (EUR)', value: (r) => r.amount },
    { header: 'Rate (%)', value: (r) => r.rate },
  ];

  it('writes a header and one CRLF-terminated line per row', () => {
    expect(toCsv(columns, [{ name: 'Weber', amount: '12.50', rate: 42.5 }])).toBe('Name,Amount (EUR),Rate (%)\r\nWeber,12.50,42.5\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('Name,Amount (EUR),Rate (%)\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['Müller, Hans', '"Müller, Hans"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('quotes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves empty cells for null, undefined and non-finite numbers', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField(-3.25)).toBe('-3.25');
  });

  it('keeps negative decimal strings but defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('csvFileName', () => {
  it('joins the parts with safe characters', () => {
    expect(csvFileName('kpis-by-collector', '2026-01-01', '2026-03-31')).toBe('kpis-by-collector_2026-01-01_2026-03-31.csv');
    expect(csvFileName('report', 'Stadtwerke Süd / DE', '')).toBe('report_Stadtwerke-S-d-DE.csv');
  });
});

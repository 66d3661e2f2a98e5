import { RuleViolation } from '../rule-violation.js';
import { buildEpcPayload, EPC_LIMITS, formatEpcAmount } from './epc-qr.js';

const transfer = {
  bic: 'COBADEFFXXX',
  name: 'Stadtwerke Rheinau GmbH',
  iban: 'DE89 3704 0044 0532 0130 00',
  amountCents: 12_345,
};

describe('formatEpcAmount', () => {
  it.each([
    [1, 'EUR0.01'],
    [1_000, 'EUR10.00'],
    [12_345, 'EUR123.45'],
    [99_999_999_999, 'EUR999999999.99'],
  ])('%p cents -> %p', (cents, text) => {
    expect(formatEpcAmount(cents)).toBe(text);
  });

  it.each([0, -5, 12.5, 100_000_000_000])('refuses %p cents', (cents) => {
    expect(() => formatEpcAmount(cents)).toThrow(RuleViolation);
  });
});

describe('buildEpcPayload (EPC069-12)', () => {
  it('writes the twelve lines in order and leaves out trailing empty ones', () => {
    expect(buildEpcPayload({ ...transfer, text: 'INV-2025-001/D-000123' }).split('\n')).toEqual([
      'BCD', '002', '1', 'SCT', 'COBADEFFXXX', 'Stadtwerke Rheinau GmbH', 'DE89370400440532013000', 'EUR123.45', '', '', 'INV-2025-001/D-000123',
    ]);
  });

  it('keeps an empty BIC line (optional in version 002) and a structured reference in line 10', () => {
    const lines = buildEpcPayload({ ...transfer, bic: null, purpose: 'gdds', reference: 'RF18 5390 0754 7034' }).split('\n');
    expect(lines[4]).toBe('');
    expect(lines[8]).toBe('GDDS');
    expect(lines[9]).toBe('RF18539007547034');
    expect(lines).toHaveLength(10);
  });

  it('carries information to the payer in line 12', () => {
    const lines = buildEpcPayload({ ...transfer, text: 'D-1', information: 'Thank you' }).split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[11]).toBe('Thank you');
  });

  it.each([
    ['name', { name: 'N'.repeat(EPC_LIMITS.name + 1) }],
    ['name', { name: '  ' }],
    ['reference', { reference: 'R'.repeat(EPC_LIMITS.reference + 1) }],
    ['text', { text: 'T'.repeat(EPC_LIMITS.text + 1) }],
    ['reference', { reference: 'RF18539007547034', text: 'both' }],
    ['iban', { iban: 'not an iban' }],
    ['bic', { bic: 'COBA' }],
    ['purpose', { purpose: 'GOODS' }],
    ['amountCents', { amountCents: 0 }],
  ])('refuses a bad %s', (field, change) => {
    try {
      buildEpcPayload({ ...transfer, ...change });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleViolation);
      expect((error as RuleViolation).field).toBe(field);
    }
  });

  it('accepts a name of exactly 70 characters and a reference of exactly 35', () => {
    expect(() => buildEpcPayload({ ...transfer, name: 'N'.repeat(70) })).not.toThrow();
    expect(() => buildEpcPayload({ ...transfer, reference: 'R'.repeat(35) })).not.toThrow();
  });

  it('turns line breaks inside a field into spaces, so no field spills into the next line', () => {
    const lines = buildEpcPayload({ ...transfer, name: 'Stadtwerke\nRheinau' }).split('\n');
    expect(lines[5]).toBe('Stadtwerke Rheinau');
  });
});

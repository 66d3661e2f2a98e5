import { describe, expect, it } from 'vitest';
import { danishAccount, formatPortalAmount, formatPortalDate, groupIban, plainAmount } from './format';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('portal formatting', () => {
  it('writes amounts the way each language does, from whole cents', () => {
    expect(nbsp(formatPortalAmount(123456, 'EUR', 'de'))).toBe('1.234,56 €');
    expect(nbsp(formatPortalAmount(123456, 'EUR', 'en'))).toBe('€1,234.56');
    expect(nbsp(formatPortalAmount(123456, 'DKK', 'da'))).toBe('1.234,56 kr.');
    expect(nbsp(formatPortalAmount(-5, 'EUR', 'de'))).toBe('-0,05 €');
    expect(nbsp(formatPortalAmount(900719925474099, 'EUR', 'en'))).toBe('€9,007,199,254,740.99');
  });

  it('copies an amount as a banking app takes it: no currency, no grouping', () => {
    expect(plainAmount(123456, 'EUR', 'de')).toBe('1234,56');
    expect(plainAmount(123456, 'EUR', 'en')).toBe('1234.56');
    expect(plainAmount(67345, 'DKK', 'da')).toBe('673,45');
  });

  it('writes dates out in words', () => {
    expect(formatPortalDate('2027-01-15', 'de')).toBe('15. Januar 2027');
    expect(formatPortalDate('2027-01-15', 'en')).toBe('15 January 2027');
    expect(formatPortalDate('2027-01-15', 'da')).toBe('15. januar 2027');
  });

  it('groups an IBAN by four', () => {
    expect(groupIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(groupIban('DE89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('reads the Danish registration and account number from a Danish IBAN only', () => {
    expect(danishAccount('DK50 0040 0440 1162 43')).toEqual({ regNo: '0040', accountNo: '0440116243' });
    expect(danishAccount('DE89370400440532013000')).toBeNull();
    expect(danishAccount('DK5000400440')).toBeNull();
  });
});

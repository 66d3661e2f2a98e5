import { RuleViolation } from '../rule-violation.js';
import {
  businessCompensationDK,
  checkReminderFeeDK,
  collectionCostCapDK,
  handOverFeeDK,
  reminderFeeDK,
} from './dk-fees.js';

const kr = (major: number): number => Math.round(major * 100);

describe('reminderFeeDK (renteloven 9b(2): DKK 100, at most 3, at least 10 days apart)', () => {
  it.each([
    ['first reminder', '2025-03-05', [], 1],
    ['second, exactly 10 days later', '2025-03-15', ['2025-03-05'], 2],
    ['third, 14 days later', '2025-03-29', ['2025-03-15', '2025-03-05'], 3],
  ])('%s: DKK 100', (_name, sentOn, previous, number) => {
    const fee = reminderFeeDK({ sentOn, previousReminders: previous, dueDate: '2025-03-01' });
    expect(fee.amountCents).toBe(kr(100));
    expect(fee.currency).toBe('DKK');
    expect(fee.statute).toBe('renteloven 9b(2)');
    expect(fee.explanation).toContain(`reminder ${number} of at most 3`);
  });

  it.each([
    ['a fourth reminder', '2025-04-30', ['2025-03-05', '2025-03-15', '2025-03-29'], /at most 3 per debt/],
    ['9 days after the previous one', '2025-03-14', ['2025-03-05'], /from 2025-03-15/],
    ['a reminder on the due date', '2025-03-01', [], /not after the due date/],
  ])('refuses %s', (_name, sentOn, previous, message) => {
    const input = { sentOn, previousReminders: previous, dueDate: '2025-03-01' };
    const violation = checkReminderFeeDK(input);
    expect(violation).toBeInstanceOf(RuleViolation);
    expect(violation?.message).toMatch(message);
    expect(() => reminderFeeDK(input)).toThrow(RuleViolation);
  });

  it('allows a fee when the rule is met', () => {
    expect(checkReminderFeeDK({ sentOn: '2025-03-15', previousReminders: ['2025-03-05'] })).toBeNull();
  });
});

describe('handOverFeeDK (renteloven 9b(3): DKK 100; inkassoloven 10: after the warning deadline)', () => {
  it('charges DKK 100 after the collection warning deadline', () => {
    const fee = handOverFeeDK({ onDate: '2025-04-11', collectionWarningDeadline: '2025-04-10' });
    expect(fee.amountCents).toBe(kr(100));
    expect(fee.statute).toBe('renteloven 9b(3)');
  });

  it('refuses to hand over on or before the deadline', () => {
    expect(() => handOverFeeDK({ onDate: '2025-04-10', collectionWarningDeadline: '2025-04-10' })).toThrow(/from 2025-04-11/);
  });
});

describe('businessCompensationDK (renteloven 9a(3): DKK 310)', () => {
  it('is DKK 310 from 2013-03-01', () => {
    expect(businessCompensationDK('2025-01-01').amountCents).toBe(kr(310));
    expect(() => businessCompensationDK('2013-02-28')).toThrow(RangeError);
  });
});

describe('collectionCostCapDK (bekendtgørelse om udenretlige inddrivelsesomkostninger, Bilag 1, from 2016-07-01)', () => {
  it.each([
    [500, 400],
    [1_000, 400], // "0 - 1.000 kr."
    [1_000.01, 700],
    [2_500, 700],
    [5_000, 1_000],
    [10_000, 1_300],
    [25_000, 1_700],
    [50_000, 2_250],
    [100_000, 2_850],
    [250_000, 3_850],
    [500_000, 6_400],
    [600_000, 7_400], // 6,400 + 1 % of 100,000
    [500_000.5, 6_400.01], // 1 % of 0.50 = 0.005 -> rounds half-up to 0.01
    [1_234_567.89, 13_745.68], // 6,400 + 1 % of 734,567.89 = 7,345.6789 -> 7,345.68
  ])('claim DKK %p -> at most DKK %p excl. VAT', (claim, cap) => {
    const result = collectionCostCapDK(kr(claim), '2025-01-01');
    expect(result.amountCents).toBe(kr(cap));
    expect(result.currency).toBe('DKK');
  });

  it('explains the band', () => {
    expect(collectionCostCapDK(kr(600_000), '2025-01-01').explanation).toBe(
      'Maximum collection costs (excl. VAT) for a claim of 600,000.00 DKK: 7,400.00 DKK (6,400.00 DKK + 1 % of the 100,000.00 DKK above 500,000.00 DKK; bekendtgørelse nr. 601/2002, Bilag 1, as amended from 2016-07-01, table from 2016-07-01)',
    );
  });

  it('has no table before 2016-07-01 encoded', () => {
    expect(() => collectionCostCapDK(kr(1_000), '2016-06-30')).toThrow(RangeError);
  });

  it('refuses a claim of zero', () => {
    expect(() => collectionCostCapDK(0, '2025-01-01')).toThrow(RuleViolation);
  });
});

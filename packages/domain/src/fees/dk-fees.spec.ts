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

  it('has no table before the order came into force (2002-08-01)', () => {
    expect(() => collectionCostCapDK(kr(1_000), '2002-07-31')).toThrow(RangeError);
  });

  it('refuses a claim of zero', () => {
    expect(() => collectionCostCapDK(0, '2025-01-01')).toThrow(RuleViolation);
  });
});

describe('reminderFeeDK counts the creditor\'s own reminders (renteloven 9b(2): a fee for at most 3 per debt)', () => {
  it.each<[number, string[], boolean]>([
    [2, [], true], // the creditor sent 2: Mahnwerk's first is the third with a fee
    [2, ['2025-03-05'], false],
    [3, [], false],
    [0, ['2025-03-05', '2025-03-15'], true],
  ])('creditor sent %p, Mahnwerk %j: fee %p', (creditor, previous, allowed) => {
    const violation = checkReminderFeeDK({ sentOn: '2025-04-01', previousReminders: previous, earlierRemindersWithoutDates: creditor });
    expect(violation === null).toBe(allowed);
    if (!allowed) expect(violation?.message).toMatch(/a fee for at most 3 per debt/);
  });

  it('numbers the reminder after the creditor\'s', () => {
    expect(reminderFeeDK({ sentOn: '2025-04-01', previousReminders: [], earlierRemindersWithoutDates: 2 }).explanation).toContain('reminder 3 of at most 3');
  });

  it('refuses a negative count', () => {
    expect(checkReminderFeeDK({ sentOn: '2025-04-01', previousReminders: [], earlierRemindersWithoutDates: -1 })).toBeInstanceOf(RuleViolation);
  });
});

describe('collectionCostCapDK by the day the claim arose (each order: "betalingskrav, der opstår efter ikrafttræden")', () => {
  it.each<[string, number, number]>([
    // bekendtgørelse nr. 476/2016 § 2: claims arising from 2016-07-01
    ['2016-07-01', 1_000, 400],
    ['2016-07-01', 600_000, 7_400],
    // before: Bilag 1 as amended by nr. 423/2009 (VERIFY its start date)
    ['2016-06-30', 1_000, 350],
    ['2016-06-30', 8_000, 1_100],
    ['2016-06-30', 600_000, 6_500], // 5,500 + 1 % of 100,000
    // Bilag 1 of nr. 601/2002 as issued (§ 6: from 2002-08-01)
    ['2009-06-30', 1_000, 300],
    ['2009-06-30', 400_000, 4_500],
  ])('claim arisen on %s, DKK %p: at most DKK %p', (arose, claim, cap) => {
    expect(collectionCostCapDK(kr(claim), arose).amountCents).toBe(kr(cap));
  });
});

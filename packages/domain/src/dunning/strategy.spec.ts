import type { RuleViolation } from '../rule-violation.js';
import { feeRuleOf, feeRulePartsOf } from './fee-rule-parts.js';
import {
  DEFAULT_STRATEGY_DE,
  DEFAULT_STRATEGY_DK,
  strategyViolations,
  validateStrategy,
  type DunningStrategy,
  type DunningStrategyStage,
} from './strategy.js';
import { creditorDunningFeeViolation, DE_CREDITOR_DUNNING_FEE_CAP_CENTS } from '../fees/creditor-dunning-fee.js';

const fields = (violations: RuleViolation[]): (string | undefined)[] => violations.map((v) => v.field);

function withStages(base: DunningStrategy, change: (stages: DunningStrategyStage[]) => DunningStrategyStage[]): DunningStrategy {
  return { ...base, stages: change(base.stages.map((s) => ({ ...s }))) };
}

describe('default strategies (DESIGN.md 2)', () => {
  it('DE: reminder -> 1st -> final dunning -> phone -> agency -> court -> enforcement', () => {
    expect(DEFAULT_STRATEGY_DE.stages.map((s) => s.stage)).toEqual([
      'REMINDER',
      'DUNNING_1',
      'DUNNING_2',
      'PHONE',
      'AGENCY',
      'COURT',
      'ENFORCEMENT',
    ]);
    expect(DEFAULT_STRATEGY_DE.stages.map((s) => s.waitDays)).toEqual([0, 14, 14, 8, 8, 15, 15]);
    expect(strategyViolations(DEFAULT_STRATEGY_DE)).toEqual([]);
  });

  it('DK: three reminders of DKK 100 at least 10 days apart, the third a collection warning with 10 days (inkassoloven 10)', () => {
    expect(DEFAULT_STRATEGY_DK.stages.map((s) => [s.stage, s.fee?.rule ?? null])).toEqual([
      ['REMINDER', 'DK_REMINDER_FEE'],
      ['DUNNING_1', 'DK_REMINDER_FEE'],
      ['DUNNING_2', 'DK_REMINDER_FEE'],
      ['AGENCY', 'DK_HANDOVER_FEE'],
      ['COURT', null],
      ['ENFORCEMENT', null],
    ]);
    const warning = DEFAULT_STRATEGY_DK.stages.find((s) => s.collectionWarning);
    expect(warning?.paymentWindowDays).toBe(10);
    expect(strategyViolations(DEFAULT_STRATEGY_DK)).toEqual([]);
  });
});

describe('validateStrategy', () => {
  it.each<[string, DunningStrategy, string[]]>([
    ['no stages', { ...DEFAULT_STRATEGY_DE, stages: [] }, ['stages']],
    [
      'stages out of order',
      withStages(DEFAULT_STRATEGY_DE, ([a, b, ...rest]) => [b!, a!, ...rest]),
      ['stages[1].stage', 'stages[1].waitDays'],
    ],
    ['a stage twice', withStages(DEFAULT_STRATEGY_DE, (s) => [s[0]!, { ...s[0]!, waitDays: 14 }]), ['stages[1].stage']],
    ['negative wait', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, waitDays: -1 }, ...s.slice(1)]), ['stages[0].waitDays']],
    ['fractional window', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, paymentWindowDays: 1.5 }, ...s.slice(1)]), ['stages[0].paymentWindowDays']],
    // escalating before the previous letter's deadline has passed
    ['wait within the previous deadline', withStages(DEFAULT_STRATEGY_DE, (s) => [s[0]!, { ...s[1]!, waitDays: 10 }]), ['stages[1].waitDays']],
    ['unknown channel', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, channel: 'FAX' as never }]), ['stages[0].channel']],
    ['letter without template', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, letterTemplate: null }]), ['stages[0].letterTemplate']],
    ['a Danish fee in Germany', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, fee: { rule: 'DK_REMINDER_FEE' } }]), ['stages[0].fee']],
    ['a German fee in Denmark', withStages(DEFAULT_STRATEGY_DK, (s) => [...s.slice(0, 3), { ...s[3]!, fee: { rule: 'DE_AGENCY_FEE', factor: 0.9 } }]), ['stages[3].fee']],
    ['a factor above 2.5', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, fee: { rule: 'DE_AGENCY_FEE', factor: 3 } }]), ['stages[0].fee.factor']],
    ['a fixed fee without basis', withStages(DEFAULT_STRATEGY_DE, (s) => [...s.slice(0, 2), { ...s[2]!, fee: { rule: 'FIXED', label: 'Porto', amountCents: 85, statute: ' ' } }, ...s.slice(3)]), ['stages[2].fee.statute']],
    // renteloven 9b(2): at least 10 days between reminders with a fee
    ['Danish reminders 7 days apart', withStages(DEFAULT_STRATEGY_DK, (s) => [{ ...s[0]!, paymentWindowDays: 5 }, { ...s[1]!, waitDays: 7 }, ...s.slice(2)]), ['stages[1].waitDays']],
    // renteloven 9b(2): at most 3 reminders with a fee
    [
      'four Danish reminders',
      withStages(DEFAULT_STRATEGY_DK, (s) => [s[0]!, s[1]!, { ...s[2]!, collectionWarning: false }, { stage: 'PHONE', waitDays: 14, channel: 'LETTER', fee: { rule: 'DK_REMINDER_FEE' }, letterTemplate: 'dk-rykker-4', paymentWindowDays: 10, collectionWarning: true }, ...s.slice(3)]),
      ['stages[3].fee'],
    ],
    // inkassoloven 10: the warning needs 10 days and must precede the hand-over
    ['a 7-day collection warning', withStages(DEFAULT_STRATEGY_DK, (s) => [s[0]!, s[1]!, { ...s[2]!, paymentWindowDays: 7 }, ...s.slice(3)]), ['stages[2].paymentWindowDays']],
    ['hand-over without a warning', withStages(DEFAULT_STRATEGY_DK, (s) => [s[0]!, s[1]!, { ...s[2]!, collectionWarning: false }, ...s.slice(3)]), ['stages[3].stage']],
    ['a reminder fee after the hand-over', withStages(DEFAULT_STRATEGY_DK, (s) => [s[0]!, s[1]!, s[2]!, s[3]!, { ...s[4]!, fee: { rule: 'DK_REMINDER_FEE' } }, s[5]!]), ['stages[4].fee', 'stages[4].fee']], // and a 4th reminder
    ['a warning in Germany', withStages(DEFAULT_STRATEGY_DE, (s) => [{ ...s[0]!, collectionWarning: true }, ...s.slice(1)]), ['stages[0].collectionWarning']],
  ])('%s', (_name, strategy, expected) => {
    expect(fields(strategyViolations(strategy))).toEqual(expected);
    expect(() => validateStrategy(strategy)).toThrow(expect.objectContaining({ name: 'RuleViolation', field: expected[0] }));
  });

  it('accepts a strategy that skips stages', () => {
    expect(() => validateStrategy(withStages(DEFAULT_STRATEGY_DE, (s) => [s[0]!, { ...s[4]!, waitDays: 21 }]))).not.toThrow();
  });
});

describe('fee rule parts', () => {
  it('builds each rule from its parts and back', () => {
    const agency = feeRuleOf({ rule: 'DE_AGENCY_FEE', factor: 1.3, firstDemand: false });
    expect(agency).toEqual({ rule: 'DE_AGENCY_FEE', factor: 1.3, firstDemand: false });
    expect(feeRulePartsOf(agency as never)).toMatchObject({ rule: 'DE_AGENCY_FEE', factor: 1.3, firstDemand: false, amountCents: null });
    expect(feeRuleOf({ rule: 'FIXED', amountCents: 250, label: 'Porto', statute: 'BGB 280' })).toEqual({ rule: 'FIXED', amountCents: 250, label: 'Porto', statute: 'BGB 280' });
    expect(feeRuleOf({ rule: 'DK_REMINDER_FEE', factor: 2 })).toEqual({ rule: 'DK_REMINDER_FEE' });
  });

  it('names the missing or unknown part', () => {
    expect(feeRuleOf({ rule: 'DE_AGENCY_FEE' })).toMatchObject({ field: 'fee.factor' });
    expect(feeRuleOf({ rule: 'FIXED' })).toMatchObject({ field: 'fee.amountCents' });
    expect(feeRuleOf({ rule: 'GOLD' })).toMatchObject({ field: 'fee.rule' });
  });
});

describe('the German creditor\'s own dunning fees (BGB 280(2), 286)', () => {
  const withFee = (index: number, amountCents: number): DunningStrategy =>
    withStages(DEFAULT_STRATEGY_DE, (s) => s.map((st, i) => (i === index ? { ...st, fee: { rule: 'FIXED', label: 'Dunning letter costs', amountCents, statute: 'BGB 280(2), 286' } } : st)));

  it('the default strategy charges nothing for the creditor\'s letters', () => {
    expect(DEFAULT_STRATEGY_DE.stages.filter((s) => s.stage !== 'AGENCY').map((s) => s.fee)).toEqual([null, null, null, null, null, null]);
  });

  it('refuses any fee for the letter that puts the debtor in default, and for the reminder before it', () => {
    const first = strategyViolations(withFee(1, 100));
    expect(fields(first)).toEqual(['stages[1].fee.amountCents']);
    expect(first[0]!.message).toMatch(/puts the debtor in default.*BGB 280\(2\), 286/);
    expect(fields(strategyViolations(withFee(0, 50)))).toEqual(['stages[0].fee.amountCents']);
  });

  it(`allows a later reminder at actual cost up to ${DE_CREDITOR_DUNNING_FEE_CAP_CENTS} cents and refuses a flat above it`, () => {
    expect(strategyViolations(withFee(2, DE_CREDITOR_DUNNING_FEE_CAP_CENTS))).toEqual([]);
    const flat = strategyViolations(withFee(2, 500));
    expect(fields(flat)).toEqual(['stages[2].fee.amountCents']);
    expect(flat[0]!.message).toContain('at most €2.50');
    expect(flat[0]!.message).toContain('€5.00 is a flat the debtor does not owe');
  });

  it('leaves Danish reminders and agency stages to their own rules', () => {
    expect(creditorDunningFeeViolation('AGENCY', 10_000, 'x')).toBeNull();
    const dk = withStages(DEFAULT_STRATEGY_DK, (s) => s);
    expect(strategyViolations(dk)).toEqual([]);
  });
});

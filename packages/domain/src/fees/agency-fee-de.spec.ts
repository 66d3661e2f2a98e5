import { RuleViolation } from '../rule-violation.js';
import {
  agencyFeeDE, agencyFeeLineDE, agencyFeeRaiseDE, agencyFeeRaiseLineDE, factorToHundredths, formatFactor, paymentPlanFeeDE,
  type AgencyFeeDEInput, type AgencyFeeRaiseDEInput,
} from './agency-fee-de.js';

const base: AgencyFeeDEInput = {
  claimValueCents: 100_000, // EUR 1,000: 1.0 fee EUR 88.00 before 2025-06-01
  onDate: '2025-03-01',
  factor: 1.3,
  undisputed: true,
  paidOnFirstDemand: false,
};

describe('agencyFeeDE (RDG 13e; RVG 13, VV 2300, 7002, 7008)', () => {
  it.each<[string, Partial<AgencyFeeDEInput>, number, number]>([
    // VV 2300 Anm. 2 sentence 1: undisputed, at most 0.9: 0.9 * 88 = 79.20; VV 7002: 20 % = 15.84
    ['undisputed: 1.3 requested, capped at 0.9', {}, 90, 9_504],
    // VV 2300 Anm. 2 sentence 2: paid on the first demand, 0.5 * 88 = 44.00 + 8.80
    ['paid on the first demand: 0.5', { paidOnFirstDemand: true }, 50, 5_280],
    ['undisputed, a lower factor is kept: 0.7 * 88 = 61.60 + 12.32', { factor: 0.7 }, 70, 7_392],
    // undisputed but particularly extensive or difficult: at most 1.3: 114.40 + 20.00 (VV 7002 cap)
    ['undisputed, particularly difficult: 1.3', { extensiveOrDifficult: true }, 130, 13_440],
    // disputed: the 1.3 threshold (VV 2300 Anm. 1)
    ['disputed: 1.3', { undisputed: false }, 130, 13_440],
    ['disputed: 2.0 requested, capped at 1.3', { undisputed: false, factor: 2 }, 130, 13_440],
    // disputed, extensive or difficult: up to 2.5: 2.0 * 88 = 176.00 + 20.00
    ['disputed and difficult: 2.0', { undisputed: false, factor: 2, extensiveOrDifficult: true }, 200, 19_600],
    // VV 7008: 19 % VAT on 95.04 = 18.0576 -> 18.06 where the creditor cannot deduct input VAT
    ['VAT when the creditor cannot deduct it', { creditorCanDeductVat: false }, 90, 11_310],
    // BGB 288(5) sentence 3: the EUR 40 flat compensation is credited: 95.04 - 40.00
    ['less the BGB 288(5) flat compensation', { creditFlatCompensationCents: 4_000 }, 90, 5_504],
    // RVG 13(2): undisputed claim up to EUR 50, 1.0 fee EUR 30: 0.9 * 30 = 27.00 + 5.40
    ['undisputed claim of EUR 40: fixed 1.0 fee EUR 30', { claimValueCents: 4_000 }, 90, 3_240],
    ['EUR 40, paid on first demand: 0.5 * 30 = 15.00 + 3.00', { claimValueCents: 4_000, paidOnFirstDemand: true }, 50, 1_800],
    // the fixed fee is for undisputed claims only: disputed EUR 40 uses the table (49.00): 63.70 + 12.74
    ['disputed claim of EUR 40: table fee', { claimValueCents: 4_000, undisputed: false }, 130, 7_644],
    // from 2025-06-01: EUR 31.50 (VERIFY) * 0.9 = 28.35 + 5.67
    ['EUR 40 after 2025-06-01: 31.50', { claimValueCents: 4_000, onDate: '2025-06-01' }, 90, 3_402],
    // KostBRÄG 2025 table: EUR 5,000 -> 354.50; 0.9 = 319.05 + 20.00
    ['EUR 5,000 on 2025-07-01', { claimValueCents: 500_000, onDate: '2025-07-01' }, 90, 33_905],
    // before 2021-10-01 no 0.9 / 0.5 rules: 1.3 * 88 = 114.40 + 20.00
    ['2021-05-01: the old 1.3 threshold even when paid at once', { onDate: '2021-05-01', paidOnFirstDemand: true }, 130, 13_440],
    // payment plan (VV 1000, 31b; VERIFY): 0.7 * 49.00 (value 500) = 34.30; fees 113.50; expenses capped 20.00
    ['with a payment-plan agreement', { paymentPlan: true }, 90, 13_350],
  ])('%s', (_name, overrides, factor, total) => {
    const fee = agencyFeeDE({ ...base, ...overrides });
    expect(fee.factorHundredths).toBe(factor);
    expect(fee.amountCents).toBe(total);
    expect(fee.parts.reduce((s, p) => s + p.amountCents, 0)).toBe(total);
    expect(fee.currency).toBe('EUR');
  });

  it('explains the rule, the inputs, the factor and each component', () => {
    expect(agencyFeeDE({ ...base, creditorCanDeductVat: false }).explanation).toBe(
      'Collection costs (RDG 13e: at most a lawyer\'s fee under the RVG) for a claim value of 1,000.00 EUR on 2025-03-01; ' +
        '1.0 fee 88.00 EUR (RVG 13 table from 2021-01-01); ' +
        'business fee factor 0.9 (requested 1.3, capped at 0.9: undisputed claim (VV 2300 Anm. 2 sentence 1, RDG 13e)) = 79.20 EUR; ' +
        'expenses flat rate 20 % of 79.20 EUR, at most 20.00 EUR = 15.84 EUR (VV 7002); ' +
        'VAT 19 % on 95.04 EUR = 18.06 EUR (VV 7008: the creditor cannot deduct input VAT); total 113.10 EUR',
    );
  });

  it.each<[string, Partial<AgencyFeeDEInput>]>([
    ['a factor below 0.5', { factor: 0.4 }],
    ['a factor above 2.5', { factor: 2.6 }],
    ['a factor with three decimals', { factor: 0.333 }],
    ['a zero claim', { claimValueCents: 0 }],
    ['a negative credit', { creditFlatCompensationCents: -1 }],
  ])('rejects %s', (_name, overrides) => {
    expect(() => agencyFeeDE({ ...base, ...overrides })).toThrow(RuleViolation);
  });

  it('has no rules before the 2013 tables', () => {
    expect(() => agencyFeeDE({ ...base, onDate: '2013-07-31' })).toThrow(RangeError);
  });
});

describe('paymentPlanFeeDE (VV 1000 with RVG 31b; VERIFY 0.7 on 50 %)', () => {
  it.each([
    // EUR 1,000: value 500 -> 49.00; 0.7 -> 34.30
    [100_000, '2025-03-01', 3_430],
    // EUR 10,000: value 5,000 -> 334.00; 0.7 -> 233.80
    [1_000_000, '2025-03-01', 23_380],
    // after 2025-06-01: value 5,000 -> 354.50; 0.7 -> 248.15
    [1_000_000, '2025-06-01', 24_815],
    // before 2021-10-01 (VERIFY): 1.5 on 20 %: value 2,000 -> 166.00 -> 249.00
    [1_000_000, '2021-05-01', 24_900],
  ])('claim %p cents on %s -> %p cents', (claim, onDate, fee) => {
    expect(paymentPlanFeeDE({ claimValueCents: claim, onDate }).amountCents).toBe(fee);
  });
});

describe('fee factors', () => {
  it.each([
    [0.5, 50, '0.5'],
    [0.9, 90, '0.9'],
    [1.3, 130, '1.3'],
    [0.65, 65, '0.65'],
    [2.5, 250, '2.5'],
  ])('%p -> %p hundredths -> %p', (factor, hundredths, text) => {
    expect(factorToHundredths(factor)).toBe(hundredths);
    expect(formatFactor(hundredths)).toBe(text);
  });

  it.each([Number.NaN, 0.125])('rejects %p', (factor) => {
    expect(() => factorToHundredths(factor)).toThrow(RuleViolation);
  });
});

describe('RVG 60(1): the law of the day the mandate was received', () => {
  // EUR 1,000 charged on 2025-07-01: the 2025 table gives 93.00, the 2021 table 88.00, the 2013 table 80.00.
  it.each<[string, Partial<AgencyFeeDEInput>, number, string]>([
    ['no mandate date: the law of the charging day (0.9 x 93.00 = 83.70 + 16.74)', {}, 10_044, '2025-06-01'],
    ['mandate before KostBRÄG 2025: the 2021 table (0.9 x 88.00 = 79.20 + 15.84)', { mandateDate: '2025-03-01' }, 9_504, '2021-01-01'],
    ['mandate on the day KostBRÄG 2025 came into force: its table', { mandateDate: '2025-06-01' }, 10_044, '2025-06-01'],
    // before the 2021-10-01 collection-law reform there was no 0.9 cap: 1.3 x 88.00 = 114.40 + 20.00
    ['mandate before the 2021 reform: the 1.3 threshold', { mandateDate: '2021-05-01' }, 13_440, '2021-01-01'],
    // 2. KostRMoG table (VERIFY): 1.3 x 80.00 = 104.00 + 20.00
    ['mandate in 2020: the 2013 table', { mandateDate: '2020-06-01' }, 12_400, '2013-08-01'],
  ])('%s', (_name, overrides, total, tableFrom) => {
    const fee = agencyFeeDE({ ...base, onDate: '2025-07-01', ...overrides });
    expect(fee.amountCents).toBe(total);
    expect(fee.tableFrom).toBe(tableFrom);
  });

  it('says which law applied and why', () => {
    expect(agencyFeeDE({ ...base, onDate: '2025-07-01', mandateDate: '2025-03-01' }).explanation).toContain(
      'on 2025-07-01 under the law in force when the mandate was received on 2025-03-01 (RVG 60(1)); 1.0 fee 88.00 EUR (RVG 13 table from 2021-01-01)',
    );
  });

  it('keeps the VAT rate of the charging day (UStG), not of the mandate', () => {
    const fee = agencyFeeDE({ ...base, onDate: '2021-01-05', mandateDate: '2020-08-01', creditorCanDeductVat: false });
    expect(fee.parts.find((p) => p.statute.startsWith('RVG VV 7008'))?.label).toBe('VAT 19.00 %'); // 16 % on the mandate date 2020-08-01
  });
});

describe('agencyFeeRaiseDE (VV 2300 Anm. 2: 0.5 on the first demand, more once it went unpaid)', () => {
  const raiseBase: AgencyFeeRaiseDEInput = {
    claimValueCents: 100_000,
    onDate: '2025-05-13',
    mandateDate: '2025-03-01',
    firstDemandFactor: 0.9,
    raisedFactor: 0.9,
    firstDemandDeadline: '2025-05-12',
    undisputed: true,
  };

  it.each<[string, Partial<AgencyFeeRaiseDEInput>, number, number]>([
    // 0.9: 79.20 + 15.84 = 95.04, less the first demand's 0.5: 44.00 + 8.80 = 52.80
    ['undisputed: 0.5 -> 0.9', {}, 90, 4_224],
    ['undisputed, 1.3 set: still at most 0.9 (Anm. 2 sentence 1)', { raisedFactor: 1.3 }, 90, 4_224],
    // disputed: the 1.3 threshold (Anm. 1): 114.40 + 20.00 = 134.40 - 52.80
    ['disputed, 1.3 set: the threshold applies', { raisedFactor: 1.3, undisputed: false }, 130, 8_160],
    ['disputed, 0.9 set: 0.9', { undisputed: false }, 90, 4_224],
    ['a creditor that keeps 0.5: nothing to add', { raisedFactor: 0.5 }, 50, 0],
    // mandate before 2021-10-01: the first demand already charged 0.9 (no 0.5 rule yet): nothing to add
    ['mandate before the 2021 reform', { mandateDate: '2021-05-01' }, 90, 0],
  ])('%s', (_name, overrides, factor, amount) => {
    const fee = agencyFeeRaiseDE({ ...raiseBase, ...overrides });
    expect(fee.factorHundredths).toBe(factor);
    expect(fee.amountCents).toBe(amount);
    expect(fee.parts.reduce((s, p) => s + p.amountCents, 0)).toBe(amount);
  });

  it.each([0.4, 1.4, 0.333])('refuses a raised factor of %p', (raisedFactor) => {
    expect(() => agencyFeeRaiseDE({ ...raiseBase, raisedFactor })).toThrow(RuleViolation);
  });

  it('says which factor and why, in the letter language', () => {
    const fee = agencyFeeRaiseDE(raiseBase);
    expect(agencyFeeRaiseLineDE(fee, 'de', '2025-05-12')).toBe(
      'Inkassokosten: Erhöhung der Geschäftsgebühr von 0,5 auf 0,9: auf die erste Zahlungsaufforderung bis 12.05.2025 nicht gezahlt ' +
        '(unbestrittene Forderung (Nr. 2300 Anm. 2 Satz 1 VV RVG, § 13e RDG); RVG-Tabelle ab 01.01.2021)',
    );
    expect(agencyFeeRaiseLineDE(fee, 'en', '2025-05-12')).toBe(
      'Collection costs: business fee raised from 0.5 to 0.9: not paid on the first demand by 2025-05-12 ' +
        '(undisputed claim (RVG VV 2300 note 2 sentence 1, RDG 13e); RVG table from 2021-01-01)',
    );
    expect(agencyFeeRaiseLineDE(fee, 'da', '2025-05-12')).toContain('forhøjet fra 0,5 til 0,9');
  });

  it('writes the first demand line with its factor and reason', () => {
    const fee = agencyFeeDE({ ...base, paidOnFirstDemand: true });
    expect(agencyFeeLineDE(fee, 'de', '2025-02-20')).toBe(
      'Inkassokosten: Geschäftsgebühr 0,5 (erste Zahlungsaufforderung, einfacher Fall (Nr. 2300 Anm. 2 Satz 2 VV RVG); RVG-Tabelle ab 01.01.2021, Auftrag vom 20.02.2025)',
    );
  });
});

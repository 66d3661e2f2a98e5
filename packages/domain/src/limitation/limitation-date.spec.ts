import { RuleViolation } from '../rule-violation.js';
import {
  daysUntilLimitation,
  interestAfterTitleDE,
  limitationDate,
  limitationDateDE,
  limitationDateDK,
  type LimitationInput,
} from './limitation-date.js';

describe('limitationDateDE (BGB 195, 199, 203, 204, 209, 212)', () => {
  it.each<[string, LimitationInput, string]>([
    // BGB 195, 199(1): 3 years from the end of the year the claim arose
    ['due 2023-05-10', { arisenOn: '2023-05-10' }, '2026-12-31'],
    ['due on New Year\'s Eve', { arisenOn: '2023-12-31' }, '2026-12-31'],
    ['due on New Year\'s Day', { arisenOn: '2024-01-01' }, '2027-12-31'],
    // BGB 209: 3 months of negotiations (2024-03-01 .. 2024-05-31, 92 days) are not counted
    [
      'negotiations March to May 2024 add their 92 days',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2024-03-01', to: '2024-05-31', kind: 'NEGOTIATIONS' }] },
      '2027-04-02',
    ],
    // BGB 203 sentence 2: limitation at the earliest 3 months after negotiations end:
    // 20 days would give 2027-01-20, but the end of negotiations 2026-12-20 + 3 months is later
    [
      'negotiations just before the end: 3 months after they end',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2026-12-01', to: '2026-12-20', kind: 'NEGOTIATIONS' }] },
      '2027-03-20',
    ],
    // negotiations that began before the period started defer it only by the days inside it
    [
      'negotiations over the year end count from 1 January',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2023-11-01', to: '2024-01-31', kind: 'NEGOTIATIONS' }] },
      '2027-01-31',
    ],
    // BGB 204(1) no. 3, 204(2): dunning order served 2025-03-01, proceedings ended 2025-06-30,
    // suspended until 2025-12-30: 305 days
    [
      'court dunning procedure: suspended until 6 months after it ended',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2025-03-01', to: '2025-06-30', kind: 'COURT_PROCEEDINGS' }] },
      '2027-11-01',
    ],
    // a suspension after the claim was already time-barred changes nothing
    [
      'negotiations after the end',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2027-01-10', to: '2027-02-10', kind: 'NEGOTIATIONS' }] },
      '2026-12-31',
    ],
    // BGB 212(1) no. 1: an instalment restarts the full 3 years from that day, not from the year end
    ['instalment paid 2025-02-01', { arisenOn: '2023-05-10', acknowledgements: ['2025-02-01'] }, '2028-02-01'],
    ['two instalments: the last restarts', { arisenOn: '2023-05-10', acknowledgements: ['2025-06-15', '2025-02-01'] }, '2028-06-15'],
    // BGB 188(3): from 29 February, 3 years end on 28 February
    ['acknowledged on 29 February', { arisenOn: '2023-05-10', acknowledgements: ['2024-02-29'] }, '2027-02-28'],
    ['acknowledgement after the period ran out restarts nothing', { arisenOn: '2023-05-10', acknowledgements: ['2027-01-05'] }, '2026-12-31'],
    // negotiations before the instalment keep the old period open long enough for it to count
    [
      'negotiations keep the period open for a late instalment',
      {
        arisenOn: '2023-05-10',
        suspensions: [{ from: '2026-11-01', to: '2026-12-15', kind: 'NEGOTIATIONS' }],
        acknowledgements: ['2027-02-01'],
      },
      '2030-02-01',
    ],
    // a restart, then a later suspension extends the new period
    [
      'instalment, then negotiations',
      {
        arisenOn: '2023-05-10',
        acknowledgements: ['2025-02-01'],
        suspensions: [{ from: '2026-01-01', to: '2026-01-10', kind: 'NEGOTIATIONS' }],
      },
      '2028-02-11',
    ],
    // BGB 212 with 199(1): an acknowledgement before the regular period started (a part payment in
    // the year the claim arose) does not pull the end before the year-end date: 2026-08-01 + 3 years
    // would be 2029-08-01, but the regular end 2029-12-31 is later and wins
    ['part payment in the year the claim arose', { arisenOn: '2026-03-01', acknowledgements: ['2026-08-01'] }, '2029-12-31'],
    ['promise on New Year\'s Eve of that year', { arisenOn: '2026-03-01', acknowledgements: ['2026-12-31'] }, '2029-12-31'],
    // the first acknowledgement inside the period restarts as before
    ['early promise, then a payment in the period', { arisenOn: '2026-03-01', acknowledgements: ['2026-05-01', '2027-02-01'] }, '2030-02-01'],
    // an early acknowledgement and negotiations in the period: the suspension still counts (209)
    [
      'early promise, negotiations later',
      { arisenOn: '2026-03-01', acknowledgements: ['2026-05-01'], suspensions: [{ from: '2027-03-01', to: '2027-03-10', kind: 'NEGOTIATIONS' }] },
      '2030-01-10',
    ],
    // BGB 197(1) no. 4, 201: a Vollstreckungsbescheid becomes a 30-year title
    ['titled by an enforcement order', { arisenOn: '2023-05-10', titledOn: '2025-09-01' }, '2055-09-01'],
    ['titled, then an instalment restarts 30 years', { arisenOn: '2023-05-10', titledOn: '2025-09-01', acknowledgements: ['2025-01-01', '2026-03-01'] }, '2056-03-01'],
  ])('%s -> %s', (_name, input, expected) => {
    expect(limitationDateDE(input).limitationDate).toBe(expected);
  });

  it('notes the 3-month floor of BGB 203 sentence 2 when it decides the end', () => {
    expect(
      limitationDateDE({ arisenOn: '2023-05-10', suspensions: [{ from: '2026-12-01', to: '2026-12-20', kind: 'NEGOTIATIONS' }] }).explanation,
    ).toEqual([
      'Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-05-10, to 2026-12-31 (BGB 195, 199(1))',
      'Suspended 2026-12-01 to 2026-12-20, 20 days not counted: ends 2027-01-20 (BGB 209)',
      'Negotiations ended 2026-12-20: not before 2027-03-20 (BGB 203 sentence 2, 3 months)',
    ]);
  });

  it('says why an early acknowledgement does not pull the end forward (BGB 212, 199(1))', () => {
    expect(limitationDateDE({ arisenOn: '2026-03-01', acknowledgements: ['2026-08-01'] }).explanation).toEqual([
      'Regular limitation: 3 years from the end of 2026, the year the claim arose on 2026-03-01, to 2029-12-31 (BGB 195, 199(1))',
      'Acknowledged on 2026-08-01, before the period started on 2027-01-01: the end stays 2029-12-31, not 2029-08-01 (BGB 212(1) no. 1 with 199(1): the later date wins)',
    ]);
  });

  it('has no end while court proceedings go on (BGB 204(2))', () => {
    const r = limitationDateDE({ arisenOn: '2023-05-10', suspensions: [{ from: '2025-03-01', to: null, kind: 'COURT_PROCEEDINGS' }] });
    expect(r.limitationDate).toBeNull();
    expect(r.explanation.at(-1)).toContain('no end date yet');
  });

  it('explains each step with its statute', () => {
    expect(
      limitationDateDE({
        arisenOn: '2023-05-10',
        acknowledgements: ['2025-02-01'],
        suspensions: [{ from: '2026-01-01', to: '2026-01-10', kind: 'NEGOTIATIONS' }],
      }).explanation,
    ).toEqual([
      'Regular limitation: 3 years from the end of 2023, the year the claim arose on 2023-05-10, to 2026-12-31 (BGB 195, 199(1))',
      'Acknowledged on 2025-02-01 (e.g. an instalment): the 3 years start anew, to 2028-02-01 (BGB 212(1) no. 1)',
      'Suspended 2026-01-01 to 2026-01-10, 10 days not counted: ends 2028-02-11 (BGB 209)',
    ]);
  });

  it.each<[LimitationInput, string]>([
    [{ arisenOn: '10.05.2023' }, 'arisenOn'],
    [{ arisenOn: '2023-05-10', acknowledgements: ['2025-02-30'] }, 'acknowledgements[0]'],
    [{ arisenOn: '2023-05-10', suspensions: [{ from: '2025-03-01', to: '2025-02-01' }] }, 'suspensions[0].to'],
  ])('rejects %p', (input, field) => {
    expect(() => limitationDateDE(input)).toThrow(RuleViolation);
    try {
      limitationDateDE(input);
    } catch (e) {
      expect((e as RuleViolation).field).toBe(field);
    }
  });
});

describe('limitationDateDK (forældelsesloven 2, 3, 5, 15, 16, 19, 20, 21)', () => {
  it.each<[string, LimitationInput, string | null]>([
    // 2, 3(1): 3 years from the due date
    ['due 2023-05-10', { arisenOn: '2023-05-10' }, '2026-05-10'],
    // 15, 19(2): acknowledgement, new period from its day
    ['instalment paid 2025-02-01', { arisenOn: '2023-05-10', acknowledgements: ['2025-02-01'] }, '2028-02-01'],
    ['acknowledgement after the end', { arisenOn: '2023-05-10', acknowledgements: ['2026-06-01'] }, '2026-05-10'],
    // 21(5): negotiations begun before the end: at the earliest 1 year after they ended
    [
      'negotiations in April 2026',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2026-04-01', to: '2026-04-20', kind: 'NEGOTIATIONS' }] },
      '2027-04-20',
    ],
    // 16: legal steps interrupt while pursued
    ['betalingspåkrav pending', { arisenOn: '2023-05-10', suspensions: [{ from: '2026-03-01', to: null, kind: 'COURT_PROCEEDINGS' }] }, null],
    // 20(1): proceedings ended without a settlement or a decision on the merits: 1 year after the
    // creditor learnt of the end (2026-06-01), later than the 3 years (2026-05-10)
    [
      'proceedings ended without a decision on the merits',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2026-03-01', to: '2026-06-01', kind: 'COURT_PROCEEDINGS' }] },
      '2027-06-01',
    ],
    // 20(2) no. 2: the creditor withdrew the case: no extra year, the claim ran out on 2026-05-10
    [
      'proceedings withdrawn by the creditor',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2026-03-01', to: '2026-06-01', kind: 'COURT_PROCEEDINGS', endedBy: 'WITHDRAWN' }] },
      '2026-05-10',
    ],
    // 20(2) no. 1: the step manifestly could not lead to a decision on the merits (dismissed)
    [
      'proceedings dismissed',
      { arisenOn: '2023-05-10', suspensions: [{ from: '2026-03-01', to: '2026-06-01', kind: 'COURT_PROCEEDINGS', endedBy: 'DISMISSED' }] },
      '2026-05-10',
    ],
    // 20(2) denies only the extra year: an acknowledgement during the proceedings still counts (15)
    [
      'withdrawn, but an instalment during the proceedings',
      {
        arisenOn: '2023-05-10',
        acknowledgements: ['2026-04-15'],
        suspensions: [{ from: '2026-03-01', to: '2026-06-01', kind: 'COURT_PROCEEDINGS', endedBy: 'WITHDRAWN' }],
      },
      '2029-04-15',
    ],
    // 5(1) no. 2, 19(3): a judgment or endorsed betalingspåkrav: 10 years (VERIFY)
    ['titled', { arisenOn: '2023-05-10', titledOn: '2025-09-01' }, '2035-09-01'],
  ])('%s -> %p', (_name, input, expected) => {
    expect(limitationDateDK(input).limitationDate).toBe(expected);
  });

  it('cites 20(2) for withdrawn proceedings and 21(5) for negotiations', () => {
    expect(
      limitationDateDK({
        arisenOn: '2023-05-10',
        suspensions: [
          { from: '2026-01-10', to: '2026-02-10', kind: 'NEGOTIATIONS' },
          { from: '2026-03-01', to: '2026-06-01', kind: 'COURT_PROCEEDINGS', endedBy: 'WITHDRAWN' },
        ],
      }).explanation,
    ).toEqual([
      '3 years from the due date 2023-05-10, to 2026-05-10 (forældelsesloven 2, 3(1))',
      'Negotiations 2026-01-10 to 2026-02-10: not before 2027-02-10 (forældelsesloven 21(5)); ends 2027-02-10',
      'Proceedings from 2026-03-01 ended 2026-06-01, withdrawn by the creditor (forældelsesloven 20(2) no. 2): no extra year; ends 2027-02-10',
    ]);
  });

  it('refuses a bare suspension: Danish law interrupts', () => {
    expect(() => limitationDateDK({ arisenOn: '2023-05-10', suspensions: [{ from: '2024-01-01', to: '2024-02-01' }] })).toThrow(RuleViolation);
  });
});

describe('interestAfterTitleDE (BGB 197(2), 195, 199(1))', () => {
  it.each<[string, [string, string[], string], string]>([
    // titled 2025-09-01: the interest from 2025-09-02 to 2025-12-31 runs out at the end of 2028,
    // while the titled principal runs 30 years, to 2055-09-01
    ['interest of the year of the title', ['2025-09-01', [], '2026-01-15'], '2028-12-31'],
    ['on its last day', ['2025-09-01', [], '2028-12-31'], '2028-12-31'],
    // once the interest of 2025 ran out, the interest of 2026 is next
    ['the next year after one ran out', ['2025-09-01', [], '2029-01-01'], '2029-12-31'],
    // a part payment after the title acknowledges the interest fallen due: 3 years from it (212(1) no. 1)
    ['a part payment restarts the earlier interest', ['2025-09-01', ['2027-03-01'], '2027-06-01'], '2030-03-01'],
    // ... but the interest of 2027 after it still runs out at the end of 2030
    ['payment, then the years after it', ['2025-09-01', ['2027-03-01'], '2030-03-02'], '2030-12-31'],
    // payments before the title are no acknowledgement of interest after it
    ['payment before the title', ['2025-09-01', ['2025-06-01'], '2026-01-15'], '2028-12-31'],
  ])('%s', (_name, [titledOn, acks, asOf], expected) => {
    expect(interestAfterTitleDE(titledOn, acks, asOf).limitationDate).toBe(expected);
  });

  it('comes with a titled claim: 30 years for the principal, 3 for the interest after the title', () => {
    const r = limitationDateDE({ arisenOn: '2023-05-10', titledOn: '2025-09-01', asOf: '2026-01-15' });
    expect(r.limitationDate).toBe('2055-09-01');
    expect(r.interestAfterTitle).toMatchObject({
      limitationDate: '2028-12-31',
      explanation: [
        'Interest falling due after the title of 2025-09-01 keeps the regular 3 years from the end of the year it falls due, not 30 (BGB 197(2), 195, 199(1)): interest from 2025-09-02 to 2028-12-31',
      ],
    });
    expect(limitationDateDE({ arisenOn: '2023-05-10' }).interestAfterTitle).toBeUndefined();
  });
});

describe('limitationDate and daysUntilLimitation (dispatch by country)', () => {
  it.each([
    ['DE', '2026-12-31'],
    ['DK', '2026-05-10'],
  ] as const)('%s: due 2023-05-10 -> %s', (country, date) => {
    expect(limitationDate(country, { arisenOn: '2023-05-10' }).limitationDate).toBe(date);
  });

  it.each([
    ['2026-12-01', 30],
    ['2026-12-31', 0], // runs out at the end of today
    ['2027-01-01', -1], // time-barred
  ])('DE due 2023-05-10, as of %s: %p days', (asOf, days) => {
    expect(daysUntilLimitation('DE', { arisenOn: '2023-05-10' }, asOf)).toBe(days);
  });

  it('is null while proceedings go on', () => {
    expect(
      daysUntilLimitation('DE', { arisenOn: '2023-05-10', suspensions: [{ from: '2025-03-01', to: null, kind: 'COURT_PROCEEDINGS' }] }, '2025-06-01'),
    ).toBeNull();
  });

  it('refuses an unknown country and a bad asOf', () => {
    expect(() => limitationDate('SE' as never, { arisenOn: '2023-05-10' })).toThrow(RangeError);
    expect(() => daysUntilLimitation('DE', { arisenOn: '2023-05-10' }, 'today')).toThrow(RuleViolation);
  });
});

import { RuleViolation } from '../rule-violation.js';
import { nextDunningStep, type DunningDecision, type DunningSnapshot } from './next-step.js';
import { DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK, type DunningStrategy } from './strategy.js';

const de = (overrides: Partial<DunningSnapshot>): DunningSnapshot => ({
  country: 'DE',
  debtorKind: 'consumer',
  currency: 'EUR',
  stage: 'REMINDER',
  stageEnteredOn: '2025-03-01',
  status: 'OPEN',
  onHold: false,
  remindersSent: [],
  openCents: 100_000,
  ...overrides,
});

const dk = (overrides: Partial<DunningSnapshot>): DunningSnapshot => ({
  ...de({}),
  country: 'DK',
  currency: 'DKK',
  ...overrides,
});

function advanced(decision: DunningDecision): Extract<DunningDecision, { advance: true }> {
  if (!decision.advance) throw new Error(`expected to advance, got: ${decision.reason}`);
  return decision;
}

describe('nextDunningStep: cases that never advance', () => {
  it.each<[string, Partial<DunningSnapshot>, RegExp]>([
    ['paid', { status: 'PAID' }, /PAID; only open cases/],
    ['with legal', { status: 'LEGAL' }, /LEGAL/],
    ['on hold (dispute)', { onHold: true }, /on hold/],
    ['nothing open', { openCents: 0 }, /Nothing is open/],
    ['overpaid', { openCents: -500 }, /Nothing is open/],
    ['last stage', { stage: 'ENFORCEMENT' }, /last stage/],
  ])('%s', (_name, overrides, reason) => {
    const decision = nextDunningStep(de(overrides), DEFAULT_STRATEGY_DE, '2026-01-01');
    expect(decision.advance).toBe(false);
    if (!decision.advance) expect(decision.reason).toMatch(reason);
  });
});

describe('nextDunningStep: German default strategy', () => {
  it('starts a placed case with the reminder on the day of placement', () => {
    expect(nextDunningStep(de({ stage: null }), DEFAULT_STRATEGY_DE, '2025-03-01')).toEqual({
      advance: true,
      fromStage: null,
      toStage: 'REMINDER',
      dueOn: '2025-03-01',
      channel: 'LETTER',
      fees: [],
      letterTemplate: 'de-zahlungserinnerung',
      paymentDeadline: '2025-03-11',
      explanation: 'Payment reminder is due 0 days after placement on 2025-03-01; payment deadline 2025-03-11',
    });
  });

  it.each([
    ['2025-03-14', false, '2025-03-15'],
    ['2025-03-15', true, '2025-03-15'],
  ])('reminder entered 2025-03-01, run on %s: advance %p (1st dunning due %s)', (asOf, advance, due) => {
    const decision = nextDunningStep(de({}), DEFAULT_STRATEGY_DE, asOf);
    expect(decision.advance).toBe(advance);
    if (decision.advance) expect(decision.dueOn).toBe(due);
    else expect(decision.notBefore).toBe(due);
  });

  it('advances at most one stage per run, however late the run', () => {
    const decision = advanced(nextDunningStep(de({}), DEFAULT_STRATEGY_DE, '2025-12-31'));
    expect(decision.toStage).toBe('DUNNING_1');
    expect(decision.dueOn).toBe('2025-03-15');
    expect(decision.paymentDeadline).toBe('2026-01-10'); // printed from the sending day
  });

  it('charges the agency first-demand fee at hand-over (RDG 13e; VV 2300: 0.5)', () => {
    const decision = advanced(nextDunningStep(de({ stage: 'PHONE', stageEnteredOn: '2025-04-20' }), DEFAULT_STRATEGY_DE, '2025-04-28'));
    expect(decision.toStage).toBe('AGENCY');
    expect(decision.fees).toHaveLength(1);
    // 0.5 * 88.00 = 44.00 + 20 % expenses 8.80 (VV 7002)
    expect(decision.fees[0]).toMatchObject({
      rule: 'DE_AGENCY_FEE',
      label: 'Collection costs: business fee 0.5 (first demand, a simple case (RVG VV 2300 note 2 sentence 2); RVG table from 2021-01-01)',
      amountCents: 5_280,
      currency: 'EUR',
      chargedOn: '2025-04-28',
    });
    expect(decision.explanation).toContain('first demand: 0.5 fee');
  });

  it('credits the BGB 288(5) flat compensation against the agency fee', () => {
    const decision = advanced(
      nextDunningStep(
        de({ stage: 'PHONE', stageEnteredOn: '2025-04-20', debtorKind: 'business', flatCompensationCents: 4_000 }),
        DEFAULT_STRATEGY_DE,
        '2025-04-28',
      ),
    );
    expect(decision.fees[0]?.amountCents).toBe(1_280);
  });

  it('continues after a stage the strategy skips, timed from entering it', () => {
    const short: DunningStrategy = { ...DEFAULT_STRATEGY_DE, stages: [DEFAULT_STRATEGY_DE.stages[0]!, { ...DEFAULT_STRATEGY_DE.stages[4]!, waitDays: 21 }] };
    const decision = advanced(nextDunningStep(de({ stage: 'PHONE', stageEnteredOn: '2025-04-01' }), short, '2025-04-22'));
    expect(decision.toStage).toBe('AGENCY');
    expect(decision.dueOn).toBe('2025-04-22');
  });

  it('says why it waits in German and Danish too', () => {
    const decision = nextDunningStep(de({ stage: 'COURT', stageEnteredOn: '2025-03-01', court: null }), DEFAULT_STRATEGY_DE, '2025-04-01');
    expect(decision.advance ? null : decision.reasonText).toEqual({
      en: 'Waiting for the court dunning order (Mahnbescheid) to be served',
      de: 'Warten auf die Zustellung des Mahnbescheids',
      da: 'Venter på, at den tyske retslige betalingsanmodning (Mahnbescheid) bliver forkyndt',
    });
  });

  describe('from the court stage to enforcement (ZPO 692, 694, 699, 700, 701)', () => {
    const court = (c: DunningSnapshot['court']): DunningSnapshot => de({ stage: 'COURT', stageEnteredOn: '2025-03-01', court: c });

    it.each<[string, DunningSnapshot['court'], string, RegExp, string | null]>([
      ['order not served yet', null, '2025-04-01', /Mahnbescheid\) to be served/, null],
      ['objection filed', { orderServedOn: '2025-03-03', objectionFiled: true }, '2025-04-01', /objected .* \(ZPO 694\)/, null],
      ['waiting for the enforcement order', { orderServedOn: '2025-03-03' }, '2025-04-01', /apply from 2025-03-18 and by 2025-09-03 \(ZPO 699\(1\), 701\)/, '2025-03-18'],
      ['the dunning order lapsed', { orderServedOn: '2025-03-03' }, '2025-09-04', /ended on 2025-09-03; the dunning order has lapsed \(ZPO 701\)/, null],
      ['objection to the enforcement order', { orderServedOn: '2025-03-03', enforcementOrderServedOn: '2025-04-02', enforcementObjectionFiled: true }, '2025-04-20', /Einspruch/, null],
    ])('%s', (_name, c, asOf, reason, notBefore) => {
      const decision = nextDunningStep(court(c), DEFAULT_STRATEGY_DE, asOf);
      expect(decision).toEqual({ advance: false, reason: expect.stringMatching(reason), reasonText: expect.anything(), notBefore });
    });

    it('enforces once the enforcement order is served', () => {
      const decision = advanced(
        nextDunningStep(court({ orderServedOn: '2025-03-03', enforcementOrderServedOn: '2025-04-02' }), DEFAULT_STRATEGY_DE, '2025-04-02'),
      );
      expect(decision.toStage).toBe('ENFORCEMENT');
      expect(decision.dueOn).toBe('2025-04-02');
      expect(decision.explanation).toContain('objection possible until 2025-04-16');
    });
  });

  it.each<[string, DunningSnapshot, DunningStrategy, string, string]>([
    ['a German case on the Danish strategy', de({}), DEFAULT_STRATEGY_DK, '2025-04-01', 'strategy'],
    ['an invalid strategy', de({}), { ...DEFAULT_STRATEGY_DE, stages: [] }, '2025-04-01', 'stages'],
    ['a bad asOf', de({}), DEFAULT_STRATEGY_DE, '1.4.2025', 'asOf'],
    ['a bad stage date', de({ stageEnteredOn: '' }), DEFAULT_STRATEGY_DE, '2025-04-01', 'stageEnteredOn'],
  ])('refuses %s', (_name, snapshot, strategy, asOf, field) => {
    expect(() => nextDunningStep(snapshot, strategy, asOf)).toThrow(RuleViolation);
    expect(() => nextDunningStep(snapshot, strategy, asOf)).toThrow(expect.objectContaining({ field }));
  });
});

describe('nextDunningStep: Danish default strategy (renteloven 9b, inkassoloven 10)', () => {
  it('sends rykker 1 with DKK 100', () => {
    const decision = advanced(nextDunningStep(dk({ stage: null }), DEFAULT_STRATEGY_DK, '2025-03-01'));
    expect(decision.toStage).toBe('REMINDER');
    expect(decision.fees).toEqual([
      {
        rule: 'DK_REMINDER_FEE',
        label: 'Rykkergebyr (renteloven 9b(2))',
        amountCents: 10_000,
        currency: 'DKK',
        chargedOn: '2025-03-01',
        statute: 'renteloven 9b(2)',
        explanation:
          'Reminder fee (rykkergebyr) for reminder 1 of at most 3, sent on 2025-03-01: 100.00 DKK (renteloven 9b(2): at most 100.00 DKK per reminder, at least 10 days apart)',
      },
    ]);
  });

  it('sends rykker 2 with DKK 100 14 days later', () => {
    const decision = advanced(nextDunningStep(dk({ remindersSent: [{ sentOn: '2025-03-01' }] }), DEFAULT_STRATEGY_DK, '2025-03-15'));
    expect(decision.toStage).toBe('DUNNING_1');
    expect(decision.fees.map((f) => f.amountCents)).toEqual([10_000]);
  });

  it('waits 10 days after a reminder sent outside the strategy', () => {
    const snapshot = dk({ remindersSent: [{ sentOn: '2025-03-01' }, { sentOn: '2025-03-10' }] });
    expect(nextDunningStep(snapshot, DEFAULT_STRATEGY_DK, '2025-03-15')).toEqual({
      advance: false,
      reason: '1st dunning letter is due on 2025-03-20', // DUNNING_1 = rykker 2 in Denmark
      reasonText: { en: '1st dunning letter is due on 2025-03-20', de: '1. Mahnung ist am 20.03.2025 fällig', da: '1. rykker forfalder den 20.03.2025' },
      notBefore: '2025-03-20',
    });
    expect(advanced(nextDunningStep(snapshot, DEFAULT_STRATEGY_DK, '2025-03-20')).fees).toHaveLength(1);
  });

  it('sends a reminder without a fee once 3 were charged', () => {
    const snapshot = dk({
      stage: 'DUNNING_1',
      stageEnteredOn: '2025-03-15',
      remindersSent: [{ sentOn: '2025-03-01' }, { sentOn: '2025-03-05' }, { sentOn: '2025-03-15' }],
    });
    const decision = advanced(nextDunningStep(snapshot, DEFAULT_STRATEGY_DK, '2025-03-29'));
    expect(decision.toStage).toBe('DUNNING_2');
    expect(decision.fees).toEqual([]);
    expect(decision.explanation).toContain('without a fee: 3 reminders were already sent; a fee for at most 3 per debt');
  });

  it('gives the collection warning 10 days and says when the hand-over may follow (inkassoloven 10)', () => {
    const decision = advanced(
      nextDunningStep(dk({ stage: 'DUNNING_1', stageEnteredOn: '2025-03-15', remindersSent: [{ sentOn: '2025-03-01' }, { sentOn: '2025-03-15' }] }), DEFAULT_STRATEGY_DK, '2025-03-29'),
    );
    expect(decision.letterTemplate).toBe('dk-rykker-3-inkassovarsel');
    expect(decision.paymentDeadline).toBe('2025-04-08');
    expect(decision.explanation).toContain('hand-over not before 2025-04-09 (inkassoloven 10)');
  });

  it.each([
    ['2025-04-08', false],
    ['2025-04-09', true],
  ])('hands over after the warning deadline 2025-04-08: on %s advance %p, with DKK 100 (9b(3))', (asOf, advance) => {
    const decision = nextDunningStep(dk({ stage: 'DUNNING_2', stageEnteredOn: '2025-03-29' }), DEFAULT_STRATEGY_DK, asOf);
    expect(decision.advance).toBe(advance);
    if (decision.advance) expect(decision.fees.map((f) => [f.rule, f.amountCents])).toEqual([['DK_HANDOVER_FEE', 10_000]]);
  });

  it('charges no Danish fee on a case kept in another currency', () => {
    const decision = advanced(nextDunningStep(dk({ stage: null, currency: 'EUR' }), DEFAULT_STRATEGY_DK, '2025-03-01'));
    expect(decision.fees).toEqual([]);
    expect(decision.explanation).toContain('no DK_REMINDER_FEE fee: it is charged in DKK, the case is in EUR');
  });

  it('charges the capped collection costs where the strategy says so', () => {
    const strategy: DunningStrategy = {
      ...DEFAULT_STRATEGY_DK,
      stages: DEFAULT_STRATEGY_DK.stages.map((s) => (s.stage === 'AGENCY' ? { ...s, fee: { rule: 'DK_COLLECTION_COSTS' } } : s)),
    };
    const decision = advanced(nextDunningStep(dk({ stage: 'DUNNING_2', stageEnteredOn: '2025-03-29', principalCents: 800_000 }), strategy, '2025-04-09'));
    expect(decision.fees.map((f) => f.amountCents)).toEqual([130_000]); // claim DKK 8,000: at most DKK 1,300
  });
});

describe('nextDunningStep: fees by the law of the case (RVG 60(1), VV 2300 Anm. 2, renteloven 9b, cost caps)', () => {
  it('prices the agency fee by the table in force on the placement date (RVG 60(1))', () => {
    // charged on 2025-07-01 under the 2025 table would be 0.5 x 93.00 = 46.50 + 9.30; placed 2025-03-01: 0.5 x 88.00 + 8.80
    const placed = advanced(nextDunningStep(de({ stage: 'PHONE', stageEnteredOn: '2025-06-20', placedOn: '2025-03-01' }), DEFAULT_STRATEGY_DE, '2025-07-01'));
    expect(placed.fees.map((f) => f.amountCents)).toEqual([5_280]);
    const unplaced = advanced(nextDunningStep(de({ stage: 'PHONE', stageEnteredOn: '2025-06-20' }), DEFAULT_STRATEGY_DE, '2025-07-01'));
    expect(unplaced.fees.map((f) => f.amountCents)).toEqual([5_580]);
  });

  it('raises the business fee to 0.9 once the first demand\'s deadline passed unpaid (VV 2300 Anm. 2)', () => {
    // AGENCY entered 2025-04-28, 14 days to pay: deadline 2025-05-12; the next step on 2025-05-13
    const decision = advanced(
      nextDunningStep(
        de({ stage: 'AGENCY', stageEnteredOn: '2025-04-28', principalCents: 100_000, openCents: 105_280, placedOn: '2025-03-01', language: 'de' }),
        DEFAULT_STRATEGY_DE,
        '2025-05-13',
      ),
    );
    expect(decision.toStage).toBe('COURT');
    expect(decision.fees).toEqual([
      expect.objectContaining({
        rule: 'DE_AGENCY_FEE',
        amountCents: 4_224,
        label:
          'Inkassokosten: Erhöhung der Geschäftsgebühr von 0,5 auf 0,9: auf die erste Zahlungsaufforderung bis 12.05.2025 nicht gezahlt ' +
          '(unbestrittene Forderung (Nr. 2300 Anm. 2 Satz 1 VV RVG, § 13e RDG); RVG-Tabelle ab 01.01.2021)',
      }),
    ]);
    expect(decision.explanation).toContain("the first demand's deadline 2025-05-12 passed unpaid");
  });

  it('raises a disputed claim to the creditor\'s factor up to the 1.3 threshold (VV 2300 Anm. 1)', () => {
    const strategy: DunningStrategy = {
      ...DEFAULT_STRATEGY_DE,
      stages: DEFAULT_STRATEGY_DE.stages.map((s) =>
        s.stage === 'AGENCY' ? { ...s, fee: { rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true, raisedFactor: 1.3 } } : s,
      ),
    };
    const snapshot = de({ stage: 'AGENCY', stageEnteredOn: '2025-04-28', principalCents: 100_000, placedOn: '2025-03-01' });
    expect(advanced(nextDunningStep(snapshot, strategy, '2025-05-13')).fees.map((f) => f.amountCents)).toEqual([4_224]);
    expect(advanced(nextDunningStep({ ...snapshot, disputed: true }, strategy, '2025-05-13')).fees.map((f) => f.amountCents)).toEqual([8_160]);
  });

  it('counts the reminders the creditor sent before placing the case (renteloven 9b(2))', () => {
    const snapshot = dk({ remindersSent: [{ sentOn: '2025-03-01' }], creditorRemindersSent: 2 });
    const decision = advanced(nextDunningStep(snapshot, DEFAULT_STRATEGY_DK, '2025-03-15'));
    expect(decision.fees).toEqual([]);
    expect(decision.explanation).toContain('3 reminders were already sent (2 by the creditor before the hand-over, 1 since)');
    const one = advanced(nextDunningStep({ ...snapshot, creditorRemindersSent: 1 }, DEFAULT_STRATEGY_DK, '2025-03-15'));
    expect(one.fees.map((f) => f.explanation)).toEqual([expect.stringContaining('reminder 3 of at most 3')]);
  });

  it('caps Danish collection costs by the table of the day the claim arose', () => {
    const strategy: DunningStrategy = {
      ...DEFAULT_STRATEGY_DK,
      stages: DEFAULT_STRATEGY_DK.stages.map((s) => (s.stage === 'AGENCY' ? { ...s, fee: { rule: 'DK_COLLECTION_COSTS' } } : s)),
    };
    const at = (claimArisenOn: string): number[] =>
      advanced(nextDunningStep(dk({ stage: 'DUNNING_2', stageEnteredOn: '2025-03-29', principalCents: 800_000, claimArisenOn }), strategy, '2025-04-09'))
        .fees.map((f) => f.amountCents);
    expect(at('2016-07-01')).toEqual([130_000]);
    expect(at('2016-06-30')).toEqual([110_000]);
    const old = advanced(nextDunningStep(dk({ stage: 'DUNNING_2', stageEnteredOn: '2025-03-29', principalCents: 800_000, claimArisenOn: '2001-01-01' }), strategy, '2025-04-09'));
    expect(old.fees).toEqual([]);
    expect(old.explanation).toContain('no collection costs: the claim arose on 2001-01-01');
  });
});

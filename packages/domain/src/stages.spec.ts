import {
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  DUNNING_STAGES,
  isCaseStatus,
  isCountry,
  isDebtorKind,
  isDunningStage,
  isOutcomeType,
  OUTCOME_LABELS,
  OUTCOME_TYPES,
  STAGE_LABELS,
  stageIndex,
} from './stages.js';
import { STAGE_LABEL_TEXTS } from './stages.i18n.js';

describe('dunning stages (DESIGN.md 2: reminder ... enforcement)', () => {
  it('are in process order', () => {
    expect(DUNNING_STAGES).toEqual(['REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT']);
    expect(stageIndex('REMINDER')).toBe(0);
    expect(stageIndex('ENFORCEMENT')).toBe(6);
  });

  it.each([
    ['REMINDER', 'Payment reminder'],
    ['DUNNING_1', '1st dunning letter'],
    ['DUNNING_2', '2nd dunning letter'],
    ['PHONE', 'Phone contact'],
    ['AGENCY', 'Agency hand-over'],
    ['COURT', 'Court dunning procedure'],
    ['ENFORCEMENT', 'Enforcement'],
  ] as const)('%s is labelled %p', (stage, label) => {
    expect(STAGE_LABELS[stage]).toBe(label);
  });
});

describe('the stage names in every language', () => {
  it('say in English what STAGE_LABELS says, and name every stage in German and Danish', () => {
    for (const stage of DUNNING_STAGES) {
      expect(STAGE_LABEL_TEXTS[stage].en).toBe(STAGE_LABELS[stage]);
      expect(STAGE_LABEL_TEXTS[stage].de).not.toBe('');
      expect(STAGE_LABEL_TEXTS[stage].da).not.toBe('');
    }
    expect(STAGE_LABEL_TEXTS.AGENCY).toEqual({ en: 'Agency hand-over', de: 'Übergabe ans Inkasso', da: 'Overdragelse til inkasso' });
  });
});

describe('case statuses and outcomes (DESIGN.md 6, recordOutcome.type)', () => {
  it('cover the contract values', () => {
    expect(CASE_STATUSES).toEqual(['OPEN', 'ON_HOLD', 'PAID', 'UNCOLLECTIBLE', 'LEGAL']);
    expect(OUTCOME_TYPES).toEqual([
      'NO_CONTACT',
      'RIGHT_PARTY_CONTACT',
      'PROMISE_TO_PAY',
      'PAYMENT_PLAN',
      'DISPUTE',
      'PAID',
      'UNCOLLECTIBLE',
      'ESCALATE_LEGAL',
      'CALLBACK',
    ]);
  });

  it('label every status and outcome', () => {
    expect(Object.keys(CASE_STATUS_LABELS).sort()).toEqual([...CASE_STATUSES].sort());
    expect(Object.keys(OUTCOME_LABELS).sort()).toEqual([...OUTCOME_TYPES].sort());
    for (const t of OUTCOME_TYPES) expect(OUTCOME_LABELS[t].length).toBeGreaterThan(0);
  });
});

describe('type guards', () => {
  it.each<[(v: unknown) => boolean, unknown, boolean]>([
    [isDunningStage, 'COURT', true],
    [isDunningStage, 'court', false],
    [isCaseStatus, 'ON_HOLD', true],
    [isCaseStatus, 'CLOSED', false],
    [isOutcomeType, 'CALLBACK', true],
    [isOutcomeType, 'toString', false],
    [isDebtorKind, 'business', true],
    [isDebtorKind, 'company', false],
    [isCountry, 'DK', true],
    [isCountry, 'AT', false],
  ])('%p(%p) = %p', (guard, value, expected) => {
    expect(guard(value)).toBe(expected);
  });
});

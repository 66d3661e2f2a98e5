import { OUTCOME_TYPES } from '../stages.js';
import { CONTACT_ATTEMPT_OUTCOMES, isRightPartyOutcome, RIGHT_PARTY_OUTCOMES, severalCasesProblem } from './contact-outcomes.js';

describe('right-party outcomes', () => {
  it.each([
    ['RIGHT_PARTY_CONTACT', true],
    ['PROMISE_TO_PAY', true],
    ['PAYMENT_PLAN', true],
    ['DISPUTE', true],
    ['PAID', true],
    ['NO_CONTACT', false],
    ['CALLBACK', false],
    ['UNCOLLECTIBLE', false],
    ['ESCALATE_LEGAL', false],
  ] as const)('%s reached the debtor: %s', (outcome, reached) => {
    expect(isRightPartyOutcome(outcome)).toBe(reached);
  });

  it('names only known outcomes', () => {
    for (const outcome of [...RIGHT_PARTY_OUTCOMES, ...CONTACT_ATTEMPT_OUTCOMES]) expect(OUTCOME_TYPES).toContain(outcome);
  });
});

describe('an outcome recorded on several cases at once', () => {
  it.each([
    ['NO_CONTACT', 3, null],
    ['CALLBACK', 2, null],
    ['PROMISE_TO_PAY', 1, null],
    ['PROMISE_TO_PAY', 2, 'per case'],
    ['PAYMENT_PLAN', 2, 'per case'],
  ] as const)('%s on %i cases', (type, count, problem) => {
    const found = severalCasesProblem(type, count);
    if (problem === null) expect(found).toBeNull();
    else expect(found?.en).toContain(problem);
  });
});

import {
  HOLD_TYPES, allocateClaimReduction, decideDisputeResolution, holdPlacementRefusal, holdReleaseRefusal, holdSummary, isHoldCurrent, validateHold,
} from './holds.js';
import { RuleViolation } from '../rule-violation.js';

describe('holdPlacementRefusal', () => {
  it.each([
    ['COLLECTOR', 'DISPUTE', true, false],
    ['COLLECTOR', 'CEASE_CONTACT', true, false],
    ['COLLECTOR', 'DISPUTE', false, true],
    ['COLLECTOR', 'INSOLVENCY', true, true],
    ['COLLECTOR', 'FRAUD_CHECK', true, true],
    ['LEAD', 'INSOLVENCY', false, false],
    ['ADMIN', 'DECEASED', false, false],
    ['MANAGER', 'DISPUTE', false, true],
  ] as const)('%s placing %s (own case: %s) refused: %s', (role, type, holdsCase, refused) => {
    expect(holdPlacementRefusal({ role, holdsCase }, type) !== null).toBe(refused);
  });

  it('lets leads and admins place every type', () => {
    for (const type of HOLD_TYPES) expect(holdPlacementRefusal({ role: 'LEAD', holdsCase: false }, type)).toBeNull();
  });
});

describe('holdReleaseRefusal', () => {
  it.each([['COLLECTOR', true], ['MANAGER', true], ['LEAD', false], ['ADMIN', false]] as const)('%s refused: %s', (role, refused) => {
    expect(holdReleaseRefusal({ role, holdsCase: true }) !== null).toBe(refused);
  });
});

describe('validateHold', () => {
  it('trims the reason and keeps an end date after today', () => {
    expect(validateHold({ type: 'INSOLVENCY', reason: '  court file 12 IN 3/26 ', until: '2026-12-20' }, '2026-12-07'))
      .toEqual({ type: 'INSOLVENCY', reason: 'court file 12 IN 3/26', until: '2026-12-20' });
  });
  it.each([
    [{ type: 'DISPUTE', reason: ' ' }, 'reason'],
    [{ type: 'DISPUTE', reason: 'x', until: '2026-12-07' }, 'until'],
    [{ type: 'DISPUTE', reason: 'x', until: '2028-01-01' }, 'until'],
    [{ type: 'DISPUTE', reason: 'x', until: '2026-13-01' }, 'until'],
    [{ type: 'NOPE', reason: 'x' }, 'type'],
  ])('refuses %j at %s', (request, field) => {
    try {
      validateHold(request as never, '2026-12-07');
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(RuleViolation);
      expect((e as RuleViolation).field).toBe(field);
    }
  });
});

describe('isHoldCurrent', () => {
  it('ends on its end date or on release', () => {
    expect(isHoldCurrent({ until: null, releasedAt: null }, '2026-12-07')).toBe(true);
    expect(isHoldCurrent({ until: '2026-12-08', releasedAt: null }, '2026-12-07')).toBe(true);
    expect(isHoldCurrent({ until: '2026-12-07', releasedAt: null }, '2026-12-07')).toBe(false);
    expect(isHoldCurrent({ until: null, releasedAt: new Date() }, '2026-12-07')).toBe(false);
  });
});

describe('holdSummary', () => {
  it('joins the current holds, null for none', () => {
    expect(holdSummary([])).toBeNull();
    expect(holdSummary([{ type: 'DISPUTE', reason: 'amount' }, { type: 'DECEASED', reason: 'notice' }])).toBe('Dispute: amount; Deceased: notice');
  });
});

describe('decideDisputeResolution', () => {
  it('upholds with a partial reduction or withdraws the whole balance', () => {
    expect(decideDisputeResolution({ status: 'OPEN' }, { resolution: 'UPHELD', reductionCents: 2_000, note: 'credit note' }, 10_000))
      .toEqual({ resolution: 'UPHELD', reductionCents: 2_000, withdrawn: false, note: 'credit note' });
    expect(decideDisputeResolution({ status: 'OPEN' }, { resolution: 'UPHELD', note: 'withdrawn' }, 10_000))
      .toMatchObject({ reductionCents: 10_000, withdrawn: true });
  });
  it('rejects without a reduction', () => {
    expect(decideDisputeResolution({ status: 'OPEN' }, { resolution: 'REJECTED', note: 'delivery note signed' }, 10_000))
      .toMatchObject({ reductionCents: 0, withdrawn: false });
  });
  it.each([
    [{ status: 'UPHELD' }, { resolution: 'REJECTED', note: 'x' }, 'disputeId'],
    [{ status: 'OPEN' }, { resolution: 'UPHELD', reductionCents: 20_000, note: 'x' }, 'reductionCents'],
    [{ status: 'OPEN' }, { resolution: 'UPHELD', reductionCents: -5, note: 'x' }, 'reductionCents'],
    [{ status: 'OPEN' }, { resolution: 'REJECTED', reductionCents: 5, note: 'x' }, 'reductionCents'],
    [{ status: 'OPEN' }, { resolution: 'REJECTED', note: '' }, 'note'],
  ])('refuses %j %j at %s', (dispute, request, field) => {
    expect(() => decideDisputeResolution(dispute as never, request as never, 10_000)).toThrow(expect.objectContaining({ field }));
  });
});

describe('allocateClaimReduction', () => {
  const claims = [
    { id: 'a', principalCents: 10_000, dueDate: '2026-01-01' },
    { id: 'b', principalCents: 5_000, dueDate: '2026-03-01' },
  ];
  it('reduces the latest due claim first', () => {
    expect(allocateClaimReduction(claims, 7_000)).toEqual([{ claimId: 'b', amountCents: 4_999 }, { claimId: 'a', amountCents: 2_001 }]);
    expect(allocateClaimReduction(claims, 1_000)).toEqual([{ claimId: 'b', amountCents: 1_000 }]);
  });
  it('withdraws every claim in full', () => {
    expect(allocateClaimReduction(claims, 15_000)).toEqual([{ claimId: 'b', amountCents: 5_000 }, { claimId: 'a', amountCents: 10_000 }]);
  });
  it('refuses a reduction that leaves an invoice at nothing', () => {
    expect(() => allocateClaimReduction(claims, 14_999)).toThrow(/withdraw/);
  });
});

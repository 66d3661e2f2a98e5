import { RuleViolation } from '../rule-violation.js';
import {
  approvalRefusal, decideManualPayment, decidePaidOutcome, mayBookPayment, overpaidCents, type ManualPaymentSnapshot, type PaymentActor,
} from './manual-payment.js';

const collector: PaymentActor = { id: 'c1', role: 'COLLECTOR' };
const lead: PaymentActor = { id: 'l1', role: 'LEAD' };
const admin: PaymentActor = { id: 'a1', role: 'ADMIN' };
const manager: PaymentActor = { id: 'm1', role: 'MANAGER' };

const base: ManualPaymentSnapshot = {
  actor: collector, holderId: 'c1', amountCents: 10_000, receivedOn: '2026-11-20', today: '2026-11-25',
  earliestInvoiceDate: '2026-09-01', openCents: 50_000, approvalThresholdCents: null,
};

describe('mayBookPayment (holder collector, lead, admin)', () => {
  it.each<[string, PaymentActor, string | null, boolean]>([
    ['the holding collector', collector, 'c1', true],
    ['another collector', collector, 'c2', false],
    ['a collector on an unassigned case', collector, null, false],
    ['a lead on any case', lead, 'c2', true],
    ['an admin on an unassigned case', admin, null, true],
    ['a manager', manager, 'c1', false],
  ])('%s', (_name, actor, holderId, allowed) => {
    expect(mayBookPayment(actor, holderId)).toBe(allowed);
  });
});

describe('overpaidCents', () => {
  it.each([
    [10_000, 50_000, 0],
    [50_000, 50_000, 0],
    [50_001, 50_000, 1],
    [100, 0, 100],
    [100, -300, 100],
  ])('%p paid on %p open overpays %p', (amount, open, excess) => {
    expect(overpaidCents(amount, open)).toBe(excess);
  });
});

describe('decideManualPayment', () => {
  it.each<[string, Partial<ManualPaymentSnapshot>, ReturnType<typeof decideManualPayment>]>([
    ['a collector within the balance books', {}, { kind: 'BOOK', overpaidCents: 0 }],
    ['the whole balance books', { amountCents: 50_000 }, { kind: 'BOOK', overpaidCents: 0 }],
    ['a collector paying more waits for a lead', { amountCents: 60_000 }, { kind: 'APPROVAL', reasons: ['OVERPAYMENT'], overpaidCents: 10_000 }],
    ['a lead paying more books the excess to refund', { actor: lead, amountCents: 60_000 }, { kind: 'BOOK', overpaidCents: 10_000 }],
    ['at the threshold books', { approvalThresholdCents: 10_000 }, { kind: 'BOOK', overpaidCents: 0 }],
    ['above the threshold waits', { approvalThresholdCents: 9_999 }, { kind: 'APPROVAL', reasons: ['ABOVE_THRESHOLD'], overpaidCents: 0 }],
    ['above the threshold waits for a lead too', { actor: lead, approvalThresholdCents: 5_000 }, { kind: 'APPROVAL', reasons: ['ABOVE_THRESHOLD'], overpaidCents: 0 }],
    ['both reasons', { amountCents: 60_000, approvalThresholdCents: 5_000 }, { kind: 'APPROVAL', reasons: ['ABOVE_THRESHOLD', 'OVERPAYMENT'], overpaidCents: 10_000 }],
    ['on the invoice date books', { receivedOn: '2026-09-01' }, { kind: 'BOOK', overpaidCents: 0 }],
    ['no invoice date books', { earliestInvoiceDate: null, receivedOn: '2020-01-01' }, { kind: 'BOOK', overpaidCents: 0 }],
    ['another collector is forbidden', { holderId: 'c2' }, { kind: 'FORBIDDEN', reason: expect.objectContaining({ en: expect.stringContaining("another collector's queue") }) }],
    ['an unassigned case is forbidden to a collector', { holderId: null }, { kind: 'FORBIDDEN', reason: expect.objectContaining({ en: expect.stringContaining('claim it first') }) }],
  ])('%s', (_name, change, decision) => {
    expect(decideManualPayment({ ...base, ...change })).toEqual(decision);
  });

  it('refuses before checking amounts when the collector does not hold the case', () => {
    expect(decideManualPayment({ ...base, holderId: 'c2', amountCents: -1 }).kind).toBe('FORBIDDEN');
  });

  it.each<[string, Partial<ManualPaymentSnapshot>, string, RegExp]>([
    ['a future date', { receivedOn: '2026-11-26' }, 'receivedOn', /is in the future/],
    ['a date before the invoice', { receivedOn: '2026-08-31' }, 'receivedAt', /before the invoice date 2026-09-01/],
    ['a zero amount', { amountCents: 0 }, 'amountCents', /greater than zero/],
  ])('rejects %s', (_name, change, field, message) => {
    let caught: unknown;
    try {
      decideManualPayment({ ...base, ...change });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleViolation);
    expect((caught as RuleViolation).field).toBe(field);
    expect((caught as RuleViolation).message).toMatch(message);
  });
});

describe('decidePaidOutcome (only at zero balance, otherwise a lead)', () => {
  it.each<[string, PaymentActor, number, 'ALLOWED' | 'APPROVAL']>([
    ['a collector at zero', collector, 0, 'ALLOWED'],
    ['a collector with an overpaid case', collector, -100, 'ALLOWED'],
    ['a collector with a balance', collector, 1, 'APPROVAL'],
    ['a lead with a balance', lead, 50_000, 'ALLOWED'],
    ['an admin with a balance', admin, 50_000, 'ALLOWED'],
  ])('%s', (_name, actor, open, decision) => {
    expect(decidePaidOutcome(actor, open)).toBe(decision);
  });
});

describe('approvalRefusal (a second person, a lead or an admin)', () => {
  it.each<[string, PaymentActor, string, string | null]>([
    ['another lead', lead, 'c1', null],
    ['an admin', admin, 'l2', null],
    ['the requester themselves', lead, 'l1', 'A second person approves: you asked for this one yourself.'],
    ['a collector', { id: 'c2', role: 'COLLECTOR' }, 'c1', 'Only a lead or an admin approves payments.'],
  ])('%s', (_name, decider, requesterId, refusal) => {
    expect(approvalRefusal(decider, requesterId)?.en ?? null).toBe(refusal);
  });
});

import { describe, expect, it } from 'vitest';
import { buildOutcomeInput, emptyOutcomeDraft, handlingSeconds, type OutcomeCaseSnapshot, type OutcomeDraft } from './outcome-input';

const snapshot: OutcomeCaseSnapshot = {
  status: 'OPEN',
  stage: 'PHONE',
  openCents: 500_000,
  today: '2026-03-10',
  now: new Date('2026-03-10T09:00:00Z'),
};
const draft = (patch: Partial<OutcomeDraft>): OutcomeDraft => ({ ...emptyOutcomeDraft(), ...patch });
const build = (d: OutcomeDraft, s: OutcomeCaseSnapshot = snapshot) => buildOutcomeInput('c1', d, s, 'EUR');
const errorFields = (result: ReturnType<typeof build>) => (result.ok ? [] : Object.keys(result.errors).sort());

describe('buildOutcomeInput', () => {
  it('needs a type', () => {
    expect(build(draft({}))).toEqual({ ok: false, errors: { type: 'Choose an outcome.' } });
  });

  it('sends only the note for simple outcomes', () => {
    expect(build(draft({ type: 'NO_CONTACT', note: '  voicemail ', promiseAmount: '10' }))).toEqual({
      ok: true,
      input: { caseId: 'c1', channel: 'PHONE', direction: 'OUTBOUND', type: 'NO_CONTACT', note: 'voicemail' },
    });
  });

  it('builds a promise to pay with exact cents', () => {
    expect(build(draft({ type: 'PROMISE_TO_PAY', promiseAmount: '1.234,56', promiseDate: '2026-03-20' }))).toEqual({
      ok: true,
      input: { caseId: 'c1', channel: 'PHONE', direction: 'OUTBOUND', type: 'PROMISE_TO_PAY', note: null, promiseAmountCents: 123456, promiseDate: '2026-03-20' },
    });
  });

  it('reports an amount it cannot read before asking the domain', () => {
    const result = build(draft({ type: 'PROMISE_TO_PAY', promiseAmount: '12,345', promiseDate: '2026-03-20' }));
    expect(errorFields(result)).toEqual(['promiseAmount']);
  });

  it('shows the domain rule next to the field: promise date in the past', () => {
    const result = build(draft({ type: 'PROMISE_TO_PAY', promiseAmount: '100', promiseDate: '2026-03-01' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.promiseDate).toMatch(/past/);
  });

  it('shows the domain rule: a promise above the open balance', () => {
    const result = build(draft({ type: 'PROMISE_TO_PAY', promiseAmount: '5.000,01', promiseDate: '2026-03-20' }));
    expect(errorFields(result)).toEqual(['promiseAmount']);
  });

  it('requires a note for DISPUTE and UNCOLLECTIBLE', () => {
    for (const type of ['DISPUTE', 'UNCOLLECTIBLE'] as const) {
      expect(errorFields(build(draft({ type, note: '   ' })))).toEqual(['note']);
      expect(build(draft({ type, note: 'Debtor deceased' })).ok).toBe(true);
    }
  });

  it('builds a payment plan in due-date order', () => {
    const result = build(
      draft({
        type: 'PAYMENT_PLAN',
        installments: [
          { key: 'k2', dueDate: '2026-05-01', amount: '100' },
          { key: 'k1', dueDate: '2026-04-01', amount: '100,50' },
        ],
      }),
    );
    expect(result).toEqual({
      ok: true,
      input: {
        caseId: 'c1',
        channel: 'PHONE',
        direction: 'OUTBOUND',
        type: 'PAYMENT_PLAN',
        note: null,
        installments: [
          { dueDate: '2026-04-01', amountCents: 10050 },
          { dueDate: '2026-05-01', amountCents: 10000 },
        ],
      },
    });
  });

  it('flags the installment row the domain rejects', () => {
    const result = build(
      draft({
        type: 'PAYMENT_PLAN',
        installments: [
          { key: 'k1', dueDate: '2026-04-01', amount: '100' },
          { key: 'k2', dueDate: '2026-04-01', amount: '100' },
        ],
      }),
    );
    expect(errorFields(result)).toEqual(['installment:k2']);
  });

  it('needs at least two installments (domain rule)', () => {
    const result = build(draft({ type: 'PAYMENT_PLAN', installments: [{ key: 'k1', dueDate: '2026-04-01', amount: '100' }] }));
    expect(errorFields(result)).toEqual(['installments']);
  });

  it('needs a callback time in the future', () => {
    expect(errorFields(build(draft({ type: 'CALLBACK', callbackAt: '2020-01-01T10:00' })))).toEqual(['callbackAt']);
    expect(errorFields(build(draft({ type: 'CALLBACK', callbackAt: '' })))).toEqual(['callbackAt']);
    const result = build(draft({ type: 'CALLBACK', callbackAt: '2026-03-12T10:00' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.callbackAt).toMatch(/^2026-03-1[12]T\d{2}:00:00\.000Z$/);
  });

  it('refuses outcomes on a case that is not open', () => {
    expect(errorFields(build(draft({ type: 'NO_CONTACT' }), { ...snapshot, status: 'ON_HOLD' }))).toEqual(['form']);
  });
});

describe('channel, direction and the debtor\'s other cases', () => {
  it('sends the channel and direction chosen', () => {
    const result = build(draft({ type: 'RIGHT_PARTY_CONTACT', channel: 'EMAIL', direction: 'INBOUND' }));
    expect(result).toMatchObject({ ok: true, input: { channel: 'EMAIL', direction: 'INBOUND' } });
  });
  it('records one conversation on the other cases chosen, but never a promise', () => {
    expect(build(draft({ type: 'NO_CONTACT', alsoCaseIds: ['c2', 'c3'] }))).toMatchObject({ ok: true, input: { alsoCaseIds: ['c2', 'c3'] } });
    const promise = build(draft({ type: 'PROMISE_TO_PAY', promiseAmount: '10', promiseDate: '2026-03-20', alsoCaseIds: ['c2'] }));
    expect(promise.ok && promise.input.alsoCaseIds).toBeFalsy();
  });
});

describe('handlingSeconds', () => {
  const since = Date.parse('2026-11-25T10:00:00Z');
  it.each([
    ['95.4 s later', '2026-11-25T10:01:35.400Z', 95],
    ['a clock that went back', '2026-11-25T09:59:00Z', 0],
    ['over 4 hours', '2026-11-25T15:00:00Z', 14_400],
  ])('%s', (_name, now, expected) => {
    expect(handlingSeconds(since, new Date(now))).toBe(expected);
  });
});

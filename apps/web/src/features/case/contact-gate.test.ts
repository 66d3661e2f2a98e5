import { describe, expect, it } from 'vitest';
import { CONTACT_OUTCOMES, contactGate } from './contact-gate';

describe('contact gate', () => {
  const reason = 'Outside contact hours';
  it.each<[string, string | null, string, boolean]>([
    ['allowed now (no next time)', null, '2026-11-25T21:00:00Z', false],
    ['blocked until tomorrow 08:00', '2026-11-26T07:00:00.000Z', '2026-11-25T21:00:00Z', true],
    ['open again once the time has come', '2026-11-26T07:00:00.000Z', '2026-11-26T07:00:00Z', false],
    ['one millisecond before', '2026-11-26T07:00:00.000Z', '2026-11-26T06:59:59.999Z', true],
  ])('%s', (_name, next, now, blocked) => {
    const gate = contactGate(next, reason, new Date(now));
    expect(gate.blocked).toBe(blocked);
    if (gate.blocked) expect(gate).toEqual({ blocked: true, until: new Date(next!), reason });
  });

  it('leaves the wording to the screen when the server gave no reason', () => {
    expect(contactGate('2026-11-26T07:00:00.000Z', null, new Date('2026-11-25T21:00:00Z'))).toEqual({
      blocked: true, until: new Date('2026-11-26T07:00:00.000Z'), reason: null,
    });
  });

  it('covers the outcomes of a contact attempt, not disputes or closing outcomes', () => {
    expect([...CONTACT_OUTCOMES].sort()).toEqual(['CALLBACK', 'NO_CONTACT', 'PAYMENT_PLAN', 'PROMISE_TO_PAY', 'RIGHT_PARTY_CONTACT']);
    expect(CONTACT_OUTCOMES.has('DISPUTE')).toBe(false);
  });
});

import { contactPolicy, isGuardedByContactPolicy, type ContactDecision } from '../contact-policy/contact-policy.js';
import { RuleViolation } from '../rule-violation.js';
import { decideOutcome, followUpAt, type OutcomeSnapshot } from './decide-outcome.js';

const at = (iso: string) => new Date(iso);
/** The next outbound call's policy for a debtor in Berlin, with earlier attempts. */
const berlin = (attempts: string[] = []) => (when: Date): ContactDecision =>
  contactPolicy({ now: when, debtorTimeZone: 'Europe/Berlin', country: 'DE', channel: 'PHONE', attemptsLast7Days: attempts.map(at), lastReminderOn: null });

const snapshot = (now: string, attempts: string[] = []): OutcomeSnapshot => ({
  status: 'OPEN', stage: 'REMINDER', openCents: 50_000, today: now.slice(0, 10), now: at(now),
  nextCallAt: berlin(attempts), debtorTimeZone: 'Europe/Berlin',
});

describe('the contact policy guards outbound contact only', () => {
  it.each([['OUTBOUND', true], ['INBOUND', false]] as const)('%s: %s', (direction, guarded) => {
    expect(isGuardedByContactPolicy(direction)).toBe(guarded);
  });
});

describe('follow-ups come back when the next outbound call is allowed', () => {
  it('keeps a time within contact hours', () => {
    expect(followUpAt(at('2026-11-26T10:00:00Z'), berlin())).toEqual(at('2026-11-26T10:00:00Z'));
  });
  it('moves a Saturday-evening retry to Monday 08:00', () => {
    // No contact on Friday 19:30 Berlin: the retry a day later is Saturday 19:30, after Saturday's 14:00.
    const d = decideOutcome(snapshot('2026-11-27T18:30:00Z'), { type: 'NO_CONTACT' }, 'EUR');
    expect(d.nextActionAt).toEqual(at('2026-11-30T07:00:00Z'));
    expect(d.summary).toBe('No contact; next attempt from 2026-11-30 07:00 UTC');
  });
  it('waits until the attempt cap frees up (this call counted)', () => {
    // Wednesday 11:00: two attempts on Monday and Tuesday plus this one; the Monday 09:00Z one leaves the 7 days next Monday 09:00Z.
    const attempts = ['2026-11-23T09:00:00Z', '2026-11-24T09:00:00Z', '2026-11-25T10:00:00Z'];
    const d = decideOutcome(snapshot('2026-11-25T10:00:00Z', attempts), { type: 'NO_CONTACT' }, 'EUR');
    expect(d.nextActionAt).toEqual(at('2026-11-30T09:00:00Z'));
  });
  it('without a policy the retry stays one day later', () => {
    const { nextCallAt: _, ...plain } = snapshot('2026-11-27T18:30:00Z');
    expect(decideOutcome(plain, { type: 'NO_CONTACT' }, 'EUR').nextActionAt).toEqual(at('2026-11-28T18:30:00Z'));
  });
});

describe('a callback outside the debtor\'s contact hours is refused', () => {
  it('Sunday noon: refused at callbackAt with the next allowed time', () => {
    const run = () => decideOutcome(snapshot('2026-11-25T10:00:00Z'), { type: 'CALLBACK', callbackAt: at('2026-11-29T11:00:00Z') }, 'EUR');
    expect(run).toThrow(RuleViolation);
    try {
      run();
    } catch (e) {
      expect((e as RuleViolation).field).toBe('callbackAt');
      expect((e as Error).message).toContain('Outside contact hours');
      expect((e as Error).message).toContain('Next allowed at Monday 2026-11-30 08:00 (Europe/Berlin).');
    }
  });
  it('Thursday 10:00 Berlin is fine', () => {
    const d = decideOutcome(snapshot('2026-11-25T10:00:00Z'), { type: 'CALLBACK', callbackAt: at('2026-11-26T09:00:00Z') }, 'EUR');
    expect(d.nextActionAt).toEqual(at('2026-11-26T09:00:00Z'));
  });
});

import { RuleViolation } from '../rule-violation.js';
import {
  DEFAULT_CONTACT_POLICY, contactPolicy, validateContactPolicy, type ContactDecision, type ContactPolicyInput,
} from './contact-policy.js';

// Wednesday 2026-11-25, 10:00Z = 11:00 in Berlin and Copenhagen (CET, UTC+1).
const base: ContactPolicyInput = {
  now: new Date('2026-11-25T10:00:00Z'),
  debtorTimeZone: 'Europe/Berlin',
  country: 'DE',
  channel: 'PHONE',
  attemptsLast7Days: [],
  lastReminderOn: null,
};
const decide = (overrides: Partial<ContactPolicyInput>): ContactDecision => contactPolicy({ ...base, ...overrides });
const nextAt = (d: ContactDecision): string | null => (d.allowed ? null : d.nextAllowedAt.toISOString());
const at = (iso: string) => new Date(iso);

describe('contact hours in the debtor\'s zone (default Mon-Fri 08:00-20:00, Sat 08:00-14:00, not Sundays/holidays)', () => {
  it.each<[string, Partial<ContactPolicyInput>, string | null]>([
    ['Wednesday 11:00 Berlin', {}, null],
    // Boundary minutes: from inclusive, to exclusive.
    ['Wednesday 08:00:00.000 Berlin', { now: at('2026-11-25T07:00:00.000Z') }, null],
    ['Wednesday 07:59:59.999 Berlin: opens at 08:00', { now: at('2026-11-25T06:59:59.999Z') }, '2026-11-25T07:00:00.000Z'],
    ['Wednesday 19:59 Berlin', { now: at('2026-11-25T18:59:00Z') }, null],
    ['Wednesday 20:00 Berlin: Thursday 08:00 CET', { now: at('2026-11-25T19:00:00Z') }, '2026-11-26T07:00:00.000Z'],
    ['Wednesday 22:00 Berlin: Thursday 08:00 CET', { now: at('2026-11-25T21:00:00Z') }, '2026-11-26T07:00:00.000Z'],
    ['Saturday 13:59 Berlin', { now: at('2026-11-28T12:59:00Z') }, null],
    ['Saturday 14:00 Berlin: Monday 08:00', { now: at('2026-11-28T13:00:00Z') }, '2026-11-30T07:00:00.000Z'],
    ['Sunday noon Berlin: Monday 08:00', { now: at('2026-11-29T11:00:00Z') }, '2026-11-30T07:00:00.000Z'],
    // Christmas Day (Friday) and Boxing Day (Saturday) are holidays in DE, then Sunday: Monday 28th.
    ['Christmas Day Berlin: Monday 28 December', { now: at('2026-12-25T10:00:00Z') }, '2026-12-28T07:00:00.000Z'],
    // Spring forward on Sunday 2026-03-29: Monday 08:00 is CEST (UTC+2), 06:00Z, not 07:00Z.
    ['Saturday 15:00 CET before the spring change: Monday 08:00 CEST', { now: at('2026-03-28T14:00:00Z') }, '2026-03-30T06:00:00.000Z'],
    // Fall back on Sunday 2026-10-25: Monday 08:00 is CET (UTC+1), 07:00Z.
    ['Saturday 15:00 CEST before the autumn change: Monday 08:00 CET', { now: at('2026-10-24T13:00:00Z') }, '2026-10-26T07:00:00.000Z'],
    // New York (no holiday table for US): Friday 21:00 EST -> Saturday 08:00 EST.
    ['Friday 21:00 New York: Saturday 08:00 EST', { now: at('2026-03-07T02:00:00Z'), debtorTimeZone: 'America/New_York', country: 'US' }, '2026-03-07T13:00:00.000Z'],
    // ... Saturday 14:30 EST -> Monday 08:00 EDT (clocks went forward on Sunday 2026-03-08), 12:00Z.
    ['Saturday 14:30 New York: Monday 08:00 EDT', { now: at('2026-03-07T19:30:00Z'), debtorTimeZone: 'America/New_York', country: 'US' }, '2026-03-09T12:00:00.000Z'],
    // India, UTC+5:30: 20:15 local -> Thursday 08:00 IST = 02:30Z.
    ['Wednesday 20:15 Kolkata: Thursday 08:00 IST', { now: at('2026-11-25T14:45:00Z'), debtorTimeZone: 'Asia/Kolkata', country: 'IN' }, '2026-11-26T02:30:00.000Z'],
    // Copenhagen: Maundy Thursday and Good Friday 2026 (2 and 3 April) are Danish holidays, Saturday is open (CEST).
    ['Maundy Thursday Copenhagen: Saturday 08:00 CEST', { now: at('2026-04-02T08:00:00Z'), debtorTimeZone: 'Europe/Copenhagen', country: 'DK' }, '2026-04-04T06:00:00.000Z'],
    ['Maundy Thursday in Berlin is a working day', { now: at('2026-04-02T08:00:00Z') }, null],
    // A Danish creditor's debtor living in Germany keeps German holidays.
    ['DK claim, debtor in Berlin on Maundy Thursday', { now: at('2026-04-02T08:00:00Z'), country: 'DK', holidayCountry: 'DE' }, null],
  ])('%s', (_name, overrides, expected) => {
    expect(nextAt(decide(overrides))).toBe(expected);
  });

  it('says why, in the debtor\'s time', () => {
    const d = decide({ now: at('2026-11-25T21:00:00Z') });
    expect(d).toEqual({
      allowed: false,
      nextAllowedAt: at('2026-11-26T07:00:00Z'),
      reason:
        'Outside contact hours: it is Wednesday 2026-11-25 22:00 in Europe/Berlin; phone calls are allowed ' +
        'Monday to Friday 08:00-20:00, Saturday 08:00-14:00, not on Sundays or public holidays.',
      explanation: expect.objectContaining({ en: expect.stringMatching(/^Outside contact hours/) }),
    });
    expect((decide({ now: at('2026-12-25T10:00:00Z') }) as { reason: string }).reason).toContain('a public holiday');
  });

  it('says why in German and Danish too, with their dates and the same hours', () => {
    const d = decide({ now: at('2026-11-25T21:00:00Z') }) as { explanation: { de: string; da: string } };
    expect(d.explanation.de).toBe(
      'Außerhalb der Kontaktzeiten: Es ist Mittwoch, 25.11.2026, 22:00 Uhr in Europe/Berlin; Anrufe sind nur zu diesen Zeiten erlaubt: ' +
        'montags bis freitags 08:00-20:00, samstags 08:00-14:00, nicht sonntags oder an Feiertagen.',
    );
    expect(d.explanation.da).toBe(
      'Uden for kontakttiden: Klokken er onsdag 25.11.2026 kl. 22:00 i Europe/Berlin; opkald er tilladt ' +
        'mandag til fredag 08:00-20:00, lørdag 08:00-14:00, ikke søndage eller helligdage.',
    );
  });

  it('letters and e-mails are not bound to contact hours', () => {
    expect(decide({ now: at('2026-11-29T23:30:00Z'), channel: 'LETTER' })).toEqual({ allowed: true });
    expect(decide({ now: at('2026-11-29T23:30:00Z'), channel: 'EMAIL' })).toEqual({ allowed: true });
    expect(decide({ now: at('2026-11-29T23:30:00Z'), channel: 'SMS' }).allowed).toBe(false);
  });

  it('takes a creditor\'s own hours', () => {
    const policy = { contactHours: { ...DEFAULT_CONTACT_POLICY.contactHours, weekdays: ['09:00', '18:00'] as const, saturday: null } };
    expect(nextAt(decide({ now: at('2026-11-25T17:30:00Z'), policy }))).toBe('2026-11-26T08:00:00.000Z'); // 18:30 -> Thu 09:00
    expect(nextAt(decide({ now: at('2026-11-27T17:30:00Z'), policy }))).toBe('2026-11-30T08:00:00.000Z'); // Fri 18:30 -> Mon
    const extra = decide({ now: at('2026-12-24T10:00:00Z'), policy: { extraHolidays: ['2026-12-24'] } });
    expect(nextAt(extra)).toBe('2026-12-28T07:00:00.000Z'); // 24th extra, 25th/26th holidays, 27th Sunday
  });
});

describe('at most 3 contact attempts in any rolling 7 days', () => {
  it.each<[string, string[], string | null]>([
    ['two attempts', ['2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'], null],
    // The third most recent attempt turns 7 days old on Thursday 09:00Z (10:00 Berlin, within hours).
    ['three attempts: when the oldest is 7 days old', ['2026-11-19T09:00:00Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'], '2026-11-26T09:00:00.000Z'],
    // Exactly 7 days ago (168 hours) no longer counts.
    ['the oldest exactly 7 days ago', ['2026-11-18T10:00:00Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'], null],
    ['the oldest 7 days less 1 ms ago: free 1 ms later', ['2026-11-18T10:00:00.001Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'], '2026-11-25T10:00:00.001Z'],
    // Free at Thursday 21:30 Berlin, outside hours: the later of the two, Friday 08:00.
    ['free outside hours: the next opening after it', ['2026-11-19T20:30:00Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'], '2026-11-27T07:00:00.000Z'],
    // Four attempts: the 3rd most recent (2026-11-20 12:00Z) must leave, not the oldest.
    ['four attempts: when the 3rd most recent is 7 days old', ['2026-11-19T09:00:00Z', '2026-11-20T12:00:00Z', '2026-11-23T08:00:00Z', '2026-11-24T15:00:00Z'], '2026-11-27T12:00:00.000Z'],
    ['older and future attempts are ignored', ['2026-11-01T09:00:00Z', '2026-11-20T12:00:00Z', '2026-11-26T08:00:00Z'], null],
  ])('%s', (_name, attempts, expected) => {
    expect(nextAt(decide({ attemptsLast7Days: attempts.map(at) }))).toBe(expected);
  });

  it('explains, and combines with contact hours (whichever is later)', () => {
    const d = decide({
      now: at('2026-11-25T21:00:00Z'),
      attemptsLast7Days: ['2026-11-19T09:00:00Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'].map(at),
    });
    expect(nextAt(d)).toBe('2026-11-26T09:00:00.000Z'); // opening 07:00Z, but the attempt frees up at 09:00Z
    expect(d.allowed ? '' : d.reason).toContain('Outside contact hours');
    expect(d.allowed ? '' : d.reason).toContain('3 contact attempts in the last 7 days (at most 3); the next is possible once one of them is 7 days old, Thursday 2026-11-26 10:00 (Europe/Berlin).');
  });

  it('a creditor may allow more', () => {
    const attempts = ['2026-11-19T09:00:00Z', '2026-11-20T12:00:00Z', '2026-11-24T15:00:00Z'].map(at);
    expect(decide({ attemptsLast7Days: attempts, policy: { maxAttemptsPer7Days: 4 } })).toEqual({ allowed: true });
  });
});

describe('Denmark: at least 10 days between reminders (renteloven 9b)', () => {
  const dk: Partial<ContactPolicyInput> = { debtorTimeZone: 'Europe/Copenhagen', country: 'DK', channel: 'LETTER' };
  it.each<[string, Partial<ContactPolicyInput>, string | null]>([
    // Reminder on the 20th: the next on the 30th at the earliest, from midnight Copenhagen (CET) = 29th 23:00Z.
    ['letter 5 days after a reminder', { lastReminderOn: '2026-11-20' }, '2026-11-29T23:00:00.000Z'],
    ['letter exactly 10 days after', { lastReminderOn: '2026-11-15' }, null],
    ['letter 9 days after', { lastReminderOn: '2026-11-16' }, '2026-11-25T23:00:00.000Z'],
    ['e-mail counts as a reminder too', { channel: 'EMAIL', lastReminderOn: '2026-11-20' }, '2026-11-29T23:00:00.000Z'],
    // SMS: also a reminder, and bound to hours: the 30th is a Monday, so 08:00 = 07:00Z.
    ['SMS: spacing, then contact hours', { channel: 'SMS', lastReminderOn: '2026-11-20' }, '2026-11-30T07:00:00.000Z'],
    ['a phone call is not a written reminder', { channel: 'PHONE', lastReminderOn: '2026-11-24' }, null],
    ['no reminder yet', { lastReminderOn: null }, null],
    ['a German claim has no such spacing', { country: 'DE', lastReminderOn: '2026-11-24' }, null],
    // Spacing ends on a day in summer time (CEST): midnight is 22:00Z the day before.
    ['across the spring change', { now: at('2026-03-25T10:00:00Z'), lastReminderOn: '2026-03-22' }, '2026-03-31T22:00:00.000Z'],
  ])('%s', (_name, overrides, expected) => {
    expect(nextAt(decide({ ...dk, ...overrides }))).toBe(expected);
  });

  it('explains', () => {
    const d = decide({ ...dk, lastReminderOn: '2026-11-20' });
    expect(d.allowed ? '' : d.reason).toBe(
      'The last reminder went out on 2026-11-20; reminders must be at least 10 days apart (renteloven 9b), so the next may go on 2026-11-30.',
    );
  });
});

describe('validation', () => {
  it.each<[string, object, string[]]>([
    ['defaults', DEFAULT_CONTACT_POLICY, []],
    ['end before start', { contactHours: { ...DEFAULT_CONTACT_POLICY.contactHours, weekdays: ['20:00', '08:00'] } }, ['contactHours.weekdays']],
    ['bad time', { contactHours: { ...DEFAULT_CONTACT_POLICY.contactHours, saturday: ['8', '14:00'] } }, ['contactHours.saturday']],
    ['no weekday hours', { contactHours: { ...DEFAULT_CONTACT_POLICY.contactHours, weekdays: null } }, ['contactHours.weekdays']],
    ['zero attempts', { maxAttemptsPer7Days: 0 }, ['maxAttemptsPer7Days']],
    ['negative spacing', { reminderSpacingDays: { DK: -1 } }, ['reminderSpacingDays.DK']],
    ['unknown channel', { hoursChannels: ['FAX'] }, ['hoursChannels']],
    ['bad holiday', { extraHolidays: ['2026-02-30'] }, ['extraHolidays[0]']],
  ])('%s', (_name, policy, fields) => {
    expect(validateContactPolicy(policy).map((p) => p.field)).toEqual(fields);
  });

  it('refuses an unknown zone and an invalid policy as rule violations', () => {
    expect(() => decide({ debtorTimeZone: 'Europe/Atlantis' })).toThrow(RuleViolation);
    expect(() => decide({ policy: { maxAttemptsPer7Days: 0 } })).toThrow(RuleViolation);
  });
});

import { addDays } from '../dates.js';
import { RuleViolation } from '../rule-violation.js';
import type { CaseStatus } from '../stages.js';
import { decideOutcome, type OutcomeDecision, type OutcomeInput, type OutcomeSnapshot } from './decide-outcome.js';

const now = new Date('2026-01-10T09:30:00Z');
const snapshot: OutcomeSnapshot = { status: 'OPEN', stage: 'PHONE', openCents: 100_000, today: '2026-01-10', now };
const decide = (input: OutcomeInput, snap: Partial<OutcomeSnapshot> = {}): OutcomeDecision =>
  decideOutcome({ ...snapshot, ...snap }, input, 'EUR');

/** Asserts a RuleViolation with the given field and a message matching `message`. */
function expectViolation(run: () => unknown, field: string, message: RegExp | string): void {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(RuleViolation);
  expect((caught as RuleViolation).field).toBe(field);
  expect((caught as RuleViolation).message).toMatch(message);
}

const plan = (...rows: [string, number][]): OutcomeInput => ({
  type: 'PAYMENT_PLAN',
  installments: rows.map(([dueDate, amountCents]) => ({ dueDate, amountCents })),
});

describe('decideOutcome: outcomes that keep the collector on the case', () => {
  it.each<[string, OutcomeInput, Partial<OutcomeDecision>]>([
    ['NO_CONTACT: try again in 1 day', { type: 'NO_CONTACT' }, {
      nextActionAt: new Date('2026-01-11T09:30:00Z'),
      summary: 'No contact; next attempt from 2026-01-11 09:30 UTC',
    }],
    ['RIGHT_PARTY_CONTACT: follow up in 3 days', { type: 'RIGHT_PARTY_CONTACT', note: 'Will check with spouse' }, {
      nextActionAt: new Date('2026-01-13T09:30:00Z'),
      summary: 'Spoke to the debtor; follow up from 2026-01-13 09:30 UTC',
    }],
    ['PROMISE_TO_PAY: one promise, next action the day after', { type: 'PROMISE_TO_PAY', promiseAmountCents: 25_000, promiseDate: '2026-02-01' }, {
      nextActionAt: new Date('2026-02-02T00:00:00Z'),
      promises: [{ amountCents: 25_000, dueDate: '2026-02-01', installment: null }],
      summary: 'Promise to pay 250.00 EUR by 2026-02-01',
    }],
    ['CALLBACK: next action at the callback time', { type: 'CALLBACK', callbackAt: new Date('2026-01-12T14:30:00Z') }, {
      nextActionAt: new Date('2026-01-12T14:30:00Z'),
      summary: 'Callback scheduled for 2026-01-12 14:30 UTC',
    }],
    ['PAYMENT_PLAN: numbered installments, next action after the first', plan(['2026-01-15', 10_000], ['2026-02-15', 10_000], ['2026-03-15', 5_000]), {
      nextActionAt: new Date('2026-01-16T00:00:00Z'),
      promises: [
        { amountCents: 10_000, dueDate: '2026-01-15', installment: 1 },
        { amountCents: 10_000, dueDate: '2026-02-15', installment: 2 },
        { amountCents: 5_000, dueDate: '2026-03-15', installment: 3 },
      ],
      summary: 'Payment plan of 3 installments totalling 250.00 EUR, 2026-01-15 to 2026-03-15',
    }],
  ])('%s', (_name, input, expected) => {
    expect(decide(input)).toEqual({
      status: 'OPEN',
      stage: 'PHONE',
      keepAssignee: true,
      holdReason: null,
      markPaid: false,
      promises: [],
      summaryText: expect.objectContaining({ en: expected.summary }),
      ...expected,
    });
  });
});

describe('decideOutcome: outcomes that release the case', () => {
  it.each<[string, OutcomeInput, Partial<OutcomeDecision>]>([
    ['DISPUTE puts the case on hold with the note as reason', { type: 'DISPUTE', note: '  Goods never delivered  ' }, {
      status: 'ON_HOLD',
      holdReason: 'Goods never delivered',
      summary: 'Debtor disputes the claim, case on hold: Goods never delivered',
    }],
    ['PAID closes the case as paid', { type: 'PAID' }, { status: 'PAID', markPaid: true, summary: 'Case marked as paid' }],
    ['UNCOLLECTIBLE needs a reason', { type: 'UNCOLLECTIBLE', note: 'Debtor deceased, no estate' }, {
      status: 'UNCOLLECTIBLE',
      summary: 'Marked uncollectible: Debtor deceased, no estate',
    }],
    ['ESCALATE_LEGAL hands over to the court dunning procedure', { type: 'ESCALATE_LEGAL' }, {
      status: 'LEGAL',
      stage: 'COURT',
      summary: 'Escalated to legal for the court dunning procedure',
    }],
  ])('%s', (_name, input, expected) => {
    expect(decide(input)).toEqual({
      status: 'OPEN',
      stage: 'PHONE',
      keepAssignee: false,
      nextActionAt: null,
      holdReason: null,
      markPaid: false,
      promises: [],
      summaryText: expect.objectContaining({ en: expected.summary }),
      ...expected,
    });
  });

  it('words the summary in German and Danish too, the collector\'s note as written', () => {
    expect(decide({ type: 'CALLBACK', callbackAt: new Date('2026-01-12T14:30:00Z') }).summaryText).toEqual({
      en: 'Callback scheduled for 2026-01-12 14:30 UTC', de: 'Rückruf geplant für 12.01.2026, 14:30 UTC', da: 'Opkald planlagt til 12.01.2026 kl. 14:30 UTC',
    });
    expect(decide({ type: 'UNCOLLECTIBLE', note: 'Debtor deceased, no estate' }).summaryText.de).toBe('Als uneinbringlich markiert: Debtor deceased, no estate');
  });

  it('shortens a long dispute note in the summary but keeps it whole as hold reason', () => {
    const note = 'x'.repeat(500);
    const d = decide({ type: 'DISPUTE', note });
    expect(d.holdReason).toBe(note);
    expect(d.summary.length).toBeLessThan(200);
  });
});

describe('decideOutcome: rule violations a collector can act on', () => {
  it.each<CaseStatus>(['ON_HOLD', 'PAID', 'UNCOLLECTIBLE', 'LEGAL'])('only an OPEN case takes an outcome (%s refused)', (status) => {
    expectViolation(() => decide({ type: 'NO_CONTACT' }, { status }), 'status', /only an open case can take an outcome/);
  });

  it('rejects an unknown outcome type', () => {
    expectViolation(() => decide({ type: 'LOST' as never }), 'type', 'Unknown outcome "LOST"');
  });

  it.each([
    [2000, true],
    [2001, false],
  ])('a note of %p characters is accepted: %p', (length, ok) => {
    const run = () => decide({ type: 'NO_CONTACT', note: 'n'.repeat(length) });
    if (ok) expect(run().status).toBe('OPEN');
    else expectViolation(run, 'note', 'The note has 2001 characters; shorten it to 2000 or fewer');
  });

  describe('PROMISE_TO_PAY: amount within the open balance, date today .. today + 90 days', () => {
    it.each([
      ['today', '2026-01-10'],
      ['today + 90 days', addDays('2026-01-10', 90)],
    ])('accepts %s', (_name, promiseDate) => {
      expect(decide({ type: 'PROMISE_TO_PAY', promiseAmountCents: 100_000, promiseDate }).promises).toHaveLength(1);
    });

    it.each<[string, OutcomeInput, string, RegExp | string]>([
      ['a date in the past', { type: 'PROMISE_TO_PAY', promiseAmountCents: 100, promiseDate: '2026-01-09' }, 'promiseDate',
        'Promise date 2026-01-09 is in the past; choose today or a later date'],
      ['a date beyond 90 days', { type: 'PROMISE_TO_PAY', promiseAmountCents: 100, promiseDate: '2026-04-11' }, 'promiseDate',
        'Promise date 2026-04-11 is more than 90 days ahead; choose 2026-04-10 or earlier, or agree a payment plan'],
      ['no date', { type: 'PROMISE_TO_PAY', promiseAmountCents: 100 }, 'promiseDate', 'Enter the promise date'],
      ['an impossible date', { type: 'PROMISE_TO_PAY', promiseAmountCents: 100, promiseDate: '2026-02-30' }, 'promiseDate', /not a valid date/],
      ['no amount', { type: 'PROMISE_TO_PAY', promiseDate: '2026-02-01' }, 'promiseAmountCents', 'Enter the promised amount'],
      ['a zero amount', { type: 'PROMISE_TO_PAY', promiseAmountCents: 0, promiseDate: '2026-02-01' }, 'promiseAmountCents', /whole number of cents above zero/],
      ['a fractional amount', { type: 'PROMISE_TO_PAY', promiseAmountCents: 99.5, promiseDate: '2026-02-01' }, 'promiseAmountCents', /whole number of cents/],
      ['more than is open', { type: 'PROMISE_TO_PAY', promiseAmountCents: 100_001, promiseDate: '2026-02-01' }, 'promiseAmountCents',
        'The promised amount 1,000.01 EUR exceeds the open balance 1,000.00 EUR'],
    ])('rejects %s', (_name, input, field, message) => {
      expectViolation(() => decide(input), field, message);
    });
  });

  describe('PAYMENT_PLAN: 2..60 installments, strictly ascending, from today, sum within the open balance', () => {
    it('accepts 60 monthly installments', () => {
      const rows = Array.from({ length: 60 }, (_, i): [string, number] => [addDays('2026-01-10', i * 30), 1_000]);
      expect(decide(plan(...rows)).promises).toHaveLength(60);
    });

    it.each<[string, OutcomeInput, string, RegExp | string]>([
      ['a single installment', plan(['2026-02-01', 100]), 'installments', /at least 2 installments; for a single payment record a promise to pay/],
      ['no installments', { type: 'PAYMENT_PLAN' }, 'installments', /at least 2 installments/],
      ['61 installments', plan(...Array.from({ length: 61 }, (_, i): [string, number] => [addDays('2026-01-10', i), 100])), 'installments',
        'A payment plan can have at most 60 installments; this one has 61'],
      ['equal dates', plan(['2026-02-01', 100], ['2026-02-01', 100]), 'installments[1].dueDate',
        'Installment 2 is due 2026-02-01, not after installment 1 (2026-02-01); dates must be strictly ascending'],
      ['descending dates', plan(['2026-03-01', 100], ['2026-02-01', 100]), 'installments[1].dueDate', /strictly ascending/],
      ['a first installment in the past', plan(['2026-01-09', 100], ['2026-02-01', 100]), 'installments[0].dueDate',
        'The first installment (2026-01-09) is in the past; choose today or a later date'],
      ['a zero installment', plan(['2026-02-01', 100], ['2026-03-01', 0]), 'installments[1].amountCents', /Installment 2 must be a whole number of cents/],
      ['an impossible date', plan(['2026-02-01', 100], ['2026-02-30', 100]), 'installments[1].dueDate', /not a valid date/],
      ['more than is open', plan(['2026-02-01', 60_000], ['2026-03-01', 40_001]), 'installments',
        'The installments add up to 1,000.01 EUR, more than the open balance 1,000.00 EUR'],
    ])('rejects %s', (_name, input, field, message) => {
      expectViolation(() => decide(input), field, message);
    });
  });

  describe('CALLBACK: strictly after now, within 30 days', () => {
    it('accepts exactly 30 days ahead', () => {
      const at = new Date(now.getTime() + 30 * 86_400_000);
      expect(decide({ type: 'CALLBACK', callbackAt: at }).nextActionAt?.getTime()).toBe(at.getTime());
    });

    it.each<[string, Date | null, RegExp | string]>([
      ['now', now, 'Callback time 2026-01-10 09:30 UTC is not in the future; choose a later time'],
      ['the past', new Date('2026-01-09T12:00:00Z'), /not in the future/],
      ['30 days and a minute ahead', new Date(now.getTime() + 30 * 86_400_000 + 60_000), /more than 30 days ahead; choose 2026-02-09 09:30 UTC or earlier/],
      ['no time', null, 'Choose when to call back'],
      ['an invalid time', new Date('not a date'), /not a valid date and time/],
    ])('rejects %s', (_name, callbackAt, message) => {
      expectViolation(() => decide({ type: 'CALLBACK', callbackAt }), 'callbackAt', message);
    });
  });

  it.each([
    ['DISPUTE', undefined],
    ['DISPUTE', '   '],
    ['UNCOLLECTIBLE', null],
    ['UNCOLLECTIBLE', ''],
  ] as const)('%s requires a note (got %p)', (type, note) => {
    expectViolation(() => decide({ type, note }), 'note', /^Add a note: /);
  });
});

describe('RuleViolation', () => {
  it('is an Error with a name and the offending field', () => {
    const e = new RuleViolation('Choose a date', 'promiseDate');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('RuleViolation');
    expect(e.message).toBe('Choose a date');
    expect(e.field).toBe('promiseDate');
    expect(new RuleViolation('x').field).toBeUndefined();
  });
});

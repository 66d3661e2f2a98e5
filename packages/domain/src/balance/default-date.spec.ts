import type { Country, DebtorKind } from '../stages.js';
import { DEFAULT_DATE_RULES, decideDefaultDate, defaultDateRule, defaultDateSetByDunning, effectiveDefaultDate, type DefaultFacts } from './default-date.js';

describe('effectiveDefaultDate (country-neutral fallback: BGB 286(3), at the latest 30 days after the due date)', () => {
  it.each([
    ['2025-03-01', null, '2025-03-31'],
    ['2025-02-01', null, '2025-03-03'],
    ['2024-02-01', null, '2024-03-02'], // leap year
    ['2025-03-01', '2025-03-10', '2025-03-10'], // a recorded default date (e.g. after a reminder) wins
  ])('due %s, recorded default %p -> %s', (dueDate, defaultDate, expected) => {
    expect(effectiveDefaultDate({ dueDate, defaultDate })).toBe(expected);
  });
});

describe('decideDefaultDate (BGB 286 per debtor kind; renteloven 3 in Denmark)', () => {
  const due = '2025-03-01';
  it.each<[string, Country, DebtorKind, Partial<DefaultFacts>, string | null, string]>([
    ['recorded default wins', 'DE', 'consumer', { defaultDate: '2025-03-10' }, '2025-03-10', 'recorded'],
    ['recorded default wins over the 30-day rule', 'DE', 'business', { defaultDate: '2025-04-15' }, '2025-04-15', 'recorded'],
    // BGB 286(3) sentence 1: 30 days after due date and receipt of the invoice
    ['business: due + 30', 'DE', 'business', {}, '2025-03-31', 'BGB 286(3)'],
    // BGB 286(1): a dunning letter after the due date, its deadline earlier than due + 30
    ['business: an earlier dunning deadline', 'DE', 'business', { firstDunningDeadline: '2025-03-15' }, '2025-03-15', 'BGB 286(1)'],
    ['business: a later dunning deadline does not defer 286(3)', 'DE', 'business', { firstDunningDeadline: '2025-04-20' }, '2025-03-31', 'BGB 286(3)'],
    // BGB 286(3) sentence 1 second half: against a consumer only if the invoice pointed it out
    ['consumer, invoice noted the rule', 'DE', 'consumer', { invoiceNotedDefaultRule: true }, '2025-03-31', 'BGB 286(3)'],
    ['consumer, first dunning deadline', 'DE', 'consumer', { firstDunningDeadline: '2025-04-20' }, '2025-04-20', 'BGB 286(1)'],
    ['consumer, both: the earlier', 'DE', 'consumer', { invoiceNotedDefaultRule: true, firstDunningDeadline: '2025-03-20' }, '2025-03-20', 'BGB 286(1)'],
    ['consumer, neither: not in default', 'DE', 'consumer', {}, null, 'BGB 286'],
    ['consumer, invoice did not note it: not in default', 'DE', 'consumer', { invoiceNotedDefaultRule: false }, null, 'BGB 286'],
    // a "reminder" before the due date cannot cause default
    ['consumer, deadline before the due date is ignored', 'DE', 'consumer', { firstDunningDeadline: '2025-02-20' }, null, 'BGB 286'],
    // renteloven 3(1): a due date fixed in advance (the default): interest from the due date
    ['DK consumer: due date fixed, no invoice date', 'DK', 'consumer', {}, '2025-03-01', 'renteloven 3(1)'],
    ['DK business: invoice 30+ days before the due date', 'DK', 'business', { invoiceDate: '2025-01-15' }, '2025-03-01', 'renteloven 3(1)'],
    // renteloven 3(3): not before 30 days after the debtor could assess the claim (the invoice)
    ['DK: invoice 14 days before the due date', 'DK', 'business', { invoiceDate: '2025-02-15' }, '2025-03-17', 'renteloven 3(3)'],
    ['DK: a dunning deadline changes nothing', 'DK', 'consumer', { firstDunningDeadline: '2025-03-10' }, '2025-03-01', 'renteloven 3(1)'],
    // renteloven 3(2): no due date fixed in advance: 30 days after the request for payment
    ['DK: not fixed, the invoice is the request', 'DK', 'consumer', { dueDateFixed: false, invoiceDate: '2025-02-20' }, '2025-03-22', 'renteloven 3(2)'],
    ['DK: not fixed, a later demand', 'DK', 'business', { dueDateFixed: false, invoiceDate: '2025-02-20', demandSentOn: '2025-04-01' }, '2025-05-01', 'renteloven 3(2)'],
    ['DK: not fixed, nothing but the due date', 'DK', 'business', { dueDateFixed: false }, '2025-03-31', 'renteloven 3(2)'],
  ])('%s', (_name, country, debtorKind, facts, expected, statute) => {
    const decision = decideDefaultDate({ dueDate: due, defaultDate: null, ...facts }, { country, debtorKind });
    expect(decision.defaultDate).toBe(expected);
    expect(decision.statute).toBe(statute);
    expect(decision.explanation.length).toBeGreaterThan(10);
  });
});

describe('the default date the first dunning letter records (BGB 286(1))', () => {
  it.each<[string, 'DE' | 'DK', 'consumer' | 'business', string, string | null, string, string | null]>([
    ['DE consumer: the deadline', 'DE', 'consumer', '2026-10-01', null, '2026-12-05', '2026-12-05'],
    ['DE consumer: a deadline not after the due date changes nothing', 'DE', 'consumer', '2026-12-05', null, '2026-12-05', null],
    ['DE consumer: a recorded default date stays', 'DE', 'consumer', '2026-10-01', '2026-10-20', '2026-12-05', null],
    ['DE business: the 30-day rule came first', 'DE', 'business', '2026-10-01', null, '2026-12-05', null],
    ['DE business: a deadline before due + 30', 'DE', 'business', '2026-11-20', null, '2026-12-05', '2026-12-05'],
    ['DE business: the deadline on due + 30', 'DE', 'business', '2026-11-05', null, '2026-12-05', null],
    ['DK consumer: renteloven, no letter default', 'DK', 'consumer', '2026-11-20', null, '2026-12-05', null],
    ['DK business', 'DK', 'business', '2026-11-20', null, '2026-12-05', null],
  ])('%s', (_name, country, debtorKind, dueDate, defaultDate, deadline, expected) => {
    expect(defaultDateSetByDunning({ dueDate, defaultDate }, { country, debtorKind }, deadline)).toBe(expected);
  });

  it('has one rule per country and debtor kind', () => {
    expect(DEFAULT_DATE_RULES.map((r) => `${r.country}/${r.debtorKind}`).sort()).toEqual(['DE/business', 'DE/consumer', 'DK/business', 'DK/consumer']);
    expect(defaultDateRule('DE', 'consumer')).toMatchObject({ afterDueNeedsInvoiceNote: true, dunningDeadlineDefaults: true });
  });
});

import type { Country, DebtorKind } from '../stages.js';
import { decideDefaultDate, effectiveDefaultDate, type DefaultFacts } from './default-date.js';

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
    // renteloven 3(3): not before 30 days after the debtor could assess the claim
    ['DK consumer: due + 30', 'DK', 'consumer', {}, '2025-03-31', 'renteloven 3'],
    ['DK business: due + 30', 'DK', 'business', { invoiceNotedDefaultRule: false }, '2025-03-31', 'renteloven 3'],
  ])('%s', (_name, country, debtorKind, facts, expected, statute) => {
    const decision = decideDefaultDate({ dueDate: due, defaultDate: null, ...facts }, { country, debtorKind });
    expect(decision.defaultDate).toBe(expected);
    expect(decision.statute).toBe(statute);
    expect(decision.explanation.length).toBeGreaterThan(10);
  });
});

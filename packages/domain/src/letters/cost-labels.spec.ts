import { costLabelIn } from './cost-labels.js';

describe('costLabelIn: a letter carries its cost labels in its own language', () => {
  it.each([
    ['Dunning fee (1st dunning letter)', 'de', 'Mahnkosten (Porto und Material, §§ 280 Abs. 2, 286 BGB)'],
    ['Dunning letter costs (postage and material, BGB 280(2), 286)', 'en', 'Dunning letter costs (postage and material, BGB 280(2), 286)'],
    ['Reminder fee (rykkergebyr, renteloven 9b(2))', 'da', 'Rykkergebyr (renteloven § 9 b, stk. 2)'],
    ['Hand-over to collection fee (renteloven 9b(3))', 'da', 'Inkassogebyr (renteloven § 9 b, stk. 3)'],
    ['Flat default charge (BGB 288(5))', 'de', 'Verzugspauschale (§ 288 Abs. 5 BGB)'],
    ['Court fee for the court dunning order (GKG, minimum)', 'de', 'Gerichtskosten des Mahnverfahrens (GKG)'],
    ['Inkassokosten (RDG 13e, VV 2300): 0.5 x ...', 'en', 'Collection costs (RDG 13e, RVG VV 2300)'],
  ] as const)('%s in %s', (label, language, expected) => {
    expect(costLabelIn(language, label)).toBe(expected);
  });

  it('prints an agency fee line that states its factor as written (VV 2300 Anm. 2)', () => {
    const line = 'Inkassokosten: Geschäftsgebühr 0,5 (erste Zahlungsaufforderung; RVG-Tabelle ab 01.01.2021)';
    expect(costLabelIn('de', line)).toBe(line);
  });

  it('prints a creditor\'s own label as it is', () => {
    expect(costLabelIn('de', 'Rücklastschriftgebühr der Bank')).toBe('Rücklastschriftgebühr der Bank');
  });
});

import { addressResearchedAfter } from './address-research.js';

// RDG 13a(1) no. 7: the letter says whether the address was researched.
describe('addressResearchedAfter (RDG 13a(1) no. 7)', () => {
  const given = { address: 'Heidestraße 17\n51147 Köln', addressResearched: false };
  const found = { address: 'Am Markt 3\n50667 Köln', addressResearched: true };

  it('marks a new address found by a search', () => {
    expect(addressResearchedAfter(given, 'Am Markt 3\n50667 Köln', true)).toBe(true);
  });

  it('clears the mark when the address changes otherwise (e.g. the debtor tells us)', () => {
    expect(addressResearchedAfter(found, 'Ringstraße 1\n50667 Köln', undefined)).toBe(false);
    expect(addressResearchedAfter(found, 'Ringstraße 1\n50667 Köln', false)).toBe(false);
  });

  it('keeps the mark of an unchanged address, unless the change corrects it', () => {
    expect(addressResearchedAfter(found, ' Am Markt 3\n50667 Köln ', null)).toBe(true);
    expect(addressResearchedAfter(found, found.address, false)).toBe(false);
    expect(addressResearchedAfter(given, given.address, true)).toBe(true);
  });
});

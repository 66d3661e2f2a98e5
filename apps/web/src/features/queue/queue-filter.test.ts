import { describe, expect, it } from 'vitest';
import { filterQueue } from './queue-filter';

const cases = [
  { id: 'a', debtor: { name: 'Jörg Müller', ref: 'D-1001' }, creditor: { name: 'Stadtwerke Hamburg' } },
  { id: 'b', debtor: { name: 'Mette Sørensen', ref: 'D-2002' }, creditor: { name: 'Aarhus Energi' } },
  { id: 'c', debtor: { name: 'Anna Schmidt', ref: 'D-3003' }, creditor: { name: 'Stadtwerke Hamburg' } },
];

describe('filterQueue', () => {
  it('keeps the whole queue for an empty search', () => {
    expect(filterQueue(cases, '  ')).toBe(cases);
  });

  it('finds a debtor by name without caring for case or accents', () => {
    expect(filterQueue(cases, 'muller').map((c) => c.id)).toEqual(['a']);
    expect(filterQueue(cases, 'SORENSEN').map((c) => c.id)).toEqual(['b']);
  });

  it('finds a case by the debtor reference', () => {
    expect(filterQueue(cases, 'd-3003').map((c) => c.id)).toEqual(['c']);
  });

  it('needs every word to match, in the debtor or the creditor', () => {
    expect(filterQueue(cases, 'hamburg anna').map((c) => c.id)).toEqual(['c']);
    expect(filterQueue(cases, 'hamburg mette')).toEqual([]);
  });
});

import {
  BFJ_SUPERVISORY_AUTHORITY, formatSupervisoryAuthority, supervisoryAuthorityOn, supervisoryAuthorityViolations, type SupervisoryAuthorityEntry,
} from './supervisory-authority.js';

// RDG 13a(1) no. 8: the first demand to a consumer names the authority supervising the agency.
// RDG 13, 19 as amended (BGBl. 2023 I Nr. 64): from 2025-01-01 the Bundesamt für Justiz.
describe('supervisoryAuthorityOn (RDG 13a(1) no. 8, RDG 13 as amended by BGBl. 2023 I Nr. 64)', () => {
  const court: SupervisoryAuthorityEntry = {
    validFrom: '2008-07-01', name: 'Präsident des Oberlandesgerichts Hamburg', address: 'Sievekingplatz 2, 20355 Hamburg', electronicContact: 'https://justiz.hamburg.de',
  };
  const entries = [BFJ_SUPERVISORY_AUTHORITY, court];

  it('uses the entry in force on the letter date', () => {
    expect(supervisoryAuthorityOn(entries, '2024-12-31')).toBe(court);
    expect(supervisoryAuthorityOn(entries, '2025-01-01')).toBe(BFJ_SUPERVISORY_AUTHORITY);
    expect(supervisoryAuthorityOn(entries, '2026-12-07')).toBe(BFJ_SUPERVISORY_AUTHORITY);
  });

  it('has none before the first entry', () => {
    expect(supervisoryAuthorityOn([BFJ_SUPERVISORY_AUTHORITY], '2024-12-31')).toBeNull();
    expect(supervisoryAuthorityOn([], '2025-06-30')).toBeNull();
  });

  it('names the Bundesamt für Justiz with address and electronic contact', () => {
    expect(formatSupervisoryAuthority(BFJ_SUPERVISORY_AUTHORITY)).toBe('Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, https://www.bundesjustizamt.de');
  });

  it('refuses an entry without electronic contact or address', () => {
    expect(supervisoryAuthorityViolations(BFJ_SUPERVISORY_AUTHORITY)).toEqual([]);
    expect(supervisoryAuthorityViolations({ ...BFJ_SUPERVISORY_AUTHORITY, electronicContact: 'Bonn' }).map((v) => v.field)).toEqual(['electronicContact']);
    expect(supervisoryAuthorityViolations({ ...BFJ_SUPERVISORY_AUTHORITY, electronicContact: 'rdg@example.org' })).toEqual([]);
    expect(supervisoryAuthorityViolations({ ...BFJ_SUPERVISORY_AUTHORITY, address: ' ', validFrom: '2025-02-30' }).map((v) => v.field)).toEqual(['validFrom', 'address']);
  });
});

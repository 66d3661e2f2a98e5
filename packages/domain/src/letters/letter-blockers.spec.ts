import type { LetterBlockerInput } from './letter-blockers.js';
import { letterBlockers as blockersIn } from './letter-blockers.js';

const letterBlockers = (input: LetterBlockerInput) => blockersIn(input).map((t) => t.en);

// RDG 13a(1): the first demand to a consumer states no. 2 the basis of the claim with the subject
// and date of the contract, and no. 8 the supervisory authority.
describe('letterBlockers (RDG 13a(1) nos. 2 and 8)', () => {
  const authority = 'Bundesamt für Justiz, Adenauerallee 99-103, 53113 Bonn, https://www.bundesjustizamt.de';
  const claim = { reference: 'R-1', contractSubject: 'Stromlieferung', contractDate: '2024-11-15' };

  it('holds nothing when subject, date and authority are there', () => {
    expect(letterBlockers({ country: 'DE', debtorKind: 'consumer', claims: [claim], supervisoryAuthority: authority })).toEqual([]);
  });

  it('names each claim without subject or date of the contract', () => {
    expect(letterBlockers({
      country: 'DE', debtorKind: 'consumer', supervisoryAuthority: authority,
      claims: [claim, { reference: 'R-2', contractSubject: ' ', contractDate: null }, { reference: 'R-3', contractSubject: 'Wartung', contractDate: null }],
    })).toEqual([
      'Claim R-2 has no contract subject and no contract date (RDG 13a(1) no. 2)',
      'Claim R-3 has no contract date (RDG 13a(1) no. 2)',
    ]);
  });

  it('holds a consumer letter without a supervisory authority in force', () => {
    expect(letterBlockers({ country: 'DE', debtorKind: 'consumer', claims: [claim], supervisoryAuthority: null })).toEqual([
      'No supervisory authority is in force on the letter date (RDG 13a(1) no. 8): an admin adds it in the agency settings',
    ]);
  });

  it('does not hold letters to businesses or Danish letters (RDG 13a protects consumers)', () => {
    const bare = { reference: 'B-1', contractSubject: null, contractDate: null };
    expect(letterBlockers({ country: 'DE', debtorKind: 'business', claims: [bare], supervisoryAuthority: null })).toEqual([]);
    expect(letterBlockers({ country: 'DK', debtorKind: 'consumer', claims: [bare], supervisoryAuthority: null })).toEqual([]);
  });

  it('says each reason in German and Danish too, with the claim it names', () => {
    const [claimText, authorityText] = blockersIn({
      country: 'DE', debtorKind: 'consumer', supervisoryAuthority: null, claims: [{ reference: 'R-9', contractSubject: null, contractDate: '2024-01-01' }],
    });
    expect(claimText).toEqual({
      en: 'Claim R-9 has no contract subject (RDG 13a(1) no. 2)',
      de: 'Forderung R-9: Vertragsgegenstand fehlt (§ 13a Abs. 1 Nr. 2 RDG)',
      da: 'Krav R-9 mangler aftalens genstand (RDG § 13a, stk. 1, nr. 2)',
    });
    expect(authorityText!.de).toMatch(/^Am Datum des Schreibens ist keine Aufsichtsbehörde eingetragen/);
  });
});

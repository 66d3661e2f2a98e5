import { chooseCase, remittanceReferences, type ReferenceHit } from './reference-match.js';

describe('remittanceReferences', () => {
  it.each<[string, string[]]>([
    ['Rechnung INV-123 vielen Dank', ['INV-123']],
    ['inv-123.', ['INV-123']],
    ['SWR-202510-483563', ['SWR-202510-483563']],
    ['Kd.Nr. D-000123, Rg. INV-7', ['D-000123', 'INV-7']],
    ['INV-123/D-000123', ['INV-123', 'D-000123']],
    ['RE 2025 001', ['RE 2025 001']],
  ])('%j yields %j', (text, expected) => {
    expect(remittanceReferences(text)).toEqual(expect.arrayContaining(expected));
  });

  it('yields words with a digit, their parts and runs of up to three words, upper-cased', () => {
    expect(remittanceReferences('Rg inv-7/D-1 danke').sort()).toEqual(
      ['INV-7/D-1', 'INV-7', 'D-1', 'RG INV-7/D-1', 'RG INV-7/D-1 DANKE', 'INV-7/D-1 DANKE'].sort(),
    );
  });

  it('does not join words across punctuation', () => {
    expect(remittanceReferences('D-000123, Rg. INV-7')).not.toContain('D-000123 RG');
  });

  it.each([['Danke'], [''], ['12']])('%j yields nothing', (text) => {
    expect(remittanceReferences(text)).toEqual([]);
  });

  it('keeps "INV-12" and "INV-123" apart: references are looked up whole', () => {
    expect(remittanceReferences('INV-123')).not.toContain('INV-12');
  });
});

describe('chooseCase', () => {
  const claim = (caseId: string, reference: string, currency = 'EUR'): ReferenceHit => ({ caseId, via: 'CLAIM', reference, currency });
  const debtor = (caseId: string, reference: string, currency = 'EUR'): ReferenceHit => ({ caseId, via: 'DEBTOR', reference, currency });

  it.each<[string, ReferenceHit[], string | null, RegExp | null]>([
    ['one claim reference', [claim('A', 'INV-1')], 'A', null],
    ['one debtor reference with one open case', [debtor('A', 'D-1')], 'A', null],
    ['claim and debtor naming the same case', [claim('A', 'INV-1'), debtor('A', 'D-1')], 'A', null],
    ['a claim beats the other cases of the same debtor', [claim('A', 'INV-1'), debtor('A', 'D-1'), debtor('B', 'D-1')], 'A', null],
    ['the debtor settles a claim number used at two creditors', [claim('A', 'INV-1'), claim('B', 'INV-1'), debtor('B', 'D-2')], 'B', null],
    ['nothing', [], null, /No claim or debtor reference/],
    ['a debtor with two open cases', [debtor('A', 'D-1'), debtor('B', 'D-1')], null, /2 open cases match the references D-1/],
    ['two invoices of two cases', [claim('A', 'INV-1'), claim('B', 'INV-2')], null, /2 open cases match the references INV-1, INV-2/],
    ['a case in another currency', [claim('A', 'INV-1', 'DKK')], null, /kept in DKK, the transfer is in EUR/],
  ])('%s', (_name, hits, caseId, reason) => {
    const choice = chooseCase(hits, 'EUR');
    if (caseId) expect(choice).toMatchObject({ matched: true, caseId });
    else expect(choice).toMatchObject({ matched: false, reason: { en: expect.stringMatching(reason!) } });
  });

  it('says why in German and Danish too', () => {
    expect(chooseCase([debtor('A', 'D-1'), debtor('B', 'D-1')], 'EUR')).toEqual({
      matched: false,
      reason: {
        en: '2 open cases match the references D-1; choose the case by hand.',
        de: '2 offene Fälle passen zu den Referenzen D-1; wählen Sie den Fall von Hand.',
        da: '2 åbne sager passer til referencerne D-1; vælg sagen manuelt.',
      },
    });
  });
});

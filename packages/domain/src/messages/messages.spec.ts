import { messageLanguage } from './message-language.js';
import { mergeFieldsIn, mergeValues, renderMessage, templateProblems, type MergeInput } from './message-template.js';

describe('messageLanguage: the debtor\'s language where the creditor\'s country allows it', () => {
  it.each([
    ['en', 'DE', 'de', 'en'],
    ['de', 'DE', 'en', 'de'],
    ['da', 'DE', 'de', 'de'],
    ['da', 'DE', 'en', 'en'],
    ['da', 'DK', 'da', 'da'],
    ['en', 'DK', 'da', 'en'],
    ['de', 'DK', 'da', 'da'],
    ['de', 'DK', 'en', 'en'],
    ['pl', 'DE', 'de', 'de'],
    [null, 'DK', 'da', 'da'],
    ['EN', 'DE', 'de', 'en'],
    ['fr', 'DE', 'da', 'de'],
  ] as const)('debtor %s, creditor %s (default %s) -> %s', (debtorLanguage, creditorCountry, creditorLanguage, expected) => {
    expect(messageLanguage({ debtorLanguage, creditorCountry, creditorLanguage })).toBe(expected);
  });
});

const input: MergeInput = {
  language: 'da', country: 'DK', debtorName: 'Jens Hansen', creditorName: 'Nordlys A/S', agencyName: 'Mahnwerk Inkasso',
  openCents: 123_456, currency: 'DKK', writtenOn: '2026-12-07', paymentWindowDays: 10, accountHolder: 'Nordlys A/S',
  iban: 'DK5000400440116243', bic: null, reference: 'INV-1/D-1', caseId: 'abcdef12-0000-4000-8000-000000000000', portalLink: null,
};

describe('mergeValues and renderMessage', () => {
  it('words the amount and the deadline in the message\'s language and leaves the portal link empty without a portal', () => {
    const v = mergeValues(input);
    expect(v.totalDue).toMatch(/1\.234,56/);
    expect(v.deadline).toContain('2026');
    expect(v.caseRef).toBe('ABCDEF12');
    expect(v.portalLink).toBe('');
    expect(v.paymentDetails).toContain('INV-1/D-1');
    const m = renderMessage({ subject: 'Sag {caseRef}', body: 'Kære {debtorName}\n\n{paymentDetails}\n\n\n{portalLink}' }, v);
    expect(m.subject).toBe('Sag ABCDEF12');
    expect(m.body.startsWith('Kære Jens Hansen\n\n')).toBe(true);
    expect(m.body).not.toMatch(/\n{3}/);
  });

  it('links the portal when a base URL is configured', () => {
    expect(mergeValues({ ...input, portalLink: 'https://pay.example.org/p/abc' }).portalLink).toBe('https://pay.example.org/p/abc');
  });

  it('gives 14 days when the stage names no window', () => {
    expect(mergeValues({ ...input, language: 'en', paymentWindowDays: null }).deadline).toMatch(/21 December 2026|December 21, 2026|21\.12\.2026/);
  });
});

describe('templateProblems', () => {
  it('accepts known fields, refuses unknown ones, empty texts and long SMS', () => {
    expect(templateProblems({ channel: 'EMAIL', subject: 'Case {caseRef}', body: 'Dear {debtorName}, pay {totalDue}.' })).toEqual([]);
    expect(mergeFieldsIn('{a} {b} {a}')).toEqual(['a', 'b']);
    const bad = templateProblems({ channel: 'EMAIL', subject: '', body: 'Hi {debtor}' });
    expect(bad.map((p) => p.field)).toEqual(['subject', 'body']);
    expect(bad[1]!.message).toContain('{debtor}');
    expect(bad[1]!.message).toMatch(/^Unknown merge field \{debtor\}; known are \{debtorName\}, /);
    expect(bad[0]!.text.de).toBe('Eine E-Mail braucht einen Betreff.');
    expect(bad[1]!.text.da).toMatch(/^Ukendt flettefelt \{debtor\}; kendte er \{debtorName\}, /);
    expect(templateProblems({ channel: 'SMS', subject: '', body: 'x'.repeat(800) }).map((p) => p.field)).toEqual(['body']);
  });
});

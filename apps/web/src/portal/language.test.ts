import { describe, expect, it } from 'vitest';
import { browserLanguage, chooseLanguage } from './language';

describe('portal language', () => {
  it.each([
    [['de-DE', 'en'], 'de'],
    [['da'], 'da'],
    [['DA_dk'], 'da'],
    [['fr-FR', 'en-US', 'de'], 'en'],
    [['fr-FR', 'da-DK'], 'da'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ] as const)('the browser prefers %j: %s', (preferred, expected) => {
    expect(browserLanguage(preferred)).toBe(expected);
  });

  it('the switch wins, then the case, then the browser', () => {
    expect(chooseLanguage({ chosen: 'da', caseLanguage: 'de', browser: ['en'] })).toBe('da');
    expect(chooseLanguage({ chosen: null, caseLanguage: 'de', browser: ['en'] })).toBe('de');
    expect(chooseLanguage({ chosen: null, caseLanguage: 'DA', browser: ['en'] })).toBe('da');
    expect(chooseLanguage({ caseLanguage: 'fr', browser: ['da-DK'] })).toBe('da');
    expect(chooseLanguage({ chosen: 'xx', browser: ['de'] })).toBe('de');
    expect(chooseLanguage({ browser: [] })).toBe('en');
  });
});

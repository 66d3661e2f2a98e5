import { languageOfConnection, languageOfHeader } from './request-language.js';

describe('the caller\'s language', () => {
  it('takes the first supported primary subtag in q order', () => {
    expect(languageOfHeader('de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(languageOfHeader('fr-FR, da;q=0.7, de;q=0.5')).toBe('da');
    expect(languageOfHeader('en;q=0.3, de;q=0.9')).toBe('de');
    expect(languageOfHeader('DA')).toBe('da');
  });

  it('falls back to English', () => {
    expect(languageOfHeader(undefined)).toBe('en');
    expect(languageOfHeader('')).toBe('en');
    expect(languageOfHeader('fr, es;q=0.5')).toBe('en');
    expect(languageOfHeader('de;q=0')).toBe('en');
  });

  it('reads a websocket\'s connectionParams.language', () => {
    expect(languageOfConnection({ language: 'da' })).toBe('da');
    expect(languageOfConnection({ language: 'fr' })).toBe('en');
    expect(languageOfConnection(undefined)).toBe('en');
  });
});

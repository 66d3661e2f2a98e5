import { isUiLanguage, pickUiLanguage } from './ui-language.js';

describe('pickUiLanguage', () => {
  it('takes the first supported language in the order given', () => {
    expect(pickUiLanguage(['fr-FR', 'da-DK', 'de'])).toBe('da');
    expect(pickUiLanguage(['de-AT', 'en'])).toBe('de');
  });

  it('falls back to English when nothing is supported', () => {
    expect(pickUiLanguage(['fr', 'sv-SE'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
  });

  it('reads tags case-insensitively and with underscores', () => {
    expect(pickUiLanguage(['DA_dk'])).toBe('da');
  });
});

describe('isUiLanguage', () => {
  it('accepts only de, en and da', () => {
    expect(['de', 'en', 'da'].every(isUiLanguage)).toBe(true);
    expect(isUiLanguage('DE')).toBe(false);
    expect(isUiLanguage('fr')).toBe(false);
    expect(isUiLanguage(undefined)).toBe(false);
  });
});

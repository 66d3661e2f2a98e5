import { ConfigError, loadConfig } from './config.js';

const base = { DATA_DIR: '/tmp/mahnwerk-config-spec', JWT_SECRET: 'x'.repeat(40) };

describe('the agency settings', () => {
  it('name the agency, its address lines and its collection account', () => {
    const { agency } = loadConfig({
      ...base,
      AGENCY_NAME: 'Nordinkasso GmbH',
      AGENCY_ADDRESS: 'Am Sandtorkai 5 | 20457 Hamburg',
      AGENCY_IBAN: 'de89 3704 0044 0532 0130 00',
      AGENCY_BIC: 'cobadeffxxx',
    });
    expect(agency).toEqual({
      name: 'Nordinkasso GmbH',
      address: ['Am Sandtorkai 5', '20457 Hamburg'],
      account: { holder: 'Mahnwerk Inkasso GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    });
  });

  it.each([
    ['AGENCY_ADDRESS', 'a|b|c|d|e', /AGENCY_ADDRESS: has at most 4 lines/],
    ['AGENCY_ADDRESS', ' | ', /AGENCY_ADDRESS: needs at least one line/],
    ['AGENCY_IBAN', 'DE00370400440532013000', /AGENCY_IBAN: must be a valid IBAN/],
    ['AGENCY_NAME', '', /AGENCY_NAME/],
  ])('refuse a bad %s with the variable\'s name', (name, value, message) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(message);
  });
});

describe('the print batch part size', () => {
  it('is 2000 letters unless PRINT_BATCH_PART_LETTERS says otherwise', () => {
    expect(loadConfig(base).printBatchPartLetters).toBe(2000);
    expect(loadConfig({ ...base, PRINT_BATCH_PART_LETTERS: '500' }).printBatchPartLetters).toBe(500);
  });

  it.each(['0', '-3', '2.5', 'many', '50001'])('refuses PRINT_BATCH_PART_LETTERS=%s with the variable\'s name', (value) => {
    expect(() => loadConfig({ ...base, PRINT_BATCH_PART_LETTERS: value })).toThrow(/PRINT_BATCH_PART_LETTERS: must be/);
  });
});

describe('production mode', () => {
  it.each([
    [undefined, false],
    ['development', false],
    ['test', false],
    ['production', true],
  ])('NODE_ENV=%s: production %s', (nodeEnv, production) => {
    expect(loadConfig({ ...base, ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}) }).production).toBe(production);
  });
});

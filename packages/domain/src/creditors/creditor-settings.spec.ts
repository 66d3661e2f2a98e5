import { DEFAULT_STRATEGIES, DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK } from '../dunning/strategy.js';
import {
  creditorAddressText,
  creditorSettingsViolations,
  creditorStrategyToStore,
  formatIban,
  normalizeIban,
  strategyFieldPath,
  type CreditorSettings,
} from './creditor-settings.js';

const valid: CreditorSettings = {
  ref: 'ACME-DE',
  name: 'Acme',
  legalName: 'Acme Handels GmbH',
  country: 'DE',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  street: 'Friedrichstraße 1',
  postcode: '10117',
  city: 'Berlin',
  registerCourt: 'Amtsgericht Charlottenburg',
  registerNumber: 'HRB 12345',
  iban: 'DE89 3704 0044 0532 0130 00',
  bic: 'COBADEFFXXX',
  vatDeductible: true,
  letterLanguage: 'de',
  dunningStrategy: null,
};

const fieldsOf = (s: Partial<CreditorSettings>): (string | undefined)[] => creditorSettingsViolations({ ...valid, ...s }).map((v) => v.field);

describe('creditorSettingsViolations', () => {
  it('accepts a complete German and Danish creditor', () => {
    expect(creditorSettingsViolations(valid)).toEqual([]);
    expect(
      creditorSettingsViolations({
        ...valid, ref: 'NORD', country: 'DK', currency: 'DKK', timeZone: 'Europe/Copenhagen', postcode: '2100', city: 'København Ø',
        registerCourt: '', registerNumber: '', iban: 'DK5000400440116243', bic: 'DABADKKK', letterLanguage: 'da', dunningStrategy: DEFAULT_STRATEGY_DK,
      }),
    ).toEqual([]);
  });

  it.each<[string, Partial<CreditorSettings>, string]>([
    ['an IBAN with a wrong checksum', { iban: 'DE89 3704 0044 0532 0130 01' }, 'iban'],
    ['no IBAN', { iban: ' ' }, 'iban'],
    ['a malformed BIC', { bic: 'COBA' }, 'bic'],
    ['a BIC of another country than the IBAN', { bic: 'DABADKKK' }, 'bic'],
    ['a ref with spaces', { ref: 'ac me' }, 'ref'],
    ['an empty name', { name: '' }, 'name'],
    ['an empty legal name', { legalName: '  ' }, 'legalName'],
    ['an unknown country', { country: 'FR' }, 'country'],
    ['DKK for a German creditor', { currency: 'DKK' }, 'currency'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone'],
    ['a German postcode of 4 digits', { postcode: '1011' }, 'postcode'],
    ['an empty street', { street: '' }, 'street'],
    ['an empty city', { city: '' }, 'city'],
    ['a register court without number', { registerNumber: '' }, 'registerNumber'],
    ['an unknown letter language', { letterLanguage: 'fr' }, 'letterLanguage'],
    ['Danish letters of a German creditor', { letterLanguage: 'da' }, 'letterLanguage'],
  ])('names the field of %s', (_what, change, field) => {
    expect(fieldsOf(change)).toEqual([field]);
  });

  it('names a strategy violation at its stage field', () => {
    const stages = DEFAULT_STRATEGY_DE.stages.map((s) => ({ ...s }));
    stages[2] = { ...stages[2]!, waitDays: 5 };
    expect(fieldsOf({ dunningStrategy: { ...DEFAULT_STRATEGY_DE, stages } })).toEqual(['dunningStrategy.stages.2.waitDays']);
  });

  it('checks the strategy under the creditor\'s country', () => {
    expect(fieldsOf({ dunningStrategy: DEFAULT_STRATEGY_DK })).toContain('dunningStrategy.stages.0.fee');
  });
});

describe('helpers', () => {
  it('normalizes and prints IBANs', () => {
    expect(normalizeIban(' de89 3704 0044 0532 0130 00 ')).toBe('DE89370400440532013000');
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });

  it('writes the address the letters print', () => {
    expect(creditorAddressText({ street: ' Hauptstr. 1 ', postcode: '10115', city: 'Berlin' })).toBe('Hauptstr. 1\n10115 Berlin');
  });

  it('maps strategy fields to the input path', () => {
    expect(strategyFieldPath('stages[2].fee.factor')).toBe('dunningStrategy.stages.2.fee.factor');
    expect(strategyFieldPath(undefined)).toBe('dunningStrategy');
  });
});

describe('creditorStrategyToStore', () => {
  it('keeps the default (null) for a creditor that deducts VAT', () => {
    expect(creditorStrategyToStore(null, 'DE', true, DEFAULT_STRATEGIES)).toBeNull();
  });

  it('stores the German default with VAT on agency costs for a creditor that cannot deduct it', () => {
    const stored = creditorStrategyToStore(null, 'DE', false, DEFAULT_STRATEGIES)!;
    const agency = stored.stages.find((s) => s.stage === 'AGENCY')!;
    expect(agency.fee).toEqual({ rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true, raisedFactor: 0.9, creditorCanDeductVat: false });
  });

  it('keeps the Danish default (no VAT-dependent fee)', () => {
    expect(creditorStrategyToStore(null, 'DK', false, DEFAULT_STRATEGIES)).toBeNull();
  });

  it('sets the strategy\'s country to the creditor\'s', () => {
    expect(creditorStrategyToStore({ ...DEFAULT_STRATEGY_DK, country: 'DE' }, 'DK', true, DEFAULT_STRATEGIES)!.country).toBe('DK');
  });
});

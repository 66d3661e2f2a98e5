import { creditorSettingsViolations, type CreditorSettings } from '@mahnwerk/domain';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { violationText } from './creditor-violations';

const valid: CreditorSettings = {
  ref: 'HANSE-01', name: 'Hanse', legalName: 'Hanse GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin', street: 'Ballindamm 1',
  postcode: '20095', city: 'Hamburg', registerCourt: '', registerNumber: '', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX',
  vatDeductible: true, letterLanguage: 'de', dunningStrategy: null,
};

/** Every rule of the creditor details a person can break in the form, each at least once. */
const violations = [
  { ...valid, ref: 'hanse 01', name: '', legalName: '', street: '', city: '', postcode: '', iban: '', bic: '', timeZone: 'Mars/Olympus' },
  { ...valid, name: 'x'.repeat(201), postcode: '2009', registerCourt: 'Amtsgericht Hamburg', iban: 'DE89 3704 0044 0532 0130 01', bic: 'COBA' },
  { ...valid, country: 'DK', currency: 'DKK', letterLanguage: 'da', postcode: '20095', iban: 'DK5000400440116243' },
].flatMap((s) => creditorSettingsViolations(s));

const IDS = [
  'ref', 'name', 'legalName', 'street', 'city', 'postcode', 'postcodeDE', 'postcodeDK', 'tooLong', 'iban', 'ibanInvalid', 'bic', 'bicInvalid',
  'bicCountry', 'timeZone', 'registerNumber',
].map((k) => `creditors.violation.${k}`);

/** A catalogue that marks each text with its id, so a rule told from the catalogue is told apart from the domain's words. */
const marked = createIntl({ locale: 'de', defaultLocale: 'en', messages: Object.fromEntries(IDS.map((id) => [id, `[${id}]`])) });
const german = createIntl({
  locale: 'de',
  defaultLocale: 'en',
  messages: {
    'creditors.violation.ibanInvalid': '„{iban}“ ist keine gültige IBAN: Prüfen Sie Ländercode, Länge und Prüfziffern.',
    'creditors.violation.bicCountry': 'Die BIC {bic} gehört zu einer Bank in {bicCountry}, die IBAN zu einem Konto in {ibanCountry}.',
    'creditors.violation.tooLong': 'Höchstens {max} Zeichen.',
  },
});
const at = (field: string, words: string) => violations.find((v) => v.field === field && v.message.includes(words))!;

describe('the creditor details rules in the workbench language', () => {
  it('tells every rule the form can break from the catalogue', () => {
    expect(new Set(violations.map((v) => v.field))).toEqual(
      new Set(['ref', 'name', 'legalName', 'street', 'city', 'postcode', 'iban', 'bic', 'timeZone', 'registerNumber']),
    );
    expect(violations.filter((v) => !violationText(v, marked).startsWith('[creditors.violation.')).map((v) => `${v.field}: ${v.message}`)).toEqual([]);
  });

  it('keeps the values the domain named', () => {
    expect(violationText(at('iban', 'not a valid'), german)).toBe('„DE89 3704 0044 0532 0130 01“ ist keine gültige IBAN: Prüfen Sie Ländercode, Länge und Prüfziffern.');
    expect(violationText(at('bic', 'belongs to'), german)).toBe('Die BIC COBADEFFXXX gehört zu einer Bank in DE, die IBAN zu einem Konto in DK.');
    expect(violationText(at('name', 'longer than'), german)).toBe('Höchstens 200 Zeichen.');
  });

  it('says a DK postcode rule and a DE one apart', () => {
    expect(violationText(at('postcode', 'DE postcode'), marked)).toBe('[creditors.violation.postcodeDE]');
    expect(violationText(at('postcode', 'DK postcode'), marked)).toBe('[creditors.violation.postcodeDK]');
  });

  it('leaves a rule it does not know as the domain says it', () => {
    const currency = creditorSettingsViolations({ ...valid, currency: 'DKK' }).find((v) => v.field === 'currency')!;
    expect(violationText(currency, german)).toBe(currency.message);
  });
});

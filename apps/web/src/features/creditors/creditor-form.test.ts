import { DEFAULT_STRATEGY_DE } from '@mahnwerk/domain';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createIntl } from 'react-intl';
import { afterEach, describe, expect, it } from 'vitest';
import { setDisplayLanguage } from '../../i18n/display-locale';
import {
  amountToCents, creditorFormToInput, creditorToForm, emptyCreditorForm, previewOf, serverErrors, strategyErrors, withCountry, type CreditorForm,
} from './creditor-form';
import type { CreditorSettings } from './creditors.graphql';

const intl = createIntl({ locale: 'en', defaultLocale: 'en' });

const filled = (): CreditorForm => ({
  ...emptyCreditorForm('DE'),
  ref: 'HANSE-01', name: 'Hanse', legalName: 'Hanse GmbH', street: 'Ballindamm 1', postcode: '20095', city: 'Hamburg',
  registerCourt: 'Amtsgericht Hamburg', registerNumber: 'HRB 1', iban: 'de89 3704 0044 0532 0130 00', bic: 'cobadeffxxx',
});

describe('creditor form', () => {
  it('a new German creditor: EUR, Berlin, German letters, the default strategy', () => {
    const form = emptyCreditorForm('DE');
    expect(form).toMatchObject({ currency: 'EUR', timeZone: 'Europe/Berlin', letterLanguage: 'de', defaultStrategy: true });
    expect(withCountry(form, 'DK')).toMatchObject({ currency: 'DKK', timeZone: 'Europe/Copenhagen', letterLanguage: 'da', strategyName: 'Standard (DK)' });
  });

  it('maps a valid form to the input: IBAN and BIC in their stored form, default strategy as null', () => {
    const { input, errors } = creditorFormToInput(filled(), intl);
    expect(errors).toEqual({});
    expect(input).toMatchObject({ ref: 'HANSE-01', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', country: 'DE', dunningStrategy: null });
  });

  it('maps a custom strategy stage by stage, the fixed fee in cents', () => {
    const form = { ...filled(), defaultStrategy: false };
    // The final reminder at its actual cost (the first dunning letter, which causes default, may charge nothing: BGB 280(2), 286).
    form.stages = form.stages.map((s, i) => (i === 2 ? { ...s, feeRule: 'FIXED', feeAmount: '2,50', feeLabel: 'Porto', feeStatute: 'BGB 280' } : s));
    const { input } = creditorFormToInput(form, intl);
    expect(input!.dunningStrategy!.stages[2]).toMatchObject({ stage: 'DUNNING_2', waitDays: 14, fee: { rule: 'FIXED', amountCents: 250, label: 'Porto' } });
    expect(input!.dunningStrategy!.stages[4]!.fee).toMatchObject({ rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true });
  });

  it('the first demand carries the factor once its deadline passed unpaid (VV 2300 Anm. 2): default 0.9, 0.5 to 1.3', () => {
    const form = { ...filled(), defaultStrategy: false };
    expect(form.stages[4]).toMatchObject({ firstDemand: true, raisedFactor: '0.9' });
    form.stages = form.stages.map((s, i) => (i === 4 ? { ...s, raisedFactor: '0,7' } : s));
    expect(creditorFormToInput(form, intl).input!.dunningStrategy!.stages[4]!.fee).toMatchObject({ firstDemand: true, raisedFactor: 0.7 });
    form.stages = form.stages.map((s, i) => (i === 4 ? { ...s, raisedFactor: '1.4' } : s));
    const { input, errors } = creditorFormToInput(form, intl);
    expect(input).toBeNull();
    expect(errors['dunningStrategy.stages.4.fee.raisedFactor']).toMatch(/0\.5 to 1\.3/);
  });

  it('names each problem at its field, the strategy\'s as dunningStrategy.stages.N.field', () => {
    const form = { ...filled(), iban: 'DE89 3704 0044 0532 0130 01', defaultStrategy: false };
    form.stages = form.stages.map((s, i) => (i === 2 ? { ...s, waitDays: '3' } : s));
    const { input, errors } = creditorFormToInput(form, intl);
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['dunningStrategy.stages.2.waitDays', 'iban']);
    expect(strategyErrors(form, intl)).toEqual({ 'dunningStrategy.stages.2.waitDays': expect.stringContaining('before its') });
    expect(strategyErrors({ ...form, stages: form.stages.map((s) => ({ ...s, waitDays: 'x' })) }, intl)['dunningStrategy.stages.0.waitDays']).toMatch(/whole days/);
  });

  it('reads a creditor from the API back into the same form', () => {
    const creditor = {
      id: '1', ref: 'HANSE-01', name: 'Hanse', legalName: 'Hanse GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin', street: 'Ballindamm 1',
      postcode: '20095', city: 'Hamburg', registerCourt: '', registerNumber: '', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', vatDeductible: true,
      letterLanguage: 'de',
      dunningStrategy: {
        name: 'Standard (DE)', isDefault: false,
        stages: DEFAULT_STRATEGY_DE.stages.map((s) => ({
          stage: s.stage, waitDays: s.waitDays, channel: s.channel, letterTemplate: s.letterTemplate, paymentWindowDays: s.paymentWindowDays,
          collectionWarning: false,
          fee: s.fee?.rule === 'DE_AGENCY_FEE' ? { rule: s.fee.rule, description: '', factor: s.fee.factor, firstDemand: true, amountCents: null, label: null, statute: null } : null,
        })),
      },
    } as unknown as CreditorSettings;
    const form = creditorToForm(creditor);
    expect(form.stages[4]).toMatchObject({ feeRule: 'DE_AGENCY_FEE', factor: '0.9', firstDemand: true });
    expect(creditorFormToInput(form, intl).input!.dunningStrategy!.stages).toHaveLength(7);
  });

  it('previews the timeline of a sample claim, or says what to fix', () => {
    const sample = { principal: '1000.00', invoiceDate: '2026-01-02', dueDate: '2026-01-16', debtorKind: 'consumer' as const };
    const preview = previewOf(filled(), sample, intl);
    expect('timeline' in preview && preview.timeline.steps[0]).toMatchObject({ stage: 'REMINDER', on: '2026-01-17' });
    const broken = { ...filled(), defaultStrategy: false, stages: filled().stages.map((s, i) => (i === 1 ? { ...s, waitDays: '1' } : s)) };
    expect(previewOf(broken, sample, intl)).toEqual({ problem: expect.stringContaining('Fix the strategy') });
    expect(previewOf(filled(), { ...sample, principal: 'abc' }, intl)).toEqual({ problem: expect.stringContaining('principal') });
    // A creditor that cannot deduct VAT claims the agency costs with VAT: the preview shows the higher fee.
    const agencyFee = (form: CreditorForm) => {
      const p = previewOf(form, sample, intl);
      return 'timeline' in p ? p.timeline.steps.find((s) => s.stage === 'AGENCY')!.feesTotalCents : 0;
    };
    expect(agencyFee({ ...filled(), vatDeductible: false })).toBeGreaterThan(agencyFee(filled()));
  });

  describe('in the workbench language', () => {
    afterEach(() => setDisplayLanguage('en'));

    it('words the rules and the preview in German or Danish, as the domain gives them', () => {
      const broken = { ...filled(), name: '', iban: 'DE89 3704 0044 0532 0130 01', defaultStrategy: false, stages: filled().stages.map((s, i) => (i === 1 ? { ...s, waitDays: '1' } : s)) };
      setDisplayLanguage('de');
      expect(creditorFormToInput(broken, intl).errors).toMatchObject({
        name: 'Geben Sie den Namen ein.',
        iban: '„DE89370400440532013001“ ist keine gültige IBAN: Prüfen Sie Ländercode, Länge und Prüfziffern.',
        'dunningStrategy.stages.1.waitDays': '1. Mahnung würde 1 Tage nach Zahlungserinnerung beginnen, bevor deren Zahlungsfrist von 10 Tagen abgelaufen ist',
      });
      const sample = { principal: '1000.00', invoiceDate: '2026-01-02', dueDate: '2026-01-16', debtorKind: 'consumer' as const };
      const de = previewOf(filled(), sample, intl);
      expect('timeline' in de && de.timeline.endText.de).toBe('Warten auf die Zustellung des Mahnbescheids');
      setDisplayLanguage('da');
      expect(strategyErrors(broken, intl)['dunningStrategy.stages.1.waitDays']).toBe(
        '1. rykker ville begynde 1 dage efter Betalingspåmindelse, før dens betalingsfrist på 10 dage er udløbet',
      );
      const da = previewOf(filled(), sample, intl);
      expect('timeline' in da && da.timeline.steps.find((s) => s.stage === 'AGENCY')!.fees[0]!.label).toMatch(/^Inkassoomkostninger/);
    });
  });

  it('amounts', () => {
    expect(amountToCents('12')).toBe(1200);
    expect(amountToCents('12,5')).toBe(1250);
    expect(amountToCents('1.234')).toBeNull();
  });

  it('reads every violation a failed save lists', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'iban', violations: [{ field: 'iban', message: 'bad iban' }, { field: 'bic', message: 'bad bic' }] } }],
    });
    expect(serverErrors(error)).toEqual({ iban: 'bad iban', bic: 'bad bic' });
    const conflict = new CombinedGraphQLErrors({ errors: [{ message: 'taken', extensions: { code: 'CONFLICT', field: 'ref' } }] });
    expect(serverErrors(conflict)).toEqual({ ref: 'taken' });
  });
});

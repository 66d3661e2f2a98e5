import { placeholdersOf, TEXT_LANGUAGES, type LocalizedText } from '../i18n/localized-text.js';
import { CREDITOR_SETTINGS_TEXTS, LETTER_LANGUAGE_NAMES } from '../creditors/creditors.i18n.js';
import { creditorSettingsViolations, type CreditorSettings } from '../creditors/creditor-settings.js';
import {
  DUNNING_CHANNEL_NAMES, DUNNING_STAGE_NAMES, DUNNING_STATUS_NAMES, FEE_RULE_TEXTS, NEXT_STEP_TEXTS, STRATEGY_TEXTS,
} from './dunning.i18n.js';
import { feeRuleOf } from './fee-rule-parts.js';
import { DEFAULT_STRATEGY_DE, DEFAULT_STRATEGY_DK, strategyViolations, type DunningStrategy } from './strategy.js';
import { dunningTimeline } from './timeline.js';

const TABLES: Record<string, Record<string, LocalizedText>> = {
  DUNNING_STAGE_NAMES, FEE_RULE_TEXTS, DUNNING_CHANNEL_NAMES, STRATEGY_TEXTS, NEXT_STEP_TEXTS, DUNNING_STATUS_NAMES,
  CREDITOR_SETTINGS_TEXTS, LETTER_LANGUAGE_NAMES,
};

describe('the dunning strategy and creditor texts', () => {
  it.each(Object.entries(TABLES).flatMap(([table, texts]) => Object.entries(texts).map(([key, text]) => [`${table}.${key}`, text] as const)))(
    '%s has the same placeholders in en, de and da',
    (_key, text) => {
      for (const language of TEXT_LANGUAGES) {
        expect(text[language].trim()).not.toBe('');
        expect(placeholdersOf(text[language])).toEqual(placeholdersOf(text.en));
      }
    },
  );

  it('gives a broken strategy rule in German and Danish, the English one unchanged', () => {
    const broken: DunningStrategy = {
      ...DEFAULT_STRATEGY_DK,
      stages: DEFAULT_STRATEGY_DK.stages.map((s, i) => (i === 1 ? { ...s, waitDays: 5 } : s)),
    };
    const [first] = strategyViolations(broken);
    expect(first?.message).toBe('DUNNING_1 would start 5 days after REMINDER, before its 10-day payment deadline has passed');
    expect(first?.messageIn('de')).toBe('1. Mahnung würde 5 Tage nach Zahlungserinnerung beginnen, bevor deren Zahlungsfrist von 10 Tagen abgelaufen ist');
    expect(first?.messageIn('da')).toBe('1. rykker ville begynde 5 dage efter Betalingspåmindelse, før dens betalingsfrist på 10 dage er udløbet');
  });

  it('gives a missing fee factor in German', () => {
    const v = feeRuleOf({ rule: 'DE_AGENCY_FEE' });
    expect(v instanceof Error ? v.messageIn('de') : null).toBe('Geben Sie den Faktor nach Nr. 2300 VV RVG an (0,5 bis 2,5)');
  });

  it("keeps a creditor's strategy violations translated under their input field", () => {
    const settings: CreditorSettings = {
      ref: 'ACME-DE', name: '', legalName: 'Acme GmbH', country: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin', street: 'Weg 1',
      postcode: '1011', city: 'Berlin', registerCourt: '', registerNumber: '', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX',
      vatDeductible: true, letterLanguage: 'da',
      dunningStrategy: { ...DEFAULT_STRATEGY_DE, stages: DEFAULT_STRATEGY_DE.stages.map((s, i) => (i === 0 ? { ...s, letterTemplate: null } : s)) },
    };
    const byField = Object.fromEntries(creditorSettingsViolations(settings).map((v) => [v.field, v]));
    expect(byField.name?.messageIn('de')).toBe('Geben Sie den Namen ein.');
    expect(byField.postcode?.messageIn('da')).toBe('Et tysk postnummer har 5 cifre, f.eks. 10115.');
    expect(byField.postcode?.message).toBe('A DE postcode has 5 digits, e.g. 10115.');
    expect(byField.letterLanguage?.message).toBe('Letters of a DE creditor are written in de or en, not "da".');
    expect(byField.letterLanguage?.messageIn('de')).toBe('Schreiben eines Gläubigers aus DE werden auf Deutsch oder Englisch verfasst, nicht auf „da“.');
    expect(byField['dunningStrategy.stages.0.letterTemplate']?.messageIn('de')).toBe('Eine Mahnstufe mit dem Kanal Brief braucht eine Vorlage');
  });

  it('ends a preview with a reason in every language', () => {
    const t = dunningTimeline(DEFAULT_STRATEGY_DE, { principalCents: 100_000, invoiceDate: '2026-01-01', dueDate: '2026-01-15', debtorKind: 'consumer' });
    expect(t.end).toBe('Waiting for the court dunning order (Mahnbescheid) to be served');
    expect(t.endText.de).toBe('Warten auf die Zustellung des Mahnbescheids');
  });
});

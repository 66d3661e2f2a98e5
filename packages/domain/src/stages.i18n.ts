import type { LocalizedText } from './i18n/localized-text.js';
import type { DunningStage } from './stages.js';

/** The dunning stages' names as a person reads them (the workbench's own names, vocab.stage.* in the web catalogues). */
export const STAGE_LABEL_TEXTS: Readonly<Record<DunningStage, LocalizedText>> = {
  REMINDER: { en: 'Payment reminder', de: 'Zahlungserinnerung', da: 'Betalingspåmindelse' },
  DUNNING_1: { en: '1st dunning letter', de: '1. Mahnung', da: '1. rykker' },
  DUNNING_2: { en: '2nd dunning letter', de: '2. Mahnung', da: '2. rykker' },
  PHONE: { en: 'Phone contact', de: 'Telefonkontakt', da: 'Telefonkontakt' },
  AGENCY: { en: 'Agency hand-over', de: 'Übergabe ans Inkasso', da: 'Overdragelse til inkasso' },
  COURT: { en: 'Court dunning procedure', de: 'Gerichtliches Mahnverfahren', da: 'Betalingspåkrav (fogedret)' },
  ENFORCEMENT: { en: 'Enforcement', de: 'Zwangsvollstreckung', da: 'Tvangsfuldbyrdelse' },
};

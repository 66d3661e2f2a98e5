import type { LocalizedText } from '../i18n/localized-text.js';
import type { Country } from '../stages.js';

/** What a balance says when it computed interest for days its reference-rate table may not cover. */
export const INTEREST_TEXTS = {
  staleRateTable: {
    en: '{name}: rate table ends on {tableEndsOn}; interest after {currentThrough} uses {rate}% until an admin adds the newer published rate under Interest rates',
    de: '{name}: Die Zinstabelle endet am {tableEndsOn}; Zinsen nach dem {currentThrough} werden mit {rate} % berechnet, '
      + 'bis ein Administrator den neueren veröffentlichten Satz unter „Zinssätze“ einträgt',
    da: '{name}: rentetabellen slutter den {tableEndsOn}; renter efter den {currentThrough} beregnes med {rate} %, '
      + 'indtil en administrator tilføjer den nyere offentliggjorte sats under "Rentesatser"',
  },
  notOnResetDay: {
    en: 'A reference rate takes effect on 1 January or 1 July; "{from}" is neither.',
    de: 'Ein Referenzzinssatz gilt ab dem 1. Januar oder dem 1. Juli; „{from}“ ist keines von beiden.',
    da: 'En referencerente gælder fra 1. januar eller 1. juli; "{from}" er ingen af delene.',
  },
  rateOutOfRange: {
    en: 'A reference rate lies between -20 and 50 percent.',
    de: 'Ein Referenzzinssatz liegt zwischen -20 und 50 Prozent.',
    da: 'En referencerente ligger mellem -20 og 50 procent.',
  },
  notAPercentage: {
    en: '"{value}" is not a percentage with at most two decimals (e.g. 1.27 or -0.88).',
    de: '„{value}“ ist kein Prozentsatz mit höchstens zwei Nachkommastellen (z. B. 1.27 oder -0.88).',
    da: '"{value}" er ikke en procentsats med højst to decimaler (f.eks. 1.27 eller -0.88).',
  },
} satisfies Record<string, LocalizedText>;

/** The reference rate of a country's statutory interest, with its statute as each language cites it. */
export const REFERENCE_RATE_NAMES: Readonly<Record<Country, LocalizedText>> = {
  DE: { en: 'German base rate (BGB 247)', de: 'Basiszinssatz (§ 247 BGB)', da: 'Tysk basisrente (BGB § 247)' },
  DK: { en: 'Danish reference rate (renteloven 5)', de: 'Dänischer Referenzzinssatz (§ 5 renteloven)', da: 'Nationalbankens referencerente (renteloven § 5)' },
};

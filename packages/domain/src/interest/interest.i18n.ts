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
} satisfies Record<string, LocalizedText>;

/** The reference rate of a country's statutory interest, with its statute as each language cites it. */
export const REFERENCE_RATE_NAMES: Readonly<Record<Country, LocalizedText>> = {
  DE: { en: 'German base rate (BGB 247)', de: 'Basiszinssatz (§ 247 BGB)', da: 'Tysk basisrente (BGB § 247)' },
  DK: { en: 'Danish reference rate (renteloven 5)', de: 'Dänischer Referenzzinssatz (§ 5 renteloven)', da: 'Nationalbankens referencerente (renteloven § 5)' },
};

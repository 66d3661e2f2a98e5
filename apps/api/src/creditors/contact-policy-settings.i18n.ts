import type { LocalizedText } from '@mahnwerk/domain';

/** What an admin reads when a creditor's contact policy is refused (the domain's own problems aside). */
export const CONTACT_POLICY_SETTINGS_TEXTS = {
  tooManyCountries: {
    en: 'Give reminder spacing for at most {max} countries.',
    de: 'Bitte geben Sie Mahnabstände für höchstens {max} Länder an.',
    da: 'Angiv afstand mellem rykkere for højst {max} lande.',
  },
  notACountry: {
    en: 'Reminder spacing: "{country}" is not a country code (two capital letters, e.g. DK).',
    de: 'Mahnabstand: „{country}“ ist kein Ländercode (zwei Großbuchstaben, z. B. DK).',
    da: 'Afstand mellem rykkere: "{country}" er ikke en landekode (to store bogstaver, f.eks. DK).',
  },
  countryTwice: { en: 'Reminder spacing: {country} is given twice.', de: 'Mahnabstand: {country} ist doppelt angegeben.', da: 'Afstand mellem rykkere: {country} er angivet to gange.' },
} satisfies Record<string, LocalizedText>;

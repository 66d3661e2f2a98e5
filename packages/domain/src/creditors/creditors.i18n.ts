import type { LocalizedText } from '../i18n/localized-text.js';

/** Why a creditor's settings are refused (creditorSettingsViolations). */
export const CREDITOR_SETTINGS_TEXTS = {
  ref: {
    en: 'The reference must be {rule}.',
    de: 'Das Kürzel muss aus {rule} bestehen und mit einem Buchstaben oder einer Ziffer beginnen.',
    da: 'Referencen skal bestå af {rule} og begynde med et bogstav eller et ciffer.',
  },
  refRule: {
    en: '1 to 40 capital letters, digits, ".", "_" or "-", starting with a letter or digit',
    de: '1 bis 40 Großbuchstaben, Ziffern, ".", "_" oder "-"',
    da: '1 til 40 store bogstaver, cifre, ".", "_" eller "-"',
  },
  enterName: { en: 'Enter the name.', de: 'Geben Sie den Namen ein.', da: 'Angiv navnet.' },
  enterLegalName: {
    en: 'Enter the legal name (as in the commercial register).',
    de: 'Geben Sie die Firma ein (wie im Handelsregister).',
    da: 'Angiv det juridiske navn (som registreret i CVR).',
  },
  enterStreet: { en: 'Enter the street and number.', de: 'Geben Sie Straße und Hausnummer ein.', da: 'Angiv gade og husnummer.' },
  enterCity: { en: 'Enter the city.', de: 'Geben Sie den Ort ein.', da: 'Angiv byen.' },
  enterPostcode: { en: 'Enter the postcode.', de: 'Geben Sie die Postleitzahl ein.', da: 'Angiv postnummeret.' },
  tooLong: {
    en: 'The {label} is longer than {max} characters.',
    de: '{label}: höchstens {max} Zeichen.',
    da: '{label}: højst {max} tegn.',
  },
  labelName: { en: 'name', de: 'Name', da: 'Navn' },
  labelLegalName: { en: 'legal name (as in the commercial register)', de: 'Firma', da: 'Juridisk navn' },
  labelStreet: { en: 'street and number', de: 'Straße und Hausnummer', da: 'Gade og husnummer' },
  labelCity: { en: 'city', de: 'Ort', da: 'By' },
  labelRegisterCourt: { en: 'register court', de: 'Registergericht', da: 'Registreringsmyndighed' },
  labelRegisterNumber: { en: 'register number', de: 'Registernummer', da: 'Registreringsnummer' },
  country: {
    en: 'The country must be one of {countries}, got "{country}".',
    de: 'Das Land muss eines von {countries} sein, erhalten: „{country}“.',
    da: 'Landet skal være et af {countries}, modtaget: "{country}".',
  },
  currency: {
    en: 'A {country} creditor keeps its claims in {currency}, not "{given}".',
    de: 'Ein Gläubiger aus {country} führt seine Forderungen in {currency}, nicht in „{given}“.',
    da: 'En kreditor fra {country} fører sine fordringer i {currency}, ikke i "{given}".',
  },
  timeZone: {
    en: '"{zone}" is not a time zone; use an IANA name such as Europe/Berlin.',
    de: '„{zone}“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.',
    da: '"{zone}" er ikke en tidszone; brug et IANA-navn som Europe/Copenhagen.',
  },
  postcodeDE: {
    en: 'A DE postcode has 5 digits, e.g. 10115.',
    de: 'Eine deutsche Postleitzahl hat 5 Ziffern, z. B. 10115.',
    da: 'Et tysk postnummer har 5 cifre, f.eks. 10115.',
  },
  postcodeDK: {
    en: 'A DK postcode has 4 digits, e.g. 2100.',
    de: 'Eine dänische Postleitzahl hat 4 Ziffern, z. B. 2100.',
    da: 'Et dansk postnummer har 4 cifre, f.eks. 2100.',
  },
  registerNumber: {
    en: 'Enter the register number as well, or leave the register court empty.',
    de: 'Geben Sie auch die Registernummer ein oder lassen Sie das Registergericht leer.',
    da: 'Angiv også registreringsnummeret, eller lad registreringsmyndigheden stå tom.',
  },
  iban: {
    en: 'Enter the IBAN of the account debtors pay into.',
    de: 'Geben Sie die IBAN des Kontos ein, auf das die Schuldner zahlen.',
    da: 'Angiv IBAN for den konto, som skyldnerne betaler til.',
  },
  ibanInvalid: {
    en: '"{iban}" is not a valid IBAN: check the country code, the length and the check digits.',
    de: '„{iban}“ ist keine gültige IBAN: Prüfen Sie Ländercode, Länge und Prüfziffern.',
    da: '"{iban}" er ikke et gyldigt IBAN: kontrollér landekoden, længden og kontrolcifrene.',
  },
  bic: {
    en: 'Enter the BIC of the bank that keeps the account.',
    de: 'Geben Sie die BIC der kontoführenden Bank ein.',
    da: 'Angiv BIC for den bank, der fører kontoen.',
  },
  bicInvalid: {
    en: '"{bic}" is not a valid BIC: 8 or 11 characters, e.g. COBADEFFXXX.',
    de: '„{bic}“ ist keine gültige BIC: 8 oder 11 Zeichen, z. B. COBADEFFXXX.',
    da: '"{bic}" er ikke en gyldig BIC: 8 eller 11 tegn, f.eks. COBADEFFXXX.',
  },
  bicCountry: {
    en: 'The BIC {bic} belongs to a bank in {bicCountry}, the IBAN to an account in {ibanCountry}.',
    de: 'Die BIC {bic} gehört zu einer Bank in {bicCountry}, die IBAN zu einem Konto in {ibanCountry}.',
    da: 'BIC {bic} tilhører en bank i {bicCountry}, IBAN en konto i {ibanCountry}.',
  },
  letterLanguage: {
    en: 'Letters{ofCountry} are written in {languages}, not "{given}".',
    de: 'Schreiben{ofCountry} werden auf {languages} verfasst, nicht auf „{given}“.',
    da: 'Breve{ofCountry} skrives på {languages}, ikke på "{given}".',
  },
  ofCountry: { en: ' of a {country} creditor', de: ' eines Gläubigers aus {country}', da: ' fra en kreditor i {country}' },
  or: { en: ' or ', de: ' oder ', da: ' eller ' },
  strategyName: { en: 'Give the strategy a name.', de: 'Geben Sie der Strategie einen Namen.', da: 'Giv strategien et navn.' },
  refTaken: {
    en: 'The reference {ref} belongs to another creditor; choose another.',
    de: 'Das Kürzel {ref} gehört bereits zu einem anderen Gläubiger; wählen Sie ein anderes.',
    da: 'Referencen {ref} tilhører allerede en anden kreditor; vælg en anden.',
  },
  countryAndCurrencyFixed: {
    en: 'The creditor has cases under {country} law in {currency}; its country and currency cannot change.',
    de: 'Der Gläubiger hat Fälle nach dem Recht von {country} in {currency}; Land und Währung können nicht mehr geändert werden.',
    da: 'Kreditor har sager efter {country} ret i {currency}; land og valuta kan ikke længere ændres.',
  },
} as const satisfies Record<string, LocalizedText>;

/** The letter languages by their names, as the rules list them. */
export const LETTER_LANGUAGE_NAMES = {
  de: { en: 'de', de: 'Deutsch', da: 'tysk' },
  da: { en: 'da', de: 'Dänisch', da: 'dansk' },
  en: { en: 'en', de: 'Englisch', da: 'engelsk' },
} as const satisfies Record<string, LocalizedText>;

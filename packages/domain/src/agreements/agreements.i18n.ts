import type { LocalizedText } from '../i18n/localized-text.js';

/** What a collector or a lead reads when a settlement, a plan or its settings are refused. */
export const AGREEMENT_TEXTS = {
  nothingToSettle: { en: 'The case has no open balance to settle', de: 'Der Fall hat keinen offenen Saldo, über den ein Vergleich geschlossen werden könnte', da: 'Sagen har ingen åben saldo at indgå forlig om' },
  settlementWhole: {
    en: 'The settlement amount must be a whole number of cents above zero',
    de: 'Der Vergleichsbetrag muss ein ganzzahliger Centbetrag größer als null sein',
    da: 'Forligsbeløbet skal være et helt antal øre over nul',
  },
  settlementBelowOpen: {
    en: 'A settlement is less than the open balance {open}; for the full amount record a promise or a payment',
    de: 'Ein Vergleich liegt unter dem offenen Saldo von {open}; für den vollen Betrag erfassen Sie bitte eine Zahlungszusage oder eine Zahlung',
    da: 'Et forlig er mindre end den åbne saldo på {open}; registrér et betalingsløfte eller en betaling for det fulde beløb',
  },
  validUntilInvalid: { en: '"{value}" is not a valid date; use YYYY-MM-DD', de: '„{value}“ ist kein gültiges Datum; bitte verwenden Sie JJJJ-MM-TT', da: '"{value}" er ikke en gyldig dato; brug ÅÅÅÅ-MM-DD' },
  offerInPast: {
    en: 'The offer cannot end in the past ({date}); choose today or later',
    de: 'Das Angebot kann nicht in der Vergangenheit enden ({date}); bitte wählen Sie heute oder später',
    da: 'Tilbuddet kan ikke udløbe i fortiden ({date}); vælg i dag eller senere',
  },
  offerTooLong: {
    en: 'An offer stays open at most {days} days; choose {latest} or earlier',
    de: 'Ein Angebot bleibt höchstens {days} Tage offen; bitte wählen Sie den {latest} oder früher',
    da: 'Et tilbud står højst åbent i {days} dage; vælg {latest} eller tidligere',
  },
  settlementExpired: {
    en: 'This settlement expired on {date} (its last day passed); it can no longer be approved or declined. Offer a new one if the debtor still wants to settle.',
    de: 'Dieser Vergleich ist am {date} abgelaufen (sein letzter Tag ist verstrichen); er kann nicht mehr genehmigt oder abgelehnt werden. Bieten Sie einen neuen an, wenn der Schuldner weiterhin einen Vergleich wünscht.',
    da: 'Dette forlig udløb den {date} (den sidste dag er passeret); det kan ikke længere godkendes eller afvises. Tilbyd et nyt, hvis skyldneren stadig ønsker forlig.',
  },
  runningPlan: {
    en: 'This case has a running payment plan; it ends when it is paid or in default',
    de: 'Für diesen Fall läuft eine Ratenzahlung; sie endet, wenn sie bezahlt ist oder in Verzug gerät',
    da: 'Denne sag har en løbende afdragsordning; den slutter, når den er betalt eller misligholdt',
  },
  defaultAfter: {
    en: 'A plan defaults after 1 to 12 missed installments',
    de: 'Eine Ratenzahlung gilt nach 1 bis 12 versäumten Raten als gescheitert',
    da: 'En afdragsordning misligholdes efter 1 til 12 manglende rater',
  },
  lowestShare: {
    en: 'The lowest share a collector may offer is 1 to 100 percent of the open balance',
    de: 'Der niedrigste Anteil, den ein Sachbearbeiter anbieten darf, liegt zwischen 1 und 100 Prozent des offenen Saldos',
    da: 'Den laveste andel, en sagsbehandler må tilbyde, er 1 til 100 procent af den åbne saldo',
  },
} satisfies Record<string, LocalizedText>;

/** The case timeline's sentences for a settlement offered and one that expired unpaid. */
export const SETTLEMENT_TIMELINE_TEXTS = {
  offered: {
    en: 'Settlement offered: {amount} by {date} closes the case ({waived} waived)',
    de: 'Vergleich angeboten: {amount} bis zum {date} erledigt den Fall ({waived} erlassen)',
    da: 'Forlig tilbudt: {amount} senest {date} lukker sagen ({waived} eftergivet)',
  },
  awaitingApproval: {
    en: "Settlement of {amount} by {date} is below {share}% of the open balance; waiting for a lead's approval",
    de: 'Vergleich über {amount} bis zum {date} liegt unter {share} % des offenen Saldos; wartet auf die Freigabe durch einen Teamleiter',
    da: 'Forlig på {amount} senest {date} er under {share} % af den åbne saldo; afventer en teamleders godkendelse',
  },
  expired: {
    en: 'Settlement of {amount} expired unpaid on {date}',
    de: 'Vergleich über {amount} ist am {date} unbezahlt abgelaufen',
    da: 'Forlig på {amount} udløb ubetalt den {date}',
  },
  expiredUnapproved: {
    en: 'Settlement of {amount} expired unpaid on {date} (no lead had approved it)',
    de: 'Vergleich über {amount} ist am {date} unbezahlt abgelaufen (kein Teamleiter hatte ihn freigegeben)',
    da: 'Forlig på {amount} udløb ubetalt den {date} (ingen teamleder havde godkendt det)',
  },
} satisfies Record<string, LocalizedText>;

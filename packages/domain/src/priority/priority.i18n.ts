import { fill, plural, type LocalizedText } from '../i18n/localized-text.js';
import type { DunningStage } from '../stages.js';

/** The words of "why this case now": each part of a case's priority as a collector reads it. */
export const PRIORITY_TEXTS = {
  points: { en: '{points} of {max} points', de: '{points} von {max} Punkten', da: '{points} af {max} point' },
  balance: {
    en: 'Open balance {amount}: {points} (log scale, full at {full}).',
    de: 'Offener Saldo {amount}: {points} (logarithmische Skala, voll ab {full}).',
    da: 'Udestående saldo {amount}: {points} (logaritmisk skala, fuld ved {full}).',
  },
  overdue: {
    en: '{days} overdue: {points} (full after {cap} days).',
    de: '{days} überfällig: {points} (voll nach {cap} Tagen).',
    da: '{days} i restance: {points} (fuld efter {cap} dage).',
  },
  stage: {
    en: 'Stage {stage}: {points} ({percent}% of the stage maximum).',
    de: 'Mahnstufe „{stage}“: {points} ({percent} % des Höchstwerts für die Mahnstufe).',
    da: 'Rykkertrin "{stage}": {points} ({percent} % af trinnets maksimum).',
  },
  noBrokenPromise: {
    en: 'No broken promise or missed installment: {points}.',
    de: 'Keine gebrochene Zahlungszusage und keine versäumte Rate: {points}.',
    da: 'Intet brudt betalingsløfte og intet manglende afdrag: {points}.',
  },
  brokenPromisesOne: {
    en: '{count} broken promise or missed installment: {points} (counted up to {cap}).',
    de: '{count} gebrochene Zahlungszusage oder versäumte Rate: {points} (gezählt bis {cap}).',
    da: '{count} brudt betalingsløfte eller manglende afdrag: {points} (tælles op til {cap}).',
  },
  brokenPromisesOther: {
    en: '{count} broken promises or missed installments: {points} (counted up to {cap}).',
    de: '{count} gebrochene Zahlungszusagen oder versäumte Raten: {points} (gezählt bis {cap}).',
    da: '{count} brudte betalingsløfter eller manglende afdrag: {points} (tælles op til {cap}).',
  },
  callbackDue: {
    en: 'A callback agreed with the debtor is due: {points}.',
    de: 'Ein mit dem Schuldner vereinbarter Rückruf ist fällig: {points}.',
    da: 'Et tilbageopkald aftalt med skyldneren er forfaldent: {points}.',
  },
  noCallback: { en: 'No callback due: {points}.', de: 'Kein Rückruf fällig: {points}.', da: 'Intet tilbageopkald forfaldent: {points}.' },
  noLimitation: {
    en: 'No limitation date in sight: {points}.',
    de: 'Kein Verjährungsdatum in Sicht: {points}.',
    da: 'Ingen forældelsesdato i sigte: {points}.',
  },
  timeBarred: { en: 'Time-barred since {date}: {points}.', de: 'Verjährt seit {date}: {points}.', da: 'Forældet siden {date}: {points}.' },
  limitationAhead: {
    en: 'Limitation on {date}, in {days}: {points} (rises over the last {window} days).',
    de: 'Verjährung am {date}, in {days}: {points} (steigt in den letzten {window} Tagen an).',
    da: 'Forældelse den {date}, om {days}: {points} (stiger over de sidste {window} dage).',
  },
  noCourtDeadline: { en: 'No open court deadline: {points}.', de: 'Keine offene Gerichtsfrist: {points}.', da: 'Ingen åben retsfrist: {points}.' },
  courtDeadlinePassed: {
    en: 'Court deadline {date} has passed: {points}.',
    de: 'Die Gerichtsfrist zum {date} ist abgelaufen: {points}.',
    da: 'Retsfristen {date} er overskredet: {points}.',
  },
  courtDeadlineAhead: {
    en: 'Court deadline on {date}, in {days}: {points} (rises over the last {window} days).',
    de: 'Gerichtsfrist am {date}, in {days}: {points} (steigt in den letzten {window} Tagen an).',
    da: 'Retsfrist den {date}, om {days}: {points} (stiger over de sidste {window} dage).',
  },
  lastContactUnknown: { en: 'Last contact not known: {points}.', de: 'Letzter Kontakt nicht bekannt: {points}.', da: 'Seneste kontakt ukendt: {points}.' },
  neverContacted: { en: 'Never contacted: {points}.', de: 'Noch nie kontaktiert: {points}.', da: 'Aldrig kontaktet: {points}.' },
  lastContactToday: {
    en: 'Last contact attempt today: {points} (full after {full} days).',
    de: 'Letzter Kontaktversuch heute: {points} (voll nach {full} Tagen).',
    da: 'Seneste kontaktforsøg i dag: {points} (fuld efter {full} dage).',
  },
  lastContactAgo: {
    en: 'Last contact attempt {days} ago: {points} (full after {full} days).',
    de: 'Letzter Kontaktversuch vor {days}: {points} (voll nach {full} Tagen).',
    da: 'Seneste kontaktforsøg for {days} siden: {points} (fuld efter {full} dage).',
  },
  noOutcomes: {
    en: 'No recent contact outcomes: {points} (half).',
    de: 'Keine aktuellen Kontaktergebnisse: {points} (die Hälfte).',
    da: 'Ingen nylige kontaktresultater: {points} (halvdelen).',
  },
  outcomes: {
    en: 'Recently {reached} reached, {kept}, {noContact} without contact: reach rate {rate}%, {points}.',
    de: 'Zuletzt {reached} erreicht, {kept}, {noContact} ohne Kontakt: Erreichbarkeit {rate} %, {points}.',
    da: 'For nylig {reached} truffet, {kept}, {noContact} uden kontakt: kontaktrate {rate} %, {points}.',
  },
  keptOne: { en: '{count} promise kept', de: '{count} Zusage eingehalten', da: '{count} løfte holdt' },
  keptOther: { en: '{count} promises kept', de: '{count} Zusagen eingehalten', da: '{count} løfter holdt' },
  /** "75 days overdue", "in 1 day" (en, da); German nominative: "75 Tage überfällig". */
  dayOne: { en: '{count} day', de: '{count} Tag', da: '{count} dag' },
  dayOther: { en: '{count} days', de: '{count} Tage', da: '{count} dage' },
  /** German dative after "in", "vor": "in 5 Tagen", "vor 2 Tagen". */
  dayOtherAfterPreposition: { en: '{count} days', de: '{count} Tagen', da: '{count} dage' },
  portalAsked: { en: 'Debtor asked in the portal', de: 'Der Schuldner hat im Portal angefragt', da: 'Skyldneren har spurgt i portalen' },
  planToReview: { en: 'plan to review', de: 'Ratenplan zu prüfen', da: 'afdragsordning til gennemsyn' },
  callbackRequested: { en: 'callback requested for {window}', de: 'Rückruf erbeten für {window}', da: 'tilbageopkald ønsket {window}' },
  portalReason: { en: '{asked}: {asks}', de: '{asked}: {asks}', da: '{asked}: {asks}' },
  portalExplanation: {
    en: '{reason}: {points} until a person answers it.',
    de: '{reason}: {points}, bis jemand die Anfrage beantwortet.',
    da: '{reason}: {points}, indtil en medarbejder har svaret.',
  },
  callbackWindow: { en: '{from}–{to} ({zone})', de: '{from}–{to} ({zone})', da: '{from}–{to} ({zone})' },
  // A creditor's weights refused
  weightsNotObject: {
    en: 'Weights must be an object with one maximum per part.',
    de: 'Die Gewichte müssen ein Objekt mit einem Höchstwert je Bestandteil sein.',
    da: 'Vægtene skal være et objekt med ét maksimum pr. del.',
  },
  unknownPart: {
    en: 'Unknown priority part "{key}"; the parts are {keys}.',
    de: 'Unbekannter Bestandteil der Priorität „{key}“; die Bestandteile sind {keys}.',
    da: 'Ukendt prioritetsdel "{key}"; delene er {keys}.',
  },
  maximumMissing: { en: '{label}: a maximum is missing.', de: '{label}: Es fehlt ein Höchstwert.', da: '{label}: der mangler et maksimum.' },
  maximumNotWhole: {
    en: '{label}: the maximum must be a whole number of 0 or more, got {value}.',
    de: '{label}: Der Höchstwert muss eine ganze Zahl von 0 oder mehr sein, erhalten: {value}.',
    da: '{label}: maksimum skal være et helt tal på 0 eller mere, modtaget: {value}.',
  },
  weightsTotal: {
    en: 'The maxima add up to {total}; they must add up to between 1 and 1000.',
    de: 'Die Höchstwerte ergeben zusammen {total}; die Summe muss zwischen 1 und 1000 liegen.',
    da: 'Maksima giver tilsammen {total}; summen skal ligge mellem 1 og 1000.',
  },
} satisfies Record<string, LocalizedText>;

/** The names of the priority parts, as the creditor's weights screen calls them. */
export const PRIORITY_PART_LABEL_TEXTS = {
  balance: { en: 'Open balance', de: 'Offener Saldo', da: 'Udestående saldo' },
  overdue: { en: 'Days overdue', de: 'Tage überfällig', da: 'Dage i restance' },
  stage: { en: 'Dunning stage', de: 'Mahnstufe', da: 'Rykkertrin' },
  brokenPromises: {
    en: 'Broken promises / missed installments',
    de: 'Gebrochene Zahlungszusagen / versäumte Raten',
    da: 'Brudte betalingsløfter / manglende afdrag',
  },
  callback: { en: 'Callback due', de: 'Rückruf fällig', da: 'Tilbageopkald forfaldent' },
  limitation: { en: 'Limitation approaching', de: 'Verjährung naht', da: 'Forældelse nærmer sig' },
  courtDeadline: { en: 'Court deadline approaching', de: 'Gerichtsfrist naht', da: 'Retsfrist nærmer sig' },
  lastContact: { en: 'Time since last contact', de: 'Zeit seit dem letzten Kontakt', da: 'Tid siden seneste kontakt' },
  outcomeHistory: { en: 'Outcome history', de: 'Bisherige Kontaktergebnisse', da: 'Tidligere kontaktresultater' },
} satisfies Record<string, LocalizedText>;

/** The dunning stages as the workbench names them (the web's vocab.stage.*). */
export const PRIORITY_STAGE_TEXTS: Readonly<Record<DunningStage, LocalizedText>> = {
  REMINDER: { en: 'Payment reminder', de: 'Zahlungserinnerung', da: 'Betalingspåmindelse' },
  DUNNING_1: { en: '1st dunning letter', de: '1. Mahnung', da: '1. rykker' },
  DUNNING_2: { en: '2nd dunning letter', de: '2. Mahnung', da: '2. rykker' },
  PHONE: { en: 'Phone contact', de: 'Telefonkontakt', da: 'Telefonkontakt' },
  AGENCY: { en: 'Agency hand-over', de: 'Übergabe ans Inkasso', da: 'Overdragelse til inkasso' },
  COURT: { en: 'Court dunning procedure', de: 'Gerichtliches Mahnverfahren', da: 'Betalingspåkrav (fogedret)' },
  ENFORCEMENT: { en: 'Enforcement', de: 'Zwangsvollstreckung', da: 'Tvangsfuldbyrdelse' },
};

const T = PRIORITY_TEXTS;

/** "85 of 250 points" / "85 von 250 Punkten" / "85 af 250 point". */
export function pointsText(points: number, max: number): LocalizedText {
  return fill(T.points, { points, max });
}

/** "3 days" / "3 Tage" / "3 dage" (German nominative). */
export function daysText(count: number): LocalizedText {
  return plural(count, { one: T.dayOne, other: T.dayOther });
}

/** "3 days" / "3 Tagen" / "3 dage", after "in" or "vor". */
export function daysAfterPrepositionText(count: number): LocalizedText {
  return plural(count, { one: T.dayOne, other: T.dayOtherAfterPreposition });
}

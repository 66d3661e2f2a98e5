import { dateText, fill, joinTexts, type LocalizedText } from '../i18n/localized-text.js';
import type { ContactChannel } from './contact-policy.js';
import { formatTimeOfDay, localDateTime } from './zoned-time.js';

/** What a person reads when the contact policy refuses a contact or a policy setting. */
export const CONTACT_POLICY_TEXTS = {
  weekdayHoursRequired: { en: '{field}: weekday contact hours are required.', de: '{field}: Kontaktzeiten für Werktage sind erforderlich.', da: '{field}: kontakttider på hverdage er påkrævet.' },
  twoTimes: { en: "{field}: give two times 'HH:MM' (00:00 to 24:00).", de: "{field}: Bitte geben Sie zwei Uhrzeiten 'HH:MM' an (00:00 bis 24:00).", da: "{field}: angiv to klokkeslæt 'TT:MM' (00:00 til 24:00)." },
  startBeforeEnd: { en: '{field}: {start} must be before {end}.', de: '{field}: {start} muss vor {end} liegen.', da: '{field}: {start} skal ligge før {end}.' },
  maxAttempts: { en: 'maxAttemptsPer7Days must be a whole number 1..100, got {value}.', de: 'maxAttemptsPer7Days muss eine ganze Zahl von 1 bis 100 sein, erhalten: {value}.', da: 'maxAttemptsPer7Days skal være et helt tal fra 1 til 100, modtaget: {value}.' },
  reminderSpacing: { en: 'Reminder spacing for {country} must be 0..365 days, got {value}.', de: 'Der Mindestabstand zwischen Mahnungen für {country} muss 0 bis 365 Tage betragen, erhalten: {value}.', da: 'Afstanden mellem rykkere for {country} skal være 0 til 365 dage, modtaget: {value}.' },
  channelsList: { en: '{field}: use {channels}.', de: '{field}: Bitte verwenden Sie {channels}.', da: '{field}: brug {channels}.' },
  extraHolidayNotDate: { en: 'extraHolidays: "{value}" is not a date (YYYY-MM-DD).', de: 'extraHolidays: „{value}“ ist kein Datum (JJJJ-MM-TT).', da: 'extraHolidays: "{value}" er ikke en dato (ÅÅÅÅ-MM-DD).' },
  noHoursInAYear: { en: 'The contact policy has no contact hours in the coming year.', de: 'Die Kontaktrichtlinie sieht im kommenden Jahr keine Kontaktzeiten vor.', da: 'Kontaktpolitikken har ingen kontakttider i det kommende år.' },
  unknownZone: { en: 'Unknown time zone "{zone}" for the debtor.', de: 'Unbekannte Zeitzone „{zone}“ für den Schuldner.', da: 'Ukendt tidszone "{zone}" for skyldneren.' },
  unknownChannel: { en: 'Unknown channel {channel}.', de: 'Unbekannter Kanal {channel}.', da: 'Ukendt kanal {channel}.' },
  lastReminderNotDate: { en: 'lastReminderOn "{value}" is not a date (YYYY-MM-DD).', de: 'lastReminderOn „{value}“ ist kein Datum (JJJJ-MM-TT).', da: 'lastReminderOn "{value}" er ikke en dato (ÅÅÅÅ-MM-DD).' },
  tooManyAttempts: {
    en: '{count} contact attempts in the last 7 days (at most {max}); the next is possible once one of them is 7 days old, {freeAt}.',
    de: '{count} Kontaktversuche in den letzten 7 Tagen (höchstens {max}); der nächste ist möglich, sobald einer davon 7 Tage zurückliegt, {freeAt}.',
    da: '{count} kontaktforsøg inden for de seneste 7 dage (højst {max}); det næste er muligt, når et af dem er 7 dage gammelt, {freeAt}.',
  },
  reminderTooSoon: {
    en: 'The last reminder went out on {lastOn}; reminders must be at least {days} days apart{law}, so the next may go on {allowedOn}.',
    de: 'Die letzte Mahnung wurde am {lastOn} versandt; zwischen Mahnungen müssen mindestens {days} Tage liegen{law}, die nächste ist daher ab {allowedOn} möglich.',
    da: 'Den seneste rykker blev sendt den {lastOn}; der skal gå mindst {days} dage mellem rykkere{law}, så den næste kan sendes den {allowedOn}.',
  },
  danishLaw: { en: ' (renteloven 9b)', de: ' (renteloven § 9b)', da: ' (renteloven § 9 b)' },
  outsideHours: {
    en: 'Outside contact hours: it is {now} in {zone}{holiday}; {channel} are allowed {hours}.',
    de: 'Außerhalb der Kontaktzeiten: Es ist {now} in {zone}{holiday}; {channel} sind nur zu diesen Zeiten erlaubt: {hours}.',
    da: 'Uden for kontakttiden: Klokken er {now} i {zone}{holiday}; {channel} er tilladt {hours}.',
  },
  aHoliday: { en: ', a public holiday', de: ', ein gesetzlicher Feiertag', da: ', en helligdag' },
  weekdays: { en: 'Monday to Friday {span}', de: 'montags bis freitags {span}', da: 'mandag til fredag {span}' },
  saturday: { en: 'Saturday {span}', de: 'samstags {span}', da: 'lørdag {span}' },
  sunday: { en: 'Sunday {span}', de: 'sonntags {span}', da: 'søndag {span}' },
  holidays: { en: 'public holidays {span}', de: 'an Feiertagen {span}', da: 'helligdage {span}' },
  notOn: { en: ', not on {days}', de: ', nicht {days}', da: ', ikke {days}' },
  saturdays: { en: 'Saturdays', de: 'samstags', da: 'lørdage' },
  sundays: { en: 'Sundays', de: 'sonntags', da: 'søndage' },
  publicHolidays: { en: 'public holidays', de: 'an Feiertagen', da: 'helligdage' },
  or: { en: ' or ', de: ' oder ', da: ' eller ' },
  nextAllowedAt: { en: '{reason} Next allowed at {at}.', de: '{reason} Nächster möglicher Zeitpunkt: {at}.', da: '{reason} Næste tilladte tidspunkt: {at}.' },
  PHONE: { en: 'phone calls', de: 'Anrufe', da: 'opkald' },
  SMS: { en: 'text messages', de: 'SMS', da: 'sms-beskeder' },
  EMAIL: { en: 'e-mails', de: 'E-Mails', da: 'e-mails' },
  LETTER: { en: 'letters', de: 'Briefe', da: 'breve' },
  PORTAL: { en: 'portal messages', de: 'Portalnachrichten', da: 'portalbeskeder' },
  IN_PERSON: { en: 'visits', de: 'Besuche', da: 'besøg' },
} satisfies Record<string, LocalizedText> & Record<ContactChannel, LocalizedText>;

const WEEKDAYS: readonly LocalizedText[] = [
  { en: 'Monday', de: 'Montag', da: 'mandag' },
  { en: 'Tuesday', de: 'Dienstag', da: 'tirsdag' },
  { en: 'Wednesday', de: 'Mittwoch', da: 'onsdag' },
  { en: 'Thursday', de: 'Donnerstag', da: 'torsdag' },
  { en: 'Friday', de: 'Freitag', da: 'fredag' },
  { en: 'Saturday', de: 'Samstag', da: 'lørdag' },
  { en: 'Sunday', de: 'Sonntag', da: 'søndag' },
];

/** An instant as the debtor's clock shows it: "Thursday 2026-11-26 08:00 (Europe/Berlin)" / "Donnerstag, 26.11.2026, 08:00 Uhr (Europe/Berlin)". */
export function localDateTimeText(instant: Date, timeZone: string): LocalizedText {
  const local = localDateTime(instant, timeZone);
  const day = WEEKDAYS[local.weekday - 1]!;
  const date = dateText(local.date);
  const time = formatTimeOfDay(local.msOfDay);
  return { en: `${day.en} ${date.en} ${time} (${timeZone})`, de: `${day.de}, ${date.de}, ${time} Uhr (${timeZone})`, da: `${day.da} ${date.da} kl. ${time} (${timeZone})` };
}

/** "it is Saturday 2026-11-28 09:00" without the zone, which the refusal names itself. */
export function localMomentText(instant: Date, timeZone: string): LocalizedText {
  const local = localDateTime(instant, timeZone);
  const day = WEEKDAYS[local.weekday - 1]!;
  const date = dateText(local.date);
  const time = formatTimeOfDay(local.msOfDay);
  return { en: `${day.en} ${date.en} ${time}`, de: `${day.de}, ${date.de}, ${time} Uhr`, da: `${day.da} ${date.da} kl. ${time}` };
}

/** A list in running text: "a, b or c". */
export function orList(items: readonly LocalizedText[]): LocalizedText {
  if (items.length <= 1) return items[0] ?? { en: '', de: '', da: '' };
  const head = joinTexts(items.slice(0, -1), ', ');
  return fill({ en: '{head}{or}{last}', de: '{head}{or}{last}', da: '{head}{or}{last}' }, { head, or: CONTACT_POLICY_TEXTS.or, last: items.at(-1)! });
}

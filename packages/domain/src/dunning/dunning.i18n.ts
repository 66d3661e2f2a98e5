import type { LocalizedText } from '../i18n/localized-text.js';
import type { DunningStage } from '../stages.js';

/** The dunning stages as a person reads them (the workbench's own words for them). */
export const DUNNING_STAGE_NAMES = {
  REMINDER: { en: 'Payment reminder', de: 'Zahlungserinnerung', da: 'Betalingspåmindelse' },
  DUNNING_1: { en: '1st dunning letter', de: '1. Mahnung', da: '1. rykker' },
  DUNNING_2: { en: '2nd dunning letter', de: '2. Mahnung', da: '2. rykker' },
  PHONE: { en: 'Phone contact', de: 'Telefonkontakt', da: 'Telefonkontakt' },
  AGENCY: { en: 'Agency hand-over', de: 'Übergabe ans Inkasso', da: 'Overdragelse til inkasso' },
  COURT: { en: 'Court dunning procedure', de: 'Gerichtliches Mahnverfahren', da: 'Betalingspåkrav (fogedret)' },
  ENFORCEMENT: { en: 'Enforcement', de: 'Zwangsvollstreckung', da: 'Tvangsfuldbyrdelse' },
} as const satisfies Record<DunningStage, LocalizedText>;

/** What each fee rule of a strategy stage charges, in words (the strategy tables, the creditor form). */
export const FEE_RULE_TEXTS = {
  DK_REMINDER_FEE: {
    en: 'Reminder fee DKK 100 (renteloven 9b(2))',
    de: 'Mahngebühr 100 DKK (renteloven § 9 b Abs. 2)',
    da: 'Rykkergebyr 100 kr. (renteloven § 9 b, stk. 2)',
  },
  DK_HANDOVER_FEE: {
    en: 'Hand-over fee DKK 100 (renteloven 9b(3))',
    de: 'Inkassogebühr 100 DKK (renteloven § 9 b Abs. 3)',
    da: 'Inkassogebyr 100 kr. (renteloven § 9 b, stk. 3)',
  },
  DK_COLLECTION_COSTS: {
    en: 'Collection costs up to the cap (renteloven 9a(4))',
    de: 'Inkassokosten bis zur Höchstgrenze (renteloven § 9 a Abs. 4)',
    da: 'Inkassoomkostninger op til loftet (renteloven § 9 a, stk. 4)',
  },
  DE_AGENCY_FEE: {
    en: 'Agency costs, VV 2300 on the claim value (RDG 13e)',
    de: 'Inkassokosten nach Nr. 2300 VV RVG aus dem Forderungswert (§ 13e RDG)',
    da: 'Inkassoomkostninger efter VV RVG nr. 2300 af fordringens værdi (RDG § 13e)',
  },
  FIXED: { en: 'Fixed fee', de: 'Feste Gebühr', da: 'Fast gebyr' },
} as const satisfies Record<string, LocalizedText>;

/** The channels of a stage as the rules name them. */
export const DUNNING_CHANNEL_NAMES = {
  LETTER: { en: 'LETTER', de: 'Brief', da: 'Brev' },
  EMAIL: { en: 'EMAIL', de: 'E-Mail', da: 'E-mail' },
  PHONE: { en: 'PHONE', de: 'Telefon', da: 'Telefon' },
  SMS: { en: 'SMS', de: 'SMS', da: 'sms' },
} as const satisfies Record<string, LocalizedText>;

/** Why a strategy or a fee rule of it is refused (strategyViolations, feeRuleOf). */
export const STRATEGY_TEXTS = {
  unknownCountry: { en: 'Unknown country {country}', de: 'Unbekanntes Land {country}', da: 'Ukendt land {country}' },
  noStages: { en: 'A strategy needs at least one stage', de: 'Eine Strategie braucht mindestens eine Mahnstufe', da: 'En strategi skal have mindst ét trin' },
  unknownStage: { en: 'Unknown stage {stage}', de: 'Unbekannte Mahnstufe {stage}', da: 'Ukendt trin {stage}' },
  stageOrder: {
    en: '{stage} cannot follow {previous}: stages go {order}, each once',
    de: '{stage} kann nicht auf {previous} folgen: Die Mahnstufen folgen in der Reihe {order}, jede einmal',
    da: '{stage} kan ikke følge efter {previous}: trinnene går {order}, hvert én gang',
  },
  waitDays: {
    en: 'Wait days must be whole days from 0 to 3650, got {value}',
    de: 'Die Wartezeit muss in ganzen Tagen von 0 bis 3650 angegeben werden, erhalten: {value}',
    da: 'Ventetiden skal være hele dage fra 0 til 3650, modtaget: {value}',
  },
  paymentWindow: {
    en: 'The payment window must be whole days from 0 to 3650, got {value}',
    de: 'Die Zahlungsfrist muss in ganzen Tagen von 0 bis 3650 angegeben werden, erhalten: {value}',
    da: 'Betalingsfristen skal være hele dage fra 0 til 3650, modtaget: {value}',
  },
  beforeDeadline: {
    en: '{stage} would start {wait} days after {previous}, before its {window}-day payment deadline has passed',
    de: '{stage} würde {wait} Tage nach {previous} beginnen, bevor deren Zahlungsfrist von {window} Tagen abgelaufen ist',
    da: '{stage} ville begynde {wait} dage efter {previous}, før dens betalingsfrist på {window} dage er udløbet',
  },
  unknownChannel: { en: 'Unknown channel {channel}', de: 'Unbekannter Kanal {channel}', da: 'Ukendt kanal {channel}' },
  needsTemplate: {
    en: 'A {channel} stage needs a template',
    de: 'Eine Mahnstufe mit dem Kanal {channel} braucht eine Vorlage',
    da: 'Et trin med kanalen {channel} skal have en skabelon',
  },
  danishFee: { en: '{rule} is a Danish fee', de: '{rule} ist eine dänische Gebühr', da: '{rule} er et dansk gebyr' },
  germanFee: { en: '{rule} is a German fee', de: '{rule} ist eine deutsche Gebühr', da: '{rule} er et tysk gebyr' },
  factorRange: {
    en: 'The VV 2300 factor must be 0.5 to 2.5, got {factor}',
    de: 'Der Faktor nach Nr. 2300 VV RVG muss zwischen 0,5 und 2,5 liegen, erhalten: {factor}',
    da: 'Faktoren efter VV RVG nr. 2300 skal være fra 0,5 til 2,5, modtaget: {factor}',
  },
  factorNotNumber: {
    en: 'The fee factor must be a number such as 0.9, got {value}',
    de: 'Der Gebührenfaktor muss eine Zahl wie 0,9 sein, erhalten: {value}',
    da: 'Gebyrfaktoren skal være et tal som 0,9, modtaget: {value}',
  },
  factorDecimals: {
    en: 'The fee factor {factor} has more than two decimals',
    de: 'Der Gebührenfaktor {factor} hat mehr als zwei Nachkommastellen',
    da: 'Gebyrfaktoren {factor} har mere end to decimaler',
  },
  raisedNeedsFirstDemand: {
    en: 'A raised factor belongs to a first demand (VV 2300 Anm. 2)',
    de: 'Ein erhöhter Faktor gehört zu einer Erstaufforderung (Nr. 2300 VV RVG Anm. 2)',
    da: 'En forhøjet faktor hører til et første påkrav (VV RVG nr. 2300, anm. 2)',
  },
  raisedRange: {
    en: 'The factor after an unpaid first demand must be {min} to {max} (VV 2300: 0.9 for an undisputed claim, the 1.3 threshold for a disputed one), got {factor}',
    de: 'Der Faktor nach einer unbezahlten Erstaufforderung muss zwischen {min} und {max} liegen (Nr. 2300 VV RVG: 0,9 für eine unbestrittene Forderung, die Schwellengebühr 1,3 für eine bestrittene), erhalten: {factor}',
    da: 'Faktoren efter et ubetalt første påkrav skal være fra {min} til {max} (VV RVG nr. 2300: 0,9 for en ubestridt fordring, tærsklen 1,3 for en bestridt), modtaget: {factor}',
  },
  factorMissing: {
    en: 'Give the VV 2300 factor (0.5 to 2.5)',
    de: 'Geben Sie den Faktor nach Nr. 2300 VV RVG an (0,5 bis 2,5)',
    da: 'Angiv faktoren efter VV RVG nr. 2300 (0,5 til 2,5)',
  },
  fixedAmountMissing: { en: 'Give the fixed fee in cents', de: 'Geben Sie die feste Gebühr in Cent an', da: 'Angiv det faste gebyr i øre' },
  unknownFeeRule: {
    en: 'Unknown fee rule "{rule}"; one of {rules}',
    de: 'Unbekannte Gebührenregel „{rule}“; möglich sind {rules}',
    da: 'Ukendt gebyrregel "{rule}"; en af {rules}',
  },
  fixedAmount: {
    en: 'A fixed fee must be whole cents > 0, got {value}',
    de: 'Eine feste Gebühr muss ein ganzer Centbetrag über 0 sein, erhalten: {value}',
    da: 'Et fast gebyr skal være hele øre over 0, modtaget: {value}',
  },
  fixedLabel: { en: 'A fixed fee needs a label', de: 'Eine feste Gebühr braucht eine Bezeichnung', da: 'Et fast gebyr skal have en betegnelse' },
  fixedStatute: { en: 'A fixed fee needs its legal basis', de: 'Eine feste Gebühr braucht ihre Rechtsgrundlage', da: 'Et fast gebyr skal have sit retsgrundlag' },
  reminderFeeBeforeHandOver: {
    en: "Reminder fees belong to the creditor's reminders, before the hand-over",
    de: 'Mahngebühren gehören zu den Mahnungen des Gläubigers, vor der Übergabe ans Inkasso',
    da: 'Rykkergebyrer hører til kreditors rykkere, før overdragelsen til inkasso',
  },
  collectionWarningDanish: {
    en: 'The collection warning is a Danish rule (inkassoloven 10)',
    de: 'Die Inkassowarnung ist eine dänische Regel (inkassoloven § 10)',
    da: 'Inkassovarslet er en dansk regel (inkassoloven § 10)',
  },
  collectionWarningDays: {
    en: 'The collection warning must give at least {min} days to pay (inkassoloven 10(3)), got {value}',
    de: 'Die Inkassowarnung muss mindestens {min} Tage Zahlungsfrist geben (inkassoloven § 10 Abs. 3), erhalten: {value}',
    da: 'Inkassovarslet skal give mindst {min} dages betalingsfrist (inkassoloven § 10, stk. 3), modtaget: {value}',
  },
  tooManyReminders: {
    en: '{count} reminders with a fee; at most {max} per debt (renteloven 9b(2))',
    de: '{count} Mahnungen mit Gebühr; höchstens {max} je Forderung (renteloven § 9 b Abs. 2)',
    da: '{count} rykkere med gebyr; højst {max} pr. gæld (renteloven § 9 b, stk. 2)',
  },
  remindersApart: {
    en: 'Reminders {first} and {second} are {gap} days apart; at least {min} (renteloven 9b(2))',
    de: 'Zwischen Mahnung {first} und {second} liegen {gap} Tage; mindestens {min} (renteloven § 9 b Abs. 2)',
    da: 'Rykker {first} og {second} ligger {gap} dage fra hinanden; mindst {min} (renteloven § 9 b, stk. 2)',
  },
  warningBeforeHandOver: {
    en: 'A collection warning (inkassovarsel) with at least 10 days to pay must come before the hand-over (inkassoloven 10)',
    de: 'Vor der Übergabe ans Inkasso muss eine Inkassowarnung (inkassovarsel) mit mindestens 10 Tagen Zahlungsfrist stehen (inkassoloven § 10)',
    da: 'Før overdragelsen til inkasso skal der komme et inkassovarsel med mindst 10 dages betalingsfrist (inkassoloven § 10)',
  },
  defaultLetterNotCharged: {
    en: "The creditor's letter that puts the debtor in default (and any reminder before it) cannot be charged to the debtor: it is not damage caused by the default (BGB 280(2), 286)",
    de: 'Das Schreiben des Gläubigers, das den Verzug erst begründet (und eine Zahlungserinnerung davor), kann dem Schuldner nicht berechnet werden: Es ist kein Verzugsschaden (§§ 280 Abs. 2, 286 BGB)',
    da: 'Kreditors brev, der sætter skyldneren i morarisiko (og en påmindelse før det), kan ikke pålægges skyldneren: det er ikke en skade forårsaget af misligholdelsen (BGB §§ 280, stk. 2, 286)',
  },
  laterReminderCap: {
    en: 'A later reminder may charge only its actual cost (material and postage), at most {cap} per letter (BGB 280(2), 286); {amount} is a flat the debtor does not owe',
    de: 'Eine spätere Mahnung darf nur ihre tatsächlichen Kosten (Material und Porto) berechnen, höchstens {cap} je Schreiben (§§ 280 Abs. 2, 286 BGB); {amount} ist eine Pauschale, die der Schuldner nicht schuldet',
    da: 'En senere rykker må kun kræve sine faktiske omkostninger (materiale og porto), højst {cap} pr. brev (BGB §§ 280, stk. 2, 286); {amount} er et fast beløb, som skyldneren ikke skylder',
  },
} as const satisfies Record<string, LocalizedText>;

/** Why the next dunning step is not taken (nextDunningStep's reasons), and where a preview stops. */
export const NEXT_STEP_TEXTS = {
  notOpen: {
    en: 'The case is {status}; only open cases are dunned',
    de: 'Der Fall hat den Status {status}; gemahnt werden nur offene Fälle',
    da: 'Sagen har status {status}; der rykkes kun i åbne sager',
  },
  onHold: {
    en: 'The case is on hold (e.g. a dispute); dunning resumes when the hold is lifted',
    de: 'Der Fall ist angehalten (z. B. wegen eines Widerspruchs); das Mahnwesen geht weiter, sobald die Sperre aufgehoben ist',
    da: 'Sagen er sat i bero (f.eks. en indsigelse); rykkerforløbet fortsætter, når den ikke længere er i bero',
  },
  nothingOpen: { en: 'Nothing is open on the case', de: 'Auf dem Fall ist nichts offen', da: 'Der er intet udestående på sagen' },
  lastStage: {
    en: '{stage} is the last stage of the strategy "{strategy}"',
    de: '{stage} ist die letzte Mahnstufe der Strategie „{strategy}“',
    da: '{stage} er det sidste trin i strategien "{strategy}"',
  },
  noStage: { en: 'No stage', de: 'Keine Mahnstufe', da: 'Intet trin' },
  waitingForCourtOrder: {
    en: 'Waiting for the court dunning order (Mahnbescheid) to be served',
    de: 'Warten auf die Zustellung des Mahnbescheids',
    da: 'Venter på, at den tyske retslige betalingsanmodning (Mahnbescheid) bliver forkyndt',
  },
  objection: {
    en: 'The debtor objected to the court dunning order (ZPO 694): the claim goes to contentious proceedings, not enforcement',
    de: 'Der Schuldner hat Widerspruch gegen den Mahnbescheid eingelegt (§ 694 ZPO): Es folgt das streitige Verfahren, keine Vollstreckung',
    da: 'Skyldneren har gjort indsigelse mod betalingsanmodningen (ZPO § 694): kravet går til almindelig retssag, ikke til tvangsfuldbyrdelse',
  },
  enforcementApplicationLapsed: {
    en: 'The 6-month period to apply for the enforcement order ended on {date}; the dunning order has lapsed (ZPO 701)',
    de: 'Die Frist von 6 Monaten für den Antrag auf Vollstreckungsbescheid endete am {date}; der Mahnbescheid ist weggefallen (§ 701 ZPO)',
    da: 'Fristen på 6 måneder for at anmode om fuldbyrdelsesordren udløb den {date}; betalingsanmodningen er bortfaldet (ZPO § 701)',
  },
  waitingForEnforcementOrder: {
    en: 'Waiting for the enforcement order: apply from {from} and by {by} (ZPO 699(1), 701)',
    de: 'Warten auf den Vollstreckungsbescheid: Antrag ab {from} und bis {by} stellen (§§ 699 Abs. 1, 701 ZPO)',
    da: 'Venter på fuldbyrdelsesordren: anmod fra {from} og senest {by} (ZPO §§ 699, stk. 1, 701)',
  },
  enforcementObjection: {
    en: 'The debtor filed an objection (Einspruch) to the enforcement order (ZPO 700): contentious proceedings follow',
    de: 'Der Schuldner hat Einspruch gegen den Vollstreckungsbescheid eingelegt (§ 700 ZPO): Es folgt das streitige Verfahren',
    da: 'Skyldneren har gjort indsigelse (Einspruch) mod fuldbyrdelsesordren (ZPO § 700): der følger en almindelig retssag',
  },
  dueOn: { en: '{stage} is due on {date}', de: '{stage} ist am {date} fällig', da: '{stage} forfalder den {date}' },
  previewStops: { en: 'The preview stops here.', de: 'Die Vorschau endet hier.', da: 'Forhåndsvisningen slutter her.' },
} as const satisfies Record<string, LocalizedText>;

/** The case statuses as the reasons name them. */
export const DUNNING_STATUS_NAMES = {
  OPEN: { en: 'OPEN', de: 'offen', da: 'åben' },
  ON_HOLD: { en: 'ON_HOLD', de: 'angehalten', da: 'i bero' },
  PAID: { en: 'PAID', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'UNCOLLECTIBLE', de: 'uneinbringlich', da: 'uerholdelig' },
  LEGAL: { en: 'LEGAL', de: 'beim Anwalt', da: 'hos advokat' },
} as const satisfies Record<string, LocalizedText>;

/** A stage as a rule names it: its code in English (as the API always said), its name in German and Danish. */
export function dunningStageRef(stage: string): LocalizedText {
  const name = (DUNNING_STAGE_NAMES as Record<string, LocalizedText>)[stage];
  return name ? { en: stage, de: name.de, da: name.da } : { en: stage, de: stage, da: stage };
}

/** A decimal as each language writes it: 0.9 / 0,9 / 0,9. */
export function decimalTextOf(value: number | string): LocalizedText {
  const en = String(value);
  return { en, de: en.replace('.', ','), da: en.replace('.', ',') };
}

/** A fee rule's name for a rule message: its code in English, its words in German and Danish. */
export function feeRuleRef(rule: string): LocalizedText {
  const text = (FEE_RULE_TEXTS as Record<string, LocalizedText>)[rule];
  return text ? { en: rule, de: text.de, da: text.da } : { en: rule, de: rule, da: rule };
}

/** A channel as a rule names it. */
export function dunningChannelRef(channel: string): LocalizedText {
  return (DUNNING_CHANNEL_NAMES as Record<string, LocalizedText>)[channel] ?? { en: channel, de: channel, da: channel };
}


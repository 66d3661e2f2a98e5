import type { LocalizedText } from '../i18n/localized-text.js';
import type { CaseStatus } from '../stages.js';

/** What a collector reads when an outcome, a payment or a note is refused. */
export const OUTCOME_TEXTS = {
  addNote: { en: 'Add a note: {what}', de: 'Bitte fügen Sie eine Notiz hinzu: {what}', da: 'Tilføj en note: {what}' },
  whatDisputed: {
    en: 'describe what the debtor disputes; it becomes the hold reason',
    de: 'Beschreiben Sie, was der Schuldner bestreitet; dies wird der Grund für die Zurückstellung',
    da: 'beskriv, hvad skyldneren bestrider; det bliver årsagen til sagens pause',
  },
  whyUncollectible: { en: 'say why the claim is uncollectible', de: 'Geben Sie an, warum die Forderung uneinbringlich ist', da: 'angiv, hvorfor kravet ikke kan inddrives' },
  enterThe: { en: 'Enter the {what}', de: 'Bitte geben Sie {what} ein', da: 'Angiv {what}' },
  amountRange: {
    en: 'The {what} must be a whole number of cents above zero and at most {max}',
    de: '{what} muss ein ganzzahliger Centbetrag größer als null und höchstens {max} sein',
    da: '{what} skal være et helt antal øre over nul og højst {max}',
  },
  amountOverOpen: {
    en: 'The {what} {amount} exceeds the open balance {open}',
    de: '{what} von {amount} übersteigt den offenen Saldo von {open}',
    da: '{what} på {amount} overstiger den åbne saldo på {open}',
  },
  dateInvalid: {
    en: 'The {what} "{value}" is not a valid date; use YYYY-MM-DD',
    de: '{what} „{value}“ ist kein gültiges Datum; bitte verwenden Sie JJJJ-MM-TT',
    da: '{what} "{value}" er ikke en gyldig dato; brug ÅÅÅÅ-MM-DD',
  },
  promisedAmount: { en: 'promised amount', de: 'den zugesagten Betrag', da: 'det lovede beløb' },
  promisedAmountSubject: { en: 'promised amount', de: 'Der zugesagte Betrag', da: 'Det lovede beløb' },
  promiseDate: { en: 'promise date', de: 'das Datum der Zahlungszusage', da: 'datoen for betalingsløftet' },
  promiseDateSubject: { en: 'promise date', de: 'Das Datum der Zahlungszusage', da: 'Datoen for betalingsløftet' },
  installmentDueDate: { en: 'due date of installment {n}', de: 'das Fälligkeitsdatum der Rate {n}', da: 'forfaldsdatoen for rate {n}' },
  installmentDueDateSubject: { en: 'due date of installment {n}', de: 'Das Fälligkeitsdatum der Rate {n}', da: 'Forfaldsdatoen for rate {n}' },
  promiseInPast: {
    en: 'Promise date {date} is in the past; choose today or a later date',
    de: 'Das Datum der Zahlungszusage {date} liegt in der Vergangenheit; bitte wählen Sie heute oder ein späteres Datum',
    da: 'Datoen for betalingsløftet {date} ligger i fortiden; vælg i dag eller en senere dato',
  },
  promiseTooFar: {
    en: 'Promise date {date} is more than {days} days ahead; choose {latest} or earlier, or agree a payment plan',
    de: 'Das Datum der Zahlungszusage {date} liegt mehr als {days} Tage in der Zukunft; bitte wählen Sie den {latest} oder früher, oder vereinbaren Sie eine Ratenzahlung',
    da: 'Datoen for betalingsløftet {date} ligger mere end {days} dage ude i fremtiden; vælg {latest} eller tidligere, eller aftal en afdragsordning',
  },
  planTooFew: {
    en: 'A payment plan needs at least {min} installments; for a single payment record a promise to pay',
    de: 'Eine Ratenzahlung braucht mindestens {min} Raten; für eine einzelne Zahlung erfassen Sie bitte eine Zahlungszusage',
    da: 'En afdragsordning kræver mindst {min} rater; registrér et betalingsløfte for en enkelt betaling',
  },
  planTooMany: {
    en: 'A payment plan can have at most {max} installments; this one has {count}',
    de: 'Eine Ratenzahlung kann höchstens {max} Raten haben; diese hat {count}',
    da: 'En afdragsordning kan højst have {max} rater; denne har {count}',
  },
  installmentRange: {
    en: 'Installment {n} must be a whole number of cents above zero and at most {max}',
    de: 'Rate {n} muss ein ganzzahliger Centbetrag größer als null und höchstens {max} sein',
    da: 'Rate {n} skal være et helt antal øre over nul og højst {max}',
  },
  installmentOrder: {
    en: 'Installment {n} is due {date}, not after installment {previous} ({previousDate}); dates must be strictly ascending',
    de: 'Rate {n} ist am {date} fällig, nicht nach Rate {previous} ({previousDate}); die Daten müssen streng aufsteigend sein',
    da: 'Rate {n} forfalder {date}, ikke efter rate {previous} ({previousDate}); datoerne skal være stigende',
  },
  firstInstallmentInPast: {
    en: 'The first installment ({date}) is in the past; choose today or a later date',
    de: 'Die erste Rate ({date}) liegt in der Vergangenheit; bitte wählen Sie heute oder ein späteres Datum',
    da: 'Den første rate ({date}) ligger i fortiden; vælg i dag eller en senere dato',
  },
  installmentsOverOpen: {
    en: 'The installments add up to {total}, more than the open balance {open}',
    de: 'Die Raten ergeben zusammen {total}, mehr als der offene Saldo von {open}',
    da: 'Raterne udgør i alt {total}, mere end den åbne saldo på {open}',
  },
  chooseCallback: { en: 'Choose when to call back', de: 'Bitte wählen Sie, wann zurückgerufen werden soll', da: 'Vælg, hvornår der skal ringes tilbage' },
  callbackInvalid: {
    en: 'The callback time is not a valid date and time',
    de: 'Der Rückrufzeitpunkt ist kein gültiges Datum mit Uhrzeit',
    da: 'Tidspunktet for tilbageringning er ikke en gyldig dato og tid',
  },
  callbackNotFuture: {
    en: 'Callback time {at} is not in the future; choose a later time',
    de: 'Der Rückrufzeitpunkt {at} liegt nicht in der Zukunft; bitte wählen Sie einen späteren Zeitpunkt',
    da: 'Tidspunktet for tilbageringning {at} ligger ikke i fremtiden; vælg et senere tidspunkt',
  },
  callbackTooFar: {
    en: 'Callback time {at} is more than {days} days ahead; choose {latest} or earlier',
    de: 'Der Rückrufzeitpunkt {at} liegt mehr als {days} Tage in der Zukunft; bitte wählen Sie {latest} oder früher',
    da: 'Tidspunktet for tilbageringning {at} ligger mere end {days} dage ude i fremtiden; vælg {latest} eller tidligere',
  },
  callbackRefused: {
    en: 'No call may be scheduled for {at}: {reason} Next allowed at {next}.',
    de: 'Für {at} darf kein Anruf geplant werden: {reason} Nächster möglicher Zeitpunkt: {next}.',
    da: 'Der må ikke planlægges et opkald til {at}: {reason} Næste tilladte tidspunkt: {next}.',
  },
  unknownOutcome: { en: 'Unknown outcome "{type}"', de: 'Unbekanntes Ergebnis „{type}“', da: 'Ukendt resultat "{type}"' },
  caseNotOpen: {
    en: 'This case is {status}; only an open case can take an outcome',
    de: 'Dieser Fall ist {status}; nur für einen offenen Fall kann ein Ergebnis erfasst werden',
    da: 'Denne sag er {status}; der kan kun registreres et resultat på en åben sag',
  },
  noteTooLong: {
    en: 'The note has {length} characters; shorten it to {max} or fewer',
    de: 'Die Notiz hat {length} Zeichen; bitte kürzen Sie sie auf höchstens {max}',
    da: 'Noten har {length} tegn; forkort den til højst {max}',
  },
  noteEmpty: { en: 'Write the note first: it is empty.', de: 'Bitte schreiben Sie zuerst die Notiz: Sie ist leer.', da: 'Skriv noten først: den er tom.' },
  caseNoteTooLong: {
    en: 'The note has {length} characters; shorten it to {max} or fewer.',
    de: 'Die Notiz hat {length} Zeichen; bitte kürzen Sie sie auf höchstens {max}.',
    da: 'Noten har {length} tegn; forkort den til højst {max}.',
  },
  enterAmountReceived: { en: 'Enter the amount received, in cents', de: 'Bitte geben Sie den erhaltenen Betrag in Cent ein', da: 'Angiv det modtagne beløb i øre' },
  amountFraction: {
    en: 'The amount must be whole cents; {amount} has a fraction of a cent',
    de: 'Der Betrag muss in ganzen Cent angegeben werden; {amount} enthält einen Bruchteil eines Cents',
    da: 'Beløbet skal angives i hele øre; {amount} indeholder en brøkdel af en øre',
  },
  amountNotPositive: {
    en: 'The amount must be greater than zero; record refunds separately',
    de: 'Der Betrag muss größer als null sein; bitte erfassen Sie Erstattungen gesondert',
    da: 'Beløbet skal være større end nul; registrér tilbagebetalinger separat',
  },
  amountTooLarge: {
    en: 'The amount {amount} cents exceeds the maximum of {max} cents for one payment',
    de: 'Der Betrag von {amount} Cent übersteigt das Maximum von {max} Cent für eine Zahlung',
    da: 'Beløbet på {amount} øre overstiger maksimum på {max} øre for én betaling',
  },
  paymentDateInvalid: {
    en: 'Payment date "{value}" is not a valid date; use YYYY-MM-DD',
    de: 'Das Zahlungsdatum „{value}“ ist kein gültiges Datum; bitte verwenden Sie JJJJ-MM-TT',
    da: 'Betalingsdatoen "{value}" er ikke en gyldig dato; brug ÅÅÅÅ-MM-DD',
  },
  paymentInFuture: {
    en: 'Payment date {date} is in the future; use the day the money arrived',
    de: 'Das Zahlungsdatum {date} liegt in der Zukunft; bitte verwenden Sie den Tag des Geldeingangs',
    da: 'Betalingsdatoen {date} ligger i fremtiden; brug den dag, pengene blev modtaget',
  },
  perCaseOutcome: {
    en: 'A promise or a payment plan has its own amount per case: record it on each case separately.',
    de: 'Eine Zahlungszusage oder Ratenzahlung hat je Fall einen eigenen Betrag: Bitte erfassen Sie sie für jeden Fall einzeln.',
    da: 'Et betalingsløfte eller en afdragsordning har sit eget beløb pr. sag: registrér det på hver sag for sig.',
  },
  onlyLeadApproves: { en: 'Only a lead or an admin approves payments.', de: 'Nur ein Teamleiter oder Administrator kann Zahlungen freigeben.', da: 'Kun en teamleder eller administrator kan godkende betalinger.' },
  secondPerson: {
    en: 'A second person approves: you asked for this one yourself.',
    de: 'Eine zweite Person gibt frei: Diese Freigabe haben Sie selbst angefordert.',
    da: 'En anden person godkender: du har selv bedt om denne.',
  },
  otherCollectorsCase: {
    en: "The case is in another collector's queue; only they, a lead or an admin can book a payment on it.",
    de: 'Der Fall liegt in der Warteschlange eines anderen Sachbearbeiters; nur dieser, ein Teamleiter oder ein Administrator kann darauf eine Zahlung buchen.',
    da: 'Sagen ligger i en anden sagsbehandlers kø; kun vedkommende, en teamleder eller en administrator kan bogføre en betaling på den.',
  },
  caseInNoQueue: {
    en: 'The case is in no queue; claim it first, or ask a lead to book the payment.',
    de: 'Der Fall liegt in keiner Warteschlange; bitte übernehmen Sie ihn zuerst oder bitten Sie einen Teamleiter, die Zahlung zu buchen.',
    da: 'Sagen ligger ikke i nogen kø; tag den først, eller bed en teamleder om at bogføre betalingen.',
  },
  paymentBeforeInvoice: {
    en: 'Payment date {date} is before the invoice date {invoiceDate}; use the day the money arrived',
    de: 'Das Zahlungsdatum {date} liegt vor dem Rechnungsdatum {invoiceDate}; bitte verwenden Sie den Tag des Geldeingangs',
    da: 'Betalingsdatoen {date} ligger før fakturadatoen {invoiceDate}; brug den dag, pengene blev modtaget',
  },
} satisfies Record<string, LocalizedText>;

/** A case's status inside a sentence ("This case is on hold"). */
export const CASE_STATUS_IN_SENTENCE: Readonly<Record<CaseStatus, LocalizedText>> = {
  OPEN: { en: 'open', de: 'offen', da: 'åben' },
  ON_HOLD: { en: 'on hold', de: 'zurückgestellt', da: 'sat i bero' },
  PAID: { en: 'paid', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'uncollectible', de: 'uneinbringlich', da: 'uerholdelig' },
  LEGAL: { en: 'with legal', de: 'bei der Rechtsabteilung', da: 'hos juridisk afdeling' },
};

/** The timeline's sentence for a recorded outcome ({reason}: the collector's note, shortened, as written). */
export const OUTCOME_SUMMARY_TEXTS = {
  noContact: { en: 'No contact; next attempt from {at}', de: 'Kein Kontakt; nächster Versuch ab {at}', da: 'Ingen kontakt; næste forsøg fra {at}' },
  spoke: { en: 'Spoke to the debtor; follow up from {at}', de: 'Mit dem Schuldner gesprochen; Wiedervorlage ab {at}', da: 'Talt med skyldneren; opfølgning fra {at}' },
  promise: { en: 'Promise to pay {amount} by {date}', de: 'Zahlungszusage über {amount} bis zum {date}', da: 'Betalingsløfte på {amount} senest {date}' },
  plan: {
    en: 'Payment plan of {count} installments totalling {amount}, {first} to {last}',
    de: 'Ratenzahlung mit {count} Raten über insgesamt {amount}, {first} bis {last}',
    da: 'Afdragsordning med {count} rater på i alt {amount}, {first} til {last}',
  },
  callback: { en: 'Callback scheduled for {at}', de: 'Rückruf geplant für {at}', da: 'Opkald planlagt til {at}' },
  dispute: {
    en: 'Debtor disputes the claim, case on hold: {reason}',
    de: 'Schuldner bestreitet die Forderung, Fall zurückgestellt: {reason}',
    da: 'Skyldneren bestrider kravet, sagen er sat i bero: {reason}',
  },
  paid: { en: 'Case marked as paid', de: 'Fall als bezahlt markiert', da: 'Sagen markeret som betalt' },
  uncollectible: { en: 'Marked uncollectible: {reason}', de: 'Als uneinbringlich markiert: {reason}', da: 'Markeret som uerholdelig: {reason}' },
  legal: {
    en: 'Escalated to legal for the court dunning procedure',
    de: 'An die Rechtsabteilung für das gerichtliche Mahnverfahren abgegeben',
    da: 'Overdraget til juridisk afdeling til betalingspåkravsproceduren',
  },
} satisfies Record<string, LocalizedText>;

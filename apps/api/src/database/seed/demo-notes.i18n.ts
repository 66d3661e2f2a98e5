import type { LocalizedText } from '@mahnwerk/domain';
import type { Country } from './fixtures.js';

/**
 * What the demo's collectors "wrote" on the timelines, in every language, so that the demo reads
 * in the workbench's language throughout. (A real collector's note is stored as written.)
 */
export const NO_CONTACT_NOTES: readonly LocalizedText[] = [
  { en: 'No answer.', de: 'Niemand erreicht.', da: 'Intet svar.' },
  {
    en: 'No answer; left a voicemail asking for a call back.',
    de: 'Niemand erreicht; Nachricht auf der Mailbox mit Bitte um Rückruf hinterlassen.',
    da: 'Intet svar; lagt besked på telefonsvareren med anmodning om at ringe tilbage.',
  },
  { en: 'Line busy; will try again.', de: 'Besetzt; neuer Versuch folgt.', da: 'Optaget; prøver igen.' },
  { en: 'Voicemail full.', de: 'Mailbox voll.', da: 'Telefonsvareren er fuld.' },
  { en: 'Call not picked up after 8 rings.', de: 'Nach 8 Klingeltönen nicht abgenommen.', da: 'Ikke taget efter 8 ring.' },
  { en: 'Call rejected by the debtor.', de: 'Anruf vom Schuldner abgelehnt.', da: 'Opkaldet afvist af skyldneren.' },
];

export const NO_CONTACT_BUSINESS_NOTES: readonly LocalizedText[] = [
  {
    en: 'Reception could not put me through to accounts payable.',
    de: 'Der Empfang konnte mich nicht zur Kreditorenbuchhaltung durchstellen.',
    da: 'Receptionen kunne ikke stille mig om til kreditorbogholderiet.',
  },
  {
    en: 'Accounts payable not reachable; left a message with reception.',
    de: 'Kreditorenbuchhaltung nicht erreichbar; Nachricht am Empfang hinterlassen.',
    da: 'Kreditorbogholderiet kunne ikke træffes; lagt besked i receptionen.',
  },
  { en: 'No answer on the company line.', de: 'Unter der Firmennummer niemand erreicht.', da: 'Intet svar på firmaets nummer.' },
];

export const RPC_NOTES: readonly LocalizedText[] = [
  {
    en: 'Spoke with the debtor; they confirmed the claim and will check their finances.',
    de: 'Mit dem Schuldner gesprochen; er bestätigt die Forderung und prüft seine Finanzen.',
    da: 'Talt med skyldneren; kravet er bekræftet, og skyldneren gennemgår sin økonomi.',
  },
  {
    en: 'Debtor acknowledged the debt but cannot pay before the next salary.',
    de: 'Schuldner erkennt die Forderung an, kann aber erst nach dem nächsten Gehalt zahlen.',
    da: 'Skyldneren anerkender gælden, men kan først betale efter næste løn.',
  },
  {
    en: 'Debtor asked for copies of the invoices; sent by email.',
    de: 'Schuldner bat um Rechnungskopien; per E-Mail geschickt.',
    da: 'Skyldneren bad om kopi af fakturaerne; sendt pr. e-mail.',
  },
  {
    en: 'Explained the costs so far and the option of a payment plan.',
    de: 'Bisherige Kosten und die Möglichkeit einer Ratenzahlung erklärt.',
    da: 'Forklaret omkostningerne indtil nu og muligheden for en afdragsordning.',
  },
  {
    en: 'Debtor says a payment is on its way; asked for proof of payment.',
    de: 'Schuldner sagt, eine Zahlung sei unterwegs; Zahlungsnachweis angefordert.',
    da: 'Skyldneren siger, at en betaling er på vej; bedt om dokumentation for betaling.',
  },
  {
    en: 'Debtor was surprised by the claim; went through the invoices together.',
    de: 'Schuldner war von der Forderung überrascht; Rechnungen gemeinsam durchgegangen.',
    da: 'Skyldneren var overrasket over kravet; gennemgået fakturaerne sammen.',
  },
];

export const RPC_BUSINESS_NOTES: readonly LocalizedText[] = [
  {
    en: 'Spoke with accounts payable; the invoice is in their approval run.',
    de: 'Mit der Kreditorenbuchhaltung gesprochen; die Rechnung ist im Freigabelauf.',
    da: 'Talt med kreditorbogholderiet; fakturaen er til godkendelse.',
  },
  {
    en: 'Bookkeeper confirmed the claim; payment has to be released by the managing director.',
    de: 'Buchhaltung bestätigt die Forderung; die Zahlung muss die Geschäftsführung freigeben.',
    da: 'Bogholderen bekræfter kravet; betalingen skal godkendes af direktøren.',
  },
  {
    en: 'Sent the statement of account to the bookkeeping department on request.',
    de: 'Kontoauszug auf Wunsch an die Buchhaltung geschickt.',
    da: 'Kontoudtog sendt til bogholderiet efter ønske.',
  },
];

export const EMAIL_NOTES: readonly LocalizedText[] = [
  {
    en: 'Sent statement of account and bank details by email.',
    de: 'Forderungsaufstellung und Bankverbindung per E-Mail geschickt.',
    da: 'Kontoudtog og bankoplysninger sendt pr. e-mail.',
  },
  { en: 'Emailed the debtor asking for a call back.', de: 'Schuldner per E-Mail um Rückruf gebeten.', da: 'Skyldneren bedt om at ringe tilbage pr. e-mail.' },
  {
    en: 'Sent a payment link and the open items by email.',
    de: 'Zahlungslink und offene Posten per E-Mail geschickt.',
    da: 'Betalingslink og åbne poster sendt pr. e-mail.',
  },
];

export const INBOUND_NOTES: readonly LocalizedText[] = [
  {
    en: 'Debtor called after the dunning letter and asked for the invoice details.',
    de: 'Schuldner rief nach der Mahnung an und fragte nach den Rechnungsdetails.',
    da: 'Skyldneren ringede efter rykkeren og spurgte til fakturaoplysningerne.',
  },
  {
    en: 'Debtor called to ask why fees were charged; explained the dunning costs.',
    de: 'Schuldner fragte, warum Gebühren berechnet wurden; Mahnkosten erklärt.',
    da: 'Skyldneren ringede og spurgte, hvorfor der var gebyrer; rykkeromkostningerne forklaret.',
  },
  {
    en: 'Debtor called to confirm the bank details for the transfer.',
    de: 'Schuldner rief an, um die Bankverbindung für die Überweisung zu bestätigen.',
    da: 'Skyldneren ringede for at bekræfte bankoplysningerne til overførslen.',
  },
];

/** Dispute notes; `{ref}` is the disputed invoice. */
export const DISPUTE_NOTES: Readonly<Record<'utility' | 'fitness' | 'any', readonly LocalizedText[]>> = {
  utility: [
    {
      en: 'Debtor disputes the meter reading on invoice {ref}; creditor asked to verify it.',
      de: 'Schuldner bestreitet den Zählerstand auf Rechnung {ref}; Gläubiger um Prüfung gebeten.',
      da: 'Skyldneren bestrider målerstanden på faktura {ref}; kreditor bedt om at kontrollere den.',
    },
    {
      en: 'Debtor says they moved out before the billing period of invoice {ref}; move-out record requested.',
      de: 'Schuldner gibt an, vor dem Abrechnungszeitraum von Rechnung {ref} ausgezogen zu sein; Auszugsnachweis angefordert.',
      da: 'Skyldneren siger at være fraflyttet før afregningsperioden for faktura {ref}; dokumentation for fraflytning anmodet.',
    },
    {
      en: 'Debtor disputes the tariff change on invoice {ref}; creditor asked for the signed contract.',
      de: 'Schuldner bestreitet die Tarifänderung auf Rechnung {ref}; Gläubiger um den unterschriebenen Vertrag gebeten.',
      da: 'Skyldneren bestrider tarifændringen på faktura {ref}; kreditor bedt om den underskrevne aftale.',
    },
  ],
  fitness: [
    {
      en: 'Debtor says the membership was cancelled in time; cancellation letter requested from the creditor.',
      de: 'Schuldner gibt an, die Mitgliedschaft rechtzeitig gekündigt zu haben; Kündigungsschreiben beim Gläubiger angefordert.',
      da: 'Skyldneren siger, at medlemskabet blev opsagt rettidigt; opsigelsen anmodet fra kreditor.',
    },
    {
      en: 'Debtor says the membership was suspended for medical reasons; certificate requested.',
      de: 'Schuldner gibt an, die Mitgliedschaft sei aus gesundheitlichen Gründen ruhend gestellt worden; Attest angefordert.',
      da: 'Skyldneren siger, at medlemskabet var sat i bero af helbredsgrunde; lægeerklæring anmodet.',
    },
    {
      en: 'Debtor disputes the automatic contract renewal; creditor asked for the signed contract.',
      de: 'Schuldner bestreitet die automatische Vertragsverlängerung; Gläubiger um den unterschriebenen Vertrag gebeten.',
      da: 'Skyldneren bestrider den automatiske forlængelse; kreditor bedt om den underskrevne aftale.',
    },
  ],
  any: [
    {
      en: 'Debtor says invoice {ref} was already paid; proof of payment requested.',
      de: 'Schuldner gibt an, Rechnung {ref} sei bereits bezahlt; Zahlungsnachweis angefordert.',
      da: 'Skyldneren siger, at faktura {ref} allerede er betalt; dokumentation for betaling anmodet.',
    },
    {
      en: 'Debtor denies having a contract (possible identity fraud); creditor asked for the signed contract.',
      de: 'Schuldner bestreitet einen Vertragsschluss (möglicher Identitätsbetrug); Gläubiger um den unterschriebenen Vertrag gebeten.',
      da: 'Skyldneren afviser at have indgået en aftale (muligt identitetstyveri); kreditor bedt om den underskrevne aftale.',
    },
  ],
};

export const UNCOLLECTIBLE_NOTES: Readonly<Record<'consumer' | 'business' | 'afterCourt', readonly LocalizedText[]>> = {
  consumer: [
    {
      en: 'Insolvency proceedings opened against the debtor; claim to be filed with the administrator. Closed as uncollectible.',
      de: 'Insolvenzverfahren über das Vermögen des Schuldners eröffnet; Forderung beim Insolvenzverwalter anzumelden. Als uneinbringlich geschlossen.',
      da: 'Konkurs- eller gældssaneringssag åbnet mod skyldneren; kravet anmeldes til kurator. Lukket som uerholdeligt.',
    },
    {
      en: 'Debtor unknown at the address; address research negative. Closed as uncollectible.',
      de: 'Schuldner unter der Anschrift unbekannt; Anschriftenermittlung erfolglos. Als uneinbringlich geschlossen.',
      da: 'Skyldneren ukendt på adressen; adresseopsporing uden resultat. Lukket som uerholdeligt.',
    },
    {
      en: 'Debtor deceased; the heirs declined the estate. Closed as uncollectible.',
      de: 'Schuldner verstorben; die Erben haben das Erbe ausgeschlagen. Als uneinbringlich geschlossen.',
      da: 'Skyldneren er afgået ved døden; arvingerne har frasagt sig arven. Lukket som uerholdeligt.',
    },
  ],
  business: [
    {
      en: 'Insolvency proceedings opened; claim to be filed with the administrator. Closed as uncollectible.',
      de: 'Insolvenzverfahren eröffnet; Forderung beim Insolvenzverwalter anzumelden. Als uneinbringlich geschlossen.',
      da: 'Konkurs åbnet; kravet anmeldes til kurator. Lukket som uerholdeligt.',
    },
    {
      en: 'Company dissolved and deleted from the register. Closed as uncollectible.',
      de: 'Gesellschaft aufgelöst und im Register gelöscht. Als uneinbringlich geschlossen.',
      da: 'Selskabet er opløst og slettet i registret. Lukket som uerholdeligt.',
    },
  ],
  afterCourt: [
    {
      en: 'Bailiff reports no seizable assets. Closed as uncollectible.',
      de: 'Gerichtsvollzieher meldet keine pfändbare Habe. Als uneinbringlich geschlossen.',
      da: 'Fogedretten melder intet udlægsegnet aktiv. Lukket som uerholdeligt.',
    },
  ],
};

export const LEGAL_NOTES: Readonly<Record<Country, readonly LocalizedText[]>> = {
  DE: [
    {
      en: "Debtor objected to the court dunning order (Widerspruch); handed to the creditor's lawyer for court proceedings.",
      de: 'Schuldner hat Widerspruch gegen den Mahnbescheid eingelegt; an den Anwalt des Gläubigers für das streitige Verfahren abgegeben.',
      da: 'Skyldneren har gjort indsigelse mod betalingspåkravet (Widerspruch); overdraget til kreditors advokat til retssag.',
    },
    {
      en: "Debtor contests the claim on legal grounds; escalated to the creditor's lawyer.",
      de: 'Schuldner bestreitet die Forderung aus rechtlichen Gründen; an den Anwalt des Gläubigers abgegeben.',
      da: 'Skyldneren bestrider kravet af juridiske grunde; sendt videre til kreditors advokat.',
    },
  ],
  DK: [
    {
      en: "Debtor objected to the payment order; handed to the creditor's lawyer.",
      de: 'Schuldner hat Einspruch gegen den Zahlungsbefehl eingelegt; an den Anwalt des Gläubigers abgegeben.',
      da: 'Skyldneren har gjort indsigelse mod betalingspåkravet; overdraget til kreditors advokat.',
    },
    {
      en: "Debtor contests the claim on legal grounds; escalated to the creditor's lawyer.",
      de: 'Schuldner bestreitet die Forderung aus rechtlichen Gründen; an den Anwalt des Gläubigers abgegeben.',
      da: 'Skyldneren bestrider kravet af juridiske grunde; sendt videre til kreditors advokat.',
    },
  ],
};

/** Notes with the figures of the case. */
export const DEMO_NOTE_TEXTS = {
  promised: {
    en: 'Debtor promised to pay {amount} by {date}.',
    de: 'Schuldner hat die Zahlung von {amount} bis {date} zugesagt.',
    da: 'Skyldneren har lovet at betale {amount} senest {date}.',
  },
  promisedBusiness: {
    en: 'Accounts payable promised payment of {amount} by {date}.',
    de: 'Kreditorenbuchhaltung hat die Zahlung von {amount} bis {date} zugesagt.',
    da: 'Kreditorbogholderiet har lovet betaling af {amount} senest {date}.',
  },
  planAgreed: {
    en: 'Payment plan agreed: {count} monthly instalments of {amount}, first due {date}.',
    de: 'Ratenzahlung vereinbart: {count} Monatsraten zu {amount}, die erste fällig am {date}.',
    da: 'Afdragsordning aftalt: {count} månedlige rater på {amount}, den første forfalden {date}.',
  },
  callback: {
    en: 'Debtor asked to be called back on {date} at {hour}:00.',
    de: 'Schuldner bat um Rückruf am {date} um {hour}:00 Uhr.',
    da: 'Skyldneren bad om at blive ringet op den {date} kl. {hour}.00.',
  },
  noReply: { en: 'Sent a request for contact; no reply.', de: 'Um Kontaktaufnahme gebeten; keine Antwort.', da: 'Bedt om kontakt; intet svar.' },
  directPayment: {
    en: 'Creditor reported a direct payment of {amount}; recorded manually and case closed as paid.',
    de: 'Gläubiger meldet eine Direktzahlung von {amount}; manuell erfasst und Fall als bezahlt geschlossen.',
    da: 'Kreditor har meldt en direkte betaling på {amount}; registreret manuelt og sagen lukket som betalt.',
  },
} satisfies Record<string, LocalizedText>;

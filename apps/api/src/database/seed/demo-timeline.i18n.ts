import type { LocalizedText } from '@mahnwerk/domain';

/**
 * The demo's system entries on the case timelines, in every language, so that the demo reads in the
 * workbench's language. (What the demo's collectors "wrote": demo-notes.i18n.ts.)
 */
export const DEMO_TIMELINE_TEXTS = {
  placedOne: { en: 'Case placed by {creditor}: {count} invoice, {amount}.', de: 'Fall übergeben von {creditor}: {count} Rechnung, {amount}.', da: 'Sag overdraget af {creditor}: {count} faktura, {amount}.' },
  placedOther: {
    en: 'Case placed by {creditor}: {count} invoices, {amount}.',
    de: 'Fall übergeben von {creditor}: {count} Rechnungen, {amount}.',
    da: 'Sag overdraget af {creditor}: {count} fakturaer, {amount}.',
  },
  alsoByEmail: { en: 'Dunning notice also sent by email.', de: 'Mahnung zusätzlich per E-Mail versandt.', da: 'Rykker også sendt pr. e-mail.' },
  alsoBySms: { en: 'Payment reminder sent by SMS.', de: 'Zahlungserinnerung per SMS versandt.', da: 'Betalingspåmindelse sendt pr. sms.' },
  paymentByBank: {
    en: 'Payment of {amount} received by bank transfer (ref {reference}).',
    de: 'Zahlung von {amount} per Überweisung eingegangen (Verwendungszweck {reference}).',
    da: 'Betaling på {amount} modtaget ved bankoverførsel (ref. {reference}).',
  },
  paymentAtStudio: {
    en: 'Payment of {amount} recorded manually (paid at the studio front desk).',
    de: 'Zahlung von {amount} manuell erfasst (am Empfang des Studios bezahlt).',
    da: 'Betaling på {amount} registreret manuelt (betalt i studiets reception).',
  },
  paymentAtDesk: {
    en: "Payment of {amount} recorded manually (paid at the creditor's service desk).",
    de: 'Zahlung von {amount} manuell erfasst (am Kundenschalter des Gläubigers bezahlt).',
    da: 'Betaling på {amount} registreret manuelt (betalt ved kreditors kundeskranke).',
  },
  promiseKept: { en: 'Promise kept.', de: 'Zahlungszusage eingehalten.', da: 'Betalingsløftet er overholdt.' },
  paidByBank: {
    en: 'Payment of {amount} received by bank transfer (ref {reference}); balance settled, case closed as paid.',
    de: 'Zahlung von {amount} per Überweisung eingegangen (Verwendungszweck {reference}); Saldo ausgeglichen, Fall als bezahlt abgeschlossen.',
    da: 'Betaling på {amount} modtaget ved bankoverførsel (ref. {reference}); saldoen er udlignet, sagen lukket som betalt.',
  },
  settledByEarlierPayments: {
    en: 'Balance settled by earlier payments; case closed as paid.',
    de: 'Saldo durch frühere Zahlungen ausgeglichen; Fall als bezahlt abgeschlossen.',
    da: 'Saldoen er udlignet af tidligere betalinger; sagen lukket som betalt.',
  },
} satisfies Record<string, LocalizedText>;

/** The dunning run's letter (or system note) when a demo case enters a stage, by creditor country and stage index. */
export const DEMO_STAGE_NOTES: Readonly<Record<'DE' | 'DK', readonly { channel: 'LETTER' | 'SYSTEM'; note: LocalizedText }[]>> = {
  DE: [
    { channel: 'LETTER', note: { en: 'Payment reminder sent by post.', de: 'Zahlungserinnerung per Post versandt.', da: 'Betalingspåmindelse sendt med posten.' } },
    {
      channel: 'LETTER',
      note: {
        en: '1st dunning letter sent by post (no fee: it puts the debtor in default, BGB 286).',
        de: '1. Mahnung per Post versandt (ohne Gebühr: sie setzt den Schuldner in Verzug, § 286 BGB).',
        da: '1. rykker sendt med posten (uden gebyr: den sætter skyldneren i misligholdelse, tysk BGB § 286).',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: '2nd dunning letter sent with a final 14-day deadline (postage and material 1.50 EUR).',
        de: '2. Mahnung mit einer letzten Frist von 14 Tagen versandt (Porto und Material 1,50 EUR).',
        da: '2. rykker sendt med en sidste frist på 14 dage (porto og materialer 1,50 EUR).',
      },
    },
    {
      channel: 'SYSTEM',
      note: {
        en: 'Letters unanswered; case released to the phone queue.',
        de: 'Briefe unbeantwortet; Fall für die telefonische Bearbeitung freigegeben.',
        da: 'Brevene er ikke besvaret; sagen er frigivet til telefonkøen.',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: 'Agency demand sent with statement of account and RDG 13a information.',
        de: 'Inkasso-Aufforderung mit Forderungsaufstellung und Informationen nach § 13a RDG versandt.',
        da: 'Inkassokrav sendt med kontoudtog og oplysninger efter tysk RDG § 13a.',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: 'Application for a court dunning order (Mahnbescheid) filed with the central dunning court.',
        de: 'Antrag auf Erlass eines Mahnbescheids beim zentralen Mahngericht eingereicht.',
        da: 'Ansøgning om Mahnbescheid (tysk betalingspåkrav) indgivet ved det centrale Mahngericht.',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: 'Enforcement order (Vollstreckungsbescheid) obtained; bailiff instructed.',
        de: 'Vollstreckungsbescheid erwirkt; Gerichtsvollzieher beauftragt.',
        da: 'Vollstreckungsbescheid (fuldbyrdelsesordre) opnået; foged anmodet.',
      },
    },
  ],
  DK: [
    { channel: 'LETTER', note: { en: 'Reminder no. 1 sent (rykkergebyr 100.00 DKK).', de: 'Mahnung Nr. 1 versandt (Mahngebühr 100,00 DKK).', da: 'Rykker nr. 1 sendt (rykkergebyr 100,00 DKK).' } },
    { channel: 'LETTER', note: { en: 'Reminder no. 2 sent (rykkergebyr 100.00 DKK).', de: 'Mahnung Nr. 2 versandt (Mahngebühr 100,00 DKK).', da: 'Rykker nr. 2 sendt (rykkergebyr 100,00 DKK).' } },
    {
      channel: 'LETTER',
      note: {
        en: 'Reminder no. 3 sent with collection warning: 10-day payment window (inkassoloven 10).',
        de: 'Mahnung Nr. 3 mit Inkassowarnung versandt: 10 Tage Zahlungsfrist (inkassoloven § 10).',
        da: 'Rykker nr. 3 sendt med inkassovarsel: 10 dages betalingsfrist (inkassoloven § 10).',
      },
    },
    {
      channel: 'SYSTEM',
      note: {
        en: 'No reply to the reminders; case released to the phone queue.',
        de: 'Keine Antwort auf die Mahnungen; Fall für die telefonische Bearbeitung freigegeben.',
        da: 'Intet svar på rykkerne; sagen er frigivet til telefonkøen.',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: 'Case handed over to collection; collection notice sent (hand-over fee 100.00 DKK).',
        de: 'Fall an das Inkasso übergeben; Inkassoschreiben versandt (Übergabegebühr 100,00 DKK).',
        da: 'Sagen er overdraget til inkasso; inkassobrev sendt (overdragelsesgebyr 100,00 DKK).',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: 'Payment order (betalingspåkrav) filed with the court.',
        de: 'Zahlungsbefehl (betalingspåkrav) beim Gericht eingereicht.',
        da: 'Betalingspåkrav indgivet til retten.',
      },
    },
    {
      channel: 'LETTER',
      note: {
        en: "Enforcement meeting requested at the bailiff's court (fogedretten).",
        de: 'Vollstreckungstermin beim Vollstreckungsgericht (fogedretten) beantragt.',
        da: 'Udlægsforretning begæret i fogedretten.',
      },
    },
  ],
};

import type { LocalizedText } from '../i18n/localized-text.js';

/** What a lead reads about an imported bank statement: why a credit waits for review, why a statement is refused. */
export const BANK_TEXTS = {
  possiblyBookedTwice: {
    en: 'Possibly booked twice: a manual payment of the same amount ({amount}) received {date} is on the case (payment {paymentId}); '
      + 'confirm it as a separate payment or mark it a duplicate.',
    de: 'Möglicherweise doppelt gebucht: Eine manuell erfasste Zahlung über denselben Betrag ({amount}), eingegangen am {date}, ist bereits '
      + 'auf dem Fall (Zahlung {paymentId}); bestätigen Sie sie als eigene Zahlung oder markieren Sie sie als Dublette.',
    da: 'Muligvis bogført to gange: en manuelt registreret betaling på samme beløb ({amount}), modtaget den {date}, er allerede på sagen '
      + '(betaling {paymentId}); bekræft den som en separat betaling, eller markér den som dublet.',
  },
  foreignAccount: {
    en: "The statement is for account {iban}, which is not one of the agency's own accounts; nothing was imported.",
    de: 'Der Kontoauszug gilt für das Konto {iban}, das keines der eigenen Konten des Inkassobüros ist; es wurde nichts importiert.',
    da: 'Kontoudtoget gælder konto {iban}, som ikke er en af bureauets egne konti; intet blev importeret.',
  },
  otherAccountChosen: {
    en: 'The statement is for account {named}, but account {chosen} was chosen; nothing was imported.',
    de: 'Der Kontoauszug gilt für das Konto {named}, gewählt wurde aber das Konto {chosen}; es wurde nichts importiert.',
    da: 'Kontoudtoget gælder konto {named}, men konto {chosen} blev valgt; intet blev importeret.',
  },
  noAccount: {
    en: "The statement names no account: choose the agency's own account it is for (accountIban); nothing was imported.",
    de: 'Der Kontoauszug nennt kein Konto: Wählen Sie das eigene Konto des Inkassobüros, für das er gilt (accountIban); es wurde nichts importiert.',
    da: 'Kontoudtoget nævner ingen konto: vælg den af bureauets egne konti, det gælder (accountIban); intet blev importeret.',
  },
} satisfies Record<string, LocalizedText>;

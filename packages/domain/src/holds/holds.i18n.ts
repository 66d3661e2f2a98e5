import type { LocalizedText } from '../i18n/localized-text.js';
import type { HoldType } from './holds.js';

/** What a collector reads when a hold or a dispute's resolution is refused. */
export const HOLD_TEXTS = {
  unknownType: { en: 'Unknown hold type "{type}"', de: 'Unbekannte Art der Zurückstellung „{type}“', da: 'Ukendt type pause "{type}"' },
  endDateInvalid: {
    en: 'The end date "{value}" is not a valid date; use YYYY-MM-DD',
    de: 'Das Enddatum „{value}“ ist kein gültiges Datum; bitte verwenden Sie JJJJ-MM-TT',
    da: 'Slutdatoen "{value}" er ikke en gyldig dato; brug ÅÅÅÅ-MM-DD',
  },
  endNotAfterToday: {
    en: "The hold's end date {until} is not after today ({today}); choose a later date or none",
    de: 'Das Enddatum der Zurückstellung {until} liegt nicht nach heute ({today}); bitte wählen Sie ein späteres Datum oder keines',
    da: 'Slutdatoen for pausen {until} ligger ikke efter i dag ({today}); vælg en senere dato eller ingen',
  },
  endTooFar: {
    en: "The hold's end date {until} is more than {days} days ahead; choose {latest} or earlier, or none",
    de: 'Das Enddatum der Zurückstellung {until} liegt mehr als {days} Tage in der Zukunft; bitte wählen Sie den {latest} oder früher, oder keines',
    da: 'Slutdatoen for pausen {until} ligger mere end {days} dage ude i fremtiden; vælg {latest} eller tidligere, eller ingen',
  },
  reasonRequired: { en: 'Say why: the reason is required', de: 'Bitte geben Sie einen Grund an: Der Grund ist erforderlich', da: 'Angiv hvorfor: en begrundelse er påkrævet' },
  reasonTooLong: {
    en: 'The reason has {length} characters; shorten it to {max} or fewer',
    de: 'Der Grund hat {length} Zeichen; bitte kürzen Sie ihn auf höchstens {max}',
    da: 'Begrundelsen har {length} tegn; forkort den til højst {max}',
  },
  disputeResolved: { en: 'This dispute is resolved already ({status})', de: 'Dieser Einwand ist bereits erledigt ({status})', da: 'Denne indsigelse er allerede afgjort ({status})' },
  rejectedReducesNothing: {
    en: 'A rejected dispute reduces nothing; leave the reduction empty',
    de: 'Ein zurückgewiesener Einwand mindert nichts; bitte lassen Sie die Minderung leer',
    da: 'En afvist indsigelse nedsætter intet; lad nedsættelsen være tom',
  },
  unknownResolution: { en: 'Unknown resolution "{resolution}"', de: 'Unbekannte Entscheidung „{resolution}“', da: 'Ukendt afgørelse "{resolution}"' },
  reductionWhole: {
    en: 'The reduction must be a whole number of cents above zero',
    de: 'Die Minderung muss ein ganzzahliger Centbetrag größer als null sein',
    da: 'Nedsættelsen skal være et helt antal øre over nul',
  },
  reductionOverOpen: {
    en: 'The reduction ({reduction} cents) is more than the open balance ({open} cents)',
    de: 'Die Minderung ({reduction} Cent) ist höher als der offene Saldo ({open} Cent)',
    da: 'Nedsættelsen ({reduction} øre) er større end den åbne saldo ({open} øre)',
  },
  invoiceAtNothing: {
    en: 'This reduction would leave an invoice at nothing; reduce by less, or withdraw the whole claim',
    de: 'Diese Minderung würde eine Rechnung auf null setzen; bitte mindern Sie um weniger oder nehmen Sie die ganze Forderung zurück',
    da: 'Denne nedsættelse ville bringe en faktura ned på nul; nedsæt med mindre, eller træk hele kravet tilbage',
  },
  onlyStaffPlace: { en: 'Only collectors, leads and admins place holds.', de: 'Nur Sachbearbeiter, Teamleiter und Administratoren können Fälle zurückstellen.', da: 'Kun sagsbehandlere, teamledere og administratorer kan sætte sager i bero.' },
  collectorHoldTypes: {
    en: 'A collector may place only a dispute or cease-contact hold; ask a lead to place a {type} hold.',
    de: 'Sachbearbeiter können nur wegen eines Einwands oder einer Kontaktsperre zurückstellen; bitten Sie einen Teamleiter um eine Zurückstellung wegen {type}.',
    da: 'En sagsbehandler kan kun sætte i bero på grund af indsigelse eller kontaktstop; bed en teamleder om en pause på grund af {type}.',
  },
  notYourCaseToHold: {
    en: 'This case is not in your queue; a collector places holds on their own cases only.',
    de: 'Dieser Fall liegt nicht in Ihrer Warteschlange; Sachbearbeiter stellen nur eigene Fälle zurück.',
    da: 'Denne sag ligger ikke i din kø; en sagsbehandler sætter kun egne sager i bero.',
  },
  onlyLeadReleases: { en: 'Only a lead or an admin releases a hold.', de: 'Nur ein Teamleiter oder Administrator kann eine Zurückstellung aufheben.', da: 'Kun en teamleder eller administrator kan ophæve en pause.' },
  UPHELD: { en: 'upheld', de: 'stattgegeben', da: 'taget til følge' },
  REJECTED: { en: 'rejected', de: 'zurückgewiesen', da: 'afvist' },
  OPEN: { en: 'open', de: 'offen', da: 'åben' },
} satisfies Record<string, LocalizedText>;

/** A hold's type inside a sentence ("a fraud check hold"). */
export const HOLD_TYPE_IN_SENTENCE: Readonly<Record<HoldType, LocalizedText>> = {
  DISPUTE: { en: 'dispute', de: 'Einwand', da: 'indsigelse' },
  INSOLVENCY: { en: 'insolvency', de: 'Insolvenz', da: 'insolvens' },
  DECEASED: { en: 'deceased', de: 'Todesfall', da: 'dødsfald' },
  CEASE_CONTACT: { en: 'cease contact', de: 'Kontaktsperre', da: 'kontaktstop' },
  FRAUD_CHECK: { en: 'fraud check', de: 'Betrugsprüfung', da: 'svindelkontrol' },
  CREDITOR_RECALL: { en: 'creditor recall', de: 'Rückruf durch den Gläubiger', da: 'tilbagekaldelse fra kreditor' },
  ADDRESS_RESEARCH: { en: 'address research', de: 'Adressermittlung', da: 'adresseefterforskning' },
};

import type { LocalizedText, SettlementStatus } from '@mahnwerk/domain';

/** What a collector or a lead reads when a settlement is refused. */
export const SETTLEMENT_API_TEXTS = {
  notACreditorOfYours: { en: 'Creditor {creditorId} is not one you work for.', de: 'Für Gläubiger {creditorId} arbeiten Sie nicht.', da: 'Du arbejder ikke for kreditor {creditorId}.' },
  notYourCase: {
    en: 'This case is not in your queue; only its collector or a lead can offer a settlement.',
    de: 'Dieser Fall liegt nicht in Ihrer Warteschlange; nur der zuständige Sachbearbeiter oder ein Teamleiter kann einen Vergleich anbieten.',
    da: 'Denne sag ligger ikke i din kø; kun sagens sagsbehandler eller en teamleder kan tilbyde et forlig.',
  },
  onlyOpenSettled: { en: 'Only an open case can be settled.', de: 'Nur über einen offenen Fall kann ein Vergleich geschlossen werden.', da: 'Kun en åben sag kan afsluttes med forlig.' },
  notWaiting: {
    en: 'This settlement is {status}; only one waiting for approval can be decided.',
    de: 'Dieser Vergleich ist {status}; nur über einen, der auf Genehmigung wartet, kann entschieden werden.',
    da: 'Dette forlig er {status}; kun et, der afventer godkendelse, kan afgøres.',
  },
  sayWhyDeclined: { en: 'Say why the settlement is declined.', de: 'Bitte geben Sie an, warum der Vergleich abgelehnt wird.', da: 'Angiv, hvorfor forliget afvises.' },
  lookBack: { en: 'Look back 1 to 90 days.', de: 'Bitte wählen Sie einen Rückblick von 1 bis 90 Tagen.', da: 'Se 1 til 90 dage tilbage.' },
} satisfies Record<string, LocalizedText>;

/** A settlement's status inside a sentence ("This settlement is declined"). */
export const SETTLEMENT_STATUS_WORDS: Readonly<Record<SettlementStatus, LocalizedText>> = {
  PENDING_APPROVAL: { en: 'pending approval', de: 'zur Genehmigung vorgelegt', da: 'afventer godkendelse' },
  OFFERED: { en: 'offered', de: 'angeboten', da: 'tilbudt' },
  DECLINED: { en: 'declined', de: 'abgelehnt', da: 'afvist' },
  PAID: { en: 'paid', de: 'bezahlt', da: 'betalt' },
  EXPIRED: { en: 'expired', de: 'abgelaufen', da: 'udløbet' },
};

/** The case timeline's entries for plans and settlements ({reason} of a declined settlement: the lead's words, as written). */
export const AGREEMENT_TIMELINE_TEXTS = {
  settlementApproved: {
    en: 'Settlement of {amount} approved; offered until {date}',
    de: 'Vergleich über {amount} freigegeben; angeboten bis zum {date}',
    da: 'Forlig på {amount} godkendt; tilbudt indtil {date}',
  },
  settlementDeclined: {
    en: 'Settlement of {amount} declined: {reason}',
    de: 'Vergleich über {amount} abgelehnt: {reason}',
    da: 'Forlig på {amount} afvist: {reason}',
  },
  planCompleted: {
    en: 'Payment plan completed: every installment paid',
    de: 'Ratenzahlung abgeschlossen: alle Raten bezahlt',
    da: 'Afdragsordning gennemført: alle rater betalt',
  },
  settlementPaid: {
    en: 'Settlement of {amount} paid in full (offered {offered}); the rest is waived: {writtenOff} written off',
    de: 'Vergleich über {amount} vollständig bezahlt (angeboten am {offered}); der Rest wird erlassen: {writtenOff} abgeschrieben',
    da: 'Forlig på {amount} betalt fuldt ud (tilbudt den {offered}); resten eftergives: {writtenOff} afskrevet',
  },
  settlementPaidLate: {
    en: 'Settlement of {amount} paid in full (offered {offered}, received by its last day {lastDay} and booked after it expired); the rest is waived: {writtenOff} written off',
    de: 'Vergleich über {amount} vollständig bezahlt (angeboten am {offered}, bis zum letzten Tag {lastDay} eingegangen und nach Ablauf gebucht); der Rest wird erlassen: {writtenOff} abgeschrieben',
    da: 'Forlig på {amount} betalt fuldt ud (tilbudt den {offered}, modtaget senest den sidste dag {lastDay} og bogført efter udløb); resten eftergives: {writtenOff} afskrevet',
  },
  planDefaulted: {
    en: 'Payment plan in default (missed installments): the whole balance is due and dunning resumes',
    de: 'Ratenzahlung in Verzug (Raten versäumt): der gesamte Saldo ist fällig, das Mahnverfahren wird fortgesetzt',
    da: 'Afdragsordning misligholdt (manglende rater): hele saldoen forfalder, og rykkerforløbet fortsætter',
  },
} satisfies Record<string, LocalizedText>;

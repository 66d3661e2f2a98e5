import type { LocalizedText } from '../i18n/localized-text.js';

/**
 * Why a claim is time-barred on its date, one sentence per step, citing the statute: German law as
 * German readers cite it (§ 199 Abs. 1 BGB), Danish law as Danish readers do (forældelsesloven § 3, stk. 1).
 */
export const LIMITATION_TEXTS = {
  // Germany (BGB)
  titledDE: {
    en: 'Titled claim: 30 years from {titledOn}, to {end} (BGB 197(1) no. 3-4, 201)',
    de: 'Titulierte Forderung: 30 Jahre ab dem {titledOn}, bis {end} (§ 197 Abs. 1 Nr. 3–4, § 201 BGB)',
    da: 'Tituleret krav: 30 år fra {titledOn}, til {end} (BGB § 197, stk. 1, nr. 3-4, og § 201)',
  },
  regularDE: {
    en: 'Regular limitation: 3 years from the end of {year}, the year the claim arose on {arisenOn}, to {end} (BGB 195, 199(1))',
    de: 'Regelmäßige Verjährung: 3 Jahre ab dem Ende des Jahres {year}, in dem der Anspruch am {arisenOn} entstand, bis {end} (§§ 195, 199 Abs. 1 BGB)',
    da: 'Almindelig forældelse: 3 år fra udgangen af {year}, det år kravet opstod den {arisenOn}, til {end} (BGB §§ 195 og 199, stk. 1)',
  },
  courtEndedDE: {
    en: 'Court proceedings from {from} ended {to}: suspended until {until} (BGB 204(1) no. 3, 204(2): 6 months after the end)',
    de: 'Gerichtliches Verfahren ab dem {from}, beendet am {to}: gehemmt bis {until} (§ 204 Abs. 1 Nr. 3, Abs. 2 BGB: 6 Monate nach dem Ende)',
    da: 'Retssag fra {from}, afsluttet {to}: suspenderet til {until} (BGB § 204, stk. 1, nr. 3, og stk. 2: 6 måneder efter afslutningen)',
  },
  acknowledgedBeforeStartDE: {
    en: 'Acknowledged on {on}, before the period started on {start}: the end stays {end}, not {restart} (BGB 212(1) no. 1 with 199(1): the later date wins)',
    de: 'Anerkannt am {on}, bevor die Frist am {start} begann: Das Ende bleibt der {end}, nicht der {restart} (§ 212 Abs. 1 Nr. 1 i. V. m. § 199 Abs. 1 BGB: Das spätere Datum gilt)',
    da: 'Anerkendt den {on}, før fristen begyndte den {start}: slutdatoen forbliver {end}, ikke {restart} (BGB § 212, stk. 1, nr. 1, jf. § 199, stk. 1: den seneste dato gælder)',
  },
  suspendedDE: {
    en: 'Suspended {from} to {to}, {days} days not counted: ends {end} (BGB 209)',
    de: 'Gehemmt vom {from} bis {to}, {days} Tage werden nicht mitgerechnet: endet am {end} (§ 209 BGB)',
    da: 'Suspenderet {from} til {to}, {days} dage medregnes ikke: slutter {end} (BGB § 209)',
  },
  negotiationsEndedDE: {
    en: 'Negotiations ended {ended}: not before {floor} (BGB 203 sentence 2, 3 months)',
    de: 'Verhandlungen endeten am {ended}: nicht vor dem {floor} (§ 203 Satz 2 BGB, 3 Monate)',
    da: 'Forhandlingerne sluttede {ended}: ikke før {floor} (BGB § 203, 2. pkt., 3 måneder)',
  },
  acknowledgedTooLateDE: {
    en: 'Acknowledgement on {on} came after the period ran out on {end}: no new start (BGB 212)',
    de: 'Das Anerkenntnis vom {on} kam nach Ablauf der Frist am {end}: kein Neubeginn (§ 212 BGB)',
    da: 'Anerkendelsen den {on} kom efter, at fristen udløb den {end}: ingen ny frist (BGB § 212)',
  },
  acknowledgedDE: {
    en: 'Acknowledged on {on} (e.g. an instalment): the {years} years start anew, to {end} (BGB 212(1) no. 1)',
    de: 'Anerkannt am {on} (z. B. durch eine Ratenzahlung): Die {years} Jahre beginnen neu, bis {end} (§ 212 Abs. 1 Nr. 1 BGB)',
    da: 'Anerkendt den {on} (f.eks. ved en afdragsbetaling): de {years} år begynder forfra, til {end} (BGB § 212, stk. 1, nr. 1)',
  },
  stillSuspendedDE: {
    en: 'Suspended by proceedings still going on: no end date yet (BGB 204(2))',
    de: 'Gehemmt durch ein noch laufendes Verfahren: noch kein Enddatum (§ 204 Abs. 2 BGB)',
    da: 'Suspenderet af en sag, der stadig verserer: endnu ingen slutdato (BGB § 204, stk. 2)',
  },
  interestAfterTitleDE: {
    en: 'Interest falling due after the title of {titledOn} keeps the regular 3 years from the end of the year it falls due, not 30 (BGB 197(2), 195, 199(1)): interest {period} to {end}',
    de: 'Zinsen, die nach dem Titel vom {titledOn} fällig werden, verjähren weiter in 3 Jahren ab dem Ende des Jahres ihrer Fälligkeit, nicht in 30 (§ 197 Abs. 2, §§ 195, 199 Abs. 1 BGB): Zinsen {period} bis {end}',
    da: 'Renter, der forfalder efter titlen af {titledOn}, forældes fortsat efter 3 år fra udgangen af det år, de forfalder, ikke efter 30 (BGB § 197, stk. 2, §§ 195 og 199, stk. 1): renter {period} til {end}',
  },
  interestFrom: { en: 'from {date}', de: 'ab dem {date}', da: 'fra {date}' },
  interestOfYear: { en: 'of {year}', de: 'des Jahres {year}', da: 'for {year}' },
  interestAcknowledgedDE: {
    en: 'Acknowledged on {on}: that interest runs anew, to {end} (BGB 212(1) no. 1)',
    de: 'Anerkannt am {on}: Diese Zinsen verjähren neu, bis {end} (§ 212 Abs. 1 Nr. 1 BGB)',
    da: 'Anerkendt den {on}: disse renter forældes på ny, til {end} (BGB § 212, stk. 1, nr. 1)',
  },
  // Denmark (forældelsesloven)
  titledDK: {
    en: 'Titled claim: 10 years from {titledOn}, to {end} (forældelsesloven 5(1) no. 2, 19(3))',
    de: 'Titulierte Forderung: 10 Jahre ab dem {titledOn}, bis {end} (forældelsesloven § 5, stk. 1, nr. 2, § 19, stk. 3)',
    da: 'Tituleret krav: 10 år fra {titledOn}, til {end} (forældelsesloven § 5, stk. 1, nr. 2, og § 19, stk. 3)',
  },
  acknowledgedTitledDK: {
    en: 'Acknowledged on {on}: a new 10-year period to {end} (forældelsesloven 15, 19(1))',
    de: 'Anerkannt am {on}: eine neue Frist von 10 Jahren bis {end} (forældelsesloven §§ 15, 19, stk. 1)',
    da: 'Anerkendt den {on}: en ny frist på 10 år til {end} (forældelsesloven § 15 og § 19, stk. 1)',
  },
  regularDK: {
    en: '3 years from the due date {due}, to {end} (forældelsesloven 2, 3(1))',
    de: '3 Jahre ab dem Fälligkeitstag {due}, bis {end} (forældelsesloven §§ 2, 3, stk. 1)',
    da: '3 år fra forfaldsdagen {due}, til {end} (forældelsesloven § 2 og § 3, stk. 1)',
  },
  acknowledgedTooLateDK: {
    en: 'Acknowledgement on {on} came after the period ran out on {end}: no new period (forældelsesloven 15)',
    de: 'Das Anerkenntnis vom {on} kam nach Ablauf der Frist am {end}: keine neue Frist (forældelsesloven § 15)',
    da: 'Anerkendelsen den {on} kom efter, at fristen udløb den {end}: ingen ny frist (forældelsesloven § 15)',
  },
  acknowledgedDK: {
    en: 'Acknowledged on {on}: a new 3-year period to {end} (forældelsesloven 15, 19(1))',
    de: 'Anerkannt am {on}: eine neue Frist von 3 Jahren bis {end} (forældelsesloven §§ 15, 19, stk. 1)',
    da: 'Anerkendt den {on}: en ny frist på 3 år til {end} (forældelsesloven § 15 og § 19, stk. 1)',
  },
  legalStepsPendingDK: {
    en: 'Legal steps from {from} interrupt limitation while pursued (forældelsesloven 16)',
    de: 'Rechtliche Schritte ab dem {from} unterbrechen die Verjährung, solange sie betrieben werden (forældelsesloven § 16)',
    da: 'Retslige skridt fra {from} afbryder forældelsen, så længe de forfølges (forældelsesloven § 16)',
  },
  negotiationsPendingDK: {
    en: 'Negotiations from {from} still going on: not before 1 year after they end (forældelsesloven 21(5))',
    de: 'Verhandlungen ab dem {from} laufen noch: nicht vor 1 Jahr nach ihrem Ende (forældelsesloven § 21, stk. 5)',
    da: 'Forhandlinger fra {from} pågår stadig: ikke før 1 år efter, at de er afsluttet (forældelsesloven § 21, stk. 5)',
  },
  proceedingsEndedNoExtraYearDK: {
    en: 'Proceedings from {from} ended {to}, {why}: no extra year; ends {end}',
    de: 'Verfahren ab dem {from}, beendet am {to}, {why}: kein zusätzliches Jahr; endet am {end}',
    da: 'Sagen fra {from} sluttede {to}, {why}: intet ekstra år; slutter {end}',
  },
  withdrawnDK: {
    en: 'withdrawn by the creditor (forældelsesloven 20(2) no. 2)',
    de: 'vom Gläubiger zurückgenommen (forældelsesloven § 20, stk. 2, nr. 2)',
    da: 'trukket tilbage af kreditor (forældelsesloven § 20, stk. 2, nr. 2)',
  },
  dismissedDK: {
    en: 'dismissed: the step could not lead to a decision on the merits (forældelsesloven 20(2) no. 1)',
    de: 'abgewiesen: Der Schritt konnte zu keiner Entscheidung in der Sache führen (forældelsesloven § 20, stk. 2, nr. 1)',
    da: 'afvist: skridtet kunne ikke føre til en afgørelse af sagens realitet (forældelsesloven § 20, stk. 2, nr. 1)',
  },
  proceedingsEndedDK: {
    en: 'Proceedings from {from} ended {to} without a settlement or a decision on the merits: not before {floor} (forældelsesloven 20(1)); ends {end}',
    de: 'Verfahren ab dem {from}, beendet am {to} ohne Vergleich oder Entscheidung in der Sache: nicht vor dem {floor} (forældelsesloven § 20, stk. 1); endet am {end}',
    da: 'Sagen fra {from} sluttede {to} uden forlig eller afgørelse af sagens realitet: ikke før {floor} (forældelsesloven § 20, stk. 1); slutter {end}',
  },
  negotiationsEndedDK: {
    en: 'Negotiations {from} to {to}: not before {floor} (forældelsesloven 21(5)); ends {end}',
    de: 'Verhandlungen vom {from} bis {to}: nicht vor dem {floor} (forældelsesloven § 21, stk. 5); endet am {end}',
    da: 'Forhandlinger {from} til {to}: ikke før {floor} (forældelsesloven § 21, stk. 5); slutter {end}',
  },
  // A case: the claim whose limitation decides
  claimHead: { en: 'Claim {reference}, due {due}', de: 'Forderung {reference}, fällig am {due}', da: 'Krav {reference}, forfalden {due}' },
  interestBeforeTitledClaim: {
    en: '{head}: interest after the title runs out before the titled claim ({end})',
    de: '{head}: Die Zinsen nach dem Titel verjähren vor der titulierten Forderung ({end})',
    da: '{head}: renterne efter titlen forældes før det titulerede krav ({end})',
  },
  open: { en: 'open', de: 'offen', da: 'åben' },
} satisfies Record<string, LocalizedText>;

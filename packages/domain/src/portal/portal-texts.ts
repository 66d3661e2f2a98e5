import type { BalanceLine } from '../balance/compute-balance.js';
import type { IsoDate } from '../dates.js';
import { formatCents } from '../money.js';
import type { DunningStage } from '../stages.js';
import { costLabelIn } from '../letters/cost-labels.js';

/** The portal's languages (the debtor's, per messageLanguage). */
export type PortalLanguage = 'de' | 'en' | 'da';

const LOCALES: Readonly<Record<PortalLanguage, string>> = { de: 'de-DE', en: 'en-GB', da: 'da-DK' };

export const portalLanguageOf = (language: string): PortalLanguage =>
  language === 'de' || language === 'da' ? language : 'en';

function formatDate(d: IsoDate, language: PortalLanguage): string {
  const [y, m, day] = d.split('-');
  return language === 'en' ? `${Number(day)} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m) - 1]} ${y}` : `${day}.${m}.${y}`;
}

const percent = (basisPoints: number, language: PortalLanguage) =>
  (basisPoints / 100).toLocaleString(LOCALES[language], { maximumFractionDigits: 2 });

/**
 * One balance line in plain words, in the debtor's language: what it is, where it comes from, since when.
 * Uses the line's detail (computeBalance with `lineDetails`); without it, a general sentence per kind.
 */
export function explainBalanceLine(line: BalanceLine, currency: string, language: PortalLanguage): string {
  const money = (cents: number) => formatCents(cents, currency, LOCALES[language]);
  const date = (d: IsoDate) => formatDate(d, language);
  const d = line.detail;
  switch (line.kind) {
    case 'PRINCIPAL': {
      if (d?.kind !== 'PRINCIPAL') return { de: 'Offener Rechnungsbetrag', en: 'Unpaid invoice amount', da: 'Ubetalt fakturabeløb' }[language];
      return {
        de: `Rechnung ${d.claimReference}, fällig seit ${date(d.dueDate)}`,
        en: `Invoice ${d.claimReference}, due since ${date(d.dueDate)}`,
        da: `Faktura ${d.claimReference}, forfalden siden ${date(d.dueDate)}`,
      }[language];
    }
    case 'INTEREST': {
      if (d?.kind !== 'INTEREST') return { de: 'Zinsen für verspätete Zahlung', en: 'Interest for late payment', da: 'Renter for for sen betaling' }[language];
      return {
        de: `Verzugszinsen auf ${money(d.principalCents)} (Rechnung ${d.claimReference}) für ${d.days} Tage vom ${date(d.from)} bis ${date(d.to)}: ${percent(d.basisPoints, language)} % im Jahr, der gesetzliche Satz (${d.statute})`,
        en: `Interest for late payment on ${money(d.principalCents)} (invoice ${d.claimReference}) for ${d.days} days from ${date(d.from)} to ${date(d.to)}: ${percent(d.basisPoints, language)} % a year, the statutory rate (${d.statute})`,
        da: `Morarenter af ${money(d.principalCents)} (faktura ${d.claimReference}) for ${d.days} dage fra ${date(d.from)} til ${date(d.to)}: ${percent(d.basisPoints, language)} % om året, den lovbestemte sats (${d.statute})`,
      }[language];
    }
    case 'FEE': {
      if (d?.kind !== 'FEE') return { de: 'Kosten der Beitreibung', en: 'Collection costs', da: 'Inkassoomkostninger' }[language];
      // The letters' words for a known cost (they name its statute); the creditor's own wording as it is.
      const label = costLabelIn(language, d.label);
      const law = d.statute && label === d.label ? ` (${d.statute})` : '';
      return {
        de: `Kosten: ${label}, berechnet am ${date(d.chargedOn)}${law}`,
        en: `Costs: ${label}, charged on ${date(d.chargedOn)}${law}`,
        da: `Omkostninger: ${label}, beregnet den ${date(d.chargedOn)}${law}`,
      }[language];
    }
    case 'PAYMENT': {
      if (d?.kind !== 'PAYMENT') return { de: 'Ihre Zahlung, danke', en: 'Your payment, thank you', da: 'Din betaling, tak' }[language];
      return {
        de: `Ihre Zahlung vom ${date(d.receivedOn)}, danke; sie wurde zuerst auf Kosten und Zinsen, dann auf die Rechnung angerechnet`,
        en: `Your payment of ${date(d.receivedOn)}, thank you; it went to costs and interest first, then to the invoice`,
        da: `Din betaling den ${date(d.receivedOn)}, tak; den er først brugt til omkostninger og renter, derefter til fakturaen`,
      }[language];
    }
    case 'ADJUSTMENT': {
      const waived = d?.kind === 'ADJUSTMENT' && d.adjustmentKind === 'WRITE_OFF';
      const on = d?.kind === 'ADJUSTMENT' ? date(d.bookedOn) : null;
      if (waived) {
        return { de: `Erlassener Betrag (${on})`, en: `Amount waived (${on})`, da: `Eftergivet beløb (${on})` }[language];
      }
      return on
        ? { de: `Korrektur vom ${on}`, en: `Correction of ${on}`, da: `Korrektion den ${on}` }[language]
        : { de: 'Korrektur', en: 'Correction', da: 'Korrektion' }[language];
    }
  }
}

/** What the next stage means for the debtor, plainly and without threats. */
const STAGE_TEXTS: Readonly<Record<PortalLanguage, Record<DunningStage, string>>> = {
  de: {
    REMINDER: 'eine Zahlungserinnerung', DUNNING_1: 'eine Mahnung', DUNNING_2: 'eine weitere Mahnung',
    PHONE: 'ein Anruf von uns', AGENCY: 'ein Schreiben des Inkassobüros mit dessen Kosten',
    COURT: 'der Antrag auf einen gerichtlichen Mahnbescheid', ENFORCEMENT: 'die Zwangsvollstreckung aus dem Vollstreckungsbescheid',
  },
  en: {
    REMINDER: 'a payment reminder', DUNNING_1: 'a reminder letter', DUNNING_2: 'a further reminder letter',
    PHONE: 'a phone call from us', AGENCY: 'a letter from the collection agency with its costs',
    COURT: 'an application for a court payment order', ENFORCEMENT: 'enforcement of the court order',
  },
  da: {
    REMINDER: 'en betalingspåmindelse', DUNNING_1: 'en rykker', DUNNING_2: 'en yderligere rykker',
    PHONE: 'et opkald fra os', AGENCY: 'et brev fra inkassobureauet med dets omkostninger',
    COURT: 'en anmodning til fogedretten', ENFORCEMENT: 'tvangsfuldbyrdelse',
  },
};

/** What the portal says happens next: the plan's next installment, the next dunning step, or nothing. */
export type PortalNextStepInput =
  | { kind: 'INSTALLMENT'; dueDate: IsoDate; amountCents: number; currency: string }
  | { kind: 'DUNNING'; stage: DunningStage; date: IsoDate | null }
  | { kind: 'ON_HOLD' }
  | { kind: 'PROPOSAL_IN_REVIEW' }
  | { kind: 'NOTHING_OPEN' }
  | { kind: 'NO_FURTHER_STEP' };

export function describeNextStep(next: PortalNextStepInput, language: PortalLanguage): { description: string; date: IsoDate | null } {
  switch (next.kind) {
    case 'INSTALLMENT': {
      const amount = formatCents(next.amountCents, next.currency, LOCALES[language]);
      const on = formatDate(next.dueDate, language);
      return {
        date: next.dueDate,
        description: {
          de: `Ihre nächste Rate über ${amount} ist am ${on} fällig. Solange Sie die Raten zahlen, mahnen wir nicht weiter.`,
          en: `Your next installment of ${amount} is due on ${on}. While you pay the installments, we send no further reminders.`,
          da: `Din næste rate på ${amount} forfalder den ${on}. Så længe du betaler raterne, sender vi ingen rykkere.`,
        }[language],
      };
    }
    case 'DUNNING': {
      const step = STAGE_TEXTS[language][next.stage];
      const on = next.date ? formatDate(next.date, language) : null;
      return {
        date: next.date,
        description: {
          de: `Wenn bis dahin nicht gezahlt oder eine Ratenzahlung vereinbart ist, folgt ${on ? `frühestens am ${on} ` : ''}${step}. Zahlen Sie oder schlagen Sie Raten vor, dann geschieht das nicht.`,
          en: `If nothing is paid and no plan is agreed by then, the next step${on ? ` from ${on}` : ''} is ${step}. Pay or propose installments and it will not happen.`,
          da: `Hvis intet er betalt, og der ikke er aftalt en afdragsordning, er næste skridt${on ? ` tidligst den ${on}` : ''} ${step}. Betal eller foreslå rater, så sker det ikke.`,
        }[language],
      };
    }
    case 'ON_HOLD':
      return { date: null, description: { de: 'Ihr Fall ruht gerade; wir melden uns bei Ihnen.', en: 'Your case is on hold; we will be in touch.', da: 'Din sag er sat i bero; vi kontakter dig.' }[language] };
    case 'PROPOSAL_IN_REVIEW':
      return { date: null, description: { de: 'Wir prüfen Ihren Ratenvorschlag und melden uns; bis dahin mahnen wir nicht weiter.', en: 'We are reviewing your proposed plan and will get back to you.', da: 'Vi ser på dit forslag til afdragsordning og vender tilbage.' }[language] };
    case 'NOTHING_OPEN':
      return { date: null, description: { de: 'Es ist nichts mehr offen. Vielen Dank.', en: 'Nothing is open any more. Thank you.', da: 'Der er ikke mere udestående. Tak.' }[language] };
    case 'NO_FURTHER_STEP':
      return { date: null, description: { de: 'Es ist kein weiterer Schritt geplant; wir melden uns bei Ihnen.', en: 'No further step is planned; we will be in touch.', da: 'Der er ikke planlagt flere skridt; vi kontakter dig.' }[language] };
  }
}

/** The line beside a letter's portal QR code, in the letter's language. */
export function portalLetterCaption(language: string): string {
  return {
    de: 'Ihr Fall online: sehen, was offen ist und warum, bezahlen oder Raten vorschlagen – jederzeit.',
    en: 'Your case online: see what is owed and why, pay or propose installments – at any hour.',
    da: 'Din sag online: se hvad der skyldes og hvorfor, betal eller foreslå rater – når som helst.',
  }[portalLanguageOf(language)];
}

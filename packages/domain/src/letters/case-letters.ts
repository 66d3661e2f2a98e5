import type { IsoDate } from '../dates.js';
import type { DisputeReason } from '../holds/holds.js';
import { formatCents } from '../money.js';
import { buildEpcPayload, EPC_LIMITS } from '../payments-qr/epc-qr.js';
import { RuleViolation } from '../rule-violation.js';
import type { Country, DebtorKind } from '../stages.js';
import { formatIban } from '../creditors/creditor-settings.js';
import { addressLines, type LetterPartyLines, type LetterPayment, type LetterTable } from './first-demand.js';
import { costLabelIn } from './cost-labels.js';
import { letterTexts, type LetterLanguage } from './letter-texts.js';

/** The parties and account of a letter about one case, outside the dunning run. */
export interface CaseLetterInput {
  language: LetterLanguage;
  country: Country;
  writtenOn: IsoDate;
  currency: string;
  agency: { name: string; address: string | readonly string[] };
  creditorName: string;
  debtor: { name: string; address: string; kind: DebtorKind };
  /** The case's reference on letters (its id's first 8 characters, as dunning letters print it). */
  caseRef: string;
  payment: { accountHolder: string; iban: string; bic: string | null; reference: string };
}

/** A letter about one case: what it says, independent of how it is drawn. */
export interface CaseLetter {
  language: LetterLanguage;
  date: string;
  sender: LetterPartyLines;
  recipient: LetterPartyLines;
  title: string;
  salutation: string;
  paragraphs: string[];
  tables: LetterTable[];
  closing: string;
  payment: LetterPayment | null;
}

export interface PlanConfirmationFacts {
  installments: readonly { dueDate: IsoDate; amountCents: number }[];
  /** What the plan costs (0: no charge) and the stored fee label (printed in the letter's language). */
  feeCents: number;
  feeLabel: string | null;
  /** Missed installments after which the whole balance falls due (the creditor's setting). */
  missedToDefault: number;
  /** The case's balance with the plan's cost, as of the letter's date. */
  openCents: number;
}

export interface DisputeAnswerFacts {
  /** The day the debtor objected. */
  openedOn: IsoDate;
  reason: DisputeReason;
  /** The creditor's clarification as recorded (free text), if any. */
  clarification: string | null;
  /** Why the objection is rejected (the lead's note). */
  note: string;
  openCents: number;
  /** The new payment deadline. */
  deadline: IsoDate;
}

interface CaseLetterTexts {
  planTitle: string;
  planIntro(count: number, total: string, caseRef: string, creditor: string): string;
  planTable: { caption: string; headers: string[] };
  planCost(amount: string, label: string): string;
  planNoCost: string;
  planKeep: string;
  planDefault(missed: number): string;
  planBalance(open: string): string;
  planPayFirst(amount: string, date: string): string;
  disputeTitle(date: string): string;
  disputeIntro(date: string, reason: string, caseRef: string, creditor: string): string;
  disputeReasons: Record<DisputeReason, string>;
  disputeClarification(text: string): string;
  disputeResult(note: string): string;
  disputeResumes(open: string, deadline: string): string;
  disputeRecourse: string;
}

const TEXTS: Record<LetterLanguage, CaseLetterTexts> = {
  de: {
    planTitle: 'Bestätigung Ihrer Ratenzahlungsvereinbarung',
    planIntro: (n, total, ref, creditor) =>
      `wir bestätigen die mit Ihnen vereinbarte Ratenzahlung zur Forderung von ${creditor} (Akte ${ref}): ${n} Raten über insgesamt ${total}.`,
    planTable: { caption: 'Raten', headers: ['Rate', 'Fällig am', 'Betrag'] },
    planCost: (amount, label) => `Für die Vereinbarung fallen ${amount} an (${label}); der Betrag ist im offenen Saldo enthalten.`,
    planNoCost: 'Für die Vereinbarung berechnen wir Ihnen nichts.',
    planKeep: 'Solange Sie die Raten pünktlich zahlen, unternehmen wir keine weiteren Mahnschritte.',
    planDefault: (m) => m === 1
      ? 'Wird eine Rate nicht rechtzeitig gezahlt, wird der gesamte Restbetrag sofort fällig und das Mahnverfahren wird fortgesetzt.'
      : `Werden ${m} Raten nicht rechtzeitig gezahlt, wird der gesamte Restbetrag sofort fällig und das Mahnverfahren wird fortgesetzt.`,
    planBalance: (open) => `Offener Saldo heute: ${open}.`,
    planPayFirst: (amount, date) => `Bitte überweisen Sie die erste Rate von ${amount} bis zum ${date}.`,
    disputeTitle: (date) => `Ihr Widerspruch vom ${date}`,
    disputeIntro: (date, reason, ref, creditor) =>
      `vielen Dank für Ihren Widerspruch vom ${date} zur Forderung von ${creditor} (Akte ${ref}). Sie haben angegeben: ${reason}. Wir haben die Mahnung angehalten und den Sachverhalt mit unserer Auftraggeberin geprüft.`,
    disputeReasons: {
      AMOUNT: 'der Betrag sei falsch',
      NOT_RECEIVED: 'die Ware oder Leistung sei nicht erbracht worden',
      ALREADY_PAID: 'die Forderung sei bereits bezahlt',
      NOT_MY_DEBT: 'die Forderung betreffe Sie nicht',
      OTHER: 'sonstige Einwände',
    },
    disputeClarification: (text) => `Stellungnahme unserer Auftraggeberin: ${text}`,
    disputeResult: (note) => `Ergebnis der Prüfung: Die Forderung besteht weiterhin in voller Höhe. ${note}`,
    disputeResumes: (open, deadline) => `Wir setzen die Bearbeitung daher fort. Bitte überweisen Sie den offenen Betrag von ${open} bis zum ${deadline}.`,
    disputeRecourse:
      'Wenn Sie weitere Unterlagen haben, die Ihren Einwand belegen, senden Sie sie uns bitte. Können Sie nicht auf einmal zahlen, sprechen Sie uns an: eine Ratenzahlung ist möglich.',
  },
  en: {
    planTitle: 'Confirmation of your payment plan',
    planIntro: (n, total, ref, creditor) =>
      `We confirm the payment plan agreed with you for the claim of ${creditor} (file ${ref}): ${n} installments totalling ${total}.`,
    planTable: { caption: 'Installments', headers: ['Installment', 'Due on', 'Amount'] },
    planCost: (amount, label) => `The agreement costs ${amount} (${label}); this is included in the open balance.`,
    planNoCost: 'We do not charge you for the agreement.',
    planKeep: 'While you pay the installments on time, no further dunning steps are taken.',
    planDefault: (m) => m === 1
      ? 'If an installment is not paid on time, the whole remaining balance falls due at once and dunning resumes.'
      : `If ${m} installments are not paid on time, the whole remaining balance falls due at once and dunning resumes.`,
    planBalance: (open) => `Open balance today: ${open}.`,
    planPayFirst: (amount, date) => `Please transfer the first installment of ${amount} by ${date}.`,
    disputeTitle: (date) => `Your objection of ${date}`,
    disputeIntro: (date, reason, ref, creditor) =>
      `Thank you for your objection of ${date} to the claim of ${creditor} (file ${ref}). You told us: ${reason}. We paused the collection and checked the matter with our client.`,
    disputeReasons: {
      AMOUNT: 'the amount is wrong',
      NOT_RECEIVED: 'the goods or service were not received',
      ALREADY_PAID: 'the claim is already paid',
      NOT_MY_DEBT: 'the claim is not yours',
      OTHER: 'other objections',
    },
    disputeClarification: (text) => `Our client's statement: ${text}`,
    disputeResult: (note) => `Result of the review: the claim stands in full. ${note}`,
    disputeResumes: (open, deadline) => `We therefore resume the collection. Please transfer the open amount of ${open} by ${deadline}.`,
    disputeRecourse:
      'If you have further documents that support your objection, please send them to us. If you cannot pay at once, contact us: a payment plan is possible.',
  },
  da: {
    planTitle: 'Bekræftelse af din afdragsordning',
    planIntro: (n, total, ref, creditor) =>
      `Vi bekræfter den afdragsordning, vi har aftalt med dig om kravet fra ${creditor} (sag ${ref}): ${n} rater på i alt ${total}.`,
    planTable: { caption: 'Rater', headers: ['Rate', 'Forfalder', 'Beløb'] },
    planCost: (amount, label) => `Aftalen koster ${amount} (${label}); beløbet indgår i saldoen.`,
    planNoCost: 'Vi opkræver ikke gebyr for aftalen.',
    planKeep: 'Så længe du betaler raterne til tiden, foretager vi ikke yderligere rykkerskridt.',
    planDefault: (m) => m === 1
      ? 'Betales en rate ikke til tiden, forfalder hele restbeløbet straks, og inddrivelsen genoptages.'
      : `Betales ${m} rater ikke til tiden, forfalder hele restbeløbet straks, og inddrivelsen genoptages.`,
    planBalance: (open) => `Saldo i dag: ${open}.`,
    planPayFirst: (amount, date) => `Overfør venligst første rate på ${amount} senest den ${date}.`,
    disputeTitle: (date) => `Din indsigelse af ${date}`,
    disputeIntro: (date, reason, ref, creditor) =>
      `Tak for din indsigelse af ${date} mod kravet fra ${creditor} (sag ${ref}). Du oplyste: ${reason}. Vi stillede inddrivelsen i bero og undersøgte sagen med vores klient.`,
    disputeReasons: {
      AMOUNT: 'beløbet er forkert',
      NOT_RECEIVED: 'varen eller ydelsen er ikke modtaget',
      ALREADY_PAID: 'kravet er allerede betalt',
      NOT_MY_DEBT: 'kravet vedrører ikke dig',
      OTHER: 'andre indsigelser',
    },
    disputeClarification: (text) => `Vores klients redegørelse: ${text}`,
    disputeResult: (note) => `Resultat af undersøgelsen: kravet består fuldt ud. ${note}`,
    disputeResumes: (open, deadline) => `Vi genoptager derfor inddrivelsen. Overfør venligst det skyldige beløb på ${open} senest den ${deadline}.`,
    disputeRecourse:
      'Har du yderligere dokumentation for din indsigelse, så send den venligst til os. Kan du ikke betale på én gang, så kontakt os: en afdragsordning er mulig.',
  },
};

type LetterFrame = Pick<CaseLetter, 'language' | 'date' | 'sender' | 'recipient' | 'salutation' | 'closing'>;

/** The parts every case letter shares: date, parties, salutation, closing. */
function frame(input: CaseLetterInput): LetterFrame {
  if (addressLines(input.debtor.address).length === 0) throw new RuleViolation(`${input.debtor.name} has no postal address`, 'debtor.address');
  const t = letterTexts(input.language, input.country);
  return {
    language: input.language,
    date: t.date(input.writtenOn),
    sender: { name: input.agency.name, address: addressLines(input.agency.address) },
    recipient: { name: input.debtor.name, address: addressLines(input.debtor.address) },
    salutation: t.salutation(input.debtor.name, input.debtor.kind),
    closing: t.closing,
  };
}

function payment(input: CaseLetterInput, amountCents: number, deadline: IsoDate): LetterPayment {
  const t = letterTexts(input.language, input.country);
  const { accountHolder, iban, bic, reference } = input.payment;
  return {
    accountHolder, iban, bic, reference, amountCents, currency: input.currency, deadline, qrCaption: t.qrCaption,
    epcPayload: input.currency === 'EUR'
      ? buildEpcPayload({ bic, name: accountHolder.slice(0, EPC_LIMITS.name), iban, amountCents, text: reference })
      : null,
  };
}

/**
 * The confirmation of an agreed payment plan (issue: plans hold the dunning): the installments, what
 * the plan costs where anything is charged, that no dunning follows while it is kept, and what a
 * default does; with the payment details of the first installment.
 */
export function planConfirmationLetter(input: CaseLetterInput, plan: PlanConfirmationFacts): CaseLetter {
  if (plan.installments.length === 0) throw new RuleViolation('A payment plan has at least one installment', 'installments');
  const x = TEXTS[input.language];
  const t = letterTexts(input.language, input.country);
  const money = (cents: number): string => formatCents(cents, input.currency, t.locale);
  const total = plan.installments.reduce((s, i) => s + i.amountCents, 0);
  const first = plan.installments[0]!;
  const paragraphs = [
    x.planIntro(plan.installments.length, money(total), input.caseRef, input.creditorName),
    plan.feeCents > 0 ? x.planCost(money(plan.feeCents), costLabelIn(input.language, plan.feeLabel ?? '')) : x.planNoCost,
    x.planBalance(money(plan.openCents)),
    x.planKeep,
    x.planDefault(plan.missedToDefault),
    x.planPayFirst(money(first.amountCents), t.date(first.dueDate)),
    t.payTo(input.payment.accountHolder, formatIban(input.payment.iban), input.payment.bic, input.payment.reference),
  ];
  return {
    ...frame(input),
    title: x.planTitle,
    paragraphs,
    tables: [{
      ...x.planTable,
      rows: plan.installments.map((i, n) => [String(n + 1), t.date(i.dueDate), money(i.amountCents)]),
    }],
    payment: payment(input, first.amountCents, first.dueDate),
  };
}

/**
 * The answer to an objection the creditor rejected: what the debtor objected, the creditor's
 * statement, the result, and that the collection resumes with a new deadline; respectful, with a way
 * forward (documents, a payment plan).
 */
export function disputeAnswerLetter(input: CaseLetterInput, dispute: DisputeAnswerFacts): CaseLetter {
  const x = TEXTS[input.language];
  const t = letterTexts(input.language, input.country);
  const money = (cents: number): string => formatCents(cents, input.currency, t.locale);
  const clarification = dispute.clarification?.trim();
  const paragraphs = [
    x.disputeIntro(t.date(dispute.openedOn), x.disputeReasons[dispute.reason], input.caseRef, input.creditorName),
    ...(clarification ? [x.disputeClarification(clarification)] : []),
    x.disputeResult(dispute.note.trim()),
    x.disputeResumes(money(dispute.openCents), t.date(dispute.deadline)),
    t.payTo(input.payment.accountHolder, formatIban(input.payment.iban), input.payment.bic, input.payment.reference),
    x.disputeRecourse,
  ];
  return {
    ...frame(input),
    title: x.disputeTitle(t.date(dispute.openedOn)),
    paragraphs,
    tables: [],
    payment: dispute.openCents > 0 ? payment(input, dispute.openCents, dispute.deadline) : null,
  };
}

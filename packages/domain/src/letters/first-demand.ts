import { addDays, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import type { Balance, BalanceLine, BalanceLineDetail } from '../balance/compute-balance.js';
import { paymentPlanCharge } from '../agreements/plan-charge.js';
import { formatCents } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { stageIndex, type Country, type DebtorKind, type DunningStage } from '../stages.js';
import { DK_COLLECTION_WARNING_MIN_DAYS } from '../dunning/strategy.js';
import { formatIban } from '../creditors/creditor-settings.js';
import { buildEpcPayload, EPC_LIMITS } from '../payments-qr/epc-qr.js';
import { LETTER_LANGUAGES, letterTexts, type LetterLanguage, type LetterTexts, type VatStatement } from './letter-texts.js';

export interface LetterParty {
  name: string;
  /** Address lines, e.g. ['Hauptstraße 1', '10115 Berlin'], or one string with the lines separated by commas or newlines. */
  address: string | readonly string[];
}

/** A party as the letter prints it: the address as lines. */
export interface LetterPartyLines {
  name: string;
  address: string[];
}

/** Address lines from a list or from one comma- or newline-separated string. */
export function addressLines(address: string | readonly string[]): string[] {
  const lines = typeof address === 'string' ? address.split(/\s*[\n,]\s*/) : [...address];
  return lines.map((l) => l.trim()).filter((l) => l.length > 0);
}

export interface LetterClaim {
  reference: string;
  /** What the contract was about (RDG 13a: subject of the contract). */
  subject: string;
  /** Date the contract was made, when known. */
  contractDate: IsoDate | null;
  principalCents: number;
  dueDate?: IsoDate;
}

/** One cost item with its type, amount and basis (RDG 13a). */
export interface LetterCostItem {
  type: string;
  amountCents: number;
  basis: string;
}

export interface LetterCase {
  caseRef: string;
  stage: DunningStage;
  claims: readonly LetterClaim[];
  /** computeBalance(..., { lineDetails: true }) as of the letter's date. */
  balance: Balance;
  /** The cost items behind balance.feesCents; default: the balance's FEE lines. */
  costItems?: readonly LetterCostItem[];
  /** A contractual rate above the statutory one, with its justification (RDG 13a). */
  interestAboveStatutory?: { description: string; justification: string } | null;
}

export interface DunningLetterInput {
  creditor: LetterParty & { country: Country };
  debtor: LetterParty & { kind: DebtorKind };
  /** The agency writing on the creditor's behalf; null/absent = the creditor writes itself. */
  agent?: LetterParty | null;
  cases: readonly LetterCase[];
  asOf: IsoDate;
  paymentDeadline: IsoDate;
  /**
   * Name, address and electronic contact of the authority supervising the sender, in force on the
   * letter's date (supervisoryAuthorityOn, formatSupervisoryAuthority; RDG 13a(1) no. 8); required
   * for a German agency's letter to a consumer.
   */
  supervisoryAuthority: string | null;
  vatStatement: VatStatement;
  /** Whether the debtor's address was researched (RDG 13a(1) no. 7). */
  addressResearched: boolean;
  /** Where the debtor reports an error in a researched address; default: the sender's name and address. */
  addressErrorContact?: string | null;
  language: LetterLanguage;
  /** DK: this letter is the collection warning of inkassoloven 10 (deadline at least 10 days). */
  collectionWarning?: boolean;
  /** Cost of a payment plan; default for a German agency: VV 1000 with RVG 31b on the principal. */
  paymentPlanCost?: { amountCents: number; basis: string } | null;
  /**
   * Where to pay: the creditor's account (or the agency's collection account), and the payment
   * reference the bank import matches on (paymentReference). Absent: the letter names no account.
   */
  payment?: { accountHolder: string; iban: string; bic?: string | null; reference: string } | null;
}

/** The payment details a letter prints, and the GiroCode payload for a letter in euro. */
export interface LetterPayment {
  accountHolder: string;
  iban: string;
  bic: string | null;
  reference: string;
  amountCents: number;
  currency: string;
  deadline: IsoDate;
  /** EPC069-12 payload (buildEpcPayload) for EUR; null for other currencies, which SEPA transfers do not carry. */
  epcPayload: string | null;
  qrCaption: string;
}

export interface LetterTable {
  caption: string;
  headers: string[];
  rows: string[][];
}

export interface LetterTotals {
  currency: string;
  principalCents: number;
  interestCents: number;
  feesCents: number;
  paidCents: number;
  totalCents: number;
  /** [label, formatted amount] in display order, ending with the amount due. */
  rows: [string, string][];
}

/** The content of a dunning letter, renderer-agnostic (the API renders it to PDF). */
export interface DunningLetter {
  language: LetterLanguage;
  /** Formatted date of the letter. */
  date: string;
  sender: LetterPartyLines;
  recipient: LetterPartyLines;
  title: string;
  salutation: string;
  paragraphs: string[];
  tables: LetterTable[];
  totals: LetterTotals;
  deadline: { date: IsoDate; text: string };
  legalNotices: string[];
  closing: string;
  payment: LetterPayment | null;
}

function fail(message: string, field: string): never {
  throw new RuleViolation(message, field);
}

function interestDetail(line: BalanceLine, field: string): Extract<BalanceLineDetail, { kind: 'INTEREST' }> {
  if (line.detail?.kind !== 'INTEREST') {
    fail('The letter needs the interest periods: compute the balance with { lineDetails: true }', field);
  }
  return line.detail;
}

function validate(input: DunningLetterInput): string {
  const { creditor, cases, asOf, paymentDeadline, language } = input;
  if (!isIsoDate(asOf)) fail(`asOf "${String(asOf)}" is not a calendar date`, 'asOf');
  if (!isIsoDate(paymentDeadline)) fail(`The payment deadline "${String(paymentDeadline)}" is not a calendar date`, 'paymentDeadline');
  if (compareDates(paymentDeadline, asOf) <= 0) fail(`The payment deadline ${paymentDeadline} must be after the letter date ${asOf}`, 'paymentDeadline');
  if (!LETTER_LANGUAGES[creditor.country]?.includes(language)) {
    fail(`A ${creditor.country} letter is written in ${LETTER_LANGUAGES[creditor.country]?.join(' or ')}, not ${String(language)}`, 'language');
  }
  if (!creditor.name.trim() || addressLines(creditor.address).length === 0) fail('The creditor\'s name and address are required (RDG 13a)', 'creditor');
  if (!input.debtor.name.trim()) fail('The debtor\'s name is required', 'debtor.name');
  if (cases.length === 0) fail('A letter needs at least one case', 'cases');
  const currency = cases[0]!.balance.currency.toUpperCase();
  cases.forEach((c, i) => {
    const at = (f: string): string => `cases[${i}].${f}`;
    if (c.balance.currency.toUpperCase() !== currency) fail(`All cases of one letter must be in ${currency}; ${c.caseRef} is in ${c.balance.currency}`, at('balance.currency'));
    if (c.balance.asOf !== asOf) fail(`The balance of ${c.caseRef} is as of ${c.balance.asOf}, the letter as of ${asOf}`, at('balance.asOf'));
    if (c.claims.length === 0) fail(`Case ${c.caseRef} has no claims`, at('claims'));
    const principal = c.claims.reduce((s, cl) => s + cl.principalCents, 0);
    if (principal !== c.balance.principalCents) {
      fail(`The claims of ${c.caseRef} add up to ${principal} cents, its balance to ${c.balance.principalCents}`, at('claims'));
    }
    c.claims.forEach((cl, k) => {
      if (!cl.subject.trim()) fail(`Claim ${cl.reference} needs its subject (RDG 13a)`, at(`claims[${k}].subject`));
      if (cl.contractDate !== null && !isIsoDate(cl.contractDate)) fail(`"${cl.contractDate}" is not a date`, at(`claims[${k}].contractDate`));
      if (cl.contractDate === null && creditor.country === 'DE' && input.agent && input.debtor.kind === 'consumer') {
        fail(`Claim ${cl.reference} needs the date the contract was made (RDG 13a(1) no. 2)`, at(`claims[${k}].contractDate`));
      }
    });
    c.balance.lines.forEach((l, k) => {
      if (l.kind === 'INTEREST') interestDetail(l, at(`balance.lines[${k}]`));
    });
    if (c.costItems) {
      const costs = c.costItems.reduce((s, x) => s + x.amountCents, 0);
      if (costs !== c.balance.feesCents) {
        fail(`The cost items of ${c.caseRef} add up to ${costs} cents, the fees of its balance to ${c.balance.feesCents}`, at('costItems'));
      }
      c.costItems.forEach((x, k) => {
        if (!x.type.trim() || !x.basis.trim()) fail('Each cost item needs its type and basis (RDG 13a)', at(`costItems[${k}]`));
      });
    }
    const above = c.interestAboveStatutory;
    if (above && (!above.description.trim() || !above.justification.trim())) {
      fail('A rate above the statutory one needs a description and its justification (RDG 13a)', at('interestAboveStatutory'));
    }
  });
  const total = cases.reduce((s, c) => s + c.balance.totalCents, 0);
  if (total <= 0) fail('Nothing is open: no letter', 'cases');
  if (input.payment) {
    if (!input.payment.accountHolder.trim()) fail('The letter must name the account holder debtors pay to', 'payment.accountHolder');
    if (!input.payment.iban.trim()) fail('The letter must name the IBAN debtors pay to', 'payment.iban');
    if (!input.payment.reference.trim()) fail('The letter must name the payment reference', 'payment.reference');
  }
  if (creditor.country === 'DE' && input.agent && input.debtor.kind === 'consumer' && !input.supervisoryAuthority?.trim()) {
    fail('A collection agency must name its supervisory authority (RDG 13a)', 'supervisoryAuthority');
  }
  if (input.collectionWarning) {
    if (creditor.country !== 'DK') fail('The collection warning is a Danish rule (inkassoloven 10)', 'collectionWarning');
    const earliest = addDays(asOf, DK_COLLECTION_WARNING_MIN_DAYS);
    if (compareDates(paymentDeadline, earliest) < 0) {
      fail(`A collection warning must give at least ${DK_COLLECTION_WARNING_MIN_DAYS} days: deadline ${earliest} or later (inkassoloven 10(3))`, 'paymentDeadline');
    }
  }
  return currency;
}

/** Cost items of a case: the given ones, or the balance's FEE lines with their statute where known. */
function costRows(c: LetterCase, t: LetterTexts): { type: string; basis: string; amountCents: number }[] {
  if (c.costItems) return c.costItems.map((x) => ({ ...x }));
  return c.balance.lines
    .filter((l) => l.kind === 'FEE')
    .map((l) => {
      const detail = l.detail?.kind === 'FEE' ? l.detail : null;
      const known = detail?.statute ? t.statutoryFee(detail.statute) : null;
      if (known) {
        return { type: known.type, basis: `${known.basis}${detail?.claimReference ? ` (${detail.claimReference})` : ''}`, amountCents: l.amountCents };
      }
      if (detail) return { type: t.costLabel(detail.label), basis: t.chargedOn(t.date(detail.chargedOn)), amountCents: l.amountCents };
      return { type: t.costLabel(l.explanation), basis: t.costLabel(l.explanation), amountCents: l.amountCents };
    });
}

/**
 * Builds the content of a consolidated dunning letter for one debtor and creditor: every amount
 * in a table with its basis, and the notices a first demand to a consumer must carry under
 * RDG 13a (creditor; basis of each claim; interest computation with principal, rate and period;
 * any rate above the statutory one justified; type, amount and basis of each cost; VAT statement;
 * whether the address was researched; supervisory authority; cost of a payment plan; effect of an
 * acknowledgement). DK letters carry the Danish counterparts (renteloven 5, 9b; inkassoloven 9,
 * 10; forældelsesloven 15, 19). Plain data: no markup, no layout.
 */
export function buildDunningLetter(input: DunningLetterInput): DunningLetter {
  const currency = validate(input);
  const { creditor, debtor, cases, asOf, paymentDeadline, language } = input;
  const t = letterTexts(language, creditor.country);
  const money = (cents: number): string => formatCents(cents, currency, t.locale);
  const highest = cases.reduce<DunningStage>((s, c) => (stageIndex(c.stage) > stageIndex(s) ? c.stage : s), cases[0]!.stage);
  const viaAgent = !!input.agent;
  const warning = input.collectionWarning === true;

  const sum = (pick: (b: Balance) => number): number => cases.reduce((s, c) => s + pick(c.balance), 0);
  const totals = {
    principalCents: sum((b) => b.principalCents),
    interestCents: sum((b) => b.interestCents),
    feesCents: sum((b) => b.feesCents),
    paidCents: sum((b) => b.paidCents),
    totalCents: sum((b) => b.totalCents),
  };

  const claimsTable: LetterTable = {
    ...t.claimsTable,
    rows: cases.flatMap((c) =>
      c.claims.map((cl) => [
        c.caseRef,
        cl.reference,
        cl.subject,
        cl.contractDate ? t.date(cl.contractDate) : t.noContractDate,
        cl.dueDate ? t.date(cl.dueDate) : t.noContractDate,
        money(cl.principalCents),
      ]),
    ),
  };
  const interestRows = cases.flatMap((c) =>
    c.balance.lines
      .filter((l) => l.kind === 'INTEREST')
      .map((l, k) => {
        const d = interestDetail(l, `cases.balance.lines[${k}]`);
        return [
          d.claimReference,
          money(d.principalCents),
          t.rate(d.basisPoints, d.baseBasisPoints, d.marginBasisPoints, d.statute),
          t.date(d.from),
          t.date(d.to),
          String(d.days),
          money(l.amountCents),
        ];
      }),
  );
  const costs = cases.flatMap((c) => costRows(c, t));
  const paymentRows = cases.flatMap((c) =>
    c.balance.lines
      .filter((l) => l.kind === 'PAYMENT')
      .map((l) => {
        const d = l.detail?.kind === 'PAYMENT' ? l.detail : null;
        const principal = d ? d.toPrincipal.reduce((s, p) => s + p.amountCents, 0) : 0;
        return [
          d ? t.date(d.receivedOn) : '',
          money(-l.amountCents),
          d
            ? t.paymentAllocation(
                d.toCostsCents > 0 ? money(d.toCostsCents) : null,
                d.toInterestCents > 0 ? money(d.toInterestCents) : null,
                principal > 0 ? money(principal) : null,
              )
            : l.explanation,
        ];
      }),
  );

  const tables: LetterTable[] = [claimsTable];
  if (interestRows.length > 0) tables.push({ ...t.interestTable, rows: interestRows });
  if (costs.length > 0) tables.push({ ...t.costsTable, rows: costs.map((x) => [x.type, x.basis, money(x.amountCents)]) });
  if (paymentRows.length > 0) tables.push({ ...t.paymentsTable, rows: paymentRows });

  const totalRows: [string, string][] = [[t.totals.principal, money(totals.principalCents)]];
  if (totals.interestCents !== 0) totalRows.push([t.totals.interest, money(totals.interestCents)]);
  if (totals.feesCents !== 0) totalRows.push([t.totals.costs, money(totals.feesCents)]);
  if (totals.paidCents !== 0) totalRows.push([t.totals.paid, money(-totals.paidCents)]);
  totalRows.push([t.totals.total, money(totals.totalCents)]);

  const deadlineText = t.date(paymentDeadline);
  const paragraphs = [t.intro(highest, creditor.name, viaAgent), t.payBy(money(totals.totalCents), deadlineText)];
  let payment: LetterPayment | null = null;
  if (input.payment) {
    const { accountHolder, reference } = input.payment;
    const iban = formatIban(input.payment.iban);
    const bic = input.payment.bic?.trim() || null;
    paragraphs.push(t.payTo(accountHolder, iban, bic, reference));
    payment = {
      accountHolder, iban, bic, reference, amountCents: totals.totalCents, currency, deadline: paymentDeadline, qrCaption: t.qrCaption,
      epcPayload: currency === 'EUR'
        ? buildEpcPayload({ bic, name: accountHolder.slice(0, EPC_LIMITS.name), iban, amountCents: totals.totalCents, text: reference })
        : null,
    };
  }
  paragraphs.push(t.alreadyPaid, t.help);

  // Cost of a payment plan: given, or for a German agency VV 1000 with RVG 31b on the principal (+ VAT).
  let plan = input.paymentPlanCost ?? null;
  if (!plan) {
    const repaid = cases
      .flatMap((c) => c.balance.lines)
      .reduce((s, l) => s + (l.detail?.kind === 'PAYMENT' ? l.detail.toPrincipal.reduce((p, x) => p + x.amountCents, 0) : 0), 0);
    const charge = paymentPlanCharge({
      country: creditor.country, stage: highest, openPrincipalCents: totals.principalCents - repaid, onDate: asOf,
      creditorCanDeductVat: input.vatStatement !== 'CREDITOR_CANNOT_DEDUCT_VAT',
    });
    if (charge) {
      plan = { amountCents: charge.amountCents, basis: language === 'de' ? 'Einigungsgebühr Nr. 1000 VV RVG mit § 31b RVG' : 'settlement fee RVG VV 1000 with RVG 31b' };
    }
  }

  const legalNotices: string[] = [t.notice.creditor(creditor.name, addressLines(creditor.address).join(', '))];
  for (const c of cases) {
    for (const cl of c.claims) legalNotices.push(t.notice.basis(cl.reference, cl.subject, cl.contractDate ? t.date(cl.contractDate) : null));
  }
  if (interestRows.length > 0) legalNotices.push(t.notice.interestStatutory(debtor.kind));
  for (const c of cases) {
    if (c.interestAboveStatutory) legalNotices.push(t.notice.interestAbove(c.interestAboveStatutory.description, c.interestAboveStatutory.justification));
  }
  if (costs.length > 0) legalNotices.push(t.notice.costs);
  const sender = input.agent ?? creditor;
  legalNotices.push(
    t.notice.vat(input.vatStatement),
    t.notice.address(input.addressResearched, input.addressErrorContact?.trim() || [sender.name, ...addressLines(sender.address)].join(', ')),
  );
  if (input.supervisoryAuthority?.trim()) legalNotices.push(t.notice.authority(input.supervisoryAuthority.trim()));
  legalNotices.push(t.notice.paymentPlan(plan ? money(plan.amountCents) : null, plan?.basis ?? null), t.notice.acknowledgement, t.notice.dispute);
  if (warning) legalNotices.push(t.notice.collectionWarning(deadlineText));

  return {
    language,
    date: t.date(asOf),
    sender: { name: (input.agent ?? creditor).name, address: addressLines((input.agent ?? creditor).address) },
    recipient: { name: debtor.name, address: addressLines(debtor.address) },
    title: t.title(highest, warning),
    salutation: t.salutation(debtor.name, debtor.kind),
    paragraphs,
    tables,
    totals: { currency, ...totals, rows: totalRows },
    deadline: { date: paymentDeadline, text: t.deadline(deadlineText) },
    legalNotices,
    closing: t.closing,
    payment,
  };
}


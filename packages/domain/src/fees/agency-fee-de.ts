import { isIsoDate, type IsoDate } from '../dates.js';
import { formatBasisPoints, parseRatePercent } from '../interest/rate-percent.js';
import { formatAmount, isValidAmountCents, roundHalfUpDiv } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { dateText, fill } from '../i18n/localized-text.js';
import { STRATEGY_TEXTS, decimalTextOf } from '../dunning/dunning.i18n.js';
import { assertDatedTable, requireDatedRowOn, type FeePart, type FeeResult } from './fee-result.js';
import { RVG_MINIMUM_FEE_CENTS, rvgValueFee } from './rvg-value-fee.js';

/**
 * VV 2300 (business fee) limits as they apply to collection (RDG 13e: an agency may charge at most
 * what a lawyer could under the RVG). Factors are in hundredths (0.9 = 90).
 */
export interface Vv2300Rules {
  readonly from: IsoDate;
  readonly source: string;
  /** Range of the business fee: 0.5 .. 2.5. */
  readonly minFactor: number;
  readonly maxFactor: number;
  /** Above this only when the matter was extensive or difficult (VV 2300 Anm. 1): 1.3. */
  readonly threshold: number;
  /** Undisputed claim (VV 2300 Anm. 2 sentence 1): at most 0.9 unless particularly extensive or difficult. */
  readonly undisputedThreshold: number | null;
  /** Undisputed claim, particularly extensive or difficult: at most 1.3. */
  readonly undisputedMax: number | null;
  /** Simple case, as a rule the debtor paying on the first demand (VV 2300 Anm. 2 sentence 2): 0.5. */
  readonly firstDemandFactor: number | null;
  /** RVG 13(2): for an undisputed claim up to EUR 50 the 1.0 fee is this amount instead of the table's. */
  readonly smallClaim: { readonly upToCents: number; readonly feeCents: number } | null;
}

/**
 * Dated VV 2300 rules. From 2021-10-01 the Act to improve consumer protection in collection law
 * (Gesetz zur Verbesserung des Verbraucherschutzes im Inkassorecht) added the 0.9 threshold for
 * undisputed claims, the 0.5 simple case and the EUR 30 fee for undisputed claims up to EUR 50.
 * VERIFY: the EUR 31.50 small-claim fee from 2025-06-01 (KostBRÄG 2025), from LEGAL.md.
 */
export const VV_2300_RULES: readonly Vv2300Rules[] = [
  {
    // The same rules under the 2013 table (2. KostRMoG), for mandates received before 2021 (RVG 60(1)).
    from: '2013-08-01',
    source: 'RVG VV 2300 (before the 2021 collection-law reform)',
    minFactor: 50,
    maxFactor: 250,
    threshold: 130,
    undisputedThreshold: null,
    undisputedMax: null,
    firstDemandFactor: null,
    smallClaim: null,
  },
  {
    from: '2021-01-01',
    source: 'RVG VV 2300 (before the 2021 collection-law reform)',
    minFactor: 50,
    maxFactor: 250,
    threshold: 130,
    undisputedThreshold: null,
    undisputedMax: null,
    firstDemandFactor: null,
    smallClaim: null,
  },
  {
    from: '2021-10-01',
    source: 'RVG VV 2300 Anm. 1-2 and RVG 13(2) as of 2021-10-01',
    minFactor: 50,
    maxFactor: 250,
    threshold: 130,
    undisputedThreshold: 90,
    undisputedMax: 130,
    firstDemandFactor: 50,
    smallClaim: { upToCents: 5_000, feeCents: 3_000 },
  },
  {
    from: '2025-06-01',
    source: 'RVG VV 2300 Anm. 1-2 and RVG 13(2) as amended by KostBRÄG 2025',
    minFactor: 50,
    maxFactor: 250,
    threshold: 130,
    undisputedThreshold: 90,
    undisputedMax: 130,
    firstDemandFactor: 50,
    smallClaim: { upToCents: 5_000, feeCents: 3_150 }, // VERIFY
  },
];

/** VV 7002: expenses flat rate (Post- und Telekommunikationspauschale), 20 % of the fees, at most EUR 20. */
export const VV_7002_EXPENSES: readonly { from: IsoDate; percent: number; maxCents: number }[] = [
  { from: '2004-07-01', percent: 20, maxCents: 2_000 },
];

/**
 * German standard VAT rate (UStG 12(1)), charged on fees and expenses under VV 7008 where the
 * creditor cannot deduct it as input tax. 16 % for 2020-07-01 .. 2020-12-31 (temporary cut).
 */
export const DE_VAT_RATES: readonly { from: IsoDate; ratePercent: string }[] = [
  { from: '2007-01-01', ratePercent: '19' },
  { from: '2020-07-01', ratePercent: '16' },
  { from: '2021-01-01', ratePercent: '19' },
];

/**
 * Payment-plan agreement (Einigungsgebühr VV 1000 for a mere Zahlungsvereinbarung, value per
 * RVG 31b). VERIFY both rows: from 2021-10-01 factor 0.7 on 50 % of the claim (LEGAL.md); before,
 * the general 1.5 Einigungsgebühr on 20 % of the claim.
 */
export const PAYMENT_PLAN_FEE_RULES: readonly { from: IsoDate; valuePercent: number; factor: number; source: string }[] = [
  { from: '2021-01-01', valuePercent: 20, factor: 150, source: 'RVG VV 1000, 31b (before 2021-10-01)' },
  { from: '2021-10-01', valuePercent: 50, factor: 70, source: 'RVG VV 1000, 31b as of 2021-10-01' },
];

/** A fee factor such as 0.9 in hundredths (90); at most two decimals. */
export function factorToHundredths(factor: number, field = 'factor'): number {
  if (typeof factor !== 'number' || !Number.isFinite(factor)) {
    throw new RuleViolation(fill(STRATEGY_TEXTS.factorNotNumber, { value: String(factor) }), field);
  }
  const hundredths = Math.round(factor * 100);
  if (Math.abs(hundredths - factor * 100) > 1e-6) {
    throw new RuleViolation(fill(STRATEGY_TEXTS.factorDecimals, { factor: decimalTextOf(factor) }), field);
  }
  return hundredths;
}

/** 90 -> '0.9', 130 -> '1.3', 65 -> '0.65'. */
export function formatFactor(hundredths: number): string {
  return formatBasisPoints(hundredths).replace(/0$/, '');
}

function assertClaimValue(claimValueCents: number): void {
  if (!isValidAmountCents(claimValueCents)) {
    throw new RuleViolation(
      `The claim value must be a whole number of cents between 1 and 10^12, got ${claimValueCents}`,
      'claimValueCents',
    );
  }
}

const eur = (cents: number): string => formatAmount(cents, 'EUR');

const FACTOR_REASON_TEXT: Readonly<Record<Vv2300FactorReason, string>> = {
  FIRST_DEMAND: 'paid on the first demand, a simple case (VV 2300 Anm. 2 sentence 2)',
  UNDISPUTED: 'undisputed claim (VV 2300 Anm. 2 sentence 1, RDG 13e)',
  UNDISPUTED_DIFFICULT: 'undisputed claim, particularly extensive or difficult (VV 2300 Anm. 2 sentence 1)',
  THRESHOLD: 'threshold fee (VV 2300 Anm. 1)',
  DIFFICULT: 'extensive or difficult matter (VV 2300 Anm. 1)',
};

/**
 * Fee for a payment-plan agreement (VV 1000 with RVG 31b): the factor on the 1.0 fee for the
 * stated share of the claim; at least EUR 15 (RVG 13(3)). The small-claim fee of RVG 13(2)
 * applies to the business fee only, not here.
 */
export function paymentPlanFeeDE(input: { claimValueCents: number; onDate: IsoDate }): FeeResult {
  assertClaimValue(input.claimValueCents);
  assertDatedTable(PAYMENT_PLAN_FEE_RULES, 'payment-plan fee rules');
  const rule = requireDatedRowOn(PAYMENT_PLAN_FEE_RULES, input.onDate, 'payment-plan fee rule');
  const value = Number(roundHalfUpDiv(BigInt(input.claimValueCents) * BigInt(rule.valuePercent), 100n));
  const base = rvgValueFee(Math.max(value, 1), input.onDate);
  const exact = Number(roundHalfUpDiv(BigInt(base.amountCents) * BigInt(rule.factor), 100n));
  const amount = Math.max(exact, RVG_MINIMUM_FEE_CENTS);
  return {
    amountCents: amount,
    currency: 'EUR',
    statute: 'RVG VV 1000, 31b',
    explanation:
      `Payment-plan agreement fee (${rule.source}): factor ${formatFactor(rule.factor)} on the 1.0 fee of ` +
      `${eur(base.amountCents)} for ${rule.valuePercent} % of the claim of ${eur(input.claimValueCents)} ` +
      `(value ${eur(value)}, RVG 13 table from ${base.tableFrom}) = ${eur(amount)}` +
      (amount > exact ? ` (minimum fee EUR 15, RVG 13(3))` : ''),
  };
}

export interface AgencyFeeDEInput {
  /** Gegenstandswert: the open principal of the claim (interest and costs are ancillary, ZPO 4). */
  claimValueCents: number;
  /** The day the fee is charged; selects the VAT rate (UStG) and, without `mandateDate`, the RVG rules. */
  onDate: IsoDate;
  /**
   * The day the agency received the mandate (the case's placement date). RVG 60(1): the fee is
   * computed under the law in force that day (RVG 13 table, VV 2300, VV 7002), not on the day it
   * is charged. Defaults to `onDate`.
   */
  mandateDate?: IsoDate;
  /** Requested VV 2300 factor, 0.5 .. 2.5; capped by the rules below. */
  factor: number;
  /** The debtor has not disputed the claim (VV 2300 Anm. 2; RVG 13(2)). */
  undisputed: boolean;
  /** The debtor pays on the first demand: a simple case, 0.5 (VV 2300 Anm. 2 sentence 2). */
  paidOnFirstDemand: boolean;
  /** The collection was (particularly) extensive or difficult: lifts the threshold (VV 2300 Anm. 1-2). */
  extensiveOrDifficult?: boolean;
  /** false: add VAT on fees and expenses (VV 7008). Default true. */
  creditorCanDeductVat?: boolean;
  /** Include the payment-plan agreement fee (VV 1000, RVG 31b). */
  paymentPlan?: boolean;
  /** BGB 288(5) sentence 3: the flat compensation already claimed is credited against these costs. */
  creditFlatCompensationCents?: number;
}

/** Why the business fee has the factor it has (VV 2300 Anm. 1-2); the letter says it in its language. */
export type Vv2300FactorReason =
  | 'FIRST_DEMAND'
  | 'UNDISPUTED'
  | 'UNDISPUTED_DIFFICULT'
  | 'THRESHOLD'
  | 'DIFFICULT';

export interface AgencyFeeDE extends FeeResult {
  parts: FeePart[];
  /** Factor applied, in hundredths. */
  factorHundredths: number;
  /** The rule that capped (or allowed) the factor. */
  factorReason: Vv2300FactorReason;
  /** The `from` of the RVG 13 table applied (RVG 60(1): the one in force on the mandate date). */
  tableFrom: IsoDate;
}

/**
 * Collection costs a German agency may charge (RDG 13e): the VV 2300 business fee on the claim
 * value, with the factor capped by the rules in force (0.5 when paid on the first demand; at most
 * 0.9 for an undisputed claim unless particularly extensive or difficult, then 1.3; at most 1.3
 * otherwise unless extensive or difficult, then 2.5); the EUR 30 (31.50) fee instead of the table
 * for undisputed claims up to EUR 50 (RVG 13(2)); an optional payment-plan fee; the expenses flat
 * rate (VV 7002); VAT where the creditor cannot deduct it (VV 7008); less the BGB 288(5) flat
 * compensation. Each component is rounded half-up to the cent (RVG 2(2)).
 */
export function agencyFeeDE(input: AgencyFeeDEInput): AgencyFeeDE {
  assertClaimValue(input.claimValueCents);
  assertDatedTable(VV_2300_RULES, 'VV 2300 rules');
  const lawDate = input.mandateDate ?? input.onDate;
  if (!isIsoDate(lawDate)) throw new RuleViolation(`The mandate date "${String(lawDate)}" is not a calendar date`, 'mandateDate');
  const rules = requireDatedRowOn(VV_2300_RULES, lawDate, 'VV 2300 rule set');
  const requested = factorToHundredths(input.factor);
  if (requested < rules.minFactor || requested > rules.maxFactor) {
    throw new RuleViolation(
      `The VV 2300 factor must be between ${formatFactor(rules.minFactor)} and ${formatFactor(rules.maxFactor)}, got ${input.factor}`,
      'factor',
    );
  }
  const credit = input.creditFlatCompensationCents ?? 0;
  if (!Number.isSafeInteger(credit) || credit < 0) {
    throw new RuleViolation(`The credited flat compensation must be whole cents >= 0, got ${credit}`, 'creditFlatCompensationCents');
  }
  const difficult = input.extensiveOrDifficult === true;

  let cap = difficult ? rules.maxFactor : rules.threshold;
  let reason: Vv2300FactorReason = difficult ? 'DIFFICULT' : 'THRESHOLD';
  if (input.paidOnFirstDemand && rules.firstDemandFactor !== null) {
    cap = rules.firstDemandFactor;
    reason = 'FIRST_DEMAND';
  } else if (input.undisputed && rules.undisputedThreshold !== null && rules.undisputedMax !== null) {
    cap = difficult ? rules.undisputedMax : rules.undisputedThreshold;
    reason = difficult ? 'UNDISPUTED_DIFFICULT' : 'UNDISPUTED';
  }
  const capReason = FACTOR_REASON_TEXT[reason];
  const applied = Math.min(requested, cap);

  const small = rules.smallClaim;
  const useSmall = input.undisputed && small !== null && input.claimValueCents <= small.upToCents;
  const table = rvgValueFee(input.claimValueCents, lawDate);
  const baseCents = useSmall ? small.feeCents : table.amountCents;
  const baseText = useSmall
    ? `${eur(baseCents)} (RVG 13(2): undisputed claim up to ${eur(small.upToCents)})`
    : `${eur(baseCents)} (RVG 13 table from ${table.tableFrom})`;
  const exactFee = Number(roundHalfUpDiv(BigInt(baseCents) * BigInt(applied), 100n));
  const businessFee = Math.max(exactFee, RVG_MINIMUM_FEE_CENTS);

  const parts: FeePart[] = [
    { label: `Business fee ${formatFactor(applied)} x ${eur(baseCents)}`, amountCents: businessFee, statute: 'RVG 13, VV 2300' },
  ];
  const sentences: string[] = [
    `Collection costs (RDG 13e: at most a lawyer's fee under the RVG) for a claim value of ${eur(input.claimValueCents)} on ${input.onDate}` +
      (input.mandateDate !== undefined ? ` under the law in force when the mandate was received on ${input.mandateDate} (RVG 60(1))` : ''),
    `1.0 fee ${baseText}`,
    `business fee factor ${formatFactor(applied)}` +
      (applied < requested ? ` (requested ${formatFactor(requested)}, capped at ${formatFactor(cap)}: ${capReason})` : ` (${capReason} allows up to ${formatFactor(cap)})`) +
      ` = ${eur(businessFee)}` +
      (businessFee > exactFee ? ' (minimum fee EUR 15, RVG 13(3))' : ''),
  ];

  let feesTotal = businessFee;
  if (input.paymentPlan) {
    const plan = paymentPlanFeeDE({ claimValueCents: input.claimValueCents, onDate: lawDate });
    parts.push({ label: 'Payment-plan agreement fee', amountCents: plan.amountCents, statute: plan.statute });
    sentences.push(plan.explanation);
    feesTotal += plan.amountCents;
  }

  const expensesRule = requireDatedRowOn(VV_7002_EXPENSES, lawDate, 'VV 7002 expenses rule');
  const expenses = Math.min(
    Number(roundHalfUpDiv(BigInt(feesTotal) * BigInt(expensesRule.percent), 100n)),
    expensesRule.maxCents,
  );
  parts.push({ label: `Expenses flat rate ${expensesRule.percent} %`, amountCents: expenses, statute: 'RVG VV 7002' });
  sentences.push(
    `expenses flat rate ${expensesRule.percent} % of ${eur(feesTotal)}, at most ${eur(expensesRule.maxCents)} = ${eur(expenses)} (VV 7002)`,
  );

  const net = feesTotal + expenses;
  let gross = net;
  if (input.creditorCanDeductVat === false) {
    const vatRow = requireDatedRowOn(DE_VAT_RATES, input.onDate, 'German VAT rate');
    const bp = parseRatePercent(vatRow.ratePercent);
    const vat = Number(roundHalfUpDiv(BigInt(net) * BigInt(bp), 10_000n));
    parts.push({ label: `VAT ${formatBasisPoints(bp)} %`, amountCents: vat, statute: 'RVG VV 7008, UStG 12(1)' });
    sentences.push(
      `VAT ${vatRow.ratePercent} % on ${eur(net)} = ${eur(vat)} (VV 7008: the creditor cannot deduct input VAT)`,
    );
    gross += vat;
  } else {
    sentences.push('no VAT (the creditor can deduct input VAT)');
  }

  const credited = Math.min(credit, gross);
  if (credited > 0) {
    parts.push({ label: 'Flat default compensation credited', amountCents: -credited, statute: 'BGB 288(5) sentence 3' });
    sentences.push(`less the flat default compensation of ${eur(credited)} already claimed (BGB 288(5) sentence 3)`);
  }
  const total = gross - credited;
  return {
    amountCents: total,
    currency: 'EUR',
    statute: 'RDG 13e; RVG 13, VV 2300, 7002, 7008',
    explanation: `${sentences.join('; ')}; total ${eur(total)}`,
    parts,
    factorHundredths: applied,
    factorReason: reason,
    tableFrom: table.tableFrom,
  };
}

/** The languages a fee line is written in (the letter languages). */
export type FeeTextLanguage = 'de' | 'da' | 'en';

const factorIn = (hundredths: number, lang: FeeTextLanguage): string =>
  lang === 'en' ? formatFactor(hundredths) : formatFactor(hundredths).replace('.', ',');

const FACTOR_REASON_LINE: Readonly<Record<FeeTextLanguage, Readonly<Record<Vv2300FactorReason, string>>>> = {
  de: {
    FIRST_DEMAND: 'erste Zahlungsaufforderung, einfacher Fall (Nr. 2300 Anm. 2 Satz 2 VV RVG)',
    UNDISPUTED: 'unbestrittene Forderung (Nr. 2300 Anm. 2 Satz 1 VV RVG, § 13e RDG)',
    UNDISPUTED_DIFFICULT: 'unbestrittene Forderung, besonders umfangreich oder schwierig (Nr. 2300 Anm. 2 Satz 1 VV RVG)',
    THRESHOLD: 'Schwellengebühr (Nr. 2300 Anm. 1 VV RVG)',
    DIFFICULT: 'umfangreiche oder schwierige Tätigkeit (Nr. 2300 Anm. 1 VV RVG)',
  },
  en: {
    FIRST_DEMAND: 'first demand, a simple case (RVG VV 2300 note 2 sentence 2)',
    UNDISPUTED: 'undisputed claim (RVG VV 2300 note 2 sentence 1, RDG 13e)',
    UNDISPUTED_DIFFICULT: 'undisputed claim, particularly extensive or difficult (RVG VV 2300 note 2 sentence 1)',
    THRESHOLD: 'threshold fee (RVG VV 2300 note 1)',
    DIFFICULT: 'extensive or difficult matter (RVG VV 2300 note 1)',
  },
  da: {
    FIRST_DEMAND: 'første påkrav, et enkelt tilfælde (RVG VV 2300 anm. 2, 2. pkt.)',
    UNDISPUTED: 'ubestridt krav (RVG VV 2300 anm. 2, 1. pkt., RDG 13e)',
    UNDISPUTED_DIFFICULT: 'ubestridt krav, særlig omfattende eller vanskeligt (RVG VV 2300 anm. 2, 1. pkt.)',
    THRESHOLD: 'tærskelgebyr (RVG VV 2300 anm. 1)',
    DIFFICULT: 'omfattende eller vanskelig sag (RVG VV 2300 anm. 1)',
  },
};

const FEE_LINE_WORDS: Readonly<Record<FeeTextLanguage, { costs: string; businessFee: string; table: string; mandate: string }>> = {
  de: { costs: 'Inkassokosten', businessFee: 'Geschäftsgebühr', table: 'RVG-Tabelle ab', mandate: 'Auftrag vom' },
  en: { costs: 'Collection costs', businessFee: 'business fee', table: 'RVG table from', mandate: 'mandate of' },
  da: { costs: 'Inkassoomkostninger', businessFee: 'forretningsgebyr', table: 'RVG-tabel fra', mandate: 'mandat af' },
};

/**
 * The fee line of German agency costs in the letter's language: the factor and why it is that
 * factor (VV 2300 Anm. 1-2), and the RVG table applied (RVG 60(1): the one in force when the
 * mandate was received). E.g. "Inkassokosten: Geschäftsgebühr 0,5 (erste Zahlungsaufforderung,
 * einfacher Fall (Nr. 2300 Anm. 2 Satz 2 VV RVG); RVG-Tabelle ab 01.01.2021)".
 */
export function agencyFeeLineDE(
  fee: Pick<AgencyFeeDE, 'factorHundredths' | 'factorReason' | 'tableFrom'>,
  lang: FeeTextLanguage,
  mandateDate?: IsoDate,
): string {
  const w = FEE_LINE_WORDS[lang];
  const mandate = mandateDate !== undefined ? `, ${w.mandate} ${dateText(mandateDate)[lang]}` : '';
  return `${w.costs}: ${w.businessFee} ${factorIn(fee.factorHundredths, lang)} (${FACTOR_REASON_LINE[lang][fee.factorReason]}; ${w.table} ${dateText(fee.tableFrom)[lang]}${mandate})`;
}

export interface AgencyFeeRaiseDEInput {
  claimValueCents: number;
  /** The day the raise is charged (the first demand's deadline has passed). */
  onDate: IsoDate;
  /** The day the agency received the mandate (RVG 60(1)); defaults to onDate. */
  mandateDate?: IsoDate;
  /** The factor charged on the first demand, as the strategy asked for it (capped at 0.5 there). */
  firstDemandFactor: number;
  /** The factor the creditor set for a claim not paid on the first demand (default 0.9). */
  raisedFactor: number;
  /** The deadline of the first demand that passed unpaid. */
  firstDemandDeadline: IsoDate;
  undisputed: boolean;
  extensiveOrDifficult?: boolean;
  creditorCanDeductVat?: boolean;
}

export interface AgencyFeeRaiseDE extends AgencyFeeDE {
  /** The factor charged on the first demand, in hundredths. */
  fromFactorHundredths: number;
}

/** The default factor once the first demand's deadline passed unpaid (VV 2300 Anm. 2 sentence 1: at most 0.9). */
export const DEFAULT_RAISED_FACTOR = 0.9;
/** The range a creditor may set for that factor: from the 0.5 of the first demand to the 1.3 threshold (VV 2300 Anm. 1). */
export const RAISED_FACTOR_RANGE = { min: 50, max: 130 } as const;

const RAISE_LINE: Readonly<Record<FeeTextLanguage, (from: string, to: string, deadline: string) => string>> = {
  de: (from, to, deadline) => `Erhöhung der Geschäftsgebühr von ${from} auf ${to}: auf die erste Zahlungsaufforderung bis ${deadline} nicht gezahlt`,
  en: (from, to, deadline) => `business fee raised from ${from} to ${to}: not paid on the first demand by ${deadline}`,
  da: (from, to, deadline) => `forretningsgebyret forhøjet fra ${from} til ${to}: ikke betalt på første påkrav senest ${deadline}`,
};

/**
 * VV 2300 Anm. 2: the first demand may claim only the 0.5 of a simple case (sentence 2, "as a rule
 * the debtor paying on the first demand"); once its deadline has passed unpaid the matter is no
 * longer that simple case, and the business fee may be up to 0.9 for an undisputed claim
 * (sentence 1; 1.3 when particularly extensive or difficult) or up to the 1.3 threshold for a
 * disputed one (Anm. 1). It is one matter, so one business fee: what is charged now is the
 * difference between the fee at the raised factor and the fee charged on the first demand, both
 * on today's claim value under the rules of the mandate date (RVG 60(1)); never negative.
 */
export function agencyFeeRaiseDE(input: AgencyFeeRaiseDEInput): AgencyFeeRaiseDE {
  const raised = factorToHundredths(input.raisedFactor, 'raisedFactor');
  if (raised < RAISED_FACTOR_RANGE.min || raised > RAISED_FACTOR_RANGE.max) {
    throw new RuleViolation(
      `The factor after an unpaid first demand must be ${formatFactor(RAISED_FACTOR_RANGE.min)} to ${formatFactor(RAISED_FACTOR_RANGE.max)}, got ${input.raisedFactor}`,
      'raisedFactor',
    );
  }
  const common = {
    claimValueCents: input.claimValueCents,
    onDate: input.onDate,
    ...(input.mandateDate !== undefined ? { mandateDate: input.mandateDate } : {}),
    undisputed: input.undisputed,
    extensiveOrDifficult: input.extensiveOrDifficult === true,
    creditorCanDeductVat: input.creditorCanDeductVat ?? true,
  };
  const first = agencyFeeDE({ ...common, factor: input.firstDemandFactor, paidOnFirstDemand: true });
  const full = agencyFeeDE({ ...common, factor: input.raisedFactor, paidOnFirstDemand: false });
  const parts: FeePart[] = full.parts.map((part, i) => ({
    label: i === 0 ? `Business fee raised from ${formatFactor(first.factorHundredths)} to ${formatFactor(full.factorHundredths)}` : part.label,
    amountCents: part.amountCents - (first.parts.find((p) => p.statute === part.statute)?.amountCents ?? 0),
    statute: part.statute,
  }));
  const difference = full.amountCents - first.amountCents;
  const amount = Math.max(0, difference);
  return {
    amountCents: amount,
    currency: 'EUR',
    statute: 'RDG 13e; RVG 13, VV 2300 Anm. 2, 7002, 7008',
    explanation:
      `The first demand's deadline ${input.firstDemandDeadline} passed unpaid: the business fee is raised from ` +
      `${formatFactor(first.factorHundredths)} to ${formatFactor(full.factorHundredths)} (VV 2300 Anm. 2; ${FACTOR_REASON_TEXT[full.factorReason]}). ` +
      `Fee at ${formatFactor(full.factorHundredths)}: ${full.explanation}. Less the first demand's ${eur(first.amountCents)}: ${eur(amount)}`,
    parts: amount === 0 ? [] : parts,
    factorHundredths: full.factorHundredths,
    factorReason: full.factorReason,
    tableFrom: full.tableFrom,
    fromFactorHundredths: first.factorHundredths,
  };
}

/** The fee line of a raise in the letter's language: from which factor to which, and why. */
export function agencyFeeRaiseLineDE(fee: AgencyFeeRaiseDE, lang: FeeTextLanguage, firstDemandDeadline: IsoDate): string {
  const w = FEE_LINE_WORDS[lang];
  // A placeholder for the deadline (the dunning run fills it in per case) goes in as it is.
  const deadline = isIsoDate(firstDemandDeadline) ? dateText(firstDemandDeadline)[lang] : firstDemandDeadline;
  return (
    `${w.costs}: ${RAISE_LINE[lang](factorIn(fee.fromFactorHundredths, lang), factorIn(fee.factorHundredths, lang), deadline)} ` +
    `(${FACTOR_REASON_LINE[lang][fee.factorReason]}; ${w.table} ${dateText(fee.tableFrom)[lang]})`
  );
}

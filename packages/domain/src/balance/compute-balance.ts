import { ALLOCATION_RULE_TEXT } from '../allocation/allocate-payment-dk.js';
import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import {
  INTEREST_DENOMINATOR,
  interestSegments,
  roundCumulative,
} from '../interest/interest-segments.js';
import { describeStatutoryRate, type RateTables } from '../interest/statutory-rate.js';
import { bigintToSafeNumber, formatAmount, isValidAmountCents } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import type { Country, DebtorKind } from '../stages.js';
import type { StaleRateWarning } from '../interest/rate-table-status.js';
import type { InterestClaimKind } from '../interest/statutory-margin.js';
import { claimMargin, staleRateWarnings } from './claim-interest.js';
import { decideDefaultDate } from './default-date.js';
import { PaymentLedger } from './payment-ledger.js';
import { withStatutoryFlatFees, type BookedFee, type FlatFeeClaim } from './statutory-flat-fees.js';
import { fill } from '../i18n/localized-text.js';
import { BALANCE_TEXTS } from './balance.i18n.js';

export interface BalanceClaim {
  reference: string;
  principalCents: number;
  dueDate: IsoDate;
  /**
   * When default began (interest runs from the day after); null = the country's rules decide
   * (see decideDefaultDate: DE business due + 30; DE consumer only with the fields below; DK due + 30).
   */
  defaultDate: IsoDate | null;
  /** The invoice pointed out the 30-day default rule (BGB 286(3) sentence 1, consumers). Default false. */
  invoiceNotedDefaultRule?: boolean;
  /** Payment deadline of the first dunning letter (BGB 286(1)). */
  firstDunningDeadline?: IsoDate | null;
  /** goods_services (default) or other: the BGB 288(2) margin applies only to the first (claim-interest.ts). */
  claimKind?: InterestClaimKind | null;
  /** Contract date, else invoice date: the obligation's date for Art. 229 § 34 EGBGB. */
  contractDate?: IsoDate | null;
  invoiceDate?: IsoDate | null;
  /** DK: due date fixed in advance (renteloven 3(1)); default true. See DefaultFacts. */
  dueDateFixed?: boolean | null;
  /** DK, due date not fixed: the request for payment's date (renteloven 3(2)). */
  demandSentOn?: IsoDate | null;
  /**
   * The day the obligation arose; default the contract date, else the invoice date, else the due date. Decides the age of
   * the debt (BGB 366(2): the older first) and whether BGB 288(5) applies (from 2014-07-29).
   */
  arisenOn?: IsoDate | null;
}

export interface BalanceFee {
  label: string;
  amountCents: number;
  chargedOn: IsoDate;
  /** The claim the cost was charged for; null/absent = the case as a whole (paid before any claim). */
  claimReference?: string | null;
  /**
   * Costs of legal pursuit by an agency or lawyer (not the creditor's own dunning): with
   * statutoryFlatFees the BGB 288(5) flat is credited against them (sentence 3). Default false.
   */
  collectionCost?: boolean;
}

export interface BalancePayment {
  amountCents: number;
  receivedOn: IsoDate;
}

/**
 * A booking that lowers the balance without being a payment: a write-off (the waived part of a paid
 * settlement, an uncollectible rest) or an adjustment. Its own line kind, never a negative payment.
 */
export interface BalanceAdjustment {
  kind: 'WRITE_OFF' | 'ADJUSTMENT';
  amountCents: number;
  bookedOn: IsoDate;
  reason: string;
}

export interface BalanceInput {
  country: Country;
  debtorKind: DebtorKind;
  currency: string;
  asOf: IsoDate;
  claims: BalanceClaim[];
  fees: BalanceFee[];
  payments: BalancePayment[];
  /** Write-offs and adjustments booked on the case; default none. */
  adjustments?: BalanceAdjustment[];
}

export type BalanceLineKind = 'PRINCIPAL' | 'INTEREST' | 'FEE' | 'PAYMENT' | 'ADJUSTMENT';

/** Structured facts behind a line, for renderers that need them (e.g. the dunning letter). */
export type BalanceLineDetail =
  | { kind: 'PRINCIPAL'; claimReference: string; dueDate: IsoDate }
  | {
      kind: 'INTEREST';
      claimReference: string;
      principalCents: number;
      basisPoints: number;
      baseBasisPoints: number;
      marginBasisPoints: number;
      statute: string;
      from: IsoDate;
      to: IsoDate;
      days: number;
    }
  | { kind: 'FEE'; label: string; chargedOn: IsoDate; statute: string | null; claimReference: string | null }
  | {
      kind: 'PAYMENT';
      receivedOn: IsoDate;
      toCostsCents: number;
      toInterestCents: number;
      toPrincipal: { claimReference: string; amountCents: number }[];
      /** Costs of the case as a whole (not charged for one claim). */
      toCaseCostsCents: number;
      /** Per claim, in the order the payment served them (BGB 366(2)); claims it did not reach are left out. */
      toClaims: { claimReference: string; costsCents: number; interestCents: number; principalCents: number }[];
      overpaidCents: number;
      rule: string;
    }
  | { kind: 'ADJUSTMENT'; adjustmentKind: 'WRITE_OFF' | 'ADJUSTMENT'; bookedOn: IsoDate; reason: string };

export interface BalanceLine {
  kind: BalanceLineKind;
  amountCents: number;
  explanation: string;
  /** Present only with `BalanceOptions.lineDetails`. */
  detail?: BalanceLineDetail;
}

export interface Balance {
  asOf: IsoDate;
  currency: string;
  principalCents: number;
  interestCents: number;
  feesCents: number;
  paidCents: number;
  /** Write-offs and adjustments booked up to asOf. */
  adjustedCents: number;
  /** principal + fees + interest - paid - adjusted; negative on overpayment. */
  totalCents: number;
  lines: BalanceLine[];
  /** E.g. interest computed for days a rate table may not cover ("rate table ends on ..."). */
  warnings: StaleRateWarning[];
}

export interface BalanceOptions {
  /** Replaces the built-in reference-rate tables (tests, or a table update not yet released). */
  rateTables?: Partial<RateTables>;
  /**
   * Add the statutory flat compensation once per business claim in default as a FEE line:
   * DE BGB 288(5) EUR 40 (EUR balances, obligations arisen from 2014-07-29), credited against the
   * collection costs in `fees` (sentence 3); DK renteloven 9a(3) DKK 310 (DKK balances); charged on
   * the default date. The API's live balances turn it on; do not also pass it in `fees`. Default false.
   */
  statutoryFlatFees?: boolean;
  /** Attach a structured `detail` to every line. Default false. */
  lineDetails?: boolean;
}

interface ClaimState {
  claim: BalanceClaim;
  outstandingCents: number;
  /** Interest has been materialised for every day up to and including this date; null = not in default. */
  accruedThrough: IsoDate | null;
  interestLines: BalanceLine[];
}

function assertDate(value: IsoDate, field: string): void {
  if (!isIsoDate(value)) throw new RuleViolation(fill(BALANCE_TEXTS.notADate, { field, value: String(value) }), field);
}

function assertAmount(value: number, field: string): void {
  if (!isValidAmountCents(value)) {
    throw new RuleViolation(fill(BALANCE_TEXTS.notCents, { field, value }), field);
  }
}

function validate(input: BalanceInput): void {
  assertDate(input.asOf, 'asOf');
  input.claims.forEach((c, i) => {
    assertAmount(c.principalCents, `claims[${i}].principalCents`);
    assertDate(c.dueDate, `claims[${i}].dueDate`);
    if (c.defaultDate !== null) assertDate(c.defaultDate, `claims[${i}].defaultDate`);
    if (c.firstDunningDeadline != null) assertDate(c.firstDunningDeadline, `claims[${i}].firstDunningDeadline`);
    if (c.contractDate != null) assertDate(c.contractDate, `claims[${i}].contractDate`);
    if (c.invoiceDate != null) assertDate(c.invoiceDate, `claims[${i}].invoiceDate`);
    if (c.demandSentOn != null) assertDate(c.demandSentOn, `claims[${i}].demandSentOn`);
  });
  input.fees.forEach((f, i) => {
    assertAmount(f.amountCents, `fees[${i}].amountCents`);
    assertDate(f.chargedOn, `fees[${i}].chargedOn`);
  });
  input.payments.forEach((p, i) => {
    assertAmount(p.amountCents, `payments[${i}].amountCents`);
    assertDate(p.receivedOn, `payments[${i}].receivedOn`);
  });
  (input.adjustments ?? []).forEach((a, i) => {
    assertAmount(a.amountCents, `adjustments[${i}].amountCents`);
    assertDate(a.bookedOn, `adjustments[${i}].bookedOn`);
  });
}

/**
 * The claims as the statutory flat fees see them: a claim whose principal was paid in full by its
 * default date never was in default, so it owes no flat (found from the balance without flats).
 */
function claimsForFlatFees(input: BalanceInput, defaultDates: readonly (IsoDate | null)[], options: BalanceOptions): FlatFeeClaim[] {
  const plain = computeBalance(input, { ...options, statutoryFlatFees: false, lineDetails: true });
  return input.claims.map((claim, i) => {
    const defaultDate = defaultDates[i]!;
    let repaid = 0;
    if (defaultDate !== null) {
      for (const line of plain.lines) {
        if (line.detail?.kind !== 'PAYMENT' || compareDates(line.detail.receivedOn, defaultDate) > 0) continue;
        for (const part of line.detail.toClaims) if (part.claimReference === claim.reference) repaid += part.principalCents;
      }
    }
    return {
      reference: claim.reference,
      defaultDate: defaultDate !== null && repaid >= claim.principalCents ? null : defaultDate,
      arisenOn: claim.arisenOn ?? claim.dueDate,
    };
  });
}

/** Stable sort by a date key (ties keep input order). */
function byDate<T>(items: readonly T[], key: (item: T) => IsoDate): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compareDates(key(a.item), key(b.item)) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The balance of a case as of a date (DESIGN.md 2, 7): principal + fees + statutory interest
 * - payments, with one explained line per item so that the lines add up to the total.
 *
 * Default begins per claim as decideDefaultDate says (a recorded date wins; DE consumers need the
 * invoice note or a dunning deadline, else no interest).
 * Interest accrues per claim for each day after the default date up to and including `asOf`,
 * at the rate in force that day, on a 365-day year, on the claim's outstanding principal.
 * Payments are applied in date order at their date (BGB 367: costs, interest, principal, oldest
 * claim first), so repaid principal stops accruing from the next day. Interest is exact until it
 * is materialised (at each payment and at asOf), where it is rounded half-up once per claim.
 */
export function computeBalance(given: BalanceInput, options: BalanceOptions = {}): Balance {
  validate(given);
  const input: BalanceInput = {
    ...given,
    claims: given.claims.map((c) => ({ ...c, arisenOn: c.arisenOn ?? c.contractDate ?? c.invoiceDate ?? c.dueDate })),
  };
  const { country, debtorKind, currency, asOf } = input;
  const money = (cents: number): string => formatAmount(cents, currency);
  const onOrBeforeAsOf = (d: IsoDate): boolean => compareDates(d, asOf) <= 0;

  const detail = options.lineDetails === true;
  const states: ClaimState[] = input.claims.map((claim) => ({
    claim,
    outstandingCents: claim.principalCents,
    accruedThrough: decideDefaultDate(claim, { country, debtorKind }).defaultDate,
    interestLines: [],
  }));
  /** Allocation order: oldest due date first, ties in input order. */
  const allocationOrder = byDate(states, (s) => s.claim.dueDate);
  const inputFees: BookedFee[] = input.fees.map((f) => ({
    ...f, statute: null, claimReference: f.claimReference ?? null, collectionCost: f.collectionCost === true,
  }));
  const booked =
    options.statutoryFlatFees === true && debtorKind === 'business'
      ? withStatutoryFlatFees(
          { country, debtorKind, currency, asOf },
          claimsForFlatFees(input, states.map((s) => s.accruedThrough), options),
          inputFees,
        )
      : inputFees;
  const fees = byDate(booked.filter((f) => onOrBeforeAsOf(f.chargedOn)), (f) => f.chargedOn);
  const payments = byDate(input.payments.filter((p) => onOrBeforeAsOf(p.receivedOn)), (p) => p.receivedOn);

  const warnings = new Map<string, StaleRateWarning>();
  let interestAccrued = 0n;

  const materialise = (state: ClaimState, through: IsoDate): void => {
    if (state.accruedThrough === null || compareDates(through, state.accruedThrough) <= 0) return;
    const segments =
      state.outstandingCents > 0
        ? interestSegments({
            country,
            debtorKind,
            principalCents: state.outstandingCents,
            accruesAfter: state.accruedThrough,
            through,
            margin: claimMargin(country, debtorKind, state.claim),
            ...(options.rateTables ? { tables: options.rateTables } : {}),
          })
        : [];
    for (const w of staleRateWarnings(country, segments, options.rateTables)) warnings.set(w.code + w.country, w);
    const parts = roundCumulative(
      segments.map((s) => s.numerator),
      INTEREST_DENOMINATOR,
    );
    segments.forEach((s, i) => {
      const amount = parts[i]!;
      interestAccrued += amount;
      state.interestLines.push({
        kind: 'INTEREST',
        amountCents: bigintToSafeNumber(amount),
        explanation:
          `Interest on invoice ${state.claim.reference}: ${describeStatutoryRate(s.rate)} ` +
          `on ${money(s.principalCents)} from ${s.from} to ${s.to}, ${s.days} day${s.days === 1 ? '' : 's'}`,
        ...(detail
          ? {
              detail: {
                kind: 'INTEREST' as const,
                claimReference: state.claim.reference,
                principalCents: s.principalCents,
                basisPoints: s.rate.basisPoints,
                baseBasisPoints: s.rate.baseBasisPoints,
                marginBasisPoints: s.rate.marginBasisPoints,
                statute: s.rate.statute,
                from: s.from,
                to: s.to,
                days: s.days,
              },
            }
          : {}),
      });
    });
    state.accruedThrough = through;
  };

  const feesChargedThrough = (date: IsoDate): bigint =>
    fees.filter((f) => compareDates(f.chargedOn, date) <= 0).reduce((sum, f) => sum + BigInt(f.amountCents), 0n);

  /** The default date of each claim (null: none); interest runs from the day after. */
  const defaultDates = states.map((s) => s.accruedThrough);
  const ledger = new PaymentLedger(country, states.map((s) => s.claim), allocationOrder.map((s) => states.indexOf(s)));
  const paymentLines: BalanceLine[] = [];
  for (const payment of payments) {
    states.forEach((s) => materialise(s, payment.receivedOn));
    const { allocation, served } = ledger.allocate(payment, {
      feesCharged: fees.filter((f) => compareDates(f.chargedOn, payment.receivedOn) <= 0),
      interestAccrued: states.map((s) => s.interestLines.reduce((sum, l) => sum + l.amountCents, 0)),
      principalOutstanding: states.map((s) => s.outstandingCents),
      inDefault: defaultDates.map((d) => d !== null && compareDates(d, payment.receivedOn) < 0),
    });
    const parts: string[] = [];
    if (allocation.caseCostsCents > 0) parts.push(`${money(allocation.caseCostsCents)} to costs`);
    const toPrincipal: { claimReference: string; amountCents: number }[] = [];
    const toClaims: { claimReference: string; costsCents: number; interestCents: number; principalCents: number }[] = [];
    for (const i of served) {
      const share = allocation.debts[i]!;
      const state = states[i]!;
      state.outstandingCents -= share.principalCents;
      if (share.costsCents + share.interestCents + share.principalCents === 0) continue;
      const claimParts: string[] = [];
      if (share.costsCents > 0) claimParts.push(`${money(share.costsCents)} to costs`);
      if (share.interestCents > 0) claimParts.push(`${money(share.interestCents)} to interest`);
      if (share.principalCents > 0) claimParts.push(`${money(share.principalCents)} to principal`);
      parts.push(`invoice ${state.claim.reference}: ${claimParts.join(', ')}`);
      toClaims.push({
        claimReference: state.claim.reference, costsCents: share.costsCents, interestCents: share.interestCents, principalCents: share.principalCents,
      });
      if (share.principalCents > 0) toPrincipal.push({ claimReference: state.claim.reference, amountCents: share.principalCents });
    }
    if (allocation.unallocatedCents > 0) parts.push(`${money(allocation.unallocatedCents)} overpaid`);
    const toCostsCents = allocation.caseCostsCents + allocation.debts.reduce((sum, d) => sum + d.costsCents, 0);
    const toInterestCents = allocation.debts.reduce((sum, d) => sum + d.interestCents, 0);
    const rule = ALLOCATION_RULE_TEXT[country];
    paymentLines.push({
      kind: 'PAYMENT',
      amountCents: -payment.amountCents,
      explanation: `Payment of ${money(payment.amountCents)} received on ${payment.receivedOn}: ${parts.join('; ')} (${rule})`,
      ...(detail
        ? {
            detail: {
              kind: 'PAYMENT' as const,
              receivedOn: payment.receivedOn,
              toCostsCents,
              toInterestCents,
              toPrincipal,
              toCaseCostsCents: allocation.caseCostsCents,
              toClaims,
              overpaidCents: allocation.unallocatedCents,
              rule,
            },
          }
        : {}),
    });
  }
  states.forEach((s) => materialise(s, asOf));

  const principalCents = bigintToSafeNumber(input.claims.reduce((sum, c) => sum + BigInt(c.principalCents), 0n));
  const feesTotal = feesChargedThrough(asOf);
  const paidTotal = payments.reduce((sum, p) => sum + BigInt(p.amountCents), 0n);
  // Write-offs and adjustments lower what is owed after the payments of their day: they are booked
  // when the rest is waived (a paid settlement), so no interest runs on what they remove.
  const adjustments = byDate((input.adjustments ?? []).filter((a) => onOrBeforeAsOf(a.bookedOn)), (a) => a.bookedOn);
  const adjustedTotal = adjustments.reduce((sum, a) => sum + BigInt(a.amountCents), 0n);
  const totalCents = bigintToSafeNumber(BigInt(principalCents) + feesTotal + interestAccrued - paidTotal - adjustedTotal);

  const lines: BalanceLine[] = [
    ...input.claims.map(
      (c): BalanceLine => ({
        kind: 'PRINCIPAL',
        amountCents: c.principalCents,
        explanation: `Invoice ${c.reference} due ${c.dueDate}`,
        ...(detail ? { detail: { kind: 'PRINCIPAL' as const, claimReference: c.reference, dueDate: c.dueDate } } : {}),
      }),
    ),
    ...states.flatMap((s) => s.interestLines),
    ...fees.map(
      (f): BalanceLine => ({
        kind: 'FEE',
        amountCents: f.amountCents,
        explanation: f.explanation ?? `${f.label}, charged on ${f.chargedOn}`,
        ...(detail
          ? {
              detail: {
                kind: 'FEE' as const,
                label: f.label,
                chargedOn: f.chargedOn,
                statute: f.statute,
                claimReference: f.claimReference,
              },
            }
          : {}),
      }),
    ),
    ...paymentLines,
    ...adjustments.map(
      (a): BalanceLine => ({
        kind: 'ADJUSTMENT',
        amountCents: -a.amountCents,
        explanation: `${a.kind === 'WRITE_OFF' ? 'Written off' : 'Adjusted'} ${money(a.amountCents)} on ${a.bookedOn}: ${a.reason}`,
        ...(detail
          ? { detail: { kind: 'ADJUSTMENT' as const, adjustmentKind: a.kind, bookedOn: a.bookedOn, reason: a.reason } }
          : {}),
      }),
    ),
  ];

  return {
    asOf,
    currency,
    principalCents,
    interestCents: bigintToSafeNumber(interestAccrued),
    feesCents: bigintToSafeNumber(feesTotal),
    paidCents: bigintToSafeNumber(paidTotal),
    adjustedCents: bigintToSafeNumber(adjustedTotal),
    totalCents,
    lines,
    warnings: [...warnings.values()],
  };
}

import {
  DEFAULT_RAISED_FACTOR, DEFAULT_STRATEGIES, DK_HANDOVER_FEE, DK_MAX_REMINDERS, FEE_RULE_CURRENCY, DK_REMINDER_RULES, DUNNING_STAGES,
  LETTER_LANGUAGES, RVG_VALUE_FEE_TABLES, STAGE_LABELS, VV_2300_RULES, VV_7002_EXPENSES, agencyFeeDE, agencyFeeLineDE, agencyFeeRaiseDE,
  agencyFeeRaiseLineDE, compareDates, requireDatedRowOn, stageIndex, validateStrategy, type Country, type DunningStrategy,
  type DunningStrategyStage, type FeeTextLanguage, type IsoDate, type LetterLanguage,
} from '@mahnwerk/domain';

export interface CreditorStrategyRow {
  id: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
  /** The creditor's letter language: fee lines are written in it. */
  letter_language?: string | null;
}

/** A stage change the set-based run applies to every case that qualifies, with its fixed fee. */
export interface Transition {
  creditor_id: string;
  country: Country;
  from_stage: string;
  to_stage: string;
  wait_days: number;
  channel: string;
  fee_cents: number;
  fee_label: string | null;
  /** The fee is charged only on cases in this currency (FEE_RULE_CURRENCY: the Danish fees are DKK amounts); null = any. */
  fee_currency: string | null;
  stage_label: string;
  payment_window_days: number;
  /** The fee depends on the claim value (German agency costs): priced by value band. */
  priced_by_value: boolean;
  /** German enforcement needs a served enforcement order (ZPO 699): cases without one are not even candidates. */
  requires_enforcement_order: boolean;
  /** PER_CASE: the fee or the condition depends on the case; the domain decides case by case. */
  mode: 'SET' | 'PER_CASE';
  /**
   * Danish reminder fees (renteloven 9b(2)): the fee is charged only while fewer than this many
   * reminders were sent (the creditor's own, claims.reminders_sent, and Mahnwerk's with a fee in
   * `reminder_stages`); null = no such limit.
   */
  fee_max_prior: number | null;
  /** The stages whose steps are reminders with a fee, comma-separated (for fee_max_prior). */
  reminder_stages: string;
}

/**
 * A claim-value band with the fee the domain computes for it; the run picks the band of each case's
 * principal, among the bands of the law in force on the case's placement date (RVG 60(1)).
 */
export interface FeeBracket {
  creditor_id: string;
  /** Only for a step from this stage (the raise after an unpaid first demand); null = from any stage. */
  from_stage: string | null;
  to_stage: string;
  /** The bands apply to cases placed (mandate received) on or after this day ... */
  placed_from: IsoDate;
  /** ... and before this one; null = no end. */
  placed_until: IsoDate | null;
  /** The raise: days from entering `from_stage` to its deadline, put in the label for RAISE_DEADLINE_PLACEHOLDER. */
  deadline_days: number | null;
  upto_cents: number;
  fee_cents: number;
  fee_label: string;
  /** The fee is charged only on cases in this currency (FEE_RULE_CURRENCY). */
  fee_currency: string | null;
}

export function strategyOf(creditor: CreditorStrategyRow): DunningStrategy {
  return creditor.dunning_strategy ?? DEFAULT_STRATEGIES[creditor.country];
}

/** The language fee lines of the creditor's cases are written in: its letter language where its country allows it. */
export function feeLanguageOf(creditor: CreditorStrategyRow): FeeTextLanguage {
  const allowed = LETTER_LANGUAGES[creditor.country];
  const wanted = (creditor.letter_language ?? '') as LetterLanguage;
  return allowed.includes(wanted) ? wanted : allowed[0]!;
}

/** The strategy's first-demand stage (DE_AGENCY_FEE with firstDemand), if `stage` is it. */
function firstDemandStage(strategy: DunningStrategy, stage: string): DunningStrategyStage | null {
  const s = strategy.stages.find((x) => x.stage === stage);
  return s?.fee?.rule === 'DE_AGENCY_FEE' && s.fee.firstDemand === true ? s : null;
}

/**
 * For every stage a case of the creditor can be in, the strategy's next stage: the consecutive
 * pairs of the strategy, and also stages the strategy skips (a Danish case sitting in PHONE, a
 * case whose creditor changed its strategy), as the domain's nextDunningStep does. Fees that are
 * the same for every case (Danish reminder and hand-over fees, fixed fees) are charged set-based;
 * value-dependent agency costs and the court-bound enforcement stage go through the domain's
 * per-case decision.
 */
export function buildTransitions(creditors: readonly CreditorStrategyRow[], asOf: IsoDate): Transition[] {
  return creditors.flatMap((creditor) => {
    const strategy = strategyOf(creditor);
    validateStrategy(strategy);
    return DUNNING_STAGES.flatMap((from): Transition[] => {
      const next = strategy.stages.find((s) => stageIndex(s.stage) > stageIndex(from));
      if (!next) return [];
      const fee = fixedFee(next, asOf);
      // Agency costs are priced set-based by claim-value band (buildFeeBrackets); enforcement waits on the court.
      const perCase = (fee === 'PER_CASE' && next.fee?.rule !== 'DE_AGENCY_FEE') || (creditor.country === 'DE' && next.stage === 'ENFORCEMENT');
      const fixed = fee === 'PER_CASE' ? null : fee;
      // Leaving the first demand after its deadline raises the business fee (VV 2300 Anm. 2), by claim value too.
      const raises = firstDemandStage(strategy, from) !== null;
      return [{
        creditor_id: creditor.id,
        country: creditor.country,
        from_stage: from,
        to_stage: next.stage,
        wait_days: next.waitDays,
        channel: next.channel,
        fee_cents: fixed?.amountCents ?? 0,
        fee_label: fixed?.label ?? null,
        fee_currency: fixed?.currency ?? null,
        stage_label: STAGE_LABELS[next.stage],
        payment_window_days: next.paymentWindowDays,
        priced_by_value: next.fee?.rule === 'DE_AGENCY_FEE' || raises,
        requires_enforcement_order: creditor.country === 'DE' && next.stage === 'ENFORCEMENT',
        mode: perCase ? 'PER_CASE' : 'SET',
        fee_max_prior: next.fee?.rule === 'DK_REMINDER_FEE' ? DK_MAX_REMINDERS : null,
        reminder_stages: strategy.stages.filter((s) => s.fee?.rule === 'DK_REMINDER_FEE').map((s) => s.stage).join(','),
      }];
    });
  });
}

function fixedFee(
  stage: DunningStrategyStage,
  asOf: IsoDate,
): { amountCents: number; label: string; currency: string | null } | null | 'PER_CASE' {
  const fee = stage.fee;
  if (!fee) return null;
  switch (fee.rule) {
    case 'DK_REMINDER_FEE':
      return {
        amountCents: requireDatedRowOn(DK_REMINDER_RULES, asOf, 'Danish reminder fee').feeCents,
        label: 'Reminder fee (rykkergebyr, renteloven 9b(2))',
        currency: FEE_RULE_CURRENCY[fee.rule],
      };
    case 'DK_HANDOVER_FEE':
      return {
        amountCents: requireDatedRowOn(DK_HANDOVER_FEE, asOf, 'Danish hand-over fee').amountCents,
        label: 'Hand-over to collection fee (renteloven 9b(3))',
        currency: FEE_RULE_CURRENCY[fee.rule],
      };
    case 'FIXED':
      return { amountCents: fee.amountCents, label: `${fee.label} (${fee.statute})`, currency: FEE_RULE_CURRENCY[fee.rule] };
    default:
      return 'PER_CASE';
  }
}

/**
 * The periods of placement dates within which the law of German agency costs is the same (RVG
 * 60(1): the RVG 13 table, VV 2300 and VV 7002 in force on the day the mandate was received), up to
 * `asOf`: [from, until) each.
 */
export function mandatePeriods(asOf: IsoDate): { from: IsoDate; until: IsoDate | null }[] {
  const starts = [...new Set([...RVG_VALUE_FEE_TABLES, ...VV_2300_RULES, ...VV_7002_EXPENSES].map((r) => r.from))]
    .filter((d) => compareDates(d, asOf) <= 0)
    .sort(compareDates)
    // Only where every table has a row: before the first RVG table no agency fee can be computed.
    .filter((d) => compareDates(d, RVG_VALUE_FEE_TABLES[0]!.from) >= 0);
  return starts.map((from, i) => ({ from, until: starts[i + 1] ?? null }));
}

/**
 * German agency costs follow the RVG value table, which is constant within each step ("per started
 * EUR 500 ..."), so the fee for every claim value up to `maxValueCents` is a short list of bands,
 * each priced by the domain's agencyFeeDE under the law of each placement period (RVG 60(1)). The
 * run then charges each case set-based by its band. The step out of a first demand gets the bands
 * of the raise (agencyFeeRaiseDE, VV 2300 Anm. 2). The set-based run treats claims as undisputed
 * (there is no dispute flag on a case; a dispute puts the case on hold).
 */
export function buildFeeBrackets(creditors: readonly CreditorStrategyRow[], asOf: IsoDate, maxValueCents: number): FeeBracket[] {
  const periods = mandatePeriods(asOf);
  return creditors.flatMap((creditor) => {
    const strategy = strategyOf(creditor);
    const lang = feeLanguageOf(creditor);
    return periods.flatMap((period) => {
      const bounds = rvgBounds(period.from, maxValueCents);
      const placed = { placed_from: period.from, placed_until: period.until };
      return strategy.stages.flatMap((stage, index): FeeBracket[] => {
        const ref = stage.fee;
        if (ref?.rule !== 'DE_AGENCY_FEE') return [];
        const currency = FEE_RULE_CURRENCY[ref.rule]!;
        const charged = bounds.map((upto): FeeBracket => {
          const fee = agencyFeeDE({
            claimValueCents: upto, onDate: asOf, mandateDate: period.from, factor: ref.factor, undisputed: true,
            paidOnFirstDemand: ref.firstDemand === true, creditorCanDeductVat: ref.creditorCanDeductVat ?? true,
          });
          return {
            creditor_id: creditor.id, from_stage: null, to_stage: stage.stage, ...placed, deadline_days: null, upto_cents: upto, fee_cents: fee.amountCents,
            fee_label: agencyFeeLineDE(fee, lang), fee_currency: currency,
          };
        });
        const next = strategy.stages[index + 1];
        if (ref.firstDemand !== true || !next) return charged;
        // The case leaves the first demand one day after its deadline at the earliest (validateStrategy).
        const raised = bounds.map((upto): FeeBracket => {
          const fee = agencyFeeRaiseDE({
            claimValueCents: upto, onDate: asOf, mandateDate: period.from, firstDemandFactor: ref.factor,
            raisedFactor: ref.raisedFactor ?? DEFAULT_RAISED_FACTOR, firstDemandDeadline: asOf, undisputed: true,
            creditorCanDeductVat: ref.creditorCanDeductVat ?? true,
          });
          return {
            creditor_id: creditor.id, from_stage: stage.stage, to_stage: next.stage, ...placed, deadline_days: stage.paymentWindowDays,
            upto_cents: upto, fee_cents: fee.amountCents,
            fee_label: agencyFeeRaiseLineDE(fee, lang, lang === 'en' ? RAISE_DEADLINE_PLACEHOLDER : RAISE_DEADLINE_DAY_FIRST_PLACEHOLDER), fee_currency: currency,
          };
        });
        return [...charged, ...raised];
      });
    });
  });
}

/**
 * Stands for the first demand's deadline in a raise band's label; the run puts each case's own
 * deadline (the day it entered the first demand + the stage's payment window) in its place.
 */
export const RAISE_DEADLINE_PLACEHOLDER = '{deadline}';
/** The same in a German or Danish label, where the date is written day first (dd.mm.yyyy). */
export const RAISE_DEADLINE_DAY_FIRST_PLACEHOLDER = '{deadline.dmy}';

/** Upper bounds of the value bands in which the agency fee does not change. */
function rvgBounds(lawDate: IsoDate, maxValueCents: number): number[] {
  const table = requireDatedRowOn(RVG_VALUE_FEE_TABLES, lawDate, 'RVG value table');
  const bounds = [5_000, table.baseUpToCents]; // EUR 50: the small-claim flat fee (RVG 13(2))
  let value = table.baseUpToCents;
  for (const step of table.steps) {
    const end = step.upToCents ?? Math.max(maxValueCents, value + step.perCents);
    while (value < end) {
      value += step.perCents;
      bounds.push(value);
    }
  }
  return bounds;
}

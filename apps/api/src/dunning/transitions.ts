import {
  DEFAULT_STRATEGIES, DK_HANDOVER_FEE, FEE_RULE_CURRENCY, DK_REMINDER_RULES, DUNNING_STAGES, RVG_VALUE_FEE_TABLES, STAGE_LABELS, agencyFeeDE,
  formatAmount, requireDatedRowOn, stageIndex, validateStrategy, type Country, type DunningStrategy, type DunningStrategyStage,
  type IsoDate,
} from '@mahnwerk/domain';

export interface CreditorStrategyRow {
  id: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
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
}

/** A claim-value band with the fee the domain computes for it; the run picks the band of each case's principal. */
export interface FeeBracket {
  creditor_id: string;
  to_stage: string;
  upto_cents: number;
  fee_cents: number;
  fee_label: string;
  /** The fee is charged only on cases in this currency (FEE_RULE_CURRENCY). */
  fee_currency: string | null;
}

export function strategyOf(creditor: CreditorStrategyRow): DunningStrategy {
  return creditor.dunning_strategy ?? DEFAULT_STRATEGIES[creditor.country];
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
        priced_by_value: next.fee?.rule === 'DE_AGENCY_FEE',
        requires_enforcement_order: creditor.country === 'DE' && next.stage === 'ENFORCEMENT',
        mode: perCase ? 'PER_CASE' : 'SET',
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
 * German agency costs follow the RVG value table, which is constant within each step ("per started
 * EUR 500 ..."), so the fee for every claim value up to `maxValueCents` is a short list of bands,
 * each priced by the domain's agencyFeeDE. The run then charges each case set-based by its band.
 */
export function buildFeeBrackets(creditors: readonly CreditorStrategyRow[], asOf: IsoDate, maxValueCents: number): FeeBracket[] {
  const bounds = rvgBounds(asOf, maxValueCents);
  return creditors.flatMap((creditor) =>
    strategyOf(creditor).stages.flatMap((stage) => {
      const ref = stage.fee;
      if (ref?.rule !== 'DE_AGENCY_FEE') return [];
      const currency = FEE_RULE_CURRENCY[ref.rule]!;
      return bounds.map((upto): FeeBracket => {
        const fee = agencyFeeDE({
          claimValueCents: upto, onDate: asOf, factor: ref.factor, undisputed: true,
          paidOnFirstDemand: ref.firstDemand === true, creditorCanDeductVat: ref.creditorCanDeductVat ?? true,
        });
        return {
          creditor_id: creditor.id,
          to_stage: stage.stage,
          upto_cents: upto,
          fee_cents: fee.amountCents,
          fee_label: `Inkassokosten (RDG 13e, VV 2300, VV 7002) für einen Gegenstandswert bis ${formatAmount(upto, currency)}: ${formatAmount(fee.amountCents, currency)}`,
          fee_currency: currency,
        };
      });
    }),
  );
}

/** Upper bounds of the value bands in which the agency fee does not change. */
function rvgBounds(asOf: IsoDate, maxValueCents: number): number[] {
  const table = requireDatedRowOn(RVG_VALUE_FEE_TABLES, asOf, 'RVG value table');
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

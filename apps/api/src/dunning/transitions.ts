import {
  DEFAULT_STRATEGIES, DK_HANDOVER_FEE, DK_REMINDER_RULES, STAGE_LABELS, requireDatedRowOn, validateStrategy,
  type Country, type DunningStrategy, type DunningStrategyStage, type IsoDate,
} from '@mahnwerk/domain';

export interface CreditorStrategyRow {
  id: string;
  country: Country;
  dunning_strategy: DunningStrategy | null;
}

/** A stage change the set-based run applies to every case that qualifies, with its fixed fee. */
export interface Transition {
  creditor_id: string;
  from_stage: string;
  to_stage: string;
  wait_days: number;
  channel: string;
  fee_cents: number;
  fee_label: string | null;
  stage_label: string;
  payment_window_days: number;
  /** PER_CASE: the fee or the condition depends on the case; the domain decides case by case. */
  mode: 'SET' | 'PER_CASE';
}

export function strategyOf(creditor: CreditorStrategyRow): DunningStrategy {
  return creditor.dunning_strategy ?? DEFAULT_STRATEGIES[creditor.country];
}

/**
 * The consecutive stage pairs of each creditor's strategy. Fees that are the same for every case
 * (Danish reminder and hand-over fees, fixed fees) are charged set-based; value-dependent agency
 * costs and the court-bound enforcement stage go through the domain's per-case decision.
 */
export function buildTransitions(creditors: readonly CreditorStrategyRow[], asOf: IsoDate): Transition[] {
  return creditors.flatMap((creditor) => {
    const strategy = strategyOf(creditor);
    validateStrategy(strategy);
    return strategy.stages.slice(1).map((next, i): Transition => {
      const from = strategy.stages[i]!;
      const fee = fixedFee(next, asOf);
      const perCase = fee === 'PER_CASE' || (creditor.country === 'DE' && next.stage === 'ENFORCEMENT');
      return {
        creditor_id: creditor.id,
        from_stage: from.stage,
        to_stage: next.stage,
        wait_days: next.waitDays,
        channel: next.channel,
        fee_cents: fee === 'PER_CASE' || fee === null ? 0 : fee.amountCents,
        fee_label: fee === 'PER_CASE' || fee === null ? null : fee.label,
        stage_label: STAGE_LABELS[next.stage],
        payment_window_days: next.paymentWindowDays,
        mode: perCase ? 'PER_CASE' : 'SET',
      };
    });
  });
}

function fixedFee(stage: DunningStrategyStage, asOf: IsoDate): { amountCents: number; label: string } | null | 'PER_CASE' {
  const fee = stage.fee;
  if (!fee) return null;
  switch (fee.rule) {
    case 'DK_REMINDER_FEE':
      return {
        amountCents: requireDatedRowOn(DK_REMINDER_RULES, asOf, 'Danish reminder fee').feeCents,
        label: 'Reminder fee (rykkergebyr, renteloven 9b(2))',
      };
    case 'DK_HANDOVER_FEE':
      return {
        amountCents: requireDatedRowOn(DK_HANDOVER_FEE, asOf, 'Danish hand-over fee').amountCents,
        label: 'Hand-over to collection fee (renteloven 9b(3))',
      };
    case 'FIXED':
      return { amountCents: fee.amountCents, label: `${fee.label} (${fee.statute})` };
    default:
      return 'PER_CASE';
  }
}

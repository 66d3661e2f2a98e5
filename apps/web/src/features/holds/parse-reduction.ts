import { defineMessages } from 'react-intl';

export const REDUCTION_MESSAGES = defineMessages({
  format: { id: 'holds.reduction.format', defaultMessage: 'Enter an amount like 200 or 200,50 (no thousands separators).' },
  positive: { id: 'holds.reduction.positive', defaultMessage: 'The reduction must be above zero.' },
});

type ReductionError = (typeof REDUCTION_MESSAGES)[keyof typeof REDUCTION_MESSAGES];

/** A reduction typed as "200", "200,50" or "200.50" (no thousands separators) in integer cents, read digit by digit. */
export function parseReductionCents(text: string): { ok: true; cents: number } | { ok: false; error: ReductionError } {
  const match = /^(\d{1,10})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return { ok: false, error: REDUCTION_MESSAGES.format };
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return cents > 0 ? { ok: true, cents } : { ok: false, error: REDUCTION_MESSAGES.positive };
}

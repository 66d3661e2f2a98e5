/** Pure helpers of the dunning page. */
import { defineMessages, type IntlShape } from 'react-intl';
import { formatCents } from '../../ui/format';
import type { DunningRun, DunningStep } from './dunning.graphql';

/** The run for a date among the listed ones (the API lists the latest 30), or null. */
export function findRun(runs: readonly DunningRun[], asOf: string): DunningRun | null {
  return runs.find((r) => r.asOf === asOf) ?? null;
}

/** A finished run for this date exists: running it again returns that run and changes nothing. */
export function alreadyRun(runs: readonly DunningRun[], asOf: string): DunningRun | null {
  const run = findRun(runs, asOf);
  return run && run.status === 'DONE' ? run : null;
}

const DURATION_MESSAGES = defineMessages<{
  tenths: { seconds: number };
  seconds: { seconds: number };
  minutes: { minutes: number; seconds: string };
  hours: { hours: number; minutes: string };
}>({
  tenths: { id: 'dunning.duration.tenths', defaultMessage: '{seconds, number, ::.0} s' },
  seconds: { id: 'dunning.duration.seconds', defaultMessage: '{seconds} s' },
  minutes: { id: 'dunning.duration.minutes', defaultMessage: '{minutes} min {seconds} s' },
  hours: { id: 'dunning.duration.hours', defaultMessage: '{hours} h {minutes} min' },
});

/** "0.8 s", "12 s", "3 min 05 s", "1 h 02 min" in the language of `intl`; null while running or for bad timestamps. */
export function runDuration(intl: IntlShape, startedAt: string, finishedAt: string | null): string | null {
  if (!finishedAt) return null;
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 10_000) return intl.formatMessage(DURATION_MESSAGES.tenths, { seconds: Math.round(ms / 100) / 10 });
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return intl.formatMessage(DURATION_MESSAGES.seconds, { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return intl.formatMessage(DURATION_MESSAGES.minutes, { minutes, seconds: String(seconds % 60).padStart(2, '0') });
  return intl.formatMessage(DURATION_MESSAGES.hours, { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

export interface StepRow extends DunningStep {
  /** Earliest day after placement the stage is reached: the waits added up. */
  day: number;
}

/** Adds the earliest day of each stage (waits add up from placement; later runs only delay). */
export function withEarliestDays(steps: readonly DunningStep[]): StepRow[] {
  let day = 0;
  return steps.map((step) => {
    day += step.waitDays;
    return { ...step, day };
  });
}

/** How a step's fee reads: a fixed amount, a fee that depends on the claim, or none. */
export function feeText(step: Pick<DunningStep, 'feeCents' | 'feeLabel'>, currency: string): { amount: string | null; note: string | null } {
  if (step.feeCents > 0) return { amount: formatCents(step.feeCents, currency), note: step.feeLabel };
  if (step.feeLabel) return { amount: null, note: step.feeLabel };
  return { amount: null, note: null };
}

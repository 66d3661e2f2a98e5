/** Pure helpers of the dunning page. */
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

/** "0.8 s", "12 s", "3 min 05 s", "1 h 02 min"; null while running or for bad timestamps. */
export function runDuration(startedAt: string, finishedAt: string | null): string | null {
  if (!finishedAt) return null;
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 10_000) return `${(Math.round(ms / 100) / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
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

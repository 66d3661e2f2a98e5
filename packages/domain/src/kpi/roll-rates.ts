import { DUNNING_STAGES, isDunningStage, stageIndex, type DunningStage } from '../stages.js';

/**
 * Roll rates between dunning stages over a period. Of the cases that were in a stage at the start of
 * the period, each is counted once, by where it stood at the end of the period: still in the same
 * stage (stayed), in a later stage (rolled forward: to the next stage or further), in an earlier
 * stage (moved back), or no longer open because it was paid or closed (left). The shares are parts of
 * the cases at the start and add up to 1; they are null when no case was in the stage.
 */
export const ROLL_EXIT = 'CLOSED';

export interface StageMoveRow {
  fromStage: DunningStage;
  /** Stage at the end of the period, or 'CLOSED' for a case paid or closed during it. */
  toStage: DunningStage | typeof ROLL_EXIT;
  cases: number;
}

export interface StageStartRow {
  stage: DunningStage;
  casesAtStart: number;
}

export interface RollToStage {
  stage: DunningStage;
  cases: number;
  share: number | null;
}

export interface StageRollRate {
  stage: DunningStage;
  casesAtStart: number;
  /** The stage after this one in the sequence; null for the last stage. */
  nextStage: DunningStage | null;
  /** Share that rolled to the next stage; null also for the last stage, which has none. */
  rolledToNext: number | null;
  /** Each later stage with the cases and share that rolled to it (the next stage first). */
  rolledToLater: RollToStage[];
  /** Share that rolled to any later stage. */
  rolledForward: number | null;
  /** Share paid or closed. */
  left: number | null;
  /** Share back in an earlier stage. */
  movedBack: number | null;
  /** Share still in this stage. */
  stayed: number | null;
}

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

/** Roll rates for every dunning stage, in stage order. */
export function rollRates(starts: readonly StageStartRow[], moves: readonly StageMoveRow[]): StageRollRate[] {
  const atStart = new Map<DunningStage, number>();
  for (const { stage, casesAtStart } of starts) {
    if (!isDunningStage(stage)) throw new RangeError(`unknown stage ${String(stage)}`);
    assertCount('casesAtStart', casesAtStart);
    atStart.set(stage, (atStart.get(stage) ?? 0) + casesAtStart);
  }
  const moved = new Map<string, number>();
  for (const { fromStage, toStage, cases } of moves) {
    if (!isDunningStage(fromStage)) throw new RangeError(`unknown stage ${String(fromStage)}`);
    if (toStage !== ROLL_EXIT && !isDunningStage(toStage)) throw new RangeError(`unknown stage ${String(toStage)}`);
    if (toStage === fromStage) throw new RangeError(`a move from ${fromStage} to itself is not a move`);
    assertCount('cases', cases);
    const key = `${fromStage}>${toStage}`;
    moved.set(key, (moved.get(key) ?? 0) + cases);
  }
  const count = (from: DunningStage, to: DunningStage | typeof ROLL_EXIT): number => moved.get(`${from}>${to}`) ?? 0;

  return DUNNING_STAGES.map((stage) => {
    const n = atStart.get(stage) ?? 0;
    const share = (cases: number): number | null => (n === 0 ? null : cases / n);
    const index = stageIndex(stage);
    const later = DUNNING_STAGES.slice(index + 1);
    const rolledToLater = later.map((to) => ({ stage: to, cases: count(stage, to), share: share(count(stage, to)) }));
    const forward = rolledToLater.reduce((sum, r) => sum + r.cases, 0);
    const back = DUNNING_STAGES.slice(0, index).reduce((sum, to) => sum + count(stage, to), 0);
    const left = count(stage, ROLL_EXIT);
    const stayed = n - forward - back - left;
    if (stayed < 0) {
      throw new RangeError(`${forward + back + left} cases moved out of ${stage}, but only ${n} were in it at the start`);
    }
    const nextStage = later[0] ?? null;
    return {
      stage,
      casesAtStart: n,
      nextStage,
      rolledToNext: nextStage === null ? null : share(count(stage, nextStage)),
      rolledToLater,
      rolledForward: share(forward),
      left: share(left),
      movedBack: share(back),
      stayed: share(stayed),
    };
  });
}

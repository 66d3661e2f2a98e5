/**
 * Pure helpers of the team board's moves: selection, the moveCases input, and how a collector's
 * load before → after reads in the confirmation.
 */
import type { IntlShape } from 'react-intl';
import { formatNumber } from '../../ui/format';
import type { CollectorLoadChange, MoveCasesInput } from './team.graphql';

export type LoadTone = 'ok' | 'full' | 'over';

/** The board's colour for a queue of `size` cases against a capacity. */
export function loadTone(size: number, capacity: number): LoadTone {
  if (capacity <= 0) return size > 0 ? 'over' : 'ok';
  if (size > capacity) return 'over';
  if (size >= capacity) return 'full';
  return 'ok';
}

export function toMoveInput(
  cases: readonly { id: string; version: number }[],
  toCollectorId: string | null,
  allowOverCapacity = false,
): MoveCasesInput {
  return { moves: cases.map((c) => ({ caseId: c.id, expectedVersion: c.version })), toCollectorId, allowOverCapacity };
}

/** "Move 3 cases to Lena Becker" / "Return 1 case to the pool". */
export function moveTitle(intl: IntlShape, count: number, targetName: string | null): string {
  if (!targetName) {
    return intl.formatMessage({ id: 'team.move.title.toPool', defaultMessage: 'Return {count, plural, one {# case} other {# cases}} to the pool' }, { count });
  }
  return intl.formatMessage(
    { id: 'team.move.title.toCollector', defaultMessage: 'Move {count, plural, one {# case} other {# cases}} to {name}' },
    { count, name: targetName },
  );
}

/** "3 cases moved to Lena Becker." for the notice after a move. */
export function movedText(intl: IntlShape, moved: number, targetName: string | null): string {
  if (moved === 0 && targetName) {
    return intl.formatMessage(
      { id: 'team.move.done.nothingToCollector', defaultMessage: 'Nothing to move: the cases are already with {name}.' },
      { name: targetName },
    );
  }
  if (moved === 0) return intl.formatMessage({ id: 'team.move.done.nothingToPool', defaultMessage: 'Nothing to move: the cases are already in the pool.' });
  if (!targetName) {
    return intl.formatMessage(
      { id: 'team.move.done.toPool', defaultMessage: '{count, plural, one {# case} other {# cases}} returned to the pool.' },
      { count: moved },
    );
  }
  return intl.formatMessage(
    { id: 'team.move.done.toCollector', defaultMessage: '{count, plural, one {# case} other {# cases}} moved to {name}.' },
    { count: moved, name: targetName },
  );
}

export interface LoadChangeView {
  /** "10 → 13" */
  queue: string;
  /** "+3", "−2" or "±0" */
  delta: string;
  capacity: string;
  /** Fill of the capacity bar before and after, 0–100. */
  fillBefore: number;
  fillAfter: number;
  toneAfter: LoadTone;
  balanceBefore: number;
  balanceAfter: number;
}

function fill(size: number, capacity: number): number {
  if (capacity <= 0) return size > 0 ? 100 : 0;
  return Math.min(100, Math.round((size / capacity) * 100));
}

export function describeLoadChange(intl: IntlShape, change: CollectorLoadChange): LoadChangeView {
  const { before, after, capacity } = change;
  const delta = after.queueSize - before.queueSize;
  return {
    queue: `${formatNumber(before.queueSize)} → ${formatNumber(after.queueSize)}`,
    delta: delta > 0 ? `+${formatNumber(delta)}` : delta < 0 ? `−${formatNumber(-delta)}` : '±0',
    capacity: intl.formatMessage({ id: 'team.move.load.capacity', defaultMessage: 'of {capacity, number}' }, { capacity }),
    fillBefore: fill(before.queueSize, capacity),
    fillAfter: fill(after.queueSize, capacity),
    toneAfter: loadTone(after.queueSize, capacity),
    balanceBefore: before.openBalanceCents,
    balanceAfter: after.openBalanceCents,
  };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A move error as a person reads it: case ids are left out (the message names debtor and creditor),
 * and a conflict says that nothing moved and the lists were reloaded.
 */
export function readableMoveError(intl: IntlShape, error: { code: string | null; message: string }): string {
  const message = error.message.replace(/,\s*[0-9a-f-]{36}\)/gi, ')').replace(UUID, '').replace(/\s+/g, ' ').trim();
  if (error.code === 'CONFLICT') {
    const subject = /^(.*?) changed meanwhile/.exec(message)?.[1];
    return subject ? intl.formatMessage({ id: 'team.move.error.conflictNamed', defaultMessage: '{subject} was changed by someone else — nothing was moved. The lists are reloaded; check the selection and try again.' }, { subject }) : intl.formatMessage({ id: 'team.move.error.conflict', defaultMessage: 'A case was changed by someone else — nothing was moved. The lists are reloaded; check the selection and try again.' });
  }
  if (error.code === 'FORBIDDEN') return intl.formatMessage({ id: 'team.move.error.forbidden', defaultMessage: 'Not allowed: {message}' }, { message });
  if (error.code === 'NOT_FOUND') return intl.formatMessage({ id: 'team.move.error.notFound', defaultMessage: 'A case or collector no longer exists. The lists are reloaded; check the selection and try again.' });
  return message;
}

/** Toggles one id in a selection (a new set; the old one is left alone). */
export function toggleSelected(selected: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selected);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** Selects all of `ids`, or clears them when all were already selected. */
export function toggleAll(selected: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const all = ids.length > 0 && ids.every((id) => selected.has(id));
  const next = new Set(selected);
  for (const id of ids) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** What a drag carries: the selection when the dragged row is part of it, otherwise that row alone. */
export function dragSet<T extends { id: string }>(items: readonly T[], selected: ReadonlySet<string>, dragged: T): T[] {
  if (!selected.has(dragged.id)) return [dragged];
  return items.filter((i) => selected.has(i.id));
}

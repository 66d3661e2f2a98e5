import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { OnlineDot } from '../../ui/badge';
import { describeError } from '../../ui/describe-error';
import { AggregateMoney } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import type { QueueCase } from '../queue/queue.graphql';
import { describeLoadChange, movedText, moveTitle, plural, readableMoveError, toMoveInput } from './move-plan';
import { LOAD_PREVIEW, type Collector, type CollectorLoadChange } from './team.graphql';
import { MOVE_REFETCH, useMoveCases } from './hooks/use-move-cases';
import { DismissibleNotice, NoticeBar, type Notice } from '../../ui/notice-bar';

/** The lists a move changes; refetched after every move and every conflict. */
interface PendingMove {
  cases: QueueCase[];
  /** null = back to the pool */
  target: Collector | null;
}

interface TeamMoves {
  /** Opens the confirmation with the load preview. */
  requestMove: (cases: QueueCase[], toCollectorId: string | null) => void;
  /** The cases being dragged, or null. */
  dragging: QueueCase[] | null;
  startDrag: (cases: QueueCase[], event: React.DragEvent) => void;
  endDrag: () => void;
  /** Goes up after every completed move: lists clear their selection. */
  moveCount: number;
  collectors: Collector[];
  /** The outcome of the last move, shown by <MoveNotice>. */
  notice: Notice | null;
  clearNotice: () => void;
}

const TeamMovesContext = createContext<TeamMoves | null>(null);

export function useTeamMoves(): TeamMoves {
  const moves = useContext(TeamMovesContext);
  if (!moves) throw new Error('useTeamMoves needs a <TeamMovesProvider>');
  return moves;
}

/** Holds the board's drag and the pending move; renders the confirmation and the outcome notice. */
export function TeamMovesProvider({ collectors, children }: { collectors: Collector[]; children: ReactNode }) {
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [dragging, setDragging] = useState<QueueCase[] | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [moveCount, setMoveCount] = useState(0);
  const ghost = useRef<HTMLDivElement>(null);

  const requestMove = useCallback(
    (cases: QueueCase[], toCollectorId: string | null) => {
      if (!cases.length) return;
      const target = toCollectorId ? (collectors.find((c) => c.id === toCollectorId) ?? null) : null;
      if (toCollectorId && !target) return;
      setNotice(null);
      setPending({ cases, target });
    },
    [collectors],
  );

  const startDrag = useCallback((cases: QueueCase[], event: React.DragEvent) => {
    setDragging(cases);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', cases.map((c) => c.debtor.name).join('\n'));
    if (ghost.current) {
      ghost.current.textContent = cases.length === 1 ? cases[0].debtor.name : plural(cases.length, 'case');
      event.dataTransfer.setDragImage(ghost.current, 12, 12);
    }
  }, []);
  const endDrag = useCallback(() => setDragging(null), []);

  const clearNotice = useCallback(() => setNotice(null), []);
  const value = useMemo(
    () => ({ requestMove, dragging, startDrag, endDrag, moveCount, collectors, notice, clearNotice }),
    [requestMove, dragging, startDrag, endDrag, moveCount, collectors, notice, clearNotice],
  );

  return (
    <TeamMovesContext.Provider value={value}>
      {children}
      <div ref={ghost} className="drag-ghost" aria-hidden="true" />
      {pending ? (
        <MoveDialog
          move={pending}
          onClose={(outcome) => {
            setPending(null);
            if (outcome) setNotice(outcome);
            if (outcome?.tone === 'success') setMoveCount((n) => n + 1);
          }}
        />
      ) : null}
    </TeamMovesContext.Provider>
  );
}

/** Where the outcome of a move shows: "3 cases moved to Lena Becker." or why nothing moved. */
export function MoveNotice() {
  const { notice, clearNotice } = useTeamMoves();
  return (
    <div className="move-notice" data-testid="move-notice">
      <DismissibleNotice notice={notice} onClose={clearNotice} testId="team-notice" />
    </div>
  );
}

function LoadRow({ change, isTarget }: { change: CollectorLoadChange; isTarget: boolean }) {
  const view = describeLoadChange(change);
  return (
    <tr data-testid="load-change" data-collector-id={change.collector.id} className={change.overCapacity ? 'load-change-over' : undefined}>
      <td>
        <div className="collector-cell">
          <OnlineDot online={change.collector.online} />
          <span className="move-name">{change.collector.name}</span>
          <span className="muted small">{isTarget ? 'receives' : 'gives'}</span>
        </div>
      </td>
      <td>
        <div className={`load load-${view.toneAfter}`}>
          <span className="load-text">
            {view.queue} <span className="muted small">{view.capacity}</span>{' '}
            <span className={`load-delta ${change.delta > 0 ? 'up' : change.delta < 0 ? 'down' : ''}`}>{view.delta}</span>
          </span>
          <span className="load-bar load-bar-compare" aria-hidden="true">
            <span className="load-bar-before" style={{ width: `${view.fillBefore}%` }} />
            <span className="load-bar-after" style={{ width: `${view.fillAfter}%` }} />
          </span>
        </div>
      </td>
      <td className="num">
        <span className="muted">
          <AggregateMoney cents={view.balanceBefore} currency="EUR" />
        </span>{' '}
        → <AggregateMoney cents={view.balanceAfter} currency="EUR" />
      </td>
    </tr>
  );
}

/** The confirmation: which cases, each affected collector's load before → after, then moveCases. */
function MoveDialog({ move, onClose }: { move: PendingMove; onClose: (outcome: Notice | null) => void }) {
  const client = useApolloClient();
  const [allowOver, setAllowOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const input = useMemo(() => toMoveInput(move.cases, move.target?.id ?? null), [move]);
  const preview = useQuery(LOAD_PREVIEW, { variables: { input }, fetchPolicy: 'network-only' });
  const [moveCases] = useMoveCases();
  const targetName = move.target?.name ?? null;
  const title = moveTitle(move.cases.length, targetName);
  const data = preview.data?.loadPreview;
  const previewError = preview.error ? describeError(preview.error) : null;

  useEffect(() => {
    if (previewError?.code === 'CONFLICT' || previewError?.code === 'NOT_FOUND') {
      void client.refetchQueries({ include: MOVE_REFETCH });
    }
  }, [previewError?.code, client]);
  useEffect(() => {
    if (data) confirmRef.current?.focus();
  }, [data]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) onClose(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  async function confirm() {
    setBusy(true);
    try {
      const result = await moveCases({ variables: { input: { ...input, allowOverCapacity: allowOver } } });
      onClose({ tone: 'success', text: movedText(result.data?.moveCases.moved ?? 0, targetName) });
    } catch (err) {
      const described = describeError(err);
      if (described.code === 'CONFLICT' || described.code === 'NOT_FOUND') await client.refetchQueries({ include: MOVE_REFETCH });
      onClose({ tone: described.code === 'CONFLICT' ? 'info' : 'error', text: readableMoveError(described) });
    } finally {
      setBusy(false);
    }
  }

  const shown = move.cases.slice(0, 4);
  const canConfirm = !!data && data.moving > 0 && (!data.overCapacity || allowOver) && !busy;
  return (
    <div className="move-backdrop" onClick={() => (busy ? undefined : onClose(null))}>
      <div
        className="move-dialog card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="move-dialog-title"
        onClick={(e) => e.stopPropagation()}
        data-testid="move-dialog"
      >
        <header className="card-header">
          <h3 className="card-title" id="move-dialog-title">
            {title}
          </h3>
        </header>
        <div className="card-body">
          <p className="move-cases muted">
            {shown.map((c) => c.debtor.name).join(', ')}
            {move.cases.length > shown.length ? ` and ${move.cases.length - shown.length} more` : ''}
          </p>
          {preview.loading && !data ? <Spinner label="Working out the new loads…" /> : null}
          {previewError ? (
            <NoticeBar tone={previewError.code === 'CONFLICT' ? 'neutral' : 'error'} role="alert" testId="move-error">
              {readableMoveError(previewError)}
            </NoticeBar>
          ) : null}
          {data ? (
            <>
              <table className="table table-load-preview" data-testid="load-preview">
                <thead>
                  <tr>
                    <th>Collector</th>
                    <th>Queue before → after</th>
                    <th className="num">Open balance</th>
                  </tr>
                </thead>
                <tbody>
                  {data.loads.map((l) => (
                    <LoadRow key={l.collector.id} change={l} isTarget={l.collector.id === move.target?.id} />
                  ))}
                  {!move.target ? (
                    <tr className="load-change-pool">
                      <td colSpan={3} className="muted">
                        Unassigned pool receives {plural(data.moving, 'case')}
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
              {data.moving < move.cases.length ? (
                <p className="muted small">
                  {plural(move.cases.length - data.moving, 'case')} already {move.target ? `with ${move.target.name}` : 'in the pool'}: left as
                  is.
                </p>
              ) : null}
              {data.overCapacity ? (
                <NoticeBar className="move-warn" testId="over-capacity">
                  This goes over {move.target?.name}&rsquo;s capacity.
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={allowOver}
                      onChange={(e) => setAllowOver(e.target.checked)}
                      data-testid="allow-over-capacity"
                    />
                    Move anyway, over capacity
                  </label>
                </NoticeBar>
              ) : null}
            </>
          ) : null}
        </div>
        <footer className="move-dialog-actions">
          <button type="button" className="btn" onClick={() => onClose(null)} disabled={busy}>
            Cancel
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="btn btn-primary"
            onClick={() => void confirm()}
            disabled={!canConfirm}
            data-testid="confirm-move"
          >
            {busy ? 'Moving…' : title}
          </button>
        </footer>
      </div>
    </div>
  );
}

import { useApolloClient, useQuery } from '@apollo/client/react';
import * as Dialog from '@radix-ui/react-dialog';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { OnlineDot } from '../../ui/badge';
import { describeError } from '../../ui/describe-error';
import { REPORTING_CURRENCY } from '../../ui/format';
import { AggregateMoney } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import type { QueueCase } from '../queue/queue.graphql';
import { describeLoadChange, movedText, moveTitle, readableMoveError, toMoveInput } from './move-plan';
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
  /** A move waits for confirmation: the lists' shortcuts rest meanwhile. */
  confirming: boolean;
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
  const intl = useIntl();

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
      ghost.current.textContent =
        cases.length === 1
          ? cases[0].debtor.name
          : intl.formatMessage({ id: 'team.drag.caseCount', defaultMessage: '{count, plural, one {# case} other {# cases}}' }, { count: cases.length });
      event.dataTransfer.setDragImage(ghost.current, 12, 12);
    }
  }, [intl]);
  const endDrag = useCallback(() => setDragging(null), []);

  const clearNotice = useCallback(() => setNotice(null), []);
  const confirming = pending !== null;
  const value = useMemo(
    () => ({ requestMove, dragging, startDrag, endDrag, moveCount, confirming, collectors, notice, clearNotice }),
    [requestMove, dragging, startDrag, endDrag, moveCount, confirming, collectors, notice, clearNotice],
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
  const intl = useIntl();
  const view = describeLoadChange(intl, change);
  return (
    <tr data-testid="load-change" data-collector-id={change.collector.id} className={change.overCapacity ? 'load-change-over' : undefined}>
      <td>
        <div className="collector-cell">
          <OnlineDot online={change.collector.online} />
          <span className="move-name">{change.collector.name}</span>
          <span className="muted small">
            {isTarget ? (
              <FormattedMessage id="team.move.load.receives" defaultMessage="receives" />
            ) : (
              <FormattedMessage id="team.move.load.gives" defaultMessage="gives" />
            )}
          </span>
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
          <AggregateMoney cents={view.balanceBefore} currency={REPORTING_CURRENCY} />
        </span>{' '}
        → <AggregateMoney cents={view.balanceAfter} currency={REPORTING_CURRENCY} />
      </td>
    </tr>
  );
}

/** The confirmation: which cases, each affected collector's load before → after, then moveCases. */
function MoveDialog({ move, onClose }: { move: PendingMove; onClose: (outcome: Notice | null) => void }) {
  const intl = useIntl();
  const client = useApolloClient();
  const [allowOver, setAllowOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const input = useMemo(() => toMoveInput(move.cases, move.target?.id ?? null), [move]);
  const preview = useQuery(LOAD_PREVIEW, { variables: { input }, fetchPolicy: 'network-only' });
  const [moveCases] = useMoveCases();
  const targetName = move.target?.name ?? null;
  const title = moveTitle(intl, move.cases.length, targetName);
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

  async function confirm() {
    setBusy(true);
    try {
      const result = await moveCases({ variables: { input: { ...input, allowOverCapacity: allowOver } } });
      onClose({ tone: 'success', text: movedText(intl, result.data?.moveCases.moved ?? 0, targetName) });
    } catch (err) {
      const described = describeError(err);
      if (described.code === 'CONFLICT' || described.code === 'NOT_FOUND') await client.refetchQueries({ include: MOVE_REFETCH });
      onClose({ tone: described.code === 'CONFLICT' ? 'info' : 'error', text: readableMoveError(intl, described) });
    } finally {
      setBusy(false);
    }
  }

  const shown = move.cases.slice(0, 4);
  const canConfirm = !!data && data.moving > 0 && (!data.overCapacity || allowOver) && !busy;
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open && !busy) onClose(null);
      }}
    >
      <Dialog.Portal>
        <div className="dialog-overlay" />
        <Dialog.Content className="dialog-content move-dialog" data-testid="move-dialog">
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <Dialog.Description className="move-cases muted">
            {move.cases.length > shown.length ? (
              <FormattedMessage
                id="team.move.casesAndMore"
                defaultMessage="{names} and {more, number} more"
                values={{ names: shown.map((c) => c.debtor.name).join(', '), more: move.cases.length - shown.length }}
              />
            ) : (
              shown.map((c) => c.debtor.name).join(', ')
            )}
          </Dialog.Description>
          {preview.loading && !data ? (
            <Spinner label={intl.formatMessage({ id: 'team.move.loadingPreview', defaultMessage: 'Working out the new loads…' })} />
          ) : null}
          {previewError ? (
            <NoticeBar tone={previewError.code === 'CONFLICT' ? 'neutral' : 'error'} role="alert" testId="move-error">
              {readableMoveError(intl, previewError)}
            </NoticeBar>
          ) : null}
          {data ? (
            <>
              <table className="table table-load-preview" data-testid="load-preview">
                <thead>
                  <tr>
                    <th>
                      <FormattedMessage id="team.move.preview.collector" defaultMessage="Collector" />
                    </th>
                    <th>
                      <FormattedMessage id="team.move.preview.queue" defaultMessage="Queue before → after" />
                    </th>
                    <th className="num">
                      <FormattedMessage id="team.move.preview.balance" defaultMessage="Open balance" />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.loads.map((l) => (
                    <LoadRow key={l.collector.id} change={l} isTarget={l.collector.id === move.target?.id} />
                  ))}
                  {!move.target ? (
                    <tr className="load-change-pool">
                      <td colSpan={3} className="muted">
                        <FormattedMessage
                          id="team.move.preview.poolReceives"
                          defaultMessage="Unassigned pool receives {count, plural, one {# case} other {# cases}}"
                          values={{ count: data.moving }}
                        />
                      </td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
              {data.moving < move.cases.length ? (
                <p className="muted small">
                  {move.target ? (
                    <FormattedMessage
                      id="team.move.preview.alreadyWithCollector"
                      defaultMessage="{count, plural, one {# case is} other {# cases are}} already with {name}: left as is."
                      values={{ count: move.cases.length - data.moving, name: move.target.name }}
                    />
                  ) : (
                    <FormattedMessage
                      id="team.move.preview.alreadyInPool"
                      defaultMessage="{count, plural, one {# case is} other {# cases are}} already in the pool: left as is."
                      values={{ count: move.cases.length - data.moving }}
                    />
                  )}
                </p>
              ) : null}
              {data.overCapacity ? (
                <NoticeBar className="move-warn" testId="over-capacity">
                  <FormattedMessage
                    id="team.move.overCapacity"
                    defaultMessage="This goes over {name}’s capacity."
                    values={{ name: move.target?.name ?? '' }}
                  />
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={allowOver}
                      onChange={(e) => setAllowOver(e.target.checked)}
                      data-testid="allow-over-capacity"
                    />
                    <FormattedMessage id="team.move.allowOverCapacity" defaultMessage="Move anyway, over capacity" />
                  </label>
                </NoticeBar>
              ) : null}
            </>
          ) : null}
          <footer className="dialog-actions">
            <button type="button" className="btn" onClick={() => onClose(null)} disabled={busy}>
              <FormattedMessage id="team.move.cancel" defaultMessage="Cancel" />
            </button>
            <button
              ref={confirmRef}
              type="button"
              className="btn btn-primary"
              onClick={() => void confirm()}
              disabled={!canConfirm}
              data-testid="confirm-move"
            >
              {busy ? <FormattedMessage id="team.move.moving" defaultMessage="Moving…" /> : title}
            </button>
          </footer>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { useLabels } from '../../i18n/labels';
import { formatDate, formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { DUNNING_RUNS, DUNNING_STRATEGIES, type DunningRun, type DunningStrategy } from './dunning.graphql';
import { feeText, runDuration, withEarliestDays } from './dunning-view';
import { RunDunningCard } from './run-dunning';
import { RunHolds } from './run-holds';
import { SupervisoryAuthorityCard } from './supervisory-authority-card';
import { PrintBatchesCard } from './print-batches-card';
import { numberLocale } from '../../ui/format';
import './dunning.css';

/** Who may start a run (the API's role check on `runDunning`). */
const RUNNERS = new Set(['LEAD', 'ADMIN']);

const CHANNEL_LABELS: Record<string, string> = { LETTER: 'Letter', EMAIL: 'E-mail', PHONE: 'Phone', SMS: 'SMS' };

function RunStatusBadge({ status }: { status: string }) {
  if (status === 'DONE') return <Badge tone="good">Done</Badge>;
  if (status === 'RUNNING')
    return (
      <Badge tone="info" title="Not finished (still running, or stopped part-way: running the date again completes it)">
        Running
      </Badge>
    );
  return <Badge tone="neutral">{status}</Badge>;
}

function RunsCard({ runs, loading, error, onRetry, highlightId }: {
  runs: readonly DunningRun[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  highlightId: string | null;
}) {
  const int = new Intl.NumberFormat(numberLocale());
  return (
    <Card title="Recent runs" flush testId="dunning-runs">
      {error ? <ErrorBanner error={error} title="Could not load the runs." onRetry={onRetry} /> : null}
      {loading && runs.length === 0 ? <Spinner label="Loading runs…" /> : null}
      {!loading && !error && runs.length === 0 ? <p className="muted card-pad">No dunning run yet.</p> : null}
      {runs.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-runs">
            <thead>
              <tr>
                <th>As of</th>
                <th>Status</th>
                <th className="num" title="Cases moved one stage on">
                  Advanced
                </th>
                <th className="num">Fees charged</th>
                <th className="num" title="Letters queued, one per debtor and creditor">
                  Letters
                </th>
                <th className="num">E-mails</th>
                <th className="num">Promises broken</th>
                <th className="num" title="Cases due for a letter that the run held: RDG 13a statements missing (see below)">
                  Held
                </th>
                <th>Started</th>
                <th className="num">Took</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className={run.id === highlightId ? 'selected' : undefined} data-testid="dunning-run-row" data-as-of={run.asOf}>
                  <td>
                    <strong>{formatDate(run.asOf)}</strong>
                  </td>
                  <td>
                    <RunStatusBadge status={run.status} />
                  </td>
                  <td className="num">{int.format(run.advanced)}</td>
                  <td className="num">{int.format(run.feesCharged)}</td>
                  <td className="num">{int.format(run.letters)}</td>
                  <td className="num">{int.format(run.emails)}</td>
                  <td className="num">{int.format(run.promisesBroken)}</td>
                  <td className="num">{run.held > 0 ? <Badge tone="warn">{int.format(run.held)}</Badge> : int.format(run.held)}</td>
                  <td className="muted">{formatDateTime(run.startedAt)}</td>
                  <td className="num muted">{runDuration(run.startedAt, run.finishedAt) ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}

function StrategyCard({ strategy }: { strategy: DunningStrategy }) {
  const labels = useLabels();
  const { creditor } = strategy;
  const rows = withEarliestDays(strategy.steps);
  return (
    <Card
      title={creditor.name}
      flush
      testId="dunning-strategy"
      actions={
        <>
          <Badge tone="neutral" title="Country whose law applies">
            {creditor.country} · {creditor.currency}
          </Badge>
          {strategy.isDefault ? (
            <Badge tone="info" title="The creditor uses its country's default strategy">
              {creditor.country} default
            </Badge>
          ) : (
            <Badge tone="accent" title="A strategy agreed with this creditor">
              Custom
            </Badge>
          )}
        </>
      }
    >
      <div className="table-wrap">
        <table className="table table-strategy">
          <thead>
            <tr>
              <th>Stage</th>
              <th className="num" title="Days after entering the previous stage (the first stage: after placement)">
                Wait
              </th>
              <th className="num" title="Earliest day after placement, when every stage follows on time">
                Day
              </th>
              <th>Channel</th>
              <th>Fee</th>
              <th className="num" title="Payment window printed on the letter">
                Pays within
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((step, index) => {
              const fee = feeText(step, creditor.currency);
              return (
                <tr key={`${step.stage}-${index}`}>
                  <td>
                    <span className="step-index">{index + 1}</span>
                    {labels.stage(step.stage)}
                  </td>
                  <td className="num">{step.waitDays === 0 ? 'at once' : `${step.waitDays} d`}</td>
                  <td className="num muted">{step.day}</td>
                  <td>{CHANNEL_LABELS[step.channel] ?? step.channel}</td>
                  <td className="strategy-fee">
                    {fee.amount ? <span className="money">{fee.amount}</span> : null}
                    {fee.note ? <span className={fee.amount ? 'muted small' : 'small'}>{fee.amount ? ` · ${fee.note}` : fee.note}</span> : null}
                    {!fee.amount && !fee.note ? <span className="muted">—</span> : null}
                  </td>
                  <td className="num">{step.paymentWindowDays === null ? <span className="muted">—</span> : `${step.paymentWindowDays} d`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function Strategies() {
  const { data, loading, error, refetch } = useQuery(DUNNING_STRATEGIES, { fetchPolicy: 'cache-and-network' });
  const strategies = data?.dunningStrategies ?? [];
  return (
    <section className="dunning-strategies" aria-labelledby="dunning-strategies-title" data-testid="dunning-strategies">
      <div className="section-header">
        <h2 id="dunning-strategies-title">Strategies</h2>
        <span className="muted small">
          Stages in order, per creditor. A case enters the next stage on the first run after its wait has passed.
        </span>
      </div>
      {error ? <ErrorBanner error={error} title="Could not load the strategies." onRetry={() => void refetch()} /> : null}
      {loading && strategies.length === 0 ? <Spinner label="Loading strategies…" /> : null}
      <div className="strategy-grid">
        {strategies.map((s) => (
          <StrategyCard key={s.creditor.id} strategy={s} />
        ))}
      </div>
    </section>
  );
}

/** `/dunning` (leads, managers, admins): the dunning runs, starting one (leads, admins), and each creditor's strategy. */
export function DunningPage() {
  const user = useCurrentUser();
  const canRun = RUNNERS.has(user.role);
  const runs = useQuery(DUNNING_RUNS, { fetchPolicy: 'cache-and-network' });
  const list = runs.data?.dunningRuns ?? [];
  const [lastRunId, setLastRunId] = useState<string | null>(null);

  return (
    <div className="page page-dunning" data-testid="dunning-page">
      <div className="page-header">
        <h1>Dunning</h1>
        <span className="muted">
          A scheduled run steps cases through their creditor&apos;s strategy every morning.
          {canRun ? ' Run a date by hand to catch up.' : ' Team leads and admins can also run a date by hand.'}
        </span>
      </div>
      <div className={canRun ? 'dunning-top' : undefined}>
        {canRun ? <RunDunningCard runs={list} onResult={(run) => setLastRunId(run.id)} /> : null}
        <RunsCard
          runs={list}
          loading={runs.loading}
          error={runs.error && !runs.data ? runs.error : null}
          onRetry={() => void runs.refetch()}
          highlightId={lastRunId}
        />
      </div>
      <RunHolds runs={list} highlightId={lastRunId} />
      {canRun ? <PrintBatchesCard /> : null}
      <SupervisoryAuthorityCard canEdit={user.role === 'ADMIN'} today={todayIso()} />
      <Strategies />
    </div>
  );
}

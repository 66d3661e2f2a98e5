import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCurrentUser } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { useLabels } from '../../i18n/labels';
import { formatDate, formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { formatNumber } from '../../ui/format';
import { channelLabel } from './dunning-messages';
import { DUNNING_RUNS, DUNNING_STRATEGIES, type DunningRun, type DunningStrategy } from './dunning.graphql';
import { feeText, runDuration, withEarliestDays } from './dunning-view';
import { RunDunningCard } from './run-dunning';
import { RunHolds } from './run-holds';
import { SupervisoryAuthorityCard } from './supervisory-authority-card';
import { PrintBatchesCard } from './print-batches-card';
import './dunning.css';

/** Who may start a run (the API's role check on `runDunning`). */
const RUNNERS = new Set(['LEAD', 'ADMIN']);

function RunStatusBadge({ status }: { status: string }) {
  const intl = useIntl();
  if (status === 'DONE')
    return (
      <Badge tone="good">
        <FormattedMessage id="dunning.runs.status.done" defaultMessage="Done" />
      </Badge>
    );
  if (status === 'RUNNING')
    return (
      <Badge
        tone="info"
        title={intl.formatMessage({
          id: 'dunning.runs.status.runningHint',
          defaultMessage: 'Not finished (still running, or stopped part-way: running the date again completes it)',
        })}
      >
        <FormattedMessage id="dunning.runs.status.running" defaultMessage="Running" />
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
  const intl = useIntl();
  return (
    <Card title={<FormattedMessage id="dunning.runs.title" defaultMessage="Recent runs" />} flush testId="dunning-runs">
      {error ? (
        <ErrorBanner error={error} title={intl.formatMessage({ id: 'dunning.runs.loadError', defaultMessage: 'Could not load the runs.' })} onRetry={onRetry} />
      ) : null}
      {loading && runs.length === 0 ? <Spinner label={intl.formatMessage({ id: 'dunning.runs.loading', defaultMessage: 'Loading runs…' })} /> : null}
      {!loading && !error && runs.length === 0 ? (
        <p className="muted card-pad">
          <FormattedMessage id="dunning.runs.none" defaultMessage="No dunning run yet." />
        </p>
      ) : null}
      {runs.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-runs">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="dunning.runs.asOf" defaultMessage="As of" />
                </th>
                <th>
                  <FormattedMessage id="dunning.runs.status" defaultMessage="Status" />
                </th>
                <th className="num" title={intl.formatMessage({ id: 'dunning.runs.advancedHint', defaultMessage: 'Cases moved one stage on' })}>
                  <FormattedMessage id="dunning.runs.advanced" defaultMessage="Advanced" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.runs.fees" defaultMessage="Fees charged" />
                </th>
                <th className="num" title={intl.formatMessage({ id: 'dunning.runs.lettersHint', defaultMessage: 'Letters queued, one per debtor and creditor' })}>
                  <FormattedMessage id="dunning.runs.letters" defaultMessage="Letters" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.runs.emails" defaultMessage="E-mails" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.runs.promisesBroken" defaultMessage="Promises broken" />
                </th>
                <th
                  className="num"
                  title={intl.formatMessage({
                    id: 'dunning.runs.heldHint',
                    defaultMessage: 'Cases due for a letter that the run held: RDG 13a statements missing (see below)',
                  })}
                >
                  <FormattedMessage id="dunning.runs.held" defaultMessage="Held" />
                </th>
                <th>
                  <FormattedMessage id="dunning.runs.started" defaultMessage="Started" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.runs.took" defaultMessage="Took" />
                </th>
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
                  <td className="num">{formatNumber(run.advanced)}</td>
                  <td className="num">{formatNumber(run.feesCharged)}</td>
                  <td className="num">{formatNumber(run.letters)}</td>
                  <td className="num">{formatNumber(run.emails)}</td>
                  <td className="num">{formatNumber(run.promisesBroken)}</td>
                  <td className="num">{run.held > 0 ? <Badge tone="warn">{formatNumber(run.held)}</Badge> : formatNumber(run.held)}</td>
                  <td className="muted">{formatDateTime(run.startedAt)}</td>
                  <td className="num muted">{runDuration(intl, run.startedAt, run.finishedAt) ?? '—'}</td>
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
  const intl = useIntl();
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
          <Badge tone="neutral" title={intl.formatMessage({ id: 'dunning.strategy.countryHint', defaultMessage: 'Country whose law applies' })}>
            {creditor.country} · {creditor.currency}
          </Badge>
          {strategy.isDefault ? (
            <Badge
              tone="info"
              title={intl.formatMessage({ id: 'dunning.strategy.defaultHint', defaultMessage: "The creditor uses its country's default strategy" })}
            >
              <FormattedMessage id="dunning.strategy.default" defaultMessage="{country} default" values={{ country: creditor.country }} />
            </Badge>
          ) : (
            <Badge tone="accent" title={intl.formatMessage({ id: 'dunning.strategy.customHint', defaultMessage: 'A strategy agreed with this creditor' })}>
              <FormattedMessage id="dunning.strategy.custom" defaultMessage="Custom" />
            </Badge>
          )}
        </>
      }
    >
      <div className="table-wrap" tabIndex={0}>
        <table className="table table-strategy">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="dunning.strategy.stage" defaultMessage="Stage" />
              </th>
              <th
                className="num"
                title={intl.formatMessage({
                  id: 'dunning.strategy.waitHint',
                  defaultMessage: 'Days after entering the previous stage (the first stage: after placement)',
                })}
              >
                <FormattedMessage id="dunning.strategy.wait" defaultMessage="Wait" />
              </th>
              <th
                className="num"
                title={intl.formatMessage({ id: 'dunning.strategy.dayHint', defaultMessage: 'Earliest day after placement, when every stage follows on time' })}
              >
                <FormattedMessage id="dunning.strategy.day" defaultMessage="Day" />
              </th>
              <th>
                <FormattedMessage id="dunning.strategy.channel" defaultMessage="Channel" />
              </th>
              <th>
                <FormattedMessage id="dunning.strategy.fee" defaultMessage="Fee" />
              </th>
              <th className="num" title={intl.formatMessage({ id: 'dunning.strategy.paysWithinHint', defaultMessage: 'Payment window printed on the letter' })}>
                <FormattedMessage id="dunning.strategy.paysWithin" defaultMessage="Pays within" />
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((step, index) => {
              const fee = feeText(step, creditor.currency);
              return (
                <tr key={`${step.stage}-${index}`}>
                  <td>
                    <span className="step-index">{formatNumber(index + 1)}</span>
                    {labels.stage(step.stage)}
                  </td>
                  <td className="num">
                    {step.waitDays === 0 ? (
                      <FormattedMessage id="dunning.strategy.atOnce" defaultMessage="at once" />
                    ) : (
                      <FormattedMessage id="dunning.strategy.days" defaultMessage="{days, number} d" values={{ days: step.waitDays }} />
                    )}
                  </td>
                  <td className="num muted">{formatNumber(step.day)}</td>
                  <td>{channelLabel(intl, step.channel)}</td>
                  <td className="strategy-fee">
                    {fee.amount ? <span className="money">{fee.amount}</span> : null}
                    {fee.note ? <span className={fee.amount ? 'muted small' : 'small'}>{fee.amount ? <> · {fee.note}</> : fee.note}</span> : null}
                    {!fee.amount && !fee.note ? <span className="muted">—</span> : null}
                  </td>
                  <td className="num">
                    {step.paymentWindowDays === null ? (
                      <span className="muted">—</span>
                    ) : (
                      <FormattedMessage id="dunning.strategy.days" defaultMessage="{days, number} d" values={{ days: step.paymentWindowDays }} />
                    )}
                  </td>
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
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(DUNNING_STRATEGIES, { fetchPolicy: 'cache-and-network' });
  const strategies = data?.dunningStrategies ?? [];
  return (
    <section className="dunning-strategies" aria-labelledby="dunning-strategies-title" data-testid="dunning-strategies">
      <div className="section-header">
        <h2 id="dunning-strategies-title">
          <FormattedMessage id="dunning.strategies.title" defaultMessage="Strategies" />
        </h2>
        <span className="muted small">
          <FormattedMessage
            id="dunning.strategies.intro"
            defaultMessage="Stages in order, per creditor. A case enters the next stage on the first run after its wait has passed."
          />
        </span>
      </div>
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'dunning.strategies.loadError', defaultMessage: 'Could not load the strategies.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && strategies.length === 0 ? (
        <Spinner label={intl.formatMessage({ id: 'dunning.strategies.loading', defaultMessage: 'Loading strategies…' })} />
      ) : null}
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
        <h1>
          <FormattedMessage id="dunning.page.title" defaultMessage="Dunning" />
        </h1>
        <span className="muted">
          {canRun ? (
            <FormattedMessage
              id="dunning.page.introRunner"
              defaultMessage="A scheduled run steps cases through their creditor's strategy every morning. Run a date by hand to catch up."
            />
          ) : (
            <FormattedMessage
              id="dunning.page.introViewer"
              defaultMessage="A scheduled run steps cases through their creditor's strategy every morning. Team leads and admins can also run a date by hand."
            />
          )}
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

import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime, isIsoDate, todayIso } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { PREVIEW_DUNNING, type DunningRun } from './dunning.graphql';
import { RunPreview } from './run-preview';
import { alreadyRun, runDuration } from './dunning-view';
import { numberLocale } from '../../ui/format';
import { useRunDunning } from './hooks/use-run-dunning';
import { NoticeBar } from '../../ui/notice-bar';

type Step = 'choose' | 'confirm';

interface Outcome {
  run: DunningRun;
  /** The date had a finished run before: the API returned it unchanged. */
  repeated: boolean;
}

export function RunFigures({ run }: { run: DunningRun }) {
  const int = new Intl.NumberFormat(numberLocale());
  const figures: [string, number, string, string][] = [
    ['Cases advanced', run.advanced, 'advanced', 'Cases moved one stage on'],
    ['Fees charged', run.feesCharged, 'fees', 'Stage fees booked on cases'],
    ['Letters', run.letters, 'letters', 'Letters queued, one per debtor and creditor'],
    ['E-mails', run.emails, 'emails', 'E-mails queued'],
    ['Promises broken', run.promisesBroken, 'promises-broken', 'Promises whose date passed unpaid'],
  ];
  return (
    <dl className="run-figures" data-testid="dunning-result-figures">
      {figures.map(([label, value, id, title]) => (
        <div key={id} title={title} data-testid={`dunning-count-${id}`}>
          <dt>{label}</dt>
          <dd>{int.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function outcomeText({ run, repeated }: Outcome): string {
  const day = formatDate(run.asOf);
  if (repeated) return `${day} had already been run; nothing changed. These are the figures of that run.`;
  if (run.status !== 'DONE') return `Dunning for ${day} is ${run.status.toLowerCase()}.`;
  const took = runDuration(run.startedAt, run.finishedAt);
  return `Dunning for ${day} done${took ? ` in ${took}` : ''}.`;
}

/**
 * Leads and admins start the dunning run for a date: choose the date, confirm, see what it did.
 * The API runs each date once; a finished date comes back unchanged.
 */
export function RunDunningCard({ runs, onResult }: { runs: readonly DunningRun[]; onResult?: (run: DunningRun) => void }) {
  const [asOf, setAsOf] = useState(() => todayIso());
  const [step, setStep] = useState<Step>('choose');
  const [dateError, setDateError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [runDunning, { loading, error, reset }] = useRunDunning();
  // What the run would do, asked again each time the lead confirms a date (the API changes nothing for it).
  const [loadPreview, preview] = useLazyQuery(PREVIEW_DUNNING, { fetchPolicy: 'network-only' });

  const today = todayIso();
  const previous = isIsoDate(asOf) ? alreadyRun(runs, asOf) : null;
  const label = isIsoDate(asOf) ? formatDate(asOf) : 'this date';

  function onChoose(event: FormEvent) {
    event.preventDefault();
    reset();
    setOutcome(null);
    if (!isIsoDate(asOf)) {
      setDateError('Choose a date.');
      return;
    }
    if (asOf > today) {
      setDateError(`A run can be dated today (${formatDate(today)}) at the latest.`);
      return;
    }
    setDateError(null);
    setStep('confirm');
    void loadPreview({ variables: { asOf } }).catch(() => undefined);
  }

  async function onConfirm() {
    reset();
    const before = previous;
    try {
      const { data } = await runDunning({ variables: { asOf } });
      if (data) {
        setOutcome({ run: data.runDunning, repeated: before !== null && before.id === data.runDunning.id });
        onResult?.(data.runDunning);
      }
      setStep('choose');
    } catch {
      /* shown inline; the confirm step stays for a retry */
    }
  }

  return (
    <Card title="Run dunning" testId="dunning-run" className="run-dunning-card">
      <form className="form" onSubmit={onChoose} noValidate>
        <div className="run-dunning-row">
          <label className="field">
            <span className="field-label">As of</span>
            <input
              type="date"
              value={asOf}
              max={today}
              onChange={(e) => {
                setAsOf(e.target.value);
                setStep('choose');
                setOutcome(null);
                reset();
              }}
              disabled={loading}
              data-testid="dunning-date"
            />
            {dateError ? <span className="field-error">{dateError}</span> : null}
          </label>
          {step === 'choose' ? (
            <button type="submit" className="btn btn-primary" disabled={loading} data-testid="dunning-run-start">
              Run dunning for {label}
            </button>
          ) : null}
        </div>
        <p className="muted small run-dunning-help">
          Moves every open case whose wait has passed one stage on, charges the stage fees, queues the letters and e-mails and marks
          promises broken whose date passed unpaid. Each date runs once: running a date twice changes nothing.
        </p>
      </form>

      {step === 'confirm' ? (
        <div className="run-confirm" role="group" aria-label="Confirm the dunning run" data-testid="dunning-confirm">
          <p className="run-confirm-text">
            <strong>Run dunning for {label}?</strong>{' '}
            {previous ? (
              <>
                {label} was already run (finished {formatDateTime(previous.finishedAt)}): running it again changes nothing and shows that
                run&apos;s figures.
              </>
            ) : (
              <>Cases, fees, letters and e-mails are booked as of that day. This cannot be undone, but running the same date again changes nothing.</>
            )}
          </p>
          {preview.loading ? <Spinner inline label="Working out what the run would do…" /> : null}
          <FormError error={preview.error} />
          {preview.data && preview.data.previewDunning.asOf === asOf ? <RunPreview preview={preview.data.previewDunning} /> : null}
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void onConfirm()}
              disabled={loading || preview.loading || Boolean(preview.error)}
              data-testid="dunning-run-confirm"
            >
              {loading ? 'Running…' : previous ? 'Run again' : 'Yes, run dunning'}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setStep('choose')} disabled={loading} data-testid="dunning-run-cancel">
              Cancel
            </button>
            {loading ? <Spinner inline label="The run can take a minute on a large portfolio…" /> : null}
          </div>
        </div>
      ) : null}

      <FormError error={error} />

      {outcome ? (
        <div className="run-result" data-testid="dunning-result">
          <NoticeBar tone={outcome.repeated ? 'neutral' : 'success'}>{outcomeText(outcome)}</NoticeBar>
          <RunFigures run={outcome.run} />
        </div>
      ) : null}
    </Card>
  );
}

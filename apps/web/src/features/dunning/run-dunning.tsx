import { useLazyQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl, type IntlShape, type MessageDescriptor } from 'react-intl';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime, isIsoDate, todayIso } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatNumber } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { PREVIEW_DUNNING, type DunningRun } from './dunning.graphql';
import { RunPreview } from './run-preview';
import { alreadyRun, runDuration } from './dunning-view';
import { useRunDunning } from './hooks/use-run-dunning';
import { NoticeBar } from '../../ui/notice-bar';
import { RUN_FIGURE_MESSAGES } from './dunning-messages';
import { DateInput } from '../../ui/date-input';

type Step = 'choose' | 'confirm';

interface Outcome {
  run: DunningRun;
  /** The date had a finished run before: the API returned it unchanged. */
  repeated: boolean;
}

const FIGURE_HINTS = defineMessages({
  advanced: { id: 'dunning.figures.advancedHint', defaultMessage: 'Cases moved one stage on' },
  fees: { id: 'dunning.figures.feesHint', defaultMessage: 'Stage fees booked on cases' },
  letters: { id: 'dunning.figures.lettersHint', defaultMessage: 'Letters queued, one per debtor and creditor' },
  emails: { id: 'dunning.figures.emailsHint', defaultMessage: 'E-mails queued' },
  promisesBroken: { id: 'dunning.figures.promisesBrokenHint', defaultMessage: 'Promises whose date passed unpaid' },
});

const OUTCOME_MESSAGES = defineMessages<{
  repeated: { day: string };
  unfinished: { day: string; status: string };
  done: { day: string };
  doneIn: { day: string; took: string };
}>({
  repeated: {
    id: 'dunning.run.outcome.repeated',
    defaultMessage: '{day} had already been run; nothing changed. These are the figures of that run.',
  },
  unfinished: {
    id: 'dunning.run.outcome.unfinished',
    defaultMessage: 'Dunning for {day} is {status, select, RUNNING {still running} other {not finished}}.',
  },
  done: { id: 'dunning.run.outcome.done', defaultMessage: 'Dunning for {day} done.' },
  doneIn: { id: 'dunning.run.outcome.doneIn', defaultMessage: 'Dunning for {day} done in {took}.' },
});

export function RunFigures({ run }: { run: DunningRun }) {
  const intl = useIntl();
  const figures: [MessageDescriptor, number, string, MessageDescriptor][] = [
    [RUN_FIGURE_MESSAGES.advanced, run.advanced, 'advanced', FIGURE_HINTS.advanced],
    [RUN_FIGURE_MESSAGES.fees, run.feesCharged, 'fees', FIGURE_HINTS.fees],
    [RUN_FIGURE_MESSAGES.letters, run.letters, 'letters', FIGURE_HINTS.letters],
    [RUN_FIGURE_MESSAGES.emails, run.emails, 'emails', FIGURE_HINTS.emails],
    [RUN_FIGURE_MESSAGES.promisesBroken, run.promisesBroken, 'promises-broken', FIGURE_HINTS.promisesBroken],
  ];
  return (
    <dl className="run-figures" data-testid="dunning-result-figures">
      {figures.map(([label, value, id, title]) => (
        <div key={id} title={intl.formatMessage(title)} data-testid={`dunning-count-${id}`}>
          <dt>{intl.formatMessage(label)}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function outcomeText(intl: IntlShape, { run, repeated }: Outcome): string {
  const day = formatDate(run.asOf);
  if (repeated) return intl.formatMessage(OUTCOME_MESSAGES.repeated, { day });
  if (run.status !== 'DONE') return intl.formatMessage(OUTCOME_MESSAGES.unfinished, { day, status: run.status });
  const took = runDuration(intl, run.startedAt, run.finishedAt);
  return took ? intl.formatMessage(OUTCOME_MESSAGES.doneIn, { day, took }) : intl.formatMessage(OUTCOME_MESSAGES.done, { day });
}

/** Why the chosen date cannot be run. */
type DateProblem = { kind: 'missing' } | { kind: 'future'; today: string };

function DateProblemText({ problem }: { problem: DateProblem }) {
  if (problem.kind === 'missing') return <FormattedMessage id="dunning.run.dateMissing" defaultMessage="Choose a date." />;
  return (
    <FormattedMessage
      id="dunning.run.dateInFuture"
      defaultMessage="A run can be dated today ({today}) at the latest."
      values={{ today: formatDate(problem.today) }}
    />
  );
}

/**
 * Leads and admins start the dunning run for a date: choose the date, confirm, see what it did.
 * The API runs each date once; a finished date comes back unchanged.
 */
export function RunDunningCard({ runs, onResult }: { runs: readonly DunningRun[]; onResult?: (run: DunningRun) => void }) {
  const intl = useIntl();
  const [asOf, setAsOf] = useState(() => todayIso());
  const [step, setStep] = useState<Step>('choose');
  const [dateError, setDateError] = useState<DateProblem | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [runDunning, { loading, error, reset }] = useRunDunning();
  // What the run would do, asked again each time the lead confirms a date (the API changes nothing for it).
  const [loadPreview, preview] = useLazyQuery(PREVIEW_DUNNING, { fetchPolicy: 'network-only' });

  const today = todayIso();
  const previous = isIsoDate(asOf) ? alreadyRun(runs, asOf) : null;
  const chosenDate = isIsoDate(asOf) ? formatDate(asOf) : null;

  function onChoose(event: FormEvent) {
    event.preventDefault();
    reset();
    setOutcome(null);
    if (!isIsoDate(asOf)) {
      setDateError({ kind: 'missing' });
      return;
    }
    if (asOf > today) {
      setDateError({ kind: 'future', today });
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
    <Card title={<FormattedMessage id="dunning.run.title" defaultMessage="Run dunning" />} testId="dunning-run" className="run-dunning-card">
      <form className="form" onSubmit={onChoose} noValidate>
        <div className="run-dunning-row">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="dunning.run.asOf" defaultMessage="As of" />
            </span>
            <DateInput
              value={asOf}
              max={today}
              onChange={(next) => {
                setAsOf(next);
                setStep('choose');
                setOutcome(null);
                reset();
              }}
              disabled={loading}
              data-testid="dunning-date"
            />
            {dateError ? (
              <span className="field-error">
                <DateProblemText problem={dateError} />
              </span>
            ) : null}
          </label>
          {step === 'choose' ? (
            <button type="submit" className="btn btn-primary" disabled={loading} data-testid="dunning-run-start">
              {chosenDate ? (
                <FormattedMessage id="dunning.run.startFor" defaultMessage="Run dunning for {date}" values={{ date: chosenDate }} />
              ) : (
                <FormattedMessage id="dunning.run.startForThisDate" defaultMessage="Run dunning for this date" />
              )}
            </button>
          ) : null}
        </div>
        <p className="muted small run-dunning-help">
          <FormattedMessage
            id="dunning.run.help"
            defaultMessage="Moves every open case whose wait has passed one stage on, charges the stage fees, queues the letters and e-mails and marks promises broken whose date passed unpaid. Each date runs once: running a date twice changes nothing."
          />
        </p>
      </form>

      {step === 'confirm' ? (
        <div
          className="run-confirm"
          role="group"
          aria-label={intl.formatMessage({ id: 'dunning.run.confirmGroup', defaultMessage: 'Confirm the dunning run' })}
          data-testid="dunning-confirm"
        >
          <p className="run-confirm-text">
            <strong>
              <FormattedMessage id="dunning.run.confirmQuestion" defaultMessage="Run dunning for {date}?" values={{ date: chosenDate ?? asOf }} />
            </strong>{' '}
            {previous ? (
              <FormattedMessage
                id="dunning.run.confirmAlreadyRun"
                defaultMessage="{date} was already run (finished {finished}): running it again changes nothing and shows that run's figures."
                values={{ date: chosenDate ?? asOf, finished: formatDateTime(previous.finishedAt) }}
              />
            ) : (
              <FormattedMessage
                id="dunning.run.confirmNew"
                defaultMessage="Cases, fees, letters and e-mails are booked as of that day. This cannot be undone, but running the same date again changes nothing."
              />
            )}
          </p>
          {preview.loading ? (
            <Spinner inline label={intl.formatMessage({ id: 'dunning.run.previewLoading', defaultMessage: 'Working out what the run would do…' })} />
          ) : null}
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
              {loading ? (
                <FormattedMessage id="dunning.run.running" defaultMessage="Running…" />
              ) : previous ? (
                <FormattedMessage id="dunning.run.runAgain" defaultMessage="Run again" />
              ) : (
                <FormattedMessage id="dunning.run.confirm" defaultMessage="Yes, run dunning" />
              )}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setStep('choose')} disabled={loading} data-testid="dunning-run-cancel">
              <FormattedMessage id="dunning.run.cancel" defaultMessage="Cancel" />
            </button>
            {loading ? (
              <Spinner inline label={intl.formatMessage({ id: 'dunning.run.runningHint', defaultMessage: 'The run can take a minute on a large portfolio…' })} />
            ) : null}
          </div>
        </div>
      ) : null}

      <FormError error={error} />

      {outcome ? (
        <div className="run-result" data-testid="dunning-result">
          <NoticeBar tone={outcome.repeated ? 'neutral' : 'success'}>{outcomeText(intl, outcome)}</NoticeBar>
          <RunFigures run={outcome.run} />
        </div>
      ) : null}
    </Card>
  );
}

import { FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels';
import { formatCents, formatNumber, type CurrencyCode } from '../../ui/format';
import { channelLabel, RUN_FIGURE_MESSAGES } from './dunning-messages';
import type { DunningPreview } from './dunning.graphql';

/** What the run of the chosen date would do (previewDunning), shown before the lead confirms it. */
export function RunPreview({ preview }: { preview: DunningPreview }) {
  const intl = useIntl();
  const labels = useLabels();
  const channel = (value: string) => channelLabel(intl, value);
  if (preview.alreadyRun) {
    return (
      <p className="muted" data-testid="dunning-preview-already">
        <FormattedMessage id="dunning.preview.alreadyRun" defaultMessage="This date was run already: running it again changes nothing." />
      </p>
    );
  }
  const fees = preview.feeTotals.length
    ? preview.feeTotals.map((t) => formatCents(t.amountCents, t.currency as CurrencyCode)).join(' + ')
    : intl.formatMessage({ id: 'dunning.preview.noFees', defaultMessage: 'none' });
  const figures: [MessageDescriptor, number, string][] = [
    [RUN_FIGURE_MESSAGES.advanced, preview.advanced, 'advanced'],
    [RUN_FIGURE_MESSAGES.fees, preview.feesCharged, 'fees'],
    [RUN_FIGURE_MESSAGES.letters, preview.letters, 'letters'],
    [RUN_FIGURE_MESSAGES.emails, preview.emails, 'emails'],
    [RUN_FIGURE_MESSAGES.promisesBroken, preview.promisesBroken, 'promises-broken'],
    [RUN_FIGURE_MESSAGES.held, preview.lettersHeld, 'held'],
  ];
  return (
    <div className="run-preview" data-testid="dunning-preview">
      <dl className="run-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`dunning-preview-${id}`}>
            <dt>{intl.formatMessage(label)}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="small" data-testid="dunning-preview-fee-totals">
        <FormattedMessage id="dunning.preview.feeTotals" defaultMessage="Fees in total: {fees}" values={{ fees }} />
      </p>
      {preview.transitions.length ? (
        <table className="table run-preview-table" data-testid="dunning-preview-transitions">
          <caption className="muted small">
            <FormattedMessage id="dunning.preview.stepsCaption" defaultMessage="Steps per stage" />
          </caption>
          <thead>
            <tr>
              <th>
                <FormattedMessage id="dunning.preview.step" defaultMessage="Step" />
              </th>
              <th className="num">
                <FormattedMessage id="dunning.preview.cases" defaultMessage="Cases" />
              </th>
              <th className="num">
                <FormattedMessage id="dunning.preview.fees" defaultMessage="Fees" />
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.transitions.map((t) => (
              <tr key={`${t.fromStage}-${t.toStage}-${t.channel}-${t.currency}`}>
                <td>
                  {labels.stage(t.fromStage)} → {labels.stage(t.toStage)}
                  <div className="muted small">{channel(t.channel)}</div>
                </td>
                <td className="num">{formatNumber(t.cases)}</td>
                <td className="num">{formatCents(t.feeCents, t.currency as CurrencyCode)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted" data-testid="dunning-preview-nothing">
          <FormattedMessage id="dunning.preview.nothingDue" defaultMessage="No case is due for a step on this date." />
        </p>
      )}
      {preview.sample.length ? (
        <details className="run-preview-sample" data-testid="dunning-preview-sample">
          <summary>
            <FormattedMessage
              id="dunning.preview.sampleSummary"
              defaultMessage="{count, plural, one {The first case and its next step} other {First # cases and their next step}}"
              values={{ count: preview.sample.length }}
            />
          </summary>
          <ul>
            {preview.sample.map((c) => (
              <li key={c.caseId}>
                <Link to={`/cases/${c.caseId}`}>{c.caseId.slice(0, 8)}</Link>:{' '}
                {c.feeCents > 0 ? (
                  <FormattedMessage
                    id="dunning.preview.sampleStepWithFee"
                    defaultMessage="{from} → {to} ({channel}, {fee})"
                    values={{
                      from: labels.stage(c.fromStage),
                      to: labels.stage(c.toStage),
                      channel: channel(c.channel),
                      fee: formatCents(c.feeCents, c.currency as CurrencyCode),
                    }}
                  />
                ) : (
                  <FormattedMessage
                    id="dunning.preview.sampleStep"
                    defaultMessage="{from} → {to} ({channel})"
                    values={{ from: labels.stage(c.fromStage), to: labels.stage(c.toStage), channel: channel(c.channel) }}
                  />
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

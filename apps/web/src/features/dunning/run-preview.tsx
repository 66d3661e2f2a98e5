import { Link } from 'react-router';
import { useLabels } from '../../i18n/labels';
import { formatCents, numberLocale, type CurrencyCode } from '../../ui/format';
import type { DunningPreview } from './dunning.graphql';

/** What the run of the chosen date would do (previewDunning), shown before the lead confirms it. */
export function RunPreview({ preview }: { preview: DunningPreview }) {
  const labels = useLabels();
  const int = new Intl.NumberFormat(numberLocale());
  if (preview.alreadyRun) {
    return <p className="muted" data-testid="dunning-preview-already">This date was run already: running it again changes nothing.</p>;
  }
  const fees = preview.feeTotals.length
    ? preview.feeTotals.map((t) => formatCents(t.amountCents, t.currency as CurrencyCode)).join(' + ')
    : 'none';
  const figures: [string, string, string][] = [
    ['Cases advanced', int.format(preview.advanced), 'advanced'],
    ['Fees charged', int.format(preview.feesCharged), 'fees'],
    ['Letters', int.format(preview.letters), 'letters'],
    ['E-mails', int.format(preview.emails), 'emails'],
    ['Promises broken', int.format(preview.promisesBroken), 'promises-broken'],
    ['Letters held (RDG 13a)', int.format(preview.lettersHeld), 'held'],
  ];
  return (
    <div className="run-preview" data-testid="dunning-preview">
      <dl className="run-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`dunning-preview-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="small" data-testid="dunning-preview-fee-totals">Fees in total: {fees}</p>
      {preview.transitions.length ? (
        <table className="table run-preview-table" data-testid="dunning-preview-transitions">
          <caption className="muted small">Steps per stage</caption>
          <thead>
            <tr><th>Step</th><th className="num">Cases</th><th className="num">Fees</th></tr>
          </thead>
          <tbody>
            {preview.transitions.map((t) => (
              <tr key={`${t.fromStage}-${t.toStage}-${t.channel}-${t.currency}`}>
                <td>
                  {labels.stage(t.fromStage)} → {labels.stage(t.toStage)}
                  <div className="muted small">{t.channel.toLowerCase()}</div>
                </td>
                <td className="num">{int.format(t.cases)}</td>
                <td className="num">{formatCents(t.feeCents, t.currency as CurrencyCode)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted" data-testid="dunning-preview-nothing">No case is due for a step on this date.</p>
      )}
      {preview.sample.length ? (
        <details className="run-preview-sample" data-testid="dunning-preview-sample">
          <summary>First {preview.sample.length} cases and their next step</summary>
          <ul>
            {preview.sample.map((c) => (
              <li key={c.caseId}>
                <Link to={`/cases/${c.caseId}`}>{c.caseId.slice(0, 8)}</Link>: {labels.stage(c.fromStage)} →{' '}
                {labels.stage(c.toStage)} ({c.channel.toLowerCase()}
                {c.feeCents > 0 ? `, ${formatCents(c.feeCents, c.currency as CurrencyCode)}` : ''})
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { formatNumber } from '../../ui/format';
import type { DunningRun } from './dunning.graphql';

/**
 * Why a run did not send cases their letters (RDG 13a: contract subject or date missing, no
 * supervisory authority in force): the reasons of the chosen run, or else the latest run that held
 * any, case by case with a link to the case.
 */
export function RunHolds({ runs, highlightId }: { runs: readonly DunningRun[]; highlightId: string | null }) {
  const run = runs.find((r) => r.id === highlightId && r.held > 0) ?? runs.find((r) => r.held > 0);
  if (!run) return null;
  const byCase = new Map<string, string[]>();
  for (const h of run.holds) byCase.set(h.caseId, [...(byCase.get(h.caseId) ?? []), h.reason]);
  return (
    <Card
      title={
        <FormattedMessage
          id="dunning.holds.title"
          defaultMessage="Letters held on {date} ({count})"
          values={{ date: formatDate(run.asOf), count: formatNumber(run.held) }}
        />
      }
      flush
      testId="dunning-run-holds"
    >
      <p className="muted small card-pad">
        <FormattedMessage
          id="dunning.holds.intro"
          defaultMessage="These cases were due for a letter but the run did not send it: a letter to a consumer must state what RDG 13a requires. Fix what is named and the next run sends the letter."
        />
        {run.holds.length < run.held ? (
          <>
            {' '}
            <FormattedMessage id="dunning.holds.firstShown" defaultMessage="Showing the first {count}." values={{ count: formatNumber(byCase.size) }} />
          </>
        ) : null}
      </p>
      <div className="table-wrap">
        <table className="table table-run-holds">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="dunning.holds.case" defaultMessage="Case" />
              </th>
              <th>
                <FormattedMessage id="dunning.holds.why" defaultMessage="Why not sent" />
              </th>
            </tr>
          </thead>
          <tbody>
            {[...byCase].map(([caseId, reasons]) => (
              <tr key={caseId} data-testid="dunning-run-hold">
                <td>
                  <Link to={`/cases/${caseId}`} className="mono">
                    {caseId.slice(0, 8).toUpperCase()}
                  </Link>
                </td>
                <td>
                  {reasons.map((r) => (
                    <div key={r}>{r}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

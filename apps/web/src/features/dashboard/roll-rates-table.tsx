import { useLabels } from '../../i18n/labels';
import type { RollRate } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { formatRate } from './dashboard-period';

const PARTS = [
  { key: 'rolledForward', label: 'Rolled forward', className: 'roll-forward' },
  { key: 'stayed', label: 'Stayed', className: 'roll-stayed' },
  { key: 'movedBack', label: 'Moved back', className: 'roll-back' },
  { key: 'closed', label: 'Closed', className: 'roll-closed' },
] as const;

/** Where the cases in each dunning stage during the period (there at its start, or entering it) were at its end. */
export function RollRatesTable({ rows }: { rows: RollRate[] }) {
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="table roll-table" data-testid="roll-rates">
        <thead>
          <tr>
            <th>Stage</th>
            <th className="num" title="Cases in the stage on the first day of the period">
              At start
            </th>
            <th className="num" title="Cases that entered the stage during the period. The shares are of these and the cases at start.">
              Entered
            </th>
            {PARTS.map((p) => (
              <th key={p.key} className="num">
                <span className={`roll-swatch ${p.className}`} aria-hidden="true" />
                {p.label}
              </th>
            ))}
            <th className="roll-bar-col">Split</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stage}>
              <td>{labels.stage(r.stage)}</td>
              <td className="num">{formatCount(r.casesAtStart)}</td>
              <td className="num">{formatCount(r.casesEntered)}</td>
              {PARTS.map((p) => (
                <td key={p.key} className="num">
                  {formatRate(r[p.key])}
                </td>
              ))}
              <td className="roll-bar-col">
                <div className="roll-bar" role="img" aria-label={PARTS.map((p) => `${p.label} ${formatRate(r[p.key])}`).join(', ')}>
                  {PARTS.map((p) => {
                    const share = r[p.key] ?? 0;
                    return share > 0 ? <span key={p.key} className={p.className} style={{ width: `${share * 100}%` }} /> : null;
                  })}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

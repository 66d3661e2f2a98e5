import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import type { RollRate } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { formatRate } from './dashboard-period';
import { RateValue } from './rate-value';

const PART_MESSAGES = defineMessages({
  rolledForward: { id: 'dashboard.rollRates.rolledForward', defaultMessage: 'Rolled forward' },
  stayed: { id: 'dashboard.rollRates.stayed', defaultMessage: 'Stayed' },
  movedBack: { id: 'dashboard.rollRates.movedBack', defaultMessage: 'Moved back' },
  closed: { id: 'dashboard.rollRates.closed', defaultMessage: 'Closed' },
});

const PARTS = [
  { key: 'rolledForward', className: 'roll-forward' },
  { key: 'stayed', className: 'roll-stayed' },
  { key: 'movedBack', className: 'roll-back' },
  { key: 'closed', className: 'roll-closed' },
] as const;

/** Where the cases in each dunning stage during the period (there at its start, or entering it) were at its end. */
export function RollRatesTable({ rows }: { rows: RollRate[] }) {
  const labels = useLabels();
  const intl = useIntl();
  const partLabel = (key: (typeof PARTS)[number]['key']) => intl.formatMessage(PART_MESSAGES[key]);
  return (
    <div className="table-wrap">
      <table className="table roll-table" data-testid="roll-rates">
        <thead>
          <tr>
            <th>
              <FormattedMessage id="dashboard.rollRates.stage" defaultMessage="Stage" />
            </th>
            <th className="num" title={intl.formatMessage({ id: 'dashboard.rollRates.atStartTitle', defaultMessage: 'Cases in the stage on the first day of the period' })}>
              <FormattedMessage id="dashboard.rollRates.atStart" defaultMessage="At start" />
            </th>
            <th
              className="num"
              title={intl.formatMessage({
                id: 'dashboard.rollRates.enteredTitle',
                defaultMessage: 'Cases that entered the stage during the period. The shares are of these and the cases at start.',
              })}
            >
              <FormattedMessage id="dashboard.rollRates.entered" defaultMessage="Entered" />
            </th>
            {PARTS.map((p) => (
              <th key={p.key} className="num">
                <span className={`roll-swatch ${p.className}`} aria-hidden="true" />
                {partLabel(p.key)}
              </th>
            ))}
            <th className="roll-bar-col">
              <FormattedMessage id="dashboard.rollRates.split" defaultMessage="Split" />
            </th>
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
                  <RateValue rate={r.casesAtStart + r.casesEntered > 0 ? r[p.key] : null} basis="stage" />
                </td>
              ))}
              <td className="roll-bar-col">
                <div className="roll-bar" role="img" aria-label={intl.formatList(
                    PARTS.map((p) => `${partLabel(p.key)} ${formatRate(r[p.key])}`),
                    { type: 'unit' },
                  )}>
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

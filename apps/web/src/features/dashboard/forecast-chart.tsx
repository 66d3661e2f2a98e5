import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../ui/date';
import { formatAggregateCents, formatCentsCompact } from '../../ui/money';
import type { Forecast } from './dashboard.graphql';
import { formatRate } from './dashboard-period';
import { pastForecastView } from './forecast-past';
import { axisTick, CHART_MARGIN, COLORS, gridStroke, legendStyle } from './chart-theme';

function MoneyBars({
  testId,
  data,
  bars,
  currency,
}: {
  testId: string;
  data: ({ label: string; range?: string } & Record<string, string | number | undefined>)[];
  bars: { key: string; name: string; color: string }[];
  currency: string;
}) {
  const intl = useIntl();
  return (
    <div className="chart chart-small" data-testid={testId}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={CHART_MARGIN}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="label" tick={axisTick} tickLine={false} axisLine={{ stroke: gridStroke }} />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={72} tickFormatter={(v: number) => formatCentsCompact(Math.round(v), currency)} />
          <Tooltip
            cursor={{ fill: 'var(--surface-hover)' }}
            labelFormatter={(label, payload) => {
              const range = (payload?.[0]?.payload as { range?: string } | undefined)?.range;
              return range ? intl.formatMessage({ id: 'dashboard.forecast.tooltipLabel', defaultMessage: '{label}: {range}' }, { label: String(label), range }) : label;
            }}
            formatter={(value, name) => [formatAggregateCents(Number(value), currency), name]}
          />
          <Legend wrapperStyle={legendStyle} />
          {bars.map((b) => (
            <Bar key={b.key} dataKey={b.key} name={b.name} fill={b.color} radius={[3, 3, 0, 0]} maxBarSize={40} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Next 30/60/90 days: promised vs expected; and the forecasts made earlier (as recorded the day they
 * were made) against what came in during their windows.
 */
export function ForecastCharts({ forecast, currency }: { forecast: Forecast; currency: string }) {
  const intl = useIntl();
  const ahead = forecast.horizons.map((h) => ({
    label: intl.formatMessage({ id: 'dashboard.forecast.next', defaultMessage: 'Next {days} days' }, { days: h.days }),
    promisedCents: h.promisedCents,
    expectedCents: h.expectedCents,
  }));
  const past = pastForecastView(forecast, intl);
  return (
    <div className="forecast">
      <p className="muted small forecast-note">
        <FormattedMessage
          id="dashboard.forecast.explanation"
          defaultMessage="As of {asOf}. Expected: open promises and installments due in the window, weighted by the kept rate of the creditor (overall {keptRate}). Windows are cumulative. Each day's forecast is recorded and later compared with what came in."
          values={{ asOf: formatDate(forecast.asOf), keptRate: formatRate(forecast.keptRate) }}
        />
      </p>
      <div className="forecast-grid">
        <div>
          <h4 className="chart-subtitle">
            <FormattedMessage id="dashboard.forecast.ahead" defaultMessage="Ahead" />
          </h4>
          <MoneyBars
            testId="chart-forecast"
            data={ahead}
            currency={currency}
            bars={[
              {
                key: 'promisedCents',
                name: intl.formatMessage({ id: 'dashboard.forecast.promised', defaultMessage: 'Promised' }),
                color: COLORS.faint,
              },
              {
                key: 'expectedCents',
                name: intl.formatMessage({ id: 'dashboard.forecast.expected', defaultMessage: 'Expected' }),
                color: COLORS.accent,
              },
            ]}
          />
        </div>
        <div>
          <h4 className="chart-subtitle">
            <FormattedMessage id="dashboard.forecast.pastTitle" defaultMessage="Forecast made then vs actual" />
          </h4>
          {past.empty ? (
            <div className="forecast-empty" data-testid="forecast-past-empty">
              <p className="empty-title">{past.empty.title}</p>
              <p className="muted small">{past.empty.detail}</p>
            </div>
          ) : (
            <>
              <MoneyBars
                testId="chart-forecast-past"
                data={past.bars}
                currency={currency}
                bars={[
                  {
                    key: 'expectedCents',
                    name: intl.formatMessage({ id: 'dashboard.forecast.asMade', defaultMessage: 'Forecast (as made)' }),
                    color: COLORS.second,
                  },
                  { key: 'actualCents', name: intl.formatMessage({ id: 'dashboard.forecast.actual', defaultMessage: 'Actual' }), color: COLORS.good },
                ]}
              />
              <p className="muted small forecast-past-note">
                <FormattedMessage
                  id="dashboard.forecast.actualNote"
                  defaultMessage="Actual: every payment received in the window; the forecast counted open promises and installments only."
                />
              </p>
              {past.notes.map((line) => (
                <p key={line} className="muted small forecast-past-note">
                  {line}
                </p>
              ))}
            </>
          )}
        </div>
      </div>
    </div>
  );
}

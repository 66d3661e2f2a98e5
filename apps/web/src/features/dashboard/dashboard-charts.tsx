import { FormattedMessage, useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatMonth } from '../../ui/date';
import { formatAggregateCents, formatCentsCompact } from '../../ui/money';
import type { DashboardData } from './dashboard.graphql';
import { formatPercentTick } from './dashboard-format';
import { formatRate } from './dashboard-period';
import { rateWithBasis } from './rate-basis';
import { axisTick, CHART_MARGIN, COLORS, gridStroke, legendStyle } from './chart-theme';
import type { YoungCohorts } from './young-cohorts';

interface SeriesRow {
  month: string;
  recoveredCents: number;
  /** The payment rate of a month old enough to judge; null for a young month or one without placements. */
  paymentRate: number | null;
  /** The payment rate of a young month (and of the month before, so the two lines meet). */
  paymentRateYoung: number | null;
  promiseKeptRate: number | null;
}

export function toSeriesRows(series: DashboardData['kpiSeries'], youngMonths: readonly string[] = []): SeriesRow[] {
  const young = new Set(youngMonths);
  return series.map((p, i) => {
    const rate = rateWithBasis(p.kpis.paymentRate, p.kpis.casesPlaced);
    const isYoung = young.has(p.periodStart);
    const nextIsYoung = !isYoung && series[i + 1] !== undefined && young.has(series[i + 1]!.periodStart);
    return {
      month: formatMonth(p.periodStart),
      recoveredCents: p.kpis.recoveredCents,
      paymentRate: isYoung ? null : rate,
      paymentRateYoung: isYoung || nextIsYoung ? rate : null,
      promiseKeptRate: p.kpis.promiseKeptRate,
    };
  });
}

const rateOrDash = (value: unknown) => formatRate(value === null || value === undefined ? null : Number(value));

export function RecoveredChart({ series, currency }: { series: DashboardData['kpiSeries']; currency: string | null }) {
  const intl = useIntl();
  const rows = toSeriesRows(series);
  const recovered = intl.formatMessage({ id: 'dashboard.chart.recoveredSeries', defaultMessage: 'Recovered' });
  return (
    <div className="chart" data-testid="chart-recovered">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="month" tick={axisTick} tickLine={false} axisLine={{ stroke: gridStroke }} />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={72} tickFormatter={(v: number) => formatCentsCompact(Math.round(v), currency)} />
          <Tooltip cursor={{ fill: 'var(--surface-hover)' }} formatter={(value) => [formatAggregateCents(Number(value), currency), recovered]} />
          <Bar dataKey="recoveredCents" name={recovered} fill={COLORS.accent} radius={[3, 3, 0, 0]} maxBarSize={36} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Payment and promise-kept rate per month. The months whose cases are too young to judge are
 * shaded and their payment rate drawn dashed, with a footnote saying why it is still low.
 */
export function RatesChart({ series, young }: { series: DashboardData['kpiSeries']; young: YoungCohorts }) {
  const intl = useIntl();
  const rows = toSeriesRows(series, young.months);
  const youngRows = rows.filter((_, i) => young.months.includes(series[i]!.periodStart));
  const firstYoung = youngRows[0];
  const lastYoung = youngRows.at(-1);
  const tooYoung = intl.formatMessage({ id: 'dashboard.chart.tooYoung', defaultMessage: 'too young to judge' });
  return (
    <div className="chart" data-testid="chart-rates">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="month" tick={axisTick} tickLine={false} axisLine={{ stroke: gridStroke }} />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={48} domain={[0, 1]} tickFormatter={formatPercentTick} />
          {firstYoung && lastYoung ? (
            <ReferenceArea
              x1={firstYoung.month}
              x2={lastYoung.month}
              fill="var(--surface-hover)"
              fillOpacity={0.8}
              ifOverflow="extendDomain"
              label={{ value: tooYoung, position: 'insideTop', fontSize: 11, fill: 'var(--text-muted)' }}
            />
          ) : null}
          <Tooltip formatter={(value, name) => [rateOrDash(value), name]} />
          <Legend iconType="plainline" wrapperStyle={legendStyle} />
          <Line
            type="monotone"
            dataKey="paymentRate"
            name={intl.formatMessage({ id: 'dashboard.chart.paymentRate', defaultMessage: 'Payment rate' })}
            stroke={COLORS.good}
            strokeWidth={2}
            dot={{ r: 2 }}
          />
          {firstYoung ? (
            <Line
              type="monotone"
              dataKey="paymentRateYoung"
              name={intl.formatMessage({ id: 'dashboard.chart.paymentRateYoung', defaultMessage: 'Payment rate, too young to judge' })}
              stroke={COLORS.good}
              strokeOpacity={0.6}
              strokeDasharray="4 3"
              strokeWidth={2}
              dot={{ r: 2 }}
            />
          ) : null}
          <Line
            type="monotone"
            dataKey="promiseKeptRate"
            name={intl.formatMessage({ id: 'dashboard.chart.promiseKeptRate', defaultMessage: 'Promise-kept rate' })}
            stroke={COLORS.second}
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
      {firstYoung ? (
        <p className="muted small chart-footnote" data-testid="young-cohort-note">
          <FormattedMessage
            id="dashboard.chart.youngNote"
            defaultMessage="Dashed and shaded: cases placed since {since} are younger than {days} days{basis, select, measured {, the time within which 9 in 10 of the period's paid cases were paid in full} other {}}. Their payment rate is still rising and is too young to judge."
            values={{ since: formatDate(young.months[0]), days: young.maturityDays, basis: young.measured ? 'measured' : 'fallback' }}
          />
        </p>
      ) : null}
    </div>
  );
}

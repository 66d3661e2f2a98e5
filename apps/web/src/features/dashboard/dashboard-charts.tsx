import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth } from '../../ui/date';
import { formatAggregateCents, formatCentsCompact } from '../../ui/money';
import type { DashboardData } from './dashboard.graphql';
import { formatRate } from './dashboard-period';

const ACCENT = 'var(--accent)';
const GOOD = 'var(--good)';
const INFO = 'var(--chart-2)';

interface SeriesRow {
  month: string;
  recoveredCents: number;
  paymentRate: number;
  promiseKeptRate: number | null;
}

function toRows(series: DashboardData['kpiSeries']): SeriesRow[] {
  return series.map((p) => ({
    month: formatMonth(p.periodStart),
    recoveredCents: p.kpis.recoveredCents,
    paymentRate: p.kpis.paymentRate,
    promiseKeptRate: p.kpis.promiseKeptRate,
  }));
}

const axisTick = { fontSize: 12, fill: 'var(--text-muted)' };

export function RecoveredChart({ series, currency }: { series: DashboardData['kpiSeries']; currency: string | null }) {
  const rows = toRows(series);
  return (
    <div className="chart" data-testid="chart-recovered">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="month" tick={axisTick} tickLine={false} axisLine={{ stroke: 'var(--border)' }} />
          <YAxis
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={72}
            tickFormatter={(v: number) => formatCentsCompact(Math.round(v), currency)}
          />
          <Tooltip
            cursor={{ fill: 'var(--surface-hover)' }}
            formatter={(value) => [formatAggregateCents(Number(value), currency), 'Recovered']}
          />
          <Bar dataKey="recoveredCents" name="Recovered" fill={ACCENT} radius={[3, 3, 0, 0]} maxBarSize={36} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RatesChart({ series }: { series: DashboardData['kpiSeries'] }) {
  const rows = toRows(series);
  return (
    <div className="chart" data-testid="chart-rates">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="month" tick={axisTick} tickLine={false} axisLine={{ stroke: 'var(--border)' }} />
          <YAxis
            tick={axisTick}
            tickLine={false}
            axisLine={false}
            width={48}
            domain={[0, 1]}
            tickFormatter={(v: number) => `${Math.round(v * 100)}%`}
          />
          <Tooltip formatter={(value, name) => [formatRate(value === null || value === undefined ? null : Number(value)), name]} />
          <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="paymentRate" name="Payment rate" stroke={GOOD} strokeWidth={2} dot={{ r: 2 }} />
          <Line
            type="monotone"
            dataKey="promiseKeptRate"
            name="Promise-kept rate"
            stroke={INFO}
            strokeWidth={2}
            dot={{ r: 2 }}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CreditorKpis } from './dashboard.graphql';
import { formatPercentTick } from './dashboard-format';
import { formatRate } from './dashboard-period';
import { rateWithBasis } from './rate-basis';
import { axisTick, COLORS, gridStroke, legendStyle } from './chart-theme';

/** Recovery and payment rate side by side for each creditor (horizontal bars keep long names legible). */
export function CreditorComparisonChart({ rows }: { rows: CreditorKpis[] }) {
  const intl = useIntl();
  const data = rows.map(({ creditor, kpis }) => ({
    name: creditor.name,
    recoveryRate: rateWithBasis(kpis.recoveryRate, kpis.placedCents),
    paymentRate: rateWithBasis(kpis.paymentRate, kpis.casesPlaced),
  }));
  const height = Math.max(160, data.length * 44 + 56);
  return (
    <div className="chart chart-fit" data-testid="chart-creditors">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }} barGap={2}>
          <CartesianGrid stroke={gridStroke} horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tick={axisTick} tickLine={false} axisLine={{ stroke: gridStroke }} tickFormatter={formatPercentTick} />
          <YAxis type="category" dataKey="name" tick={axisTick} tickLine={false} axisLine={false} width={170} />
          <Tooltip
            cursor={{ fill: 'var(--surface-hover)' }}
            formatter={(value, name) => [formatRate(value === null || value === undefined ? null : Number(value)), name]}
          />
          <Legend wrapperStyle={legendStyle} />
          <Bar dataKey="recoveryRate" name={intl.formatMessage({ id: 'dashboard.chart.recoveryRate', defaultMessage: 'Recovery rate' })} fill={COLORS.accent} radius={[0, 3, 3, 0]} maxBarSize={14} />
          <Bar dataKey="paymentRate" name={intl.formatMessage({ id: 'dashboard.chart.paymentRate', defaultMessage: 'Payment rate' })} fill={COLORS.good} radius={[0, 3, 3, 0]} maxBarSize={14} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

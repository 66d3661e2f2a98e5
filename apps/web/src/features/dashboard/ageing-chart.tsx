import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatAggregateCents } from '../../ui/money';
import { ageBucketLabel } from './age-buckets';
import { hrefWithFilter, type DashboardFilter } from './dashboard-filter';
import type { AgeingBucket } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { axisTick, CHART_MARGIN, COLORS, gridStroke } from './chart-theme';

type AgeingBar = AgeingBucket & { name: string };

/**
 * Open cases by age since placement, with the principal still outstanding on them (placed minus the
 * principal part of their payments) and the principal placed; a click on a bar lists the bucket's cases.
 */
export function AgeingChart({ buckets, currency, filter }: { buckets: AgeingBucket[]; currency: string; filter: DashboardFilter }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const bars: AgeingBar[] = buckets.map((b) => ({ ...b, name: ageBucketLabel(intl, b.fromDays, b.toDays ?? null) }));
  return (
    <div className="chart" data-testid="chart-ageing">
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={bars} margin={CHART_MARGIN}>
          <CartesianGrid stroke={gridStroke} vertical={false} />
          <XAxis dataKey="name" tick={axisTick} tickLine={false} axisLine={{ stroke: gridStroke }} />
          <YAxis tick={axisTick} tickLine={false} axisLine={false} width={56} allowDecimals={false} tickFormatter={(v: number) => formatCount(v)} />
          <Tooltip
            cursor={{ fill: 'var(--surface-hover)' }}
            content={({ active, payload }) => {
              const b = active ? (payload?.[0]?.payload as AgeingBar | undefined) : undefined;
              if (!b) return null;
              return (
                <div className="chart-tooltip">
                  <strong>{b.name}</strong>
                  <div>
                    <FormattedMessage
                      id="dashboard.ageing.tooltipCases"
                      defaultMessage="{count, plural, one {# open case} other {# open cases}}"
                      values={{ count: b.cases }}
                    />
                  </div>
                  <div>
                    <FormattedMessage
                      id="dashboard.ageing.tooltipOutstanding"
                      defaultMessage="{amount} principal outstanding"
                      values={{ amount: formatAggregateCents(b.openCents, currency) }}
                    />
                  </div>
                  <div className="muted small">
                    <FormattedMessage
                      id="dashboard.ageing.tooltipPlaced"
                      defaultMessage="of {amount} placed"
                      values={{ amount: formatAggregateCents(b.placedCents, currency) }}
                    />
                  </div>
                  <div className="muted small">
                    <FormattedMessage id="dashboard.ageing.tooltipClick" defaultMessage="Click to list the cases" />
                  </div>
                </div>
              );
            }}
          />
          <Bar
            dataKey="cases"
            name={intl.formatMessage({ id: 'dashboard.ageing.series', defaultMessage: 'Open cases' })}
            fill={COLORS.accent}
            radius={[3, 3, 0, 0]}
            maxBarSize={48}
            cursor="pointer"
            onClick={(entry) => {
              const key = (entry as unknown as { payload?: AgeingBucket }).payload?.key;
              if (key) navigate(hrefWithFilter('/dashboard/cases', filter, { metric: 'OPEN', bucket: key }));
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

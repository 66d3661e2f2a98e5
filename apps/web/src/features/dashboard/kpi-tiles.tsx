import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AggregateMoney } from '../../ui/money';
import { hrefWithFilter, type DashboardFilter } from './dashboard-filter';
import type { KpiMetric, Kpis } from './dashboard.graphql';
import { formatCount, formatDuration, formatRatio } from './dashboard-format';
import { formatDays, formatRate } from './dashboard-period';

export function KpiTile({ id, label, value, detail, href }: { id: string; label: string; value: ReactNode; detail?: ReactNode; href?: string }) {
  return (
    <div className={`kpi-card${href ? ' kpi-card-link' : ''}`} data-testid={`kpi-${id}`}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {detail ? <div className="kpi-detail">{detail}</div> : null}
      {href ? (
        <Link className="kpi-drill no-print" to={href} aria-label={`Cases behind ${label}`}>
          View cases →
        </Link>
      ) : null}
    </div>
  );
}

export function TileGroup({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`kpi-group${wide ? ' kpi-group-wide' : ''}`} aria-label={title}>
      <h2 className="kpi-group-title">{title}</h2>
      <div className="kpi-grid">{children}</div>
    </section>
  );
}

export function KpiTiles({ kpis, currency, filter }: { kpis: Kpis; currency: string; filter: DashboardFilter }) {
  const drill = (metric: KpiMetric) => hrefWithFilter('/dashboard/cases', filter, { metric });
  const money = (cents: number) => <AggregateMoney cents={cents} currency={currency} />;
  return (
    <div className="kpi-groups" data-testid="kpi-cards">
      <TileGroup title="Outcome" wide>
        <KpiTile
          id="payment-rate"
          label="Payment rate"
          value={formatRate(kpis.paymentRate)}
          detail={`${formatCount(kpis.casesPaidInFull)} of ${formatCount(kpis.casesPlaced)} placed cases paid in full`}
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="payment-rate-amount"
          label="Payment rate · by amount"
          value={formatRate(kpis.paymentRateAmount)}
          detail={<>principal of paid cases of {money(kpis.placedCents)} placed</>}
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="recovery-rate"
          label="Recovery rate"
          value={formatRate(kpis.recoveryRate)}
          detail={
            <>
              {money(kpis.collectedCents)} of {money(kpis.placedCents)}
            </>
          }
          href={drill('PLACED')}
        />
        <KpiTile
          id="promise-kept-rate"
          label="Promise-kept rate"
          value={formatRate(kpis.promiseKeptRate)}
          detail={
            kpis.promiseKeptRate === null ? (
              'no promise fell due'
            ) : (
              <>
                of promises that fell due · <Link to={drill('PROMISES_BROKEN')}>broken ones</Link>
              </>
            )
          }
          href={drill('PROMISES_KEPT')}
        />
      </TileGroup>
      <TileGroup title="Collected" wide>
        <KpiTile id="recovered" label="Recovered" value={money(kpis.recoveredCents)} detail="payments received in the period" href={drill('PAYMENTS')} />
        <KpiTile id="principal-collected" label="Principal collected" value={money(kpis.principalCollectedCents)} detail="payments allocated to principal" href={drill('PAYMENTS')} />
        <KpiTile id="interest-collected" label="Interest collected" value={money(kpis.interestCollectedCents)} detail="payments allocated to interest" href={drill('PAYMENTS')} />
        <KpiTile id="fees-collected" label="Fees collected" value={money(kpis.feesCollectedCents)} detail="payments allocated to fees" href={drill('PAYMENTS')} />
      </TileGroup>
      <TileGroup title="Duration">
        <KpiTile id="duration-median" label="Duration · median" value={formatDays(kpis.dunningDurationDaysMedian)} detail="placement to paid in full" href={drill('PAID_IN_FULL')} />
        <KpiTile id="duration-mean" label="Duration · mean" value={formatDays(kpis.dunningDurationDaysMean)} detail="placement to paid in full" href={drill('PAID_IN_FULL')} />
        <KpiTile id="duration-p90" label="Duration · 90th percentile" value={formatDays(kpis.dunningDurationDaysP90)} detail="9 in 10 paid cases were faster" href={drill('PAID_IN_FULL')} />
      </TileGroup>
      <TileGroup title="Contact">
        <KpiTile
          id="rpc-rate"
          label="Right-party contact rate"
          value={formatRate(kpis.rightPartyContactRate)}
          detail={`${formatCount(kpis.rightPartyContacts)} of ${formatCount(kpis.contacts)} contact attempts`}
        />
        <KpiTile id="contacts-per-day" label="Contacts per collector · day" value={formatRatio(kpis.contactsPerCollectorDay)} detail="per working day (Mon–Fri)" />
        <KpiTile id="handling-time" label="Average handling time" value={formatDuration(kpis.averageHandlingSeconds)} detail="per contact with a reported time" />
      </TileGroup>
    </div>
  );
}

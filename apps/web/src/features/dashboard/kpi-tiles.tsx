import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatDate } from '../../ui/date';
import { AggregateMoney } from '../../ui/money';
import { hrefWithFilter, type DashboardFilter } from './dashboard-filter';
import type { KpiMetric, Kpis } from './dashboard.graphql';
import { formatCount, formatDuration, formatRatio } from './dashboard-format';
import { formatDays } from './dashboard-period';
import { honestRates, NO_BASIS_MESSAGES } from './rate-basis';
import { RateValue } from './rate-value';
import type { YoungCohorts } from './young-cohorts';

export function KpiTile({
  id,
  label,
  value,
  detail,
  note,
  href,
}: {
  id: string;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  /** A caveat under the detail (figures that are not final yet). */
  note?: ReactNode;
  href?: string;
}) {
  const intl = useIntl();
  return (
    <div className={`kpi-card${href ? ' kpi-card-link' : ''}`} data-testid={`kpi-${id}`}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {detail ? <div className="kpi-detail">{detail}</div> : null}
      {note ? <div className="kpi-note">{note}</div> : null}
      {href ? (
        <Link
          className="kpi-drill no-print"
          to={href}
          aria-label={intl.formatMessage({ id: 'dashboard.tile.casesBehind', defaultMessage: 'Cases behind {label}' }, { label })}
        >
          <FormattedMessage id="dashboard.tile.viewCases" defaultMessage="View cases" /> →
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

/** "5 cases placed since 1 Sept 2026 are too young to judge", or nothing when every month is old enough. */
function YoungCohortNote({ young }: { young: YoungCohorts }) {
  const since = young.months[0];
  if (!since || young.cases === 0) return null;
  return (
    <span data-testid="young-cohort-tile-note">
      <FormattedMessage
        id="dashboard.tile.youngCohorts"
        defaultMessage="{cases, plural, one {# case} other {# cases}} placed since {since} {cases, plural, one {is} other {are}} too young to judge (under {days} days)"
        values={{ cases: young.cases, since: formatDate(since), days: young.maturityDays }}
      />
    </span>
  );
}

export function KpiTiles({ kpis, currency, filter, young }: { kpis: Kpis; currency: string; filter: DashboardFilter; young: YoungCohorts }) {
  const intl = useIntl();
  const drill = (metric: KpiMetric) => hrefWithFilter('/dashboard/cases', filter, { metric });
  const money = (cents: number) => <AggregateMoney cents={cents} currency={currency} />;
  const rates = honestRates(kpis);
  const durationDetail = <FormattedMessage id="dashboard.tile.durationDetail" defaultMessage="placement to paid in full" />;
  return (
    <div className="kpi-groups" data-testid="kpi-cards">
      <TileGroup title={intl.formatMessage({ id: 'dashboard.group.outcome', defaultMessage: 'Outcome' })} wide>
        <KpiTile
          id="payment-rate"
          label={intl.formatMessage({ id: 'dashboard.tile.paymentRate', defaultMessage: 'Payment rate' })}
          value={<RateValue rate={rates.paymentRate} basis="cases" />}
          detail={
            kpis.casesPlaced === 0 ? (
              intl.formatMessage(NO_BASIS_MESSAGES.cases)
            ) : (
              <FormattedMessage
                id="dashboard.tile.paymentRateDetail"
                defaultMessage="{paid} of {placed} placed cases paid in full"
                values={{ paid: formatCount(kpis.casesPaidInFull), placed: formatCount(kpis.casesPlaced) }}
              />
            )
          }
          note={<YoungCohortNote young={young} />}
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="payment-rate-amount"
          label={intl.formatMessage({ id: 'dashboard.tile.paymentRateAmount', defaultMessage: 'Payment rate · by amount' })}
          value={<RateValue rate={rates.paymentRateAmount} basis="amount" />}
          detail={
            <FormattedMessage
              id="dashboard.tile.paymentRateAmountDetail"
              defaultMessage="principal of paid cases of {placed} placed"
              values={{ placed: money(kpis.placedCents) }}
            />
          }
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="recovery-rate"
          label={intl.formatMessage({ id: 'dashboard.tile.recoveryRate', defaultMessage: 'Recovery rate' })}
          value={<RateValue rate={rates.recoveryRate} basis="amount" />}
          detail={
            <FormattedMessage
              id="dashboard.tile.recoveryRateDetail"
              defaultMessage="{collected} of {placed}"
              values={{ collected: money(kpis.collectedCents), placed: money(kpis.placedCents) }}
            />
          }
          href={drill('PLACED')}
        />
        <KpiTile
          id="promise-kept-rate"
          label={intl.formatMessage({ id: 'dashboard.tile.promiseKeptRate', defaultMessage: 'Promise-kept rate' })}
          value={<RateValue rate={rates.promiseKeptRate} basis="promises" />}
          detail={
            kpis.promiseKeptRate === null ? (
              <FormattedMessage id="dashboard.tile.noPromiseDue" defaultMessage="no promise fell due" />
            ) : (
              <FormattedMessage
                id="dashboard.tile.promiseKeptDetail"
                defaultMessage="of promises that fell due · <link>broken ones</link>"
                values={{ link: (chunks) => <Link to={drill('PROMISES_BROKEN')}>{chunks}</Link> }}
              />
            )
          }
          href={drill('PROMISES_KEPT')}
        />
      </TileGroup>
      <TileGroup title={intl.formatMessage({ id: 'dashboard.group.collected', defaultMessage: 'Collected' })} wide>
        <KpiTile
          id="recovered"
          label={intl.formatMessage({ id: 'dashboard.tile.recovered', defaultMessage: 'Recovered' })}
          value={money(kpis.recoveredCents)}
          detail={intl.formatMessage({ id: 'dashboard.tile.recoveredDetail', defaultMessage: 'payments received in the period' })}
          href={drill('PAYMENTS')}
        />
        <KpiTile
          id="principal-collected"
          label={intl.formatMessage({ id: 'dashboard.tile.principal', defaultMessage: 'Principal collected' })}
          value={money(kpis.principalCollectedCents)}
          detail={intl.formatMessage({ id: 'dashboard.tile.principalDetail', defaultMessage: 'payments allocated to principal' })}
          href={drill('PAYMENTS')}
        />
        <KpiTile
          id="interest-collected"
          label={intl.formatMessage({ id: 'dashboard.tile.interest', defaultMessage: 'Interest collected' })}
          value={money(kpis.interestCollectedCents)}
          detail={intl.formatMessage({ id: 'dashboard.tile.interestDetail', defaultMessage: 'payments allocated to interest' })}
          href={drill('PAYMENTS')}
        />
        <KpiTile
          id="fees-collected"
          label={intl.formatMessage({ id: 'dashboard.tile.fees', defaultMessage: 'Fees collected' })}
          value={money(kpis.feesCollectedCents)}
          detail={intl.formatMessage({ id: 'dashboard.tile.feesDetail', defaultMessage: 'payments allocated to fees' })}
          href={drill('PAYMENTS')}
        />
      </TileGroup>
      <TileGroup title={intl.formatMessage({ id: 'dashboard.group.duration', defaultMessage: 'Duration' })}>
        <KpiTile
          id="duration-median"
          label={intl.formatMessage({ id: 'dashboard.tile.durationMedian', defaultMessage: 'Duration · median' })}
          value={formatDays(kpis.dunningDurationDaysMedian)}
          detail={durationDetail}
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="duration-mean"
          label={intl.formatMessage({ id: 'dashboard.tile.durationMean', defaultMessage: 'Duration · mean' })}
          value={formatDays(kpis.dunningDurationDaysMean)}
          detail={durationDetail}
          href={drill('PAID_IN_FULL')}
        />
        <KpiTile
          id="duration-p90"
          label={intl.formatMessage({ id: 'dashboard.tile.durationP90', defaultMessage: 'Duration · 90th percentile' })}
          value={formatDays(kpis.dunningDurationDaysP90)}
          detail={intl.formatMessage({ id: 'dashboard.tile.durationP90Detail', defaultMessage: '9 in 10 paid cases were faster' })}
          href={drill('PAID_IN_FULL')}
        />
      </TileGroup>
      <TileGroup title={intl.formatMessage({ id: 'dashboard.group.contact', defaultMessage: 'Contact' })}>
        <KpiTile
          id="rpc-rate"
          label={intl.formatMessage({ id: 'dashboard.tile.rpcRate', defaultMessage: 'Right-party contact rate' })}
          value={<RateValue rate={rates.rightPartyContactRate} basis="contacts" />}
          detail={
            kpis.contacts === 0 ? (
              intl.formatMessage(NO_BASIS_MESSAGES.contacts)
            ) : (
              <FormattedMessage
                id="dashboard.tile.rpcDetail"
                defaultMessage="{reached} of {attempts} contact attempts"
                values={{ reached: formatCount(kpis.rightPartyContacts), attempts: formatCount(kpis.contacts) }}
              />
            )
          }
        />
        <KpiTile
          id="contacts-per-day"
          label={intl.formatMessage({ id: 'dashboard.tile.contactsPerDay', defaultMessage: 'Contacts per collector · day' })}
          value={formatRatio(kpis.contactsPerCollectorDay)}
          detail={intl.formatMessage({ id: 'dashboard.tile.contactsPerDayDetail', defaultMessage: 'per working day (Mon–Fri)' })}
        />
        <KpiTile
          id="handling-time"
          label={intl.formatMessage({ id: 'dashboard.tile.handlingTime', defaultMessage: 'Average handling time' })}
          value={formatDuration(kpis.averageHandlingSeconds)}
          detail={intl.formatMessage({ id: 'dashboard.tile.handlingTimeDetail', defaultMessage: 'per contact with a reported time' })}
        />
      </TileGroup>
    </div>
  );
}

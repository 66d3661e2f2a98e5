import { Link } from 'react-router';
import { AggregateMoney } from '../../ui/money';
import { hrefWithFilter, type DashboardFilter } from './dashboard-filter';
import type { CollectorKpis, CreditorKpis, Kpis } from './dashboard.graphql';
import { centsForCsv, formatCount, formatDuration, formatRatio, rateForCsv } from './dashboard-format';
import { formatDays, formatRate } from './dashboard-period';
import type { TableColumn } from './data-table';

type WithKpis = { kpis: Kpis };

function rate<R extends WithKpis>(header: string, pick: (k: Kpis) => number | null): TableColumn<R> {
  return { header: `${header} (%)`, numeric: true, value: (r) => rateForCsv(pick(r.kpis)), render: (r) => formatRate(pick(r.kpis)) };
}

function count<R extends WithKpis>(header: string, pick: (k: Kpis) => number): TableColumn<R> {
  return { header, numeric: true, value: (r) => pick(r.kpis), render: (r) => formatCount(pick(r.kpis)) };
}

function money<R extends WithKpis>(header: string, currency: string, pick: (k: Kpis) => number): TableColumn<R> {
  return {
    header: `${header} (${currency})`,
    numeric: true,
    value: (r) => centsForCsv(pick(r.kpis)),
    render: (r) => <AggregateMoney cents={pick(r.kpis)} currency={currency} />,
  };
}

function days<R extends WithKpis>(header: string, pick: (k: Kpis) => number | null): TableColumn<R> {
  return { header: `${header} (days)`, numeric: true, value: (r) => pick(r.kpis), render: (r) => formatDays(pick(r.kpis)) };
}

export function collectorColumns(currency: string): TableColumn<CollectorKpis>[] {
  return [
    { header: 'Collector', value: (r) => r.collector.name },
    count('Placed', (k) => k.casesPlaced),
    count('Paid in full', (k) => k.casesPaidInFull),
    rate('Payment rate', (k) => k.paymentRate),
    rate('Recovery rate', (k) => k.recoveryRate),
    money('Recovered', currency, (k) => k.recoveredCents),
    rate('Promise-kept', (k) => k.promiseKeptRate),
    count('Contacts', (k) => k.contacts),
    rate('RPC rate', (k) => k.rightPartyContactRate),
    { header: 'Contacts / day', numeric: true, value: (r) => r.kpis.contactsPerCollectorDay, render: (r) => formatRatio(r.kpis.contactsPerCollectorDay) },
    {
      header: 'Avg handling (s)',
      numeric: true,
      value: (r) => (r.kpis.averageHandlingSeconds === null ? null : Math.round(r.kpis.averageHandlingSeconds)),
      render: (r) => formatDuration(r.kpis.averageHandlingSeconds),
    },
    days('Duration median', (k) => k.dunningDurationDaysMedian),
  ];
}

export function creditorColumns(currency: string, filter: DashboardFilter): TableColumn<CreditorKpis>[] {
  return [
    {
      header: 'Creditor',
      value: (r) => r.creditor.name,
      render: (r) => (
        <span className="creditor-cell">
          {r.creditor.name}
          <span className="muted small">
            {' '}
            {r.creditor.ref} · {r.creditor.country}
          </span>
        </span>
      ),
    },
    count('Placed', (k) => k.casesPlaced),
    count('Paid in full', (k) => k.casesPaidInFull),
    rate('Payment rate', (k) => k.paymentRate),
    rate('Payment rate by amount', (k) => k.paymentRateAmount),
    rate('Recovery rate', (k) => k.recoveryRate),
    money('Collected', currency, (k) => k.collectedCents),
    money('Interest', currency, (k) => k.interestCollectedCents),
    money('Fees', currency, (k) => k.feesCollectedCents),
    rate('Promise-kept', (k) => k.promiseKeptRate),
    {
      header: 'Report',
      value: () => null,
      render: (r) => (
        <Link to={hrefWithFilter('/dashboard/creditor-report', { ...filter, creditorId: r.creditor.id, collectorId: null, teamId: null, country: null })}>
          Report
        </Link>
      ),
    },
  ];
}

/** CSV columns: the table's, without the link-only ones. */
export function csvColumnsOf<Row>(columns: TableColumn<Row>[]): TableColumn<Row>[] {
  return columns.filter((c) => c.header !== 'Report');
}

import type { IntlShape, MessageDescriptor } from 'react-intl';
import { defineMessages } from 'react-intl';
import { Link } from 'react-router';
import { AggregateMoney } from '../../ui/money';
import { hrefWithFilter, type DashboardFilter } from './dashboard-filter';
import type { CollectorKpis, CreditorKpis, Kpis } from './dashboard.graphql';
import { centsForCsv, formatCount, formatDuration, formatRatio, rateForCsv } from './dashboard-format';
import { formatDays } from './dashboard-period';
import type { TableColumn } from './data-table';
import { honestRates, type RateBasis } from './rate-basis';
import { RateValue } from './rate-value';

type WithKpis = { kpis: Kpis };
type Rates = ReturnType<typeof honestRates>;

/** What the tables' columns are called on screen; the CSV keeps the English `header` for the tools that read it. */
const LABELS = defineMessages({
  collector: { id: 'dashboard.column.collector', defaultMessage: 'Collector' },
  creditor: { id: 'dashboard.column.creditor', defaultMessage: 'Creditor' },
  placed: { id: 'dashboard.column.placed', defaultMessage: 'Placed' },
  paidInFull: { id: 'dashboard.column.paidInFull', defaultMessage: 'Paid in full' },
  paymentRate: { id: 'dashboard.column.paymentRate', defaultMessage: 'Payment rate' },
  paymentRateAmount: { id: 'dashboard.column.paymentRateAmount', defaultMessage: 'Payment rate by amount' },
  recoveryRate: { id: 'dashboard.column.recoveryRate', defaultMessage: 'Recovery rate' },
  recovered: { id: 'dashboard.column.recovered', defaultMessage: 'Recovered ({currency})' },
  collected: { id: 'dashboard.column.collected', defaultMessage: 'Collected ({currency})' },
  interest: { id: 'dashboard.column.interest', defaultMessage: 'Interest ({currency})' },
  fees: { id: 'dashboard.column.fees', defaultMessage: 'Fees ({currency})' },
  promiseKept: { id: 'dashboard.column.promiseKept', defaultMessage: 'Promise-kept' },
  contacts: { id: 'dashboard.column.contacts', defaultMessage: 'Contacts' },
  rpcRate: { id: 'dashboard.column.rpcRate', defaultMessage: 'RPC rate' },
  contactsPerDay: { id: 'dashboard.column.contactsPerDay', defaultMessage: 'Contacts / day' },
  handling: { id: 'dashboard.column.handling', defaultMessage: 'Avg handling' },
  durationMedian: { id: 'dashboard.column.durationMedian', defaultMessage: 'Duration median' },
  report: { id: 'dashboard.column.report', defaultMessage: 'Report' },
});

function rate<R extends WithKpis>(header: string, label: string, pick: (r: Rates) => number | null, basis: RateBasis): TableColumn<R> {
  return {
    header: `${header} (%)`,
    label,
    numeric: true,
    value: (r) => rateForCsv(pick(honestRates(r.kpis))),
    render: (r) => <RateValue rate={pick(honestRates(r.kpis))} basis={basis} />,
  };
}

function count<R extends WithKpis>(header: string, label: string, pick: (k: Kpis) => number): TableColumn<R> {
  return { header, label, numeric: true, value: (r) => pick(r.kpis), render: (r) => formatCount(pick(r.kpis)) };
}

function money<R extends WithKpis>(header: string, label: string, currency: string, pick: (k: Kpis) => number): TableColumn<R> {
  return {
    header: `${header} (${currency})`,
    label,
    numeric: true,
    value: (r) => centsForCsv(pick(r.kpis)),
    render: (r) => <AggregateMoney cents={pick(r.kpis)} currency={currency} />,
  };
}

export function collectorColumns(currency: string, intl: IntlShape): TableColumn<CollectorKpis>[] {
  const l = (m: MessageDescriptor) => intl.formatMessage(m, { currency });
  return [
    { header: 'Collector', label: l(LABELS.collector), value: (r) => r.collector.name },
    count('Placed', l(LABELS.placed), (k) => k.casesPlaced),
    count('Paid in full', l(LABELS.paidInFull), (k) => k.casesPaidInFull),
    rate('Payment rate', l(LABELS.paymentRate), (k) => k.paymentRate, 'cases'),
    rate('Recovery rate', l(LABELS.recoveryRate), (k) => k.recoveryRate, 'amount'),
    money('Recovered', l(LABELS.recovered), currency, (k) => k.recoveredCents),
    rate('Promise-kept', l(LABELS.promiseKept), (k) => k.promiseKeptRate, 'promises'),
    count('Contacts', l(LABELS.contacts), (k) => k.contacts),
    rate('RPC rate', l(LABELS.rpcRate), (k) => k.rightPartyContactRate, 'contacts'),
    {
      header: 'Contacts / day',
      label: l(LABELS.contactsPerDay),
      numeric: true,
      value: (r) => r.kpis.contactsPerCollectorDay,
      render: (r) => formatRatio(r.kpis.contactsPerCollectorDay),
    },
    {
      header: 'Avg handling (s)',
      label: l(LABELS.handling),
      numeric: true,
      value: (r) => (r.kpis.averageHandlingSeconds === null ? null : Math.round(r.kpis.averageHandlingSeconds)),
      render: (r) => formatDuration(r.kpis.averageHandlingSeconds),
    },
    {
      header: 'Duration median (days)',
      label: l(LABELS.durationMedian),
      numeric: true,
      value: (r) => r.kpis.dunningDurationDaysMedian,
      render: (r) => formatDays(r.kpis.dunningDurationDaysMedian),
    },
  ];
}

export function creditorColumns(currency: string, filter: DashboardFilter, intl: IntlShape): TableColumn<CreditorKpis>[] {
  const l = (m: MessageDescriptor) => intl.formatMessage(m, { currency });
  return [
    {
      header: 'Creditor',
      label: l(LABELS.creditor),
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
    count('Placed', l(LABELS.placed), (k) => k.casesPlaced),
    count('Paid in full', l(LABELS.paidInFull), (k) => k.casesPaidInFull),
    rate('Payment rate', l(LABELS.paymentRate), (k) => k.paymentRate, 'cases'),
    rate('Payment rate by amount', l(LABELS.paymentRateAmount), (k) => k.paymentRateAmount, 'amount'),
    rate('Recovery rate', l(LABELS.recoveryRate), (k) => k.recoveryRate, 'amount'),
    money('Collected', l(LABELS.collected), currency, (k) => k.collectedCents),
    money('Interest', l(LABELS.interest), currency, (k) => k.interestCollectedCents),
    money('Fees', l(LABELS.fees), currency, (k) => k.feesCollectedCents),
    rate('Promise-kept', l(LABELS.promiseKept), (k) => k.promiseKeptRate, 'promises'),
    {
      header: 'Report',
      label: l(LABELS.report),
      linkOnly: true,
      value: () => null,
      render: (r) => (
        <Link to={hrefWithFilter('/dashboard/creditor-report', { ...filter, creditorId: r.creditor.id, collectorId: null, teamId: null, country: null })}>
          {l(LABELS.report)}
        </Link>
      ),
    },
  ];
}

/** CSV columns: the table's, without the link-only ones. */
export function csvColumnsOf<Row>(columns: TableColumn<Row>[]): TableColumn<Row>[] {
  return columns.filter((c) => !c.linkOnly);
}

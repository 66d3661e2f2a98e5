import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { Link } from 'react-router';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { CASE_STATUS_LABELS, STAGE_LABELS, type CaseStatus, type DunningStage } from '../../ui/format';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { KpiCase } from './dashboard.graphql';
import { centsForCsv } from './dashboard-format';
import type { TableColumn } from './data-table';

const LABELS = defineMessages({
  debtor: { id: 'dashboard.cases.column.debtor', defaultMessage: 'Debtor' },
  debtorRef: { id: 'dashboard.cases.column.debtorRef', defaultMessage: 'Debtor ref' },
  creditor: { id: 'dashboard.cases.column.creditor', defaultMessage: 'Creditor' },
  stage: { id: 'dashboard.cases.column.stage', defaultMessage: 'Stage' },
  status: { id: 'dashboard.cases.column.status', defaultMessage: 'Status' },
  assignee: { id: 'dashboard.cases.column.assignee', defaultMessage: 'Assigned now' },
  placed: { id: 'dashboard.cases.column.placed', defaultMessage: 'Placed' },
  paid: { id: 'dashboard.cases.column.paid', defaultMessage: 'Paid' },
  currency: { id: 'dashboard.cases.column.currency', defaultMessage: 'Currency' },
  open: { id: 'dashboard.cases.column.open', defaultMessage: 'Open' },
});

/**
 * The drill-down's columns. The screen names them (and its badges the stages and statuses) in the
 * workbench language; the CSV keeps English headers, English vocabulary and ISO dates for the tools that read it.
 */
export function kpiCaseColumns(intl: IntlShape): TableColumn<KpiCase>[] {
  const l = (m: MessageDescriptor) => intl.formatMessage(m);
  return [
    {
      header: 'Debtor',
      label: l(LABELS.debtor),
      value: (c) => c.debtor.name,
      render: (c) => (
        <Link className="strong-link" to={`/cases/${c.id}`}>
          {c.debtor.name}
        </Link>
      ),
    },
    { header: 'Debtor ref', label: l(LABELS.debtorRef), value: (c) => c.debtor.ref },
    { header: 'Creditor', label: l(LABELS.creditor), value: (c) => c.creditor.name },
    {
      header: 'Stage',
      label: l(LABELS.stage),
      value: (c) => STAGE_LABELS[c.stage as DunningStage] ?? c.stage,
      render: (c) => <StageBadge stage={c.stage} />,
    },
    {
      header: 'Status',
      label: l(LABELS.status),
      value: (c) => CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status,
      render: (c) => <StatusBadge status={c.status} />,
    },
    { header: 'Assigned now', label: l(LABELS.assignee), value: (c) => c.assignee?.name ?? null },
    { header: 'Placed', label: l(LABELS.placed), value: (c) => c.placedAt, render: (c) => formatDate(c.placedAt) },
    { header: 'Paid', label: l(LABELS.paid), value: (c) => c.paidAt?.slice(0, 10) ?? null, render: (c) => formatDate(c.paidAt?.slice(0, 10)) },
    { header: 'Currency', label: l(LABELS.currency), value: (c) => c.currency },
    {
      header: 'Open',
      label: l(LABELS.open),
      numeric: true,
      value: (c) => centsForCsv(c.openCents),
      render: (c) => <Money cents={c.openCents} currency={c.currency} />,
    },
  ];
}

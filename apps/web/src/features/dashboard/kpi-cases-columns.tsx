import { Link } from 'react-router';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { CASE_STATUS_LABELS, STAGE_LABELS, type CaseStatus, type DunningStage } from '../../ui/format';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { KpiCase } from './dashboard.graphql';
import { centsForCsv } from './dashboard-format';
import type { TableColumn } from './data-table';

export const KPI_CASE_COLUMNS: TableColumn<KpiCase>[] = [
  {
    header: 'Debtor',
    value: (c) => c.debtor.name,
    render: (c) => (
      <Link className="strong-link" to={`/cases/${c.id}`}>
        {c.debtor.name}
      </Link>
    ),
  },
  { header: 'Debtor ref', value: (c) => c.debtor.ref },
  { header: 'Creditor', value: (c) => c.creditor.name },
  { header: 'Stage', value: (c) => STAGE_LABELS[c.stage as DunningStage] ?? c.stage, render: (c) => <StageBadge stage={c.stage} /> },
  { header: 'Status', value: (c) => CASE_STATUS_LABELS[c.status as CaseStatus] ?? c.status, render: (c) => <StatusBadge status={c.status} /> },
  { header: 'Assigned now', value: (c) => c.assignee?.name ?? null },
  { header: 'Placed', value: (c) => c.placedAt, render: (c) => formatDate(c.placedAt) },
  { header: 'Paid', value: (c) => c.paidAt?.slice(0, 10) ?? null, render: (c) => formatDate(c.paidAt?.slice(0, 10)) },
  { header: 'Currency', value: (c) => c.currency },
  { header: 'Open', numeric: true, value: (c) => centsForCsv(c.openCents), render: (c) => <Money cents={c.openCents} currency={c.currency} /> },
];

import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { Card, EmptyState } from '../../ui/card';
import { csvFileName } from './csv';
import type { DashboardFilter } from './dashboard-filter';
import type { CollectorKpis, CreditorKpis } from './dashboard.graphql';
import { CsvButton, DataTable } from './data-table';
import { collectorColumns, creditorColumns, csvColumnsOf } from './kpi-table-columns';

export function CollectorTable({ rows, currency, filter }: { rows: CollectorKpis[]; currency: string; filter: DashboardFilter }) {
  const intl = useIntl();
  const columns = useMemo(() => collectorColumns(currency, intl), [currency, intl]);
  return (
    <Card
      title={intl.formatMessage({ id: 'dashboard.byCollector', defaultMessage: 'By collector' })}
      actions={<CsvButton fileName={csvFileName('kpis-by-collector', filter.from, filter.to)} columns={columns} rows={rows} testId="csv-collectors" />}
      flush
    >
      {rows.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'dashboard.noCollectorActivity', defaultMessage: 'No collector activity in this period' })} />
      ) : (
        <DataTable columns={columns} rows={rows} rowKey={(r) => r.collector.id} testId="kpi-collector-table" />
      )}
    </Card>
  );
}

export function CreditorTable({ rows, currency, filter }: { rows: CreditorKpis[]; currency: string; filter: DashboardFilter }) {
  const intl = useIntl();
  const columns = useMemo(() => creditorColumns(currency, filter, intl), [currency, filter, intl]);
  return (
    <Card
      title={intl.formatMessage({ id: 'dashboard.byCreditor', defaultMessage: 'By creditor' })}
      actions={
        <CsvButton fileName={csvFileName('kpis-by-creditor', filter.from, filter.to)} columns={csvColumnsOf(columns)} rows={rows} testId="csv-creditors" />
      }
      flush
    >
      {rows.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'dashboard.noCreditors', defaultMessage: 'No creditor with cases in this period' })} />
      ) : (
        <DataTable columns={columns} rows={rows} rowKey={(r) => r.creditor.id} testId="kpi-creditor-table" />
      )}
    </Card>
  );
}

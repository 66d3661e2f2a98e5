import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import type { CsvColumn } from './csv';
import { downloadCsv } from './download-csv';

/** A table column that is also a CSV column: the file holds exactly the rows and columns shown. */
export interface TableColumn<Row> extends CsvColumn<Row> {
  /** Cell content; the CSV value as text when not given. */
  render?: (row: Row) => ReactNode;
  /** The heading people read, in the workbench language; `header` (English, for the CSV) when not given. */
  label?: string;
  numeric?: boolean;
  /** A column of links only, left out of the CSV. */
  linkOnly?: boolean;
}

export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  testId,
}: {
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  testId?: string;
}) {
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} className={c.numeric ? 'num' : undefined}>
                {c.label ?? c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
                  {c.render ? c.render(row) : (c.value(row) ?? '—')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CsvButton<Row>({
  fileName,
  columns,
  rows,
  testId,
}: {
  fileName: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  testId?: string;
}) {
  return (
    <button type="button" className="btn btn-small no-print" disabled={rows.length === 0} onClick={() => downloadCsv(fileName, columns, rows)} data-testid={testId}>
      <FormattedMessage id="dashboard.csv.download" defaultMessage="Download CSV" />
    </button>
  );
}

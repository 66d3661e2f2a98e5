import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { BankStatementPreview } from './bank.graphql';
import { rowProblems, rowStatus } from './csv-mapping-form';

/** The first rows of a file as the import would read them, with each row's problems by column. */
export function StatementPreview({ preview }: { preview: BankStatementPreview }) {
  if (preview.problem) {
    return (
      <div className="form-error" role="alert" data-testid="bank-preview-problem">
        {preview.problem}
      </div>
    );
  }
  const shown = preview.rows.length;
  return (
    <div className="bank-preview" data-testid="bank-preview">
      <div className="bank-preview-summary">
        <strong>Preview</strong>
        <span className="muted small">
          {preview.totalRows} row{preview.totalRows === 1 ? '' : 's'}
          {preview.headerLine && preview.format === 'CSV' ? ` after the header on line ${preview.headerLine}` : ''}:
        </span>
        <Badge tone="good">
          {preview.credits} credit{preview.credits === 1 ? '' : 's'}
        </Badge>
        <Badge tone="neutral">
          {preview.debits} debit{preview.debits === 1 ? '' : 's'}
        </Badge>
        <Badge tone={preview.rejected ? 'bad' : 'neutral'}>{preview.rejected} with problems</Badge>
        {shown < preview.totalRows ? <span className="muted small">(first {shown} shown)</span> : null}
      </div>
      <div className="table-wrap">
        <table className="table" data-testid="bank-preview-rows">
          <thead>
            <tr>
              <th className="num">Line</th>
              <th>Booked</th>
              <th className="num">Amount</th>
              <th>Counterparty</th>
              <th>Reference</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const status = rowStatus(row);
              const problems = rowProblems(row);
              return (
                <tr key={`${row.line}-${row.transactionId ?? ''}`} className={row.kind === 'REJECTED' ? 'bank-preview-rejected' : undefined}>
                  <td className="num">{row.line}</td>
                  <td>{row.bookingDate ? formatDate(row.bookingDate) : '—'}</td>
                  <td className="num">{row.currency ? <Money cents={row.amountCents} currency={row.currency} /> : '—'}</td>
                  <td>
                    <div>{row.counterpartyName ?? '—'}</div>
                    {row.counterpartyIban ? <div className="muted small">{row.counterpartyIban}</div> : null}
                  </td>
                  <td className="bank-remittance">{row.reference || <span className="muted">—</span>}</td>
                  <td>
                    <Badge tone={status.tone}>{status.label}</Badge>
                    {problems.length ? (
                      <ul className="bank-preview-problems">
                        {problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { BankStatementPreview } from './bank.graphql';
import { rowProblems, rowStatus } from './csv-mapping-form';
import { formatUiText } from './ui-text';

/** The first rows of a file as the import would read them, with each row's problems by column. */
export function StatementPreview({ preview }: { preview: BankStatementPreview }) {
  const intl = useIntl();
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
        <strong>
          <FormattedMessage id="bank.preview.title" defaultMessage="Preview" />
        </strong>
        <span className="muted small">
          {preview.headerLine && preview.format === 'CSV' ? (
            <FormattedMessage
              id="bank.preview.rowsAfterHeader"
              defaultMessage="{rows, plural, one {# row} other {# rows}} after the header on line {line}:"
              values={{ rows: preview.totalRows, line: preview.headerLine }}
            />
          ) : (
            <FormattedMessage id="bank.preview.rows" defaultMessage="{rows, plural, one {# row} other {# rows}}:" values={{ rows: preview.totalRows }} />
          )}
        </span>
        <Badge tone="good">
          <FormattedMessage id="bank.preview.credits" defaultMessage="{count, plural, one {# credit} other {# credits}}" values={{ count: preview.credits }} />
        </Badge>
        <Badge tone="neutral">
          <FormattedMessage id="bank.preview.debits" defaultMessage="{count, plural, one {# debit} other {# debits}}" values={{ count: preview.debits }} />
        </Badge>
        <Badge tone={preview.rejected ? 'bad' : 'neutral'}>
          <FormattedMessage id="bank.preview.withProblems" defaultMessage="{count, number} with problems" values={{ count: preview.rejected }} />
        </Badge>
        {shown < preview.totalRows ? (
          <span className="muted small">
            <FormattedMessage id="bank.preview.firstShown" defaultMessage="(first {count, number} shown)" values={{ count: shown }} />
          </span>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table" data-testid="bank-preview-rows">
          <thead>
            <tr>
              <th className="num">
                <FormattedMessage id="bank.preview.line" defaultMessage="Line" />
              </th>
              <th>
                <FormattedMessage id="bank.preview.booked" defaultMessage="Booked" />
              </th>
              <th className="num">
                <FormattedMessage id="bank.preview.amount" defaultMessage="Amount" />
              </th>
              <th>
                <FormattedMessage id="bank.preview.counterparty" defaultMessage="Counterparty" />
              </th>
              <th>
                <FormattedMessage id="bank.preview.reference" defaultMessage="Reference" />
              </th>
              <th>
                <FormattedMessage id="bank.preview.status" defaultMessage="Status" />
              </th>
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
                    <Badge tone={status.tone}>{formatUiText(intl, status.label)}</Badge>
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

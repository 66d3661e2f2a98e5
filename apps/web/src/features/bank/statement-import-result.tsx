import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { formatNumber } from '../../ui/format';
import { NoticeBar } from '../../ui/notice-bar';
import type { BankImportResult } from './bank.graphql';

const FIGURE_MESSAGES = defineMessages({
  imported: { id: 'bank.result.imported', defaultMessage: 'Imported' },
  matched: { id: 'bank.result.matched', defaultMessage: 'Matched' },
  unmatched: { id: 'bank.result.unmatched', defaultMessage: 'Unmatched' },
  review: { id: 'bank.result.review', defaultMessage: 'In review' },
  duplicates: { id: 'bank.result.duplicates', defaultMessage: 'Duplicates' },
  skippedDebits: { id: 'bank.result.skippedDebits', defaultMessage: 'Debits skipped' },
  rejected: { id: 'bank.result.rejected', defaultMessage: 'Rejected' },
});

/** What an import did: the figures, and each line that could not be read with its column and why. */
export function ImportResult({ result }: { result: BankImportResult }) {
  const intl = useIntl();
  const figures: [MessageDescriptor, number, string][] = [
    [FIGURE_MESSAGES.imported, result.imported, 'imported'],
    [FIGURE_MESSAGES.matched, result.matched, 'matched'],
    [FIGURE_MESSAGES.unmatched, result.unmatched, 'unmatched'],
    [FIGURE_MESSAGES.review, result.review, 'review'],
    [FIGURE_MESSAGES.duplicates, result.duplicates, 'duplicates'],
    [FIGURE_MESSAGES.skippedDebits, result.skippedDebits, 'skipped-debits'],
    [FIGURE_MESSAGES.rejected, result.rejected.length, 'rejected'],
  ];
  return (
    <div className="bank-result" data-testid="bank-import-result">
      <NoticeBar tone={result.rejected.length ? 'neutral' : 'success'}>
        {result.imported === 0 && result.duplicates > 0 ? (
          <FormattedMessage id="bank.result.nothingNew" defaultMessage="Nothing new: every credit in the file was imported before." />
        ) : (
          <FormattedMessage
            id="bank.result.summary"
            defaultMessage="{imported, plural, one {# new credit} other {# new credits}} imported; {matched, number} booked on a case."
            values={{ imported: result.imported, matched: result.matched }}
          />
        )}
        {result.review ? (
          <>
            {' '}
            <FormattedMessage
              id="bank.result.review.note"
              defaultMessage="{count, number} may already be booked as a manual payment and wait for review below."
              values={{ count: result.review }}
            />
          </>
        ) : null}
        {result.rejected.length ? (
          <>
            {' '}
            <FormattedMessage
              id="bank.result.rejected.note"
              defaultMessage="{count, plural, one {# line} other {# lines}} could not be read."
              values={{ count: result.rejected.length }}
            />
          </>
        ) : null}
      </NoticeBar>
      <dl className="bank-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`bank-count-${id}`}>
            <dt>{intl.formatMessage(label)}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {result.rejected.length ? (
        <div className="table-wrap">
          <table className="table" data-testid="bank-rejected">
            <thead>
              <tr>
                <th className="num">
                  <FormattedMessage id="bank.result.line" defaultMessage="Line" />
                </th>
                <th>
                  <FormattedMessage id="bank.result.column" defaultMessage="Column" />
                </th>
                <th>
                  <FormattedMessage id="bank.result.problem" defaultMessage="Problem" />
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((r, i) => (
                <tr key={`${r.line}-${i}`}>
                  <td className="num">{r.line}</td>
                  <td>{r.column ?? '—'}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

import { NoticeBar } from '../../ui/notice-bar';
import type { BankImportResult } from './bank.graphql';

/** What an import did: the figures, and each line that could not be read with its column and why. */
export function ImportResult({ result }: { result: BankImportResult }) {
  const figures: [string, number, string][] = [
    ['Imported', result.imported, 'imported'],
    ['Matched', result.matched, 'matched'],
    ['Unmatched', result.unmatched, 'unmatched'],
    ['In review', result.review, 'review'],
    ['Duplicates', result.duplicates, 'duplicates'],
    ['Debits skipped', result.skippedDebits, 'skipped-debits'],
    ['Rejected', result.rejected.length, 'rejected'],
  ];
  return (
    <div className="bank-result" data-testid="bank-import-result">
      <NoticeBar tone={result.rejected.length ? 'neutral' : 'success'}>
        {result.imported === 0 && result.duplicates > 0
          ? 'Nothing new: every credit in the file was imported before.'
          : `${result.imported} new credit${result.imported === 1 ? '' : 's'} imported; ${result.matched} booked on a case.`}
        {result.review
          ? ` ${result.review} may already be booked as a manual payment and wait for review below.`
          : ''}
        {result.rejected.length ? ` ${result.rejected.length} line${result.rejected.length === 1 ? '' : 's'} could not be read.` : ''}
      </NoticeBar>
      <dl className="bank-figures">
        {figures.map(([label, value, id]) => (
          <div key={id} data-testid={`bank-count-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.rejected.length ? (
        <div className="table-wrap">
          <table className="table" data-testid="bank-rejected">
            <thead>
              <tr>
                <th className="num">Line</th>
                <th>Column</th>
                <th>Problem</th>
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

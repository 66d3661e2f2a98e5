import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime, todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { formatNumber } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { useOpenDocument } from '../case/hooks/use-open-document';
import { useCreatePrintBatch } from './hooks/use-create-print-batch';
import { PRINT_BATCHES, type PrintBatch } from './print-batches.graphql';

/** Parts listed open under their batch; a batch of more comes folded (a large day has a hundred and more). */
const PARTS_SHOWN_OPEN = 4;

/**
 * Letters out the door (leads, admins): today's print batch in parts (each one merged PDF and a CSV
 * manifest for the print-and-mail service); its letters are marked sent today. One batch a day:
 * making it again the same day gives the same files.
 */
export function PrintBatchesCard() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(PRINT_BATCHES, { fetchPolicy: 'cache-and-network' });
  const [create, created] = useCreatePrintBatch();
  const batches = data?.printBatches ?? [];
  const ready = data?.lettersReadyToPrint ?? 0;
  const today = todayIso();
  const todays = batches.find((b) => b.batchDate === today);
  return (
    <Card
      title={<FormattedMessage id="dunning.printBatches.title" defaultMessage="Print batches" />}
      flush
      testId="print-batches"
      actions={
        <>
          <Badge
            tone={ready > 0 ? 'info' : 'neutral'}
            title={intl.formatMessage({
              id: 'dunning.printBatches.readyHint',
              defaultMessage: 'Written letters waiting for the next batch (letters to an unknown address are held)',
            })}
          >
            <FormattedMessage id="dunning.printBatches.ready" defaultMessage="{count, number} ready to print" values={{ count: ready }} />
          </Badge>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="print-batch-create"
            disabled={created.loading || (!todays && ready === 0)}
            title={
              todays
                ? intl.formatMessage({ id: 'dunning.printBatches.madeHint', defaultMessage: "Today's batch is made: this opens it again" })
                : intl.formatMessage({
                    id: 'dunning.printBatches.makeHint',
                    defaultMessage: 'Merge the letters ready into one PDF with its manifest and mark them sent today',
                  })
            }
            onClick={() => void create().catch(() => undefined)}
          >
            {created.loading ? (
              <FormattedMessage id="dunning.printBatches.making" defaultMessage="Making the batch…" />
            ) : todays ? (
              <FormattedMessage id="dunning.printBatches.made" defaultMessage="Today's batch is made" />
            ) : (
              <FormattedMessage id="dunning.printBatches.make" defaultMessage="Make today's batch" />
            )}
          </button>
        </>
      }
    >
      <p className="muted small card-pad print-batch-intro">
        <FormattedMessage
          id="dunning.printBatches.intro"
          defaultMessage="The day's letters in parts, each one PDF (each letter starts on a new sheet, printed on both sides) with a CSV manifest of recipient, pages, sheets, envelope and postage class for the print-and-mail service: send each part as one job. Letters in a batch are marked sent that day."
        />
      </p>
      {created.error ? <ErrorBanner error={created.error} title={intl.formatMessage({ id: 'dunning.printBatches.makeError', defaultMessage: 'Could not make the batch.' })} /> : null}
      {error ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'dunning.printBatches.loadError', defaultMessage: 'Could not load the print batches.' })} onRetry={() => void refetch()} /> : null}
      {loading && batches.length === 0 ? <Spinner label={intl.formatMessage({ id: 'dunning.printBatches.loading', defaultMessage: 'Loading print batches…' })} /> : null}
      {!loading && !error && batches.length === 0 ? <p className="muted card-pad">
          <FormattedMessage id="dunning.printBatches.none" defaultMessage="No print batch yet." />
        </p> : null}
      {batches.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-print-batches">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="dunning.printBatches.day" defaultMessage="Day" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.printBatches.letters" defaultMessage="Letters" />
                </th>
                <th className="num">
                  <FormattedMessage id="dunning.printBatches.pages" defaultMessage="Pages" />
                </th>
                <th className="num" title={intl.formatMessage({ id: 'dunning.printBatches.sheetsHint', defaultMessage: 'Sheets printed on both sides' })}>
                  <FormattedMessage id="dunning.printBatches.sheets" defaultMessage="Sheets" />
                </th>
                <th>
                  <FormattedMessage id="dunning.printBatches.madeColumn" defaultMessage="Made" />
                </th>
                <th>
                  <FormattedMessage id="dunning.printBatches.parts" defaultMessage="Parts and files" />
                </th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id} data-testid="print-batch-row" data-batch-date={b.batchDate} className={b.id === created.data?.createPrintBatch.id ? 'selected' : undefined}>
                  <td>
                    <strong>{formatDate(b.batchDate)}</strong>
                  </td>
                  <td className="num">{formatNumber(b.letterCount)}</td>
                  <td className="num">{formatNumber(b.pageCount)}</td>
                  <td className="num">{formatNumber(b.sheetCount)}</td>
                  <td className="muted">
                    {formatDateTime(b.createdAt)} · {b.createdByName}
                  </td>
                  <td>
                    <PrintBatchParts batch={b} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}

/** A batch's parts, each with its PDF and manifest; one part shows just its two files. */
function PrintBatchParts({ batch }: { batch: PrintBatch }) {
  const intl = useIntl();
  const openDocument = useOpenDocument();
  const download = (url: string) => (event: { preventDefault(): void }) => {
    event.preventDefault();
    void openDocument(url, 'download');
  };
  const files = (part: PrintBatch['parts'][number]) => (
    <span className="print-batch-files">
      <a href={part.pdfUrl} download onClick={download(part.pdfUrl)} data-testid="print-batch-pdf" title={intl.formatMessage({ id: 'dunning.printBatches.checksum', defaultMessage: 'SHA-256 {hash}' }, { hash: part.pdfSha256 })}>
        <FormattedMessage id="dunning.printBatches.pdf" defaultMessage="PDF" />
      </a>
      <a href={part.manifestUrl} download onClick={download(part.manifestUrl)} data-testid="print-batch-manifest">
        <FormattedMessage id="dunning.printBatches.manifest" defaultMessage="Manifest (CSV)" />
      </a>
    </span>
  );
  if (batch.parts.length === 1) return files(batch.parts[0]!);
  const list = (
    <ol className="print-batch-parts" data-testid="print-batch-parts">
      {batch.parts.map((part) => (
        <li key={part.number} data-testid="print-batch-part">
          <span className="print-batch-part-name">
            <FormattedMessage id="dunning.printBatches.part" defaultMessage="Part {number, number}" values={{ number: part.number }} />
          </span>
          <span className="muted small">
            <FormattedMessage
              id="dunning.printBatches.partRange"
              defaultMessage="letters {first, number}–{last, number} · {pages, plural, one {# page} other {# pages}}"
              values={{ first: part.firstLetter, last: part.lastLetter, pages: part.pageCount }}
            />
          </span>
          {files(part)}
        </li>
      ))}
    </ol>
  );
  const summary = batch.partLetters
    ? intl.formatMessage(
        { id: 'dunning.printBatches.partsOfUpTo', defaultMessage: '{parts, number} parts of up to {letters, plural, one {# letter} other {# letters}}' },
        { parts: batch.parts.length, letters: batch.partLetters },
      )
    : intl.formatMessage({ id: 'dunning.printBatches.partsCount', defaultMessage: '{parts, number} parts' }, { parts: batch.parts.length });
  if (batch.parts.length <= PARTS_SHOWN_OPEN) {
    return (
      <div>
        <span className="muted small">{summary}</span>
        {list}
      </div>
    );
  }
  return (
    <details className="print-batch-parts-folded">
      <summary data-testid="print-batch-parts-summary">{summary}</summary>
      {list}
    </details>
  );
}

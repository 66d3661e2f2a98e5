import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import type { CaseLetter } from './case.graphql';
import { useOpenDocument } from './hooks/use-open-document';
import { shortHash } from './letters';

const LETTER_STATUS: Record<string, { label: string; tone: BadgeTone; title: string }> = {
  READY: { label: 'Ready', tone: 'good', title: 'The PDF is stored and can no longer change.' },
  PENDING: { label: 'Being written', tone: 'info', title: 'Queued; the letter writer renders it shortly.' },
  SENT: { label: 'Sent', tone: 'good', title: 'Went out by post with a print batch.' },
  FAILED: { label: 'Failed', tone: 'bad', title: 'The letter could not be written; a person needs to look at it.' },
};

const HELD = { label: 'Held', tone: 'warn' as const };

const LETTER_KIND: Record<string, string> = {
  DUNNING: 'Dunning letter',
  PLAN_CONFIRMATION: 'Payment plan confirmation',
  DISPUTE_ANSWER: 'Answer to the objection',
};

function hashTitle(letter: CaseLetter): string | undefined {
  if (!letter.pdfSha256) return undefined;
  const lines = [`SHA-256 of the stored PDF:\n${letter.pdfSha256}`];
  if (letter.contentSha256) lines.push(`SHA-256 of the letter content:\n${letter.contentSha256}`);
  return lines.join('\n\n');
}

/** The letters sent to the case's debtor for its creditor, newest first, each stored PDF with its hash. */
export function LettersCard({
  letters, addressUnknown = false, onRefresh,
}: { letters: CaseLetter[]; addressUnknown?: boolean; onRefresh?: () => void }) {
  const openDocument = useOpenDocument();
  const pending = letters.some((l) => l.status === 'PENDING' && !l.heldReason);
  return (
    <Card
      title={`Letters (${letters.length})`}
      flush
      testId="case-letters"
      actions={
        pending && onRefresh ? (
          <button type="button" className="btn btn-small" onClick={onRefresh} title="Letters being written are ready within a minute or so">
            Refresh
          </button>
        ) : null
      }
    >
      {addressUnknown ? (
        <p className="letters-held card-pad" role="status" data-testid="letters-held">
          <strong>Letters are held:</strong> the debtor&apos;s address is unknown. The dunning run writes no letter for this
          debtor and letters already queued wait until the address is corrected.
        </p>
      ) : null}
      {letters.length === 0 ? (
        <p className="muted card-pad">
          No letters yet. The dunning run queues one when a letter stage is reached; an agreed payment plan and a rejected
          objection get a letter of their own.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table-letters">
            <thead>
              <tr>
                <th>Written</th>
                <th>Letter</th>
                <th>Status</th>
                <th title="First 12 characters of the SHA-256 of the stored PDF; hover for the full hash">PDF SHA-256</th>
                <th className="num">Document</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => {
                const status = letter.heldReason
                  ? { ...HELD, title: letter.heldReason }
                  : (LETTER_STATUS[letter.status] ?? { label: letter.status, tone: 'neutral' as const, title: '' });
                const hash = shortHash(letter.pdfSha256);
                const ready = letter.status === 'READY' || letter.status === 'SENT';
                return (
                  <tr
                    key={letter.id}
                    data-testid="letter-row"
                    data-letter-id={letter.id}
                    data-letter-status={letter.status}
                    data-letter-kind={letter.kind}
                  >
                    <td>{formatDate(letter.writtenOn)}</td>
                    <td>{LETTER_KIND[letter.kind] ?? letter.kind}</td>
                    <td>
                      <Badge tone={status.tone} title={status.title || undefined}>
                        {status.label}
                      </Badge>
                      {letter.status === 'SENT' && letter.sentOn ? (
                        <div className="muted small letter-reason" data-testid="letter-sent-on">
                          posted {formatDate(letter.sentOn)}
                        </div>
                      ) : null}
                      {letter.heldReason || letter.error ? (
                        <div className="muted small letter-reason" data-testid="letter-reason">
                          {letter.heldReason ?? letter.error}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {hash ? (
                        <code className="hash" title={hashTitle(letter)} data-testid="letter-hash">
                          {hash}…
                        </code>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="num">
                      {ready ? (
                        <a
                          href={letter.url}
                          target="_blank"
                          rel="noopener noreferrer"
                          data-testid="letter-open"
                          onClick={(event) => {
                            event.preventDefault();
                            void openDocument(letter.url, 'tab');
                          }}
                        >
                          Open PDF ↗
                        </a>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

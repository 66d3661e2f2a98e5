import { useQuery } from '@apollo/client/react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import type { CaseLetter } from './case.graphql';
import { useOpenDocument } from './hooks/use-open-document';
import { CASE_DUNNING_STEPS } from './letter-history.graphql';
import { letterRows, shortHash } from './letters';

const STATUS_MESSAGES: Record<
  'READY' | 'READY_TITLE' | 'PENDING' | 'PENDING_TITLE' | 'SENT' | 'SENT_TITLE' | 'FAILED' | 'FAILED_TITLE' | 'HELD' | 'HELD_TITLE' | 'NO_COPY' | 'NO_COPY_TITLE',
  MessageDescriptor
> = defineMessages({
  READY: { id: 'case.letters.status.READY', defaultMessage: 'Ready' },
  READY_TITLE: { id: 'case.letters.status.READY.title', defaultMessage: 'The PDF is stored and can no longer change.' },
  PENDING: { id: 'case.letters.status.PENDING', defaultMessage: 'Being written' },
  PENDING_TITLE: { id: 'case.letters.status.PENDING.title', defaultMessage: 'Queued; the letter writer renders it shortly.' },
  SENT: { id: 'case.letters.status.SENT', defaultMessage: 'Sent' },
  SENT_TITLE: { id: 'case.letters.status.SENT.title', defaultMessage: 'Went out by post with a print batch.' },
  FAILED: { id: 'case.letters.status.FAILED', defaultMessage: 'Failed' },
  FAILED_TITLE: { id: 'case.letters.status.FAILED.title', defaultMessage: 'The letter could not be written; a person needs to look at it.' },
  HELD: { id: 'case.letters.status.HELD', defaultMessage: 'Held' },
  HELD_TITLE: { id: 'case.letters.status.HELD.title', defaultMessage: 'Held: the debtor’s address is unknown. The letter is written once the address is corrected.' },
  NO_COPY: { id: 'case.letters.status.noCopy', defaultMessage: 'Sent, no copy stored' },
  NO_COPY_TITLE: {
    id: 'case.letters.status.noCopy.title',
    defaultMessage: 'The dunning run took this step by letter (see the timeline); no copy of the letter is stored here.',
  },
});

const STATUS: Record<string, { label: MessageDescriptor; title: MessageDescriptor; tone: BadgeTone }> = {
  READY: { label: STATUS_MESSAGES.READY, title: STATUS_MESSAGES.READY_TITLE, tone: 'good' },
  PENDING: { label: STATUS_MESSAGES.PENDING, title: STATUS_MESSAGES.PENDING_TITLE, tone: 'info' },
  SENT: { label: STATUS_MESSAGES.SENT, title: STATUS_MESSAGES.SENT_TITLE, tone: 'good' },
  FAILED: { label: STATUS_MESSAGES.FAILED, title: STATUS_MESSAGES.FAILED_TITLE, tone: 'bad' },
};

const KIND_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  DUNNING: { id: 'case.letters.kind.DUNNING', defaultMessage: 'Dunning letter' },
  PLAN_CONFIRMATION: { id: 'case.letters.kind.PLAN_CONFIRMATION', defaultMessage: 'Payment plan confirmation' },
  DISPUTE_ANSWER: { id: 'case.letters.kind.DISPUTE_ANSWER', defaultMessage: 'Answer to the objection' },
});

function LetterStatus({ letter }: { letter: CaseLetter | null }) {
  const intl = useIntl();
  if (!letter) {
    return (
      <Badge tone="neutral" title={intl.formatMessage(STATUS_MESSAGES.NO_COPY_TITLE)}>
        {intl.formatMessage(STATUS_MESSAGES.NO_COPY)}
      </Badge>
    );
  }
  const status = letter.heldReason
    ? { label: STATUS_MESSAGES.HELD, title: STATUS_MESSAGES.HELD_TITLE, tone: 'warn' as const }
    : STATUS[letter.status];
  return (
    <>
      <Badge tone={status?.tone ?? 'neutral'} title={status ? intl.formatMessage(status.title) : undefined}>
        {status ? intl.formatMessage(status.label) : letter.status}
      </Badge>
      {letter.status === 'SENT' && letter.sentOn ? (
        <div className="muted small letter-reason" data-testid="letter-sent-on">
          <FormattedMessage id="case.letters.postedOn" defaultMessage="posted {date}" values={{ date: formatDate(letter.sentOn) }} />
        </div>
      ) : null}
      {letter.heldReason ? (
        <div className="muted small letter-reason" data-testid="letter-reason">
          {intl.formatMessage(STATUS_MESSAGES.HELD_TITLE)}
        </div>
      ) : letter.error ? (
        <div className="muted small letter-reason" data-testid="letter-reason">
          {letter.error}
        </div>
      ) : null}
    </>
  );
}

function LetterHash({ letter }: { letter: CaseLetter | null }) {
  const intl = useIntl();
  const hash = shortHash(letter?.pdfSha256);
  if (!letter || !hash) return <span className="muted">—</span>;
  const title = [
    intl.formatMessage({ id: 'case.letters.hash.pdf', defaultMessage: 'SHA-256 of the stored PDF:' }) + `\n${letter.pdfSha256}`,
    letter.contentSha256
      ? intl.formatMessage({ id: 'case.letters.hash.content', defaultMessage: 'SHA-256 of the letter content:' }) + `\n${letter.contentSha256}`
      : null,
  ]
    .filter(Boolean)
    .join('\n\n');
  return (
    <code className="hash" title={title} data-testid="letter-hash">
      {hash}…
    </code>
  );
}

function OpenLetter({ letter }: { letter: CaseLetter | null }) {
  const openDocument = useOpenDocument();
  if (!letter || (letter.status !== 'READY' && letter.status !== 'SENT')) return <span className="muted">—</span>;
  return (
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
      <FormattedMessage id="case.letters.openPdf" defaultMessage="Open PDF ↗" />
    </a>
  );
}

/**
 * The letters to the case's debtor for its creditor, newest first: each letter step the dunning run
 * took (the letters the timeline tells of), with its stored PDF and hash where one was written, and
 * the other letters about the case (plan confirmation, answer to an objection).
 */
export function LettersCard({
  caseId, letters, addressUnknown = false, onRefresh,
}: { caseId: string; letters: CaseLetter[]; addressUnknown?: boolean; onRefresh?: () => void }) {
  const intl = useIntl();
  const labels = useLabels();
  const { data } = useQuery(CASE_DUNNING_STEPS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const rows = letterRows(data?.case.dunningSteps ?? [], letters);
  const pending = letters.some((l) => l.status === 'PENDING' && !l.heldReason);
  return (
    <Card
      title={intl.formatMessage({ id: 'case.letters.title', defaultMessage: 'Letters ({count, number})' }, { count: rows.length })}
      flush
      testId="case-letters"
      actions={
        pending && onRefresh ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={onRefresh}
            title={intl.formatMessage({ id: 'case.letters.refresh.title', defaultMessage: 'Letters being written are ready within a minute or so' })}
          >
            <FormattedMessage id="case.letters.refresh" defaultMessage="Refresh" />
          </button>
        ) : null
      }
    >
      {addressUnknown ? (
        <p className="letters-held card-pad" role="status" data-testid="letters-held">
          <FormattedMessage
            id="case.letters.held"
            defaultMessage="<b>Letters are held:</b> the debtor’s address is unknown. The dunning run writes no letter for this debtor and letters already queued wait until the address is corrected."
            values={{ b: (chunks) => <strong>{chunks}</strong> }}
          />
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="muted card-pad">
          <FormattedMessage
            id="case.letters.none"
            defaultMessage="No letters yet. The dunning run queues one when a letter stage is reached; an agreed payment plan and a rejected objection get a letter of their own."
          />
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table table-letters">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="case.letters.column.date" defaultMessage="Date" />
                </th>
                <th>
                  <FormattedMessage id="case.letters.column.letter" defaultMessage="Letter" />
                </th>
                <th>
                  <FormattedMessage id="case.letters.column.status" defaultMessage="Status" />
                </th>
                <th title={intl.formatMessage({ id: 'case.letters.column.hash.title', defaultMessage: 'First 12 characters of the SHA-256 of the stored PDF; hover for the full hash' })}>
                  <FormattedMessage id="case.letters.column.hash" defaultMessage="PDF SHA-256" />
                </th>
                <th className="num">
                  <FormattedMessage id="case.letters.column.document" defaultMessage="Document" />
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.key}
                  data-testid="letter-row"
                  data-letter-id={row.letter?.id}
                  data-letter-status={row.letter?.status ?? 'NO_COPY'}
                  data-letter-kind={row.letter?.kind ?? 'DUNNING'}
                  data-letter-stage={row.stage ?? undefined}
                >
                  <td>{formatDate(row.on)}</td>
                  <td>
                    {row.stage ? labels.stage(row.stage) : KIND_MESSAGES[row.letter.kind] ? intl.formatMessage(KIND_MESSAGES[row.letter.kind]!) : row.letter.kind}
                    {row.stage ? (
                      <div className="muted small">
                        <FormattedMessage id="case.letters.byDunningRun" defaultMessage="by post, dunning run" />
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <LetterStatus letter={row.letter} />
                  </td>
                  <td>
                    <LetterHash letter={row.letter} />
                  </td>
                  <td className="num">
                    <OpenLetter letter={row.letter} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

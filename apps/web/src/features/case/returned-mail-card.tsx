import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../app/auth-context';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import type { ReturnedMailReason } from '../../gql/graphql';
import { useRecordReturnedMail } from './hooks/use-record-returned-mail';
import { CASE_RETURNED_MAIL } from './returned-mail.graphql';

const REASON_LABEL: Record<ReturnedMailReason, MessageDescriptor> = defineMessages({
  ADDRESSEE_UNKNOWN: { id: 'case.returnedMail.reason.ADDRESSEE_UNKNOWN', defaultMessage: 'Addressee unknown' },
  MOVED: { id: 'case.returnedMail.reason.MOVED', defaultMessage: 'Moved' },
  REFUSED: { id: 'case.returnedMail.reason.REFUSED', defaultMessage: 'Refused' },
  INSUFFICIENT_ADDRESS: { id: 'case.returnedMail.reason.INSUFFICIENT_ADDRESS', defaultMessage: 'Address insufficient' },
  OTHER: { id: 'case.returnedMail.reason.OTHER', defaultMessage: 'Other' },
});
const REASONS = Object.keys(REASON_LABEL) as ReturnedMailReason[];
const RECORDERS = new Set(['COLLECTOR', 'LEAD', 'ADMIN']);

/**
 * Returned post on the case: what came back, and a form to record a return. Recording marks the
 * debtor's address unknown, which holds their letters until the address is corrected.
 */
export function ReturnedMailCard({ caseId }: { caseId: string }) {
  const user = useCurrentUser();
  const intl = useIntl();
  const reasonText = (r: string) => (r in REASON_LABEL ? intl.formatMessage(REASON_LABEL[r as ReturnedMailReason]) : r);
  const { data, error } = useQuery(CASE_RETURNED_MAIL, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [record, recording] = useRecordReturnedMail();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReturnedMailReason>('ADDRESSEE_UNKNOWN');
  const [letterId, setLetterId] = useState('');
  const [note, setNote] = useState('');
  const returns = data?.case.returnedMail ?? [];
  const sent = (data?.case.letters ?? []).filter((l) => l.status === 'SENT' || l.status === 'READY');
  const canRecord = RECORDERS.has(user.role);
  if (!canRecord && returns.length === 0) return null;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void record({ variables: { caseId, input: { reason, letterId: letterId || null, note: note.trim() || null } } })
      .then(() => {
        setOpen(false);
        setNote('');
        setLetterId('');
      })
      .catch(() => undefined);
  };

  return (
    <Card
      title={intl.formatMessage(
        { id: 'case.returnedMail.title', defaultMessage: '{count, plural, =0 {Returned mail} other {Returned mail (#)}}' },
        { count: returns.length },
      )}
      testId="returned-mail"
      actions={
        canRecord && !open ? (
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)} data-testid="returned-mail-open">
            <FormattedMessage id="case.returnedMail.open" defaultMessage="Record returned post" />
          </button>
        ) : null
      }
    >
      {error ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'case.returnedMail.loadError', defaultMessage: 'Could not load returned mail.' })} /> : null}
      {open ? (
        <form className="form" onSubmit={onSubmit} data-testid="returned-mail-form">
          <label className="field">
            <span className="field-label"><FormattedMessage id="case.returnedMail.why" defaultMessage="Why it came back" /></span>
            <select value={reason} onChange={(e) => setReason(e.target.value as ReturnedMailReason)} data-testid="returned-mail-reason">
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {reasonText(r)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label"><FormattedMessage id="case.returnedMail.letter" defaultMessage="Letter (optional)" /></span>
            <select value={letterId} onChange={(e) => setLetterId(e.target.value)} data-testid="returned-mail-letter">
              <option value="">{intl.formatMessage({ id: 'case.returnedMail.letter.unknown', defaultMessage: 'Not known' })}</option>
              {sent.map((l) => (
                <option key={l.id} value={l.id}>
                  {intl.formatMessage({ id: 'case.returnedMail.letter.of', defaultMessage: 'Letter of {date}' }, { date: formatDate(l.writtenOn) })}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label"><FormattedMessage id="case.returnedMail.note" defaultMessage="Note (optional)" /></span>
            <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="returned-mail-note" />
          </label>
          <p className="muted small"><FormattedMessage id="case.returnedMail.effect" defaultMessage="The debtor’s address is marked unknown: their letters are held until it is corrected." /></p>
          {recording.error ? <ErrorBanner error={recording.error} title={intl.formatMessage({ id: 'case.returnedMail.recordError', defaultMessage: 'Could not record the returned post.' })} /> : null}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={recording.loading} data-testid="returned-mail-submit">
              {recording.loading ? <FormattedMessage id="case.returnedMail.recording" defaultMessage="Recording…" /> : <FormattedMessage id="case.returnedMail.open" defaultMessage="Record returned post" />}
            </button>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              <FormattedMessage id="case.returnedMail.cancel" defaultMessage="Cancel" />
            </button>
          </div>
        </form>
      ) : null}
      {returns.length === 0 && !open ? <p className="muted"><FormattedMessage id="case.returnedMail.none" defaultMessage="No post has come back." /></p> : null}
      {returns.length > 0 ? (
        <ul className="returned-mail-list">
          {returns.map((r) => (
            <li key={r.id} data-testid="returned-mail-item">
              <strong>{reasonText(r.reason)}</strong>
              <span className="muted small">
                {' '}
                · {formatDateTime(r.recordedAt)} · {r.recordedByName}
              </span>
              {r.address ? (
                <div className="muted small">
                  <FormattedMessage id="case.returnedMail.sentTo" defaultMessage="Sent to: {address}" values={{ address: r.address.replace(/\n/g, ', ') }} />
                </div>
              ) : null}
              {r.note ? <div className="small">{r.note}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

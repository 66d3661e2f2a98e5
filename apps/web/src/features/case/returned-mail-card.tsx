import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useCurrentUser } from '../../app/auth-context';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import type { ReturnedMailReason } from '../../gql/graphql';
import { useRecordReturnedMail } from './hooks/use-record-returned-mail';
import { CASE_RETURNED_MAIL } from './returned-mail.graphql';

const REASONS: { value: ReturnedMailReason; label: string }[] = [
  { value: 'ADDRESSEE_UNKNOWN', label: 'Addressee unknown' },
  { value: 'MOVED', label: 'Moved' },
  { value: 'REFUSED', label: 'Refused' },
  { value: 'INSUFFICIENT_ADDRESS', label: 'Address insufficient' },
  { value: 'OTHER', label: 'Other' },
];
const REASON_LABEL = Object.fromEntries(REASONS.map((r) => [r.value, r.label])) as Record<string, string>;
const RECORDERS = new Set(['COLLECTOR', 'LEAD', 'ADMIN']);

/**
 * Returned post on the case: what came back, and a form to record a return. Recording marks the
 * debtor's address unknown, which holds their letters until the address is corrected.
 */
export function ReturnedMailCard({ caseId }: { caseId: string }) {
  const user = useCurrentUser();
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
      title={`Returned mail${returns.length ? ` (${returns.length})` : ''}`}
      testId="returned-mail"
      actions={
        canRecord && !open ? (
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)} data-testid="returned-mail-open">
            Record returned post
          </button>
        ) : null
      }
    >
      {error ? <ErrorBanner error={error} title="Could not load returned mail." /> : null}
      {open ? (
        <form className="form" onSubmit={onSubmit} data-testid="returned-mail-form">
          <label className="field">
            <span className="field-label">Why it came back</span>
            <select value={reason} onChange={(e) => setReason(e.target.value as ReturnedMailReason)} data-testid="returned-mail-reason">
              {REASONS.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Letter (optional)</span>
            <select value={letterId} onChange={(e) => setLetterId(e.target.value)} data-testid="returned-mail-letter">
              <option value="">Not known</option>
              {sent.map((l) => (
                <option key={l.id} value={l.id}>
                  Letter of {formatDate(l.writtenOn)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Note (optional)</span>
            <input type="text" value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} data-testid="returned-mail-note" />
          </label>
          <p className="muted small">The debtor&apos;s address is marked unknown: their letters are held until it is corrected.</p>
          {recording.error ? <ErrorBanner error={recording.error} title="Could not record the returned post." /> : null}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={recording.loading} data-testid="returned-mail-submit">
              {recording.loading ? 'Recording…' : 'Record returned post'}
            </button>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {returns.length === 0 && !open ? <p className="muted">No post has come back.</p> : null}
      {returns.length > 0 ? (
        <ul className="returned-mail-list">
          {returns.map((r) => (
            <li key={r.id} data-testid="returned-mail-item">
              <strong>{REASON_LABEL[r.reason] ?? r.reason}</strong>
              <span className="muted small">
                {' '}
                · {formatDateTime(r.recordedAt)} · {r.recordedByName}
              </span>
              {r.address ? <div className="muted small">Sent to: {r.address.replace(/\n/g, ', ')}</div> : null}
              {r.note ? <div className="small">{r.note}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

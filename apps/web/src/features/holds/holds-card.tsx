import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import {
  COLLECTOR_HOLD_TYPES, DISPUTE_REASONS, HOLD_TYPES, holdPlacementRefusal, holdReleaseRefusal,
  type DisputeReason, type HoldRole, type HoldType,
} from '@mahnwerk/domain';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime, todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatCents, formatNumber } from '../../ui/format';
import { DISPUTE_REASON_MESSAGES, DISPUTE_STATUS_MESSAGES, HOLD_TYPE_MESSAGES } from './hold-labels';
import { CASE_HOLDS, CASE_HOLDS_UPDATED, type CaseHoldsData, type DisputeView, type HoldView } from './holds.graphql';
import { useOpenDispute } from './hooks/use-open-dispute';
import { usePlaceHold } from './hooks/use-place-hold';
import { useReleaseHold } from './hooks/use-release-hold';
import { useResolveDispute } from './hooks/use-resolve-dispute';
import { parseReductionCents } from './parse-reduction';
import { downloadDisputeDocument, useUploadDisputeDocument, type DocumentUploadFailure } from './hooks/use-upload-dispute-document';
import './holds.css';
import { DateInput } from '../../ui/date-input';
import { FileInput } from '../../ui/file-input';

const STATUS_TONE = { OPEN: 'warn', UPHELD: 'good', REJECTED: 'neutral' } as const;

/** The case's holds (current with release, past), its disputes, and the form to place a hold or record a dispute. */
export function HoldsCard({ caseId, timeZone, currency }: { caseId: string; timeZone: string; currency: string }) {
  const { user } = useAuth();
  const intl = useIntl();
  const { data, subscribeToMore } = useQuery(CASE_HOLDS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  useEffect(
    () =>
      subscribeToMore({
        document: CASE_HOLDS_UPDATED,
        variables: { caseId },
        updateQuery: (_unsafe, { subscriptionData }) => ({ case: subscriptionData.data.caseUpdated }),
      }),
    [subscribeToMore, caseId],
  );
  if (!data || !user) return null;
  const c = data.case;
  const role = user.role as HoldRole;
  const actor = { role, holdsCase: c.assignee?.id === user.id };
  const placeable = HOLD_TYPES.filter((t) => holdPlacementRefusal(actor, t) === null);
  const mayRelease = holdReleaseRefusal(actor) === null;
  const current = c.holds.filter((h) => !h.releasedAt);
  const past = c.holds.filter((h) => h.releasedAt);
  const holdable = c.status === 'OPEN' || c.status === 'ON_HOLD';
  return (
    <Card title={<FormattedMessage id="holds.title" defaultMessage="Holds and disputes" />} testId="holds-card">
      {current.length ? (
        <ul className="hold-list" data-testid="current-holds">
          {current.map((h) => (
            <CurrentHold key={h.id} caseId={caseId} hold={h} mayRelease={mayRelease} />
          ))}
        </ul>
      ) : (
        <p className="muted small" data-testid="no-holds">
          <FormattedMessage id="holds.none" defaultMessage="No hold: the case is in the queues and the dunning run." />
        </p>
      )}
      {c.disputes.length ? (
        <div className="dispute-list">
          {c.disputes.map((d) => (
            <DisputeItem key={d.id} caseId={caseId} dispute={d} mayResolve={mayRelease} currency={currency} />
          ))}
        </div>
      ) : null}
      {holdable && placeable.length ? (
        <PlaceHoldForm caseId={caseId} types={placeable} timeZone={timeZone} />
      ) : role === 'COLLECTOR' && c.status === 'ON_HOLD' ? (
        <p className="muted small" data-testid="holds-lead-releases">
          <FormattedMessage id="holds.leadReleases" defaultMessage="The case is out of every queue while on hold; a lead or an admin releases it." />
        </p>
      ) : role === 'COLLECTOR' && holdable ? (
        <p className="muted small">
          <FormattedMessage
            id="holds.claimFirst"
            defaultMessage="Claim the case to place a hold of these kinds: {types}."
            values={{ types: intl.formatList(COLLECTOR_HOLD_TYPES.map((t) => intl.formatMessage(HOLD_TYPE_MESSAGES[t])), { type: 'disjunction' }) }}
          />
        </p>
      ) : null}
      {past.length ? <PastHolds holds={past} /> : null}
    </Card>
  );
}

/** The label of a hold type the API sends; an unknown one shows as it is. */
function HoldTypeLabel({ type }: { type: string }) {
  const intl = useIntl();
  return type in HOLD_TYPE_MESSAGES ? intl.formatMessage(HOLD_TYPE_MESSAGES[type as HoldType]) : type;
}

function CurrentHold({ caseId, hold, mayRelease }: { caseId: string; hold: HoldView; mayRelease: boolean }) {
  const [releasing, setReleasing] = useState(false);
  const [reason, setReason] = useState('');
  const [release, { loading, error, reset }] = useReleaseHold();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    reset();
    try {
      await release({ variables: { caseId, holdId: hold.id, reason } });
      setReleasing(false);
    } catch {
      /* shown below */
    }
  }
  return (
    <li className="hold-item" data-testid="hold" data-hold-type={hold.type}>
      <div className="hold-head">
        <Badge tone="warn">
          <HoldTypeLabel type={hold.type} />
        </Badge>
        <span className="hold-reason-text">{hold.reason}</span>
      </div>
      <div className="muted small">
        {hold.placedByName ? (
          <FormattedMessage
            id="holds.sinceBy"
            defaultMessage="since {since} by {name}"
            values={{ since: formatDateTime(hold.since), name: hold.placedByName }}
          />
        ) : (
          <FormattedMessage id="holds.since" defaultMessage="since {since}" values={{ since: formatDateTime(hold.since) }} />
        )}
        {hold.until ? (
          <>
            {' · '}
            <FormattedMessage id="holds.ends" defaultMessage="ends {date}" values={{ date: formatDate(hold.until) }} />
          </>
        ) : null}
      </div>
      {mayRelease && !releasing ? (
        <button type="button" className="btn btn-small" onClick={() => setReleasing(true)} data-testid="hold-release">
          <FormattedMessage id="holds.release.open" defaultMessage="Release…" />
        </button>
      ) : null}
      {releasing ? (
        <form className="form hold-release-form" onSubmit={onSubmit} noValidate>
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="holds.release.why" defaultMessage="Why release it?" />
            </span>
            <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required data-testid="hold-release-reason" />
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={loading || !reason.trim()} data-testid="hold-release-submit">
              {loading ? (
                <FormattedMessage id="holds.release.running" defaultMessage="Releasing…" />
              ) : (
                <FormattedMessage id="holds.release.submit" defaultMessage="Release hold" />
              )}
            </button>
            <button type="button" className="btn" onClick={() => setReleasing(false)}>
              <FormattedMessage id="holds.cancel" defaultMessage="Cancel" />
            </button>
          </div>
          <FormError error={error} />
        </form>
      ) : null}
    </li>
  );
}

function PlaceHoldForm({ caseId, types, timeZone }: { caseId: string; types: readonly HoldType[]; timeZone: string }) {
  const intl = useIntl();
  const [type, setType] = useState<HoldType>(types[0]!);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [disputeReason, setDisputeReason] = useState<DisputeReason>('AMOUNT');
  const [saved, setSaved] = useState<HoldType | null>(null);
  const [place, placing] = usePlaceHold();
  const [open, opening] = useOpenDispute();
  const loading = placing.loading || opening.loading;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    placing.reset();
    opening.reset();
    setSaved(null);
    try {
      if (type === 'DISPUTE') await open({ variables: { caseId, input: { reason: disputeReason, note: reason } } });
      else await place({ variables: { caseId, input: { type, reason, until: until || null } } });
      setSaved(type);
      setReason('');
      setUntil('');
    } catch {
      /* shown below */
    }
  }
  return (
    <form className="form hold-form" onSubmit={onSubmit} noValidate data-testid="hold-form">
      <div className="field-row">
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="holds.place.type" defaultMessage="Place a hold" />
          </span>
          <select value={type} onChange={(e) => setType(e.target.value as HoldType)} data-testid="hold-type">
            {types.map((t) => (
              <option key={t} value={t}>
                {intl.formatMessage(HOLD_TYPE_MESSAGES[t])}
              </option>
            ))}
          </select>
        </label>
        {type === 'DISPUTE' ? (
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="holds.dispute.reason" defaultMessage="The debtor says" />
            </span>
            <select value={disputeReason} onChange={(e) => setDisputeReason(e.target.value as DisputeReason)} data-testid="dispute-reason">
              {DISPUTE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {intl.formatMessage(DISPUTE_REASON_MESSAGES[r])}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="field">
            <span className="field-label">
              <FormattedMessage
                id="holds.place.until"
                defaultMessage="Ends on <muted>(optional)</muted>"
                values={{ muted: (chunks: ReactNode[]) => <span className="muted">{chunks}</span> }}
              />
            </span>
            <DateInput value={until} min={todayIn(timeZone)} onChange={setUntil} data-testid="hold-until" />
          </label>
        )}
      </div>
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="holds.place.reason" defaultMessage="Reason" />
        </span>
        <input
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          placeholder={
            type === 'DISPUTE'
              ? intl.formatMessage({ id: 'holds.place.reason.dispute', defaultMessage: 'What the debtor disputes, in their words' })
              : intl.formatMessage({ id: 'holds.place.reason.hold', defaultMessage: 'Court file, notice, request…' })
          }
          data-testid="hold-reason"
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={loading || !reason.trim()} data-testid="hold-submit">
          {loading ? (
            <FormattedMessage id="holds.place.saving" defaultMessage="Saving…" />
          ) : type === 'DISPUTE' ? (
            <FormattedMessage id="holds.place.recordDispute" defaultMessage="Record dispute" />
          ) : (
            <FormattedMessage id="holds.place.submit" defaultMessage="Place hold" />
          )}
        </button>
        {saved ? (
          <span className="form-success" role="status">
            <FormattedMessage
              id="holds.place.done"
              defaultMessage="Hold placed: {type}."
              values={{ type: intl.formatMessage(HOLD_TYPE_MESSAGES[saved]) }}
            />
          </span>
        ) : null}
      </div>
      <FormError error={placing.error ?? opening.error} />
    </form>
  );
}

function DisputeItem({ caseId, dispute, mayResolve, currency }: { caseId: string; dispute: DisputeView; mayResolve: boolean; currency: string }) {
  const { token } = useAuth();
  const intl = useIntl();
  const { upload, uploading, error } = useUploadDisputeDocument(caseId);
  // A new field after each upload (the field shows the chosen file's name); it keeps the focus.
  const [uploads, setUploads] = useState(0);
  return (
    <div className="dispute-item" data-testid="dispute" data-dispute-status={dispute.status}>
      <div className="hold-head">
        <Badge tone={STATUS_TONE[dispute.status]}>{intl.formatMessage(DISPUTE_STATUS_MESSAGES[dispute.status])}</Badge>
        <span>
          {dispute.reason in DISPUTE_REASON_MESSAGES ? intl.formatMessage(DISPUTE_REASON_MESSAGES[dispute.reason as DisputeReason]) : dispute.reason}
        </span>
        <span className="muted small">{formatDate(dispute.openedAt.slice(0, 10))}</span>
      </div>
      <p className="small">{dispute.note}</p>
      {dispute.clarification ? (
        <p className="small">
          <FormattedMessage
            id="holds.dispute.clarification"
            defaultMessage="<b>Creditor:</b> {text}"
            values={{ text: dispute.clarification, b: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
          />
        </p>
      ) : null}
      {dispute.resolutionNote ? (
        <p className="small">
          {dispute.reductionCents ? (
            <FormattedMessage
              id="holds.dispute.resolvedReduced"
              defaultMessage="<b>Resolved:</b> {text} (claim reduced by {amount})"
              values={{
                text: dispute.resolutionNote,
                amount: formatCents(dispute.reductionCents, currency),
                b: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
              }}
            />
          ) : (
            <FormattedMessage
              id="holds.dispute.resolved"
              defaultMessage="<b>Resolved:</b> {text}"
              values={{ text: dispute.resolutionNote, b: (chunks: ReactNode[]) => <strong>{chunks}</strong> }}
            />
          )}
        </p>
      ) : null}
      {dispute.documents.length ? (
        <ul className="dispute-docs">
          {dispute.documents.map((d) => (
            <li key={d.id}>
              <button type="button" className="btn-link" onClick={() => void downloadDisputeDocument(d.url, d.fileName, token)}>
                {d.fileName}
              </button>{' '}
              <span className="muted small">
                <FormattedMessage
                  id="holds.dispute.documentSize"
                  defaultMessage="{size} KB · sha256 {hash}…"
                  values={{ size: formatNumber(Math.ceil(d.sizeBytes / 1024)), hash: d.sha256.slice(0, 12) }}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {dispute.status === 'OPEN' ? (
        <label className="field small">
          <span className="field-label">
            <FormattedMessage id="holds.dispute.addDocument" defaultMessage="Add a document (PDF, PNG, JPEG, up to 10 MB)" />
          </span>
          <FileInput
            key={uploads}
            autoFocus={uploads > 0}
            accept="application/pdf,image/png,image/jpeg"
            disabled={uploading}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(dispute.id, file).then(() => setUploads((n) => n + 1));
            }}
            data-testid="dispute-document"
          />
          {error ? (
            <span className="field-error">
              <UploadFailureText failure={error} />
            </span>
          ) : null}
        </label>
      ) : null}
      {dispute.status === 'OPEN' && mayResolve ? <ResolveForm caseId={caseId} disputeId={dispute.id} currency={currency} /> : null}
    </div>
  );
}

function UploadFailureText({ failure }: { failure: DocumentUploadFailure }) {
  switch (failure.kind) {
    case 'refused':
      return failure.message;
    case 'http':
      return <FormattedMessage id="holds.upload.failed" defaultMessage="Upload failed ({status})" values={{ status: failure.status }} />;
    case 'broken':
      return <FormattedMessage id="holds.upload.broken" defaultMessage="The upload broke off; check the connection and try again." />;
  }
}

function ResolveForm({ caseId, disputeId, currency }: { caseId: string; disputeId: string; currency: string }) {
  const intl = useIntl();
  const [resolution, setResolution] = useState<'UPHELD' | 'REJECTED'>('REJECTED');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<MessageDescriptor | null>(null);
  const [resolve, { loading, error, reset }] = useResolveDispute();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    reset();
    setAmountError(null);
    let reductionCents: number | null = null;
    if (resolution === 'UPHELD' && amount.trim()) {
      const parsed = parseReductionCents(amount);
      if (!parsed.ok) return setAmountError(parsed.error);
      reductionCents = parsed.cents;
    }
    try {
      await resolve({ variables: { caseId, disputeId, input: { resolution, note, reductionCents } } });
    } catch {
      /* shown below */
    }
  }
  return (
    <form className="form dispute-resolve" onSubmit={onSubmit} noValidate data-testid="dispute-resolve">
      <div className="field-row">
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="holds.resolve.label" defaultMessage="Resolve" />
          </span>
          <select value={resolution} onChange={(e) => setResolution(e.target.value as 'UPHELD' | 'REJECTED')} data-testid="dispute-resolution">
            <option value="REJECTED">
              {intl.formatMessage({ id: 'holds.resolve.rejected', defaultMessage: 'Rejected: the claim stands, dunning resumes' })}
            </option>
            <option value="UPHELD">
              {intl.formatMessage({ id: 'holds.resolve.upheld', defaultMessage: 'Upheld: reduce or withdraw the claim' })}
            </option>
          </select>
        </label>
        {resolution === 'UPHELD' ? (
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="holds.resolve.reduceBy" defaultMessage="Reduce by ({currency}; empty: withdraw)" values={{ currency }} />
            </span>
            <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} className="input-amount" />
            {amountError ? <span className="field-error">{intl.formatMessage(amountError)}</span> : null}
          </label>
        ) : null}
      </div>
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="holds.resolve.why" defaultMessage="Why (the creditor's answer)" />
        </span>
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} data-testid="dispute-resolve-note" />
      </label>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={loading || !note.trim()}>
          {loading ? (
            <FormattedMessage id="holds.resolve.saving" defaultMessage="Saving…" />
          ) : (
            <FormattedMessage id="holds.resolve.submit" defaultMessage="Resolve dispute" />
          )}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

function PastHolds({ holds }: { holds: HoldView[] }) {
  return (
    <details className="past-holds" data-testid="past-holds">
      <summary className="small">
        <FormattedMessage id="holds.past.title" defaultMessage="Past holds ({count, number})" values={{ count: holds.length }} />
      </summary>
      <ul className="hold-list">
        {holds.map((h) => (
          <li key={h.id} className="hold-item hold-past" data-testid="past-hold" data-hold-type={h.type}>
            <div className="hold-head">
              <Badge>
                <HoldTypeLabel type={h.type} />
              </Badge>
              <span className="hold-reason-text">{h.reason}</span>
            </div>
            <div className="muted small">
              {formatDateTime(h.since)} – {formatDateTime(h.releasedAt)}
              {h.releasedByName ? (
                <>
                  {' · '}
                  <FormattedMessage id="holds.past.releasedBy" defaultMessage="released by {name}" values={{ name: h.releasedByName }} />
                </>
              ) : null}
              {h.releaseReason ? (
                <>
                  {': '}
                  {h.releaseReason}
                </>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

export type { CaseHoldsData };

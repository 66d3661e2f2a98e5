import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { DebtorKindBadge, PromiseStatusBadge, StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate, formatDateTime, localTimeIn } from '../../ui/date';
import { errorCode } from '../../ui/describe-error';
import { ErrorBanner } from '../../ui/error-banner';
import { OUTCOME_LABELS, type OutcomeType } from '../../ui/format';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { CASE_DETAIL, CASE_UPDATED, type CaseDetailData } from './case.graphql';
import { buildTimeline } from './case-timeline';
import { AgreementsCard } from './agreements-card';
import { ContactTags } from './contact-icons';
import { CourtCard } from './court-card';
import { ConversationCards } from './debtor-cases-card';
import { DebtorEditForm } from './debtor-edit-form';
import { HoldsCard } from '../holds/holds-card';
import { DataProtectionCard } from '../privacy/data-protection-card';
import { LetterBlockers } from './letter-blockers';
import { LettersCard } from './letters-card';
import { ReturnedMailCard } from './returned-mail-card';
import { LimitationCard } from './limitation-card';
import { MessagesCard } from './messages-card';
import { OutcomeForm } from './outcome-form';
import { PaymentForm } from './payment-form';
import { PendingApprovalsCard } from './pending-approvals-card';
import { PortalLinkCard } from './portal-link-card';
import { PortalProposalCard } from './portal-proposal-card';
import { PriorityCard } from './priority-card';
import './case.css';

const LINE_KIND_LABELS: Record<string, string> = { PRINCIPAL: 'Principal', INTEREST: 'Interest', FEE: 'Fee', PAYMENT: 'Payment' };

function DebtorClock({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const text = localTimeIn(timeZone, now);
  return text ? <span className="muted small">now {text}</span> : null;
}

function CaseHeader({ c }: { c: CaseDetailData }) {
  const { debtor } = c;
  return (
    <header className="case-header card">
      <div className="case-identity">
        <div className="case-title-row">
          <h2 className="case-title">{debtor.name}</h2>
          <DebtorKindBadge kind={debtor.kind} />
        </div>
        <div className="case-subtitle">
          <span title={`Creditor ${c.creditor.ref}`}>
            {c.creditor.name} <span className="muted">· {c.creditor.country}</span>
          </span>
          <span className="muted">Debtor {debtor.ref}</span>
        </div>
        <div className="case-badges">
          <StageBadge stage={c.stage} />
          <StatusBadge status={c.status} />
          <Badge tone="neutral" title="Priority">
            Priority {c.priority}
          </Badge>
        </div>
        <dl className="facts">
          <div>
            <dt>Assignee</dt>
            <dd data-testid="case-assignee">{c.assignee ? c.assignee.name : <span className="muted">Unassigned</span>}</dd>
          </div>
          <div>
            <dt>Version</dt>
            <dd data-testid="case-version">{c.version}</dd>
          </div>
          <div>
            <dt>Placed</dt>
            <dd>{formatDate(c.placedAt)}</dd>
          </div>
          <div>
            <dt>Next action</dt>
            <dd>{formatDateTime(c.nextActionAt)}</dd>
          </div>
        </dl>
        {c.holdReason ? (
          <p className="hold-reason">
            <strong>On hold:</strong> {c.holdReason}
          </p>
        ) : null}
      </div>
      <DebtorContact c={c} />
    </header>
  );
}

/** Who may correct the debtor's details: their collector (a case of theirs in the queue), a lead, an admin. */
function useMayEditDebtor(c: CaseDetailData): boolean {
  const { user } = useAuth();
  if (!user) return false;
  if (user.role === 'LEAD' || user.role === 'ADMIN') return true;
  return user.role === 'COLLECTOR' && c.assignee?.id === user.id;
}

function DebtorContact({ c }: { c: CaseDetailData }) {
  const { debtor } = c;
  const [editing, setEditing] = useState(false);
  const mayEdit = useMayEditDebtor(c);
  if (editing) {
    return (
      <div className="case-contact" aria-label="Edit debtor details">
        <DebtorEditForm debtor={debtor} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="case-contact" aria-label="Debtor contact" data-testid="debtor-contact">
      {mayEdit ? (
        <div className="case-contact-actions">
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)} data-testid="debtor-edit">
            Edit
          </button>
        </div>
      ) : null}
      <dl className="contact-list">
        <div>
          <dt>Phone</dt>
          <dd>{debtor.phone ? <a href={`tel:${debtor.phone.replace(/\s+/g, '')}`}>{debtor.phone}</a> : <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{debtor.email ? <a href={`mailto:${debtor.email}`}>{debtor.email}</a> : <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Address</dt>
          <dd className="pre-line">
            {debtor.address ?? <span className="muted">—</span>}
            {debtor.addressUnknown ? (
              <div>
                <Badge tone="warn" title="Letters to this debtor are held until the address is corrected.">
                  Address unknown
                </Badge>
              </div>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Language</dt>
          <dd>{debtor.language}</dd>
        </div>
        <div>
          <dt>Time zone</dt>
          <dd>
            {debtor.timeZone} <DebtorClock timeZone={debtor.timeZone} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

function BalanceCard({ c }: { c: CaseDetailData }) {
  const b = c.balance;
  return (
    <Card title={`Balance as of ${formatDate(b.asOf)}`} testId="case-balance">
      {b.warnings.map((w) => (
        <div key={w.code + w.country} className="notice notice-error balance-warning" role="status" data-testid="balance-warning">
          {w.message}
        </div>
      ))}
      <table className="balance-table">
        <tbody>
          {(
            [
              ['Principal', b.principalCents],
              ['Interest', b.interestCents],
              ['Fees', b.feesCents],
              ['Paid', -b.paidCents],
            ] as const
          ).map(([label, cents]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">
                <Money cents={cents} currency={b.currency} />
              </td>
            </tr>
          ))}
          <tr className="balance-total">
            <th scope="row">Total open</th>
            <td className="num" data-testid="balance-total">
              <Money cents={b.totalCents} currency={b.currency} />
            </td>
          </tr>
        </tbody>
      </table>
      {b.lines.length > 0 ? (
        <details className="why">
          <summary>Why this amount?</summary>
          <ul className="why-list">
            {b.lines.map((line, index) => (
              <li key={index}>
                <Badge tone={line.kind === 'PAYMENT' ? 'good' : line.kind === 'INTEREST' ? 'info' : 'neutral'}>
                  {LINE_KIND_LABELS[line.kind] ?? line.kind}
                </Badge>
                <span className="why-text">{line.explanation}</span>
                <Money cents={line.amountCents} currency={b.currency} className="why-amount" />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

function ClaimsCard({ c }: { c: CaseDetailData }) {
  return (
    <Card title={`Claims (${c.claims.length})`} flush>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Reference</th>
              <th>Invoice date</th>
              <th>Due date</th>
              <th className="num">Principal</th>
            </tr>
          </thead>
          <tbody>
            {c.claims.map((claim) => (
              <tr key={claim.id}>
                <td>{claim.reference}</td>
                <td>{formatDate(claim.invoiceDate)}</td>
                <td>{formatDate(claim.dueDate)}</td>
                <td className="num">
                  <Money cents={claim.principalCents} currency={claim.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function TimelineCard({ c }: { c: CaseDetailData }) {
  const entries = useMemo(() => buildTimeline(c.activities, c.payments), [c.activities, c.payments]);
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? entries : entries.slice(0, 25);
  return (
    <Card title="Timeline" testId="case-timeline">
      {entries.length === 0 ? <p className="muted">No activity yet.</p> : null}
      <ol className="timeline">
        {visible.map((entry) =>
          entry.kind === 'activity' ? (
            <li key={entry.key} className="timeline-item">
              <div className="timeline-head">
                <ContactTags channel={entry.activity.channel} direction={entry.activity.direction} />
                {entry.activity.outcome ? (
                  <strong>{OUTCOME_LABELS[entry.activity.outcome as OutcomeType] ?? entry.activity.outcome}</strong>
                ) : null}
                <span className="timeline-meta">
                  {entry.activity.actor?.name ?? 'System'} · {formatDateTime(entry.at)}
                </span>
              </div>
              {entry.activity.note ? <p className="timeline-note">{entry.activity.note}</p> : null}
            </li>
          ) : (
            <li key={entry.key} className="timeline-item timeline-payment">
              <div className="timeline-head">
                <Badge tone="good">Payment</Badge>
                <strong>
                  <Money cents={entry.payment.amountCents} currency={c.balance.currency} />
                </strong>
                <span className="timeline-meta">
                  {entry.payment.source.replace(/_/g, ' ').toLowerCase()} · booked {formatDateTime(entry.at)}
                </span>
              </div>
              <p className="timeline-note">
                Received {formatDate(entry.payment.receivedAt)} · Ref. {entry.payment.reference}
              </p>
            </li>
          ),
        )}
      </ol>
      {entries.length > visible.length ? (
        <button type="button" className="btn btn-small" onClick={() => setShowAll(true)}>
          Show all {entries.length}
        </button>
      ) : null}
    </Card>
  );
}

function PromisesCard({ c }: { c: CaseDetailData }) {
  return (
    <Card title="Promises" flush>
      {c.promises.length === 0 ? (
        <p className="muted card-pad">No promises or plan installments.</p>
      ) : (
        <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>Due</th>
              <th>Installment</th>
              <th className="num">Amount</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {c.promises.map((p) => (
              <tr key={p.id}>
                <td>{formatDate(p.dueDate)}</td>
                <td>{p.installment ? `#${p.installment}` : <span className="muted">single</span>}</td>
                <td className="num">
                  <Money cents={p.amountCents} currency={c.balance.currency} />
                </td>
                <td>
                  <PromiseStatusBadge status={p.status} />
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

/** Leads and admins record court events (the API's role check on `recordCourtEvent`). */
const COURT_RECORDERS = new Set(['LEAD', 'ADMIN']);
const COURT_STAGES = new Set(['COURT', 'ENFORCEMENT']);

/** The full case: header and contact, balance with its explanation, claims, letters, court, timeline, promises, actions. */
export function CaseDetail({ caseId, standalone = false }: { caseId: string; standalone?: boolean }) {
  const { user } = useAuth();
  const { data, loading, error, refetch, subscribeToMore } = useQuery(CASE_DETAIL, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
  });

  useEffect(
    () =>
      subscribeToMore({
        document: CASE_UPDATED,
        variables: { caseId },
        updateQuery: (_unsafe, { subscriptionData }) => ({ case: subscriptionData.data.caseUpdated }),
      }),
    [subscribeToMore, caseId],
  );

  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND') {
      return (
        <EmptyState title="Case not found">
          It may have been removed, or you may not have access. <Link to="/">Back to start</Link>
        </EmptyState>
      );
    }
    return <ErrorBanner error={error} title="Could not load the case." onRetry={() => void refetch()} />;
  }
  if (loading && !data) return <Spinner label="Loading case…" />;
  if (!data) return null;

  const c = data.case;
  const currency = c.balance.currency || c.creditor.currency;
  const canRecordCourt = user !== null && COURT_RECORDERS.has(user.role);
  // The API's rule for issuePortalLink: the assigned collector, a lead, an admin; links only for an open case (OPEN, ON_HOLD).
  const canIssuePortalLink =
    user !== null && (c.status === 'OPEN' || c.status === 'ON_HOLD') && (user.role === 'LEAD' || user.role === 'ADMIN' || (user.role === 'COLLECTOR' && c.assignee?.id === user.id));
  // The card shows a procedure once there is one; before that only to those who can start it, on a
  // German case (the API records the German procedure only) that has reached the court stage or legal.
  const showCourt =
    c.court !== null || (canRecordCourt && c.creditor.country === 'DE' && (COURT_STAGES.has(c.stage) || c.status === 'LEGAL'));
  return (
    <div className={`case-detail${standalone ? ' case-detail-standalone' : ''}`} data-testid="case-detail" data-case-id={c.id} data-case-version={c.version}>
      {error ? <ErrorBanner error={error} title="Showing the last loaded state." onRetry={() => void refetch()} /> : null}
      <CaseHeader c={c} />
      <div className="case-grid">
        <div className="case-col">
          <PriorityCard priority={c.priority} parts={c.priorityParts} />
          <BalanceCard c={c} />
          <LimitationCard limitation={c.limitation} />
          <AgreementsCard caseId={c.id} timeZone={c.creditor.timeZone} />
          {showCourt ? <CourtCard caseId={c.id} court={c.court} timeZone={c.creditor.timeZone} canRecord={canRecordCourt} /> : null}
          <ClaimsCard c={c} />
          <LetterBlockers caseId={c.id} />
          <LettersCard caseId={c.id} letters={c.letters} addressUnknown={c.debtor.addressUnknown} onRefresh={() => void refetch()} />
          <ReturnedMailCard caseId={c.id} />
          <TimelineCard c={c} />
        </div>
        <div className="case-col">
          <HoldsCard caseId={c.id} timeZone={c.creditor.timeZone} currency={currency} />
          {canIssuePortalLink ? <PortalLinkCard caseId={c.id} timeZone={c.creditor.timeZone} /> : null}
          {canIssuePortalLink ? <PortalProposalCard caseId={c.id} currency={currency} timeZone={c.creditor.timeZone} /> : null}
          <Card title="Record outcome">
            <OutcomeForm
              kase={{ id: c.id, status: c.status, stage: c.stage, openCents: c.openCents, timeZone: c.creditor.timeZone, currency }}
              contact={{ nextAllowedAt: c.nextContactAllowedAt, reason: c.contactPolicyReason, debtorTimeZone: c.debtor.timeZone }}
              others={c.otherOpenCases}
            />
          </Card>
          <ConversationCards caseId={c.id} others={c.otherOpenCases} />
          <PendingApprovalsCard c={c} currency={currency} />
          <Card title="Record payment">
            <PaymentForm caseId={c.id} currency={currency} timeZone={c.creditor.timeZone} />
          </Card>
          <PromisesCard c={c} />
          <MessagesCard caseId={c.id} canSend={user !== null && user.role !== 'MANAGER'} />
          <DataProtectionCard debtorId={c.debtor.id} />
        </div>
      </div>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { Card, EmptyState } from '../../ui/card';
import { errorCode } from '../../ui/describe-error';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { CASE_DETAIL, CASE_UPDATED } from './case.graphql';
import { BalanceCard, ClaimsCard, PromisesCard, TimelineCard } from './case-cards';
import { CaseHeader } from './case-header';
import { HolderNotice, useCaseHolding } from './case-holder';
import { caseReference } from './case-reference';
import { ConversationCards } from './debtor-cases-card';
import { LetterBlockers } from './letter-blockers';
import { LimitationCard } from './limitation-card';
import { MessagesCard } from './messages-card';
import { OutcomeForm } from './outcome-form';
import { PaymentForm } from './payment-form';
import { PendingApprovalsCard } from './pending-approvals-card';
import { PortalProposalCard } from './portal-proposal-card';
import { PriorityCard } from './priority-card';
import './case.css';

// Cards a collector rarely needs on a call load after the case: the queue's first load stays small.
const CourtCard = lazy(() => import('./court-card').then((m) => ({ default: m.CourtCard })));
const ReturnedMailCard = lazy(() => import('./returned-mail-card').then((m) => ({ default: m.ReturnedMailCard })));
const PortalLinkCard = lazy(() => import('./portal-link-card').then((m) => ({ default: m.PortalLinkCard })));
const AgreementsCard = lazy(() => import('./agreements-card').then((m) => ({ default: m.AgreementsCard })));
const LettersCard = lazy(() => import('./letters-card').then((m) => ({ default: m.LettersCard })));
const HoldsCard = lazy(() => import('../holds/holds-card').then((m) => ({ default: m.HoldsCard })));
const DataProtectionCard = lazy(() => import('../privacy/data-protection-card').then((m) => ({ default: m.DataProtectionCard })));

/** Leads and admins record court events (the API's role check on `recordCourtEvent`). */
const COURT_RECORDERS = new Set(['LEAD', 'ADMIN']);
const COURT_STAGES = new Set(['COURT', 'ENFORCEMENT']);

/** The page title names the case (debtor and reference) while it is on screen. */
function useCaseDocumentTitle(c: { debtor: { name: string; ref: string }; claims: readonly { reference: string }[] } | undefined): void {
  const intl = useIntl();
  const name = c?.debtor.name;
  const { reference, more } = c ? caseReference(c) : { reference: '', more: 0 };
  useEffect(() => {
    if (!name) return;
    const previous = document.title;
    document.title = intl.formatMessage(
      { id: 'case.documentTitle', defaultMessage: '{name} · {reference}{more, plural, =0 {} other { +#}} · Mahnwerk' },
      { name, reference, more },
    );
    return () => {
      document.title = previous;
    };
  }, [intl, name, reference, more]);
}

/** The full case: header and contact, balance with its explanation, claims, letters, court, timeline, promises, actions. */
export function CaseDetail({
  caseId,
  standalone = false,
  onOutcomeRecorded,
}: {
  caseId: string;
  standalone?: boolean;
  /** Where the focus goes once an outcome is recorded (the queue moves it to the next case). */
  onOutcomeRecorded?: () => void;
}) {
  const intl = useIntl();
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
  useCaseDocumentTitle(data?.case);
  const { mayWork, movedAway } = useCaseHolding({ assignee: data?.case.assignee ?? null });

  if (error && !data) {
    if (errorCode(error) === 'NOT_FOUND') {
      return (
        <EmptyState title={intl.formatMessage({ id: 'case.notFound.title', defaultMessage: 'Case not found' })}>
          <FormattedMessage
            id="case.notFound.body"
            defaultMessage="It may have been removed, or you may not have access. <link>Back to start</link>"
            values={{ link: (chunks) => <Link to="/">{chunks}</Link> }}
          />
        </EmptyState>
      );
    }
    return <ErrorBanner error={error} title={intl.formatMessage({ id: 'case.loadError', defaultMessage: 'Could not load the case.' })} onRetry={() => void refetch()} />;
  }
  if (loading && !data) return <Spinner label={intl.formatMessage({ id: 'case.loading', defaultMessage: 'Loading case…' })} />;
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
      {error ? (
        <ErrorBanner error={error} title={intl.formatMessage({ id: 'case.staleError', defaultMessage: 'Showing the last loaded state.' })} onRetry={() => void refetch()} />
      ) : null}
      {user?.role === 'COLLECTOR' && !mayWork ? <HolderNotice c={c} movedAway={movedAway} /> : null}
      <CaseHeader c={c} />
      <div className="case-grid">
        <div className="case-col">
          <PriorityCard priority={c.priority} parts={c.priorityParts} />
          <BalanceCard c={c} />
          <LimitationCard limitation={c.limitation} />
          <Suspense fallback={null}>
            <AgreementsCard caseId={c.id} timeZone={c.creditor.timeZone} />
          </Suspense>
          {showCourt ? (
            <Suspense fallback={null}>
              <CourtCard caseId={c.id} court={c.court} timeZone={c.creditor.timeZone} canRecord={canRecordCourt} />
            </Suspense>
          ) : null}
          <ClaimsCard c={c} />
          <LetterBlockers caseId={c.id} />
          <Suspense fallback={null}>
            <LettersCard caseId={c.id} letters={c.letters} addressUnknown={c.debtor.addressUnknown} onRefresh={() => void refetch()} />
          </Suspense>
          <Suspense fallback={null}>
            <ReturnedMailCard caseId={c.id} />
          </Suspense>
          <TimelineCard c={c} />
        </div>
        <div className="case-col">
          <Suspense fallback={null}>
            <HoldsCard caseId={c.id} timeZone={c.creditor.timeZone} currency={currency} />
          </Suspense>
          {canIssuePortalLink ? (
            <Suspense fallback={null}>
              <PortalLinkCard caseId={c.id} timeZone={c.creditor.timeZone} />
            </Suspense>
          ) : null}
          {canIssuePortalLink ? <PortalProposalCard caseId={c.id} currency={currency} timeZone={c.creditor.timeZone} /> : null}
          <Card title={intl.formatMessage({ id: 'case.outcome.cardTitle', defaultMessage: 'Record outcome' })}>
            <OutcomeForm
              kase={{ id: c.id, status: c.status, stage: c.stage, openCents: c.openCents, timeZone: c.creditor.timeZone, currency }}
              contact={{ nextAllowedAt: c.nextContactAllowedAt, reason: c.contactPolicyReason, debtorTimeZone: c.debtor.timeZone }}
              others={c.otherOpenCases}
              readOnly={!mayWork}
              onRecorded={onOutcomeRecorded}
            />
          </Card>
          <ConversationCards caseId={c.id} others={c.otherOpenCases} />
          <PendingApprovalsCard c={c} currency={currency} />
          <Card title={intl.formatMessage({ id: 'case.payment.cardTitle', defaultMessage: 'Record payment' })}>
            <PaymentForm caseId={c.id} currency={currency} timeZone={c.creditor.timeZone} readOnly={!mayWork} />
          </Card>
          <PromisesCard c={c} />
          <MessagesCard caseId={c.id} canSend={user !== null && user.role !== 'MANAGER'} />
          <Suspense fallback={null}>
            <DataProtectionCard debtorId={c.debtor.id} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAuth } from '../../app/auth-context';
import { Badge } from '../../ui/badge';
import { DebtorKindBadge, StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate, formatDateTime, localTimeIn } from '../../ui/date';
import type { CaseDetailData } from './case.graphql';
import { DebtorEditForm } from './debtor-edit-form';

function DebtorClock({ timeZone }: { timeZone: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  const time = localTimeIn(timeZone, now);
  return time ? (
    <span className="muted small">
      <FormattedMessage id="case.header.debtorNow" defaultMessage="now {time}" values={{ time }} />
    </span>
  ) : null;
}

/** A language code ("de") as its name in the workbench language ("Deutsch", "German", "tysk"). */
function useLanguageName(code: string): string {
  const { locale } = useIntl();
  return useMemo(() => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }, [locale, code]);
}

export function CaseHeader({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  const { debtor } = c;
  return (
    <header className="case-header card">
      <div className="case-identity">
        <div className="case-title-row">
          <h2 className="case-title" tabIndex={-1} data-testid="case-title">
            {debtor.name}
          </h2>
          <DebtorKindBadge kind={debtor.kind} />
        </div>
        <div className="case-subtitle">
          <span title={intl.formatMessage({ id: 'case.header.creditorRef', defaultMessage: 'Creditor {ref}' }, { ref: c.creditor.ref })}>
            {c.creditor.name} <span className="muted">· {c.creditor.country}</span>
          </span>
          <span className="muted">
            <FormattedMessage id="case.header.debtorRef" defaultMessage="Debtor {ref}" values={{ ref: debtor.ref }} />
          </span>
        </div>
        <div className="case-badges">
          <StageBadge stage={c.stage} />
          <StatusBadge status={c.status} />
          <Badge
            tone="neutral"
            title={intl.formatMessage({
              id: 'case.header.priorityTitle',
              defaultMessage: 'How urgent the case is; the card "Why this case now" shows its parts. Queues list the highest first.',
            })}
          >
            <FormattedMessage id="case.header.priority" defaultMessage="Priority {priority}" values={{ priority: c.priority }} />
          </Badge>
        </div>
        <dl className="facts">
          <div>
            <dt>
              <FormattedMessage id="case.header.assignee" defaultMessage="Assignee" />
            </dt>
            <dd data-testid="case-assignee">
              {c.assignee ? (
                c.assignee.name
              ) : (
                <span className="muted">
                  <FormattedMessage id="case.header.unassigned" defaultMessage="Unassigned" />
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="case.header.version" defaultMessage="Version" />
            </dt>
            <dd data-testid="case-version">{c.version}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="case.header.placed" defaultMessage="Placed" />
            </dt>
            <dd>{formatDate(c.placedAt)}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="case.header.nextAction" defaultMessage="Next action" />
            </dt>
            <dd>{formatDateTime(c.nextActionAt)}</dd>
          </div>
        </dl>
        {c.holdReason ? (
          <p className="hold-reason">
            <FormattedMessage
              id="case.header.onHold"
              defaultMessage="<b>On hold:</b> {reason}"
              values={{ b: (chunks) => <strong>{chunks}</strong>, reason: c.holdReason }}
            />
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

function Missing() {
  return <span className="muted">—</span>;
}

function DebtorContact({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  const { debtor } = c;
  const [editing, setEditing] = useState(false);
  const mayEdit = useMayEditDebtor(c);
  const languageName = useLanguageName(debtor.language);
  if (editing) {
    return (
      <div className="case-contact" aria-label={intl.formatMessage({ id: 'case.contact.editLabel', defaultMessage: 'Edit debtor details' })}>
        <DebtorEditForm debtor={debtor} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="case-contact" aria-label={intl.formatMessage({ id: 'case.contact.label', defaultMessage: 'Debtor contact' })} data-testid="debtor-contact">
      {mayEdit ? (
        <div className="case-contact-actions">
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)} data-testid="debtor-edit">
            <FormattedMessage id="case.contact.edit" defaultMessage="Edit" />
          </button>
        </div>
      ) : null}
      <dl className="contact-list">
        <div>
          <dt>
            <FormattedMessage id="case.contact.phone" defaultMessage="Phone" />
          </dt>
          <dd>{debtor.phone ? <a href={`tel:${debtor.phone.replace(/\s+/g, '')}`}>{debtor.phone}</a> : <Missing />}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="case.contact.email" defaultMessage="Email" />
          </dt>
          <dd>{debtor.email ? <a href={`mailto:${debtor.email}`}>{debtor.email}</a> : <Missing />}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="case.contact.address" defaultMessage="Address" />
          </dt>
          <dd className="pre-line">
            {debtor.address ?? <Missing />}
            {debtor.addressUnknown ? (
              <div>
                <Badge
                  tone="warn"
                  title={intl.formatMessage({
                    id: 'case.contact.addressUnknownTitle',
                    defaultMessage: 'Letters to this debtor are held until the address is corrected.',
                  })}
                >
                  <FormattedMessage id="case.contact.addressUnknown" defaultMessage="Address unknown" />
                </Badge>
              </div>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="case.contact.language" defaultMessage="Language" />
          </dt>
          <dd>{languageName}</dd>
        </div>
        <div>
          <dt>
            <FormattedMessage id="case.contact.timeZone" defaultMessage="Time zone" />
          </dt>
          <dd>
            {debtor.timeZone} <DebtorClock timeZone={debtor.timeZone} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

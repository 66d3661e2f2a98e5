import { useQuery } from '@apollo/client/react';
import { Fragment, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { StatusBadge } from '../../ui/case-badges';
import { formatDate } from '../../ui/date';
import { describeError, errorCode } from '../../ui/describe-error';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { formatCents } from '../../ui/format';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { BANK_MATCH_CANDIDATES, UNMATCHED_BANK_TRANSACTIONS, type BankTransaction, type MatchCandidate } from './bank.graphql';
import { useMatchBankTransaction } from './hooks/use-match-bank-transaction';
import { useIgnoreBankTransaction } from './hooks/use-ignore-bank-transaction';
import { useConfirmBankTransaction } from './hooks/use-confirm-bank-transaction';
import { DismissibleNotice, type Notice } from '../../ui/notice-bar';

const PAGE_SIZE = 25;
const CANDIDATE_LIMIT = 10;
/**
 * Imported credits nobody could assign yet: match each to a case or ignore it. A credit in review
 * may be a manual payment already booked: book it as a separate payment, or ignore it as a duplicate.
 */
export function UnmatchedTransactions() {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [open, setOpen] = useState<{ id: string; action: 'match' | 'ignore' } | null>(null);
  const { data, loading, error, refetch } = useQuery(UNMATCHED_BANK_TRANSACTIONS, {
    variables: { page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.unmatchedBankTransactions ?? [];

  function done(next: Notice) {
    setNotice(next);
    setOpen(null);
  }

  return (
    <Card
      title={<FormattedMessage id="bank.unmatched.title" defaultMessage="Unmatched credits" />}
      actions={
        <div className="pager">
          <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            <FormattedMessage id="bank.unmatched.previous" defaultMessage="← Previous" />
          </button>
          <button type="button" className="btn btn-small" disabled={items.length < PAGE_SIZE} onClick={() => setOffset(offset + PAGE_SIZE)}>
            <FormattedMessage id="bank.unmatched.next" defaultMessage="Next →" />
          </button>
        </div>
      }
      testId="bank-unmatched"
      flush
    >
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="bank-notice" />
      {error ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'bank.unmatched.loadError', defaultMessage: 'Could not load the unmatched credits.' })} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'bank.unmatched.loading', defaultMessage: 'Loading unmatched credits…' })} /> : null}
      {data && items.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'bank.unmatched.emptyTitle', defaultMessage: 'Nothing to match' })}>
          {offset > 0 ? (
            <FormattedMessage id="bank.unmatched.emptyPage" defaultMessage="No more credits on this page." />
          ) : (
            <FormattedMessage id="bank.unmatched.empty" defaultMessage="Every imported credit is booked or ignored." />
          )}
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-bank" data-testid="bank-unmatched-table">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="bank.unmatched.booked" defaultMessage="Booked" />
                </th>
                <th className="num">
                  <FormattedMessage id="bank.unmatched.amount" defaultMessage="Amount" />
                </th>
                <th>
                  <FormattedMessage id="bank.unmatched.debtor" defaultMessage="Debtor" />
                </th>
                <th>
                  <FormattedMessage id="bank.unmatched.remittance" defaultMessage="Remittance information" />
                </th>
                <th>
                  <FormattedMessage id="bank.unmatched.actions" defaultMessage="Actions" />
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((tx) => (
                <Fragment key={tx.id}>
                  <tr data-testid="bank-transaction-row" data-transaction-id={tx.id} className={open?.id === tx.id ? 'selected' : undefined}>
                    <td>
                      {formatDate(tx.bookingDate)}
                      {tx.valueDate && tx.valueDate !== tx.bookingDate ? (
                        <div className="muted small">
                          <FormattedMessage id="bank.unmatched.valueDate" defaultMessage="value {date}" values={{ date: formatDate(tx.valueDate) }} />
                        </div>
                      ) : null}
                    </td>
                    <td className="num">
                      <Money cents={tx.amountCents} currency={tx.currency} />
                    </td>
                    <td>
                      {tx.debtorName ?? <span className="muted">—</span>}
                      {tx.debtorIban ? <div className="muted small">{tx.debtorIban}</div> : null}
                    </td>
                    <td className="bank-remittance">
                      {tx.status === 'REVIEW' ? (
                        <div className="bank-review" data-testid="bank-review">
                          <span className="badge badge-warn">
                            <FormattedMessage id="bank.unmatched.possibleDouble" defaultMessage="Possible double booking" />
                          </span>{' '}
                          {tx.reviewCaseId ? (
                            <Link to={`/cases/${tx.reviewCaseId}`} className="strong-link" target="_blank" rel="noreferrer">
                              <FormattedMessage id="bank.unmatched.openCase" defaultMessage="Open the case" />
                            </Link>
                          ) : null}
                        </div>
                      ) : null}
                      {tx.remittanceInformation || <span className="muted">
                          <FormattedMessage id="bank.unmatched.noRemittance" defaultMessage="(none)" />
                        </span>}
                      {tx.unmatchedReason ? <div className="muted small" data-testid="bank-reason">{tx.unmatchedReason}</div> : null}
                      <div className="muted small">
                        <FormattedMessage id="bank.unmatched.bankId" defaultMessage="Bank id {id}" values={{ id: tx.bankTransactionId }} />
                      </div>
                    </td>
                    <td>
                      <div className="row-actions">
                        {tx.status === 'REVIEW' ? <ConfirmButton tx={tx} onDone={done} /> : null}
                        <button
                          type="button"
                          className="btn btn-small"
                          aria-expanded={open?.id === tx.id && open.action === 'match'}
                          onClick={() => setOpen(open?.id === tx.id && open.action === 'match' ? null : { id: tx.id, action: 'match' })}
                          data-testid="bank-match-open"
                        >
                          <FormattedMessage id="bank.unmatched.match" defaultMessage="Match to case" />
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-ghost"
                          aria-expanded={open?.id === tx.id && open.action === 'ignore'}
                          onClick={() => setOpen(open?.id === tx.id && open.action === 'ignore' ? null : { id: tx.id, action: 'ignore' })}
                          data-testid="bank-ignore-open"
                        >
                          {tx.status === 'REVIEW' ? (
                            <FormattedMessage id="bank.unmatched.markDuplicate" defaultMessage="Mark duplicate" />
                          ) : (
                            <FormattedMessage id="bank.unmatched.ignore" defaultMessage="Ignore" />
                          )}
                        </button>
                      </div>
                    </td>
                  </tr>
                  {open?.id === tx.id ? (
                    <tr className="bank-action-row">
                      <td colSpan={5}>
                        {open.action === 'match' ? (
                          <MatchPanel tx={tx} onDone={done} onCancel={() => setOpen(null)} />
                        ) : (
                          <IgnoreForm tx={tx} onDone={done} onCancel={() => setOpen(null)} />
                        )}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}

/** "€120.00 of 12 Mar 2026": the credit as notices name it. */
function describeTx(intl: IntlShape, tx: BankTransaction): string {
  return intl.formatMessage(
    { id: 'bank.unmatched.describeCredit', defaultMessage: '{amount} of {date}' },
    { amount: formatCents(tx.amountCents, tx.currency), date: formatDate(tx.bookingDate) },
  );
}

/** Search cases by debtor name or reference (`cases(filter: { search })`) and book the credit on one. */
function MatchPanel({ tx, onDone, onCancel }: { tx: BankTransaction; onDone: (notice: Notice) => void; onCancel: () => void }) {
  const intl = useIntl();
  const [text, setText] = useState(tx.debtorName ?? '');
  const [search, setSearch] = useState(tx.debtorName?.trim() ?? '');
  const candidates = useQuery(BANK_MATCH_CANDIDATES, {
    variables: { search, limit: CANDIDATE_LIMIT },
    skip: search === '',
    fetchPolicy: 'network-only',
  });
  const [match, { loading, error, reset }] = useMatchBankTransaction();

  function onSearch(event: FormEvent) {
    event.preventDefault();
    reset();
    setSearch(text.trim());
  }

  async function book(target: MatchCandidate) {
    try {
      await match({ variables: { transactionId: tx.id, caseId: target.id } });
      onDone({
        tone: 'success',
        text: intl.formatMessage(
          { id: 'bank.match.booked', defaultMessage: '{credit} booked on the case of {debtor} ({creditor}).' },
          { credit: describeTx(intl, tx), debtor: target.debtor.name, creditor: target.creditor.name },
        ),
      });
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        onDone({
          tone: 'info',
          text: intl.formatMessage(
            { id: 'bank.match.conflict', defaultMessage: '{credit}: {reason} The list was reloaded.' },
            { credit: describeTx(intl, tx), reason: describeError(err).message },
          ),
        });
      }
      /* other errors stay in the panel */
    }
  }

  const items = candidates.data?.cases.items ?? [];
  return (
    <div className="bank-panel" data-testid="bank-match-panel">
      <form onSubmit={onSearch} className="toolbar-search" role="search">
        <input
          type="search"
          placeholder={intl.formatMessage({ id: 'bank.match.searchPlaceholder', defaultMessage: 'Debtor name or reference' })}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={intl.formatMessage({ id: 'bank.match.searchLabel', defaultMessage: 'Search cases' })}
          data-testid="bank-case-search"
          autoFocus
        />
        <button type="submit" className="btn btn-small">
          <FormattedMessage id="bank.match.search" defaultMessage="Search" />
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          <FormattedMessage id="bank.match.cancel" defaultMessage="Cancel" />
        </button>
      </form>
      <FormError error={error} />
      {candidates.error ? <ErrorBanner error={candidates.error} title={intl.formatMessage({ id: 'bank.match.searchFailed', defaultMessage: 'Search failed.' })} /> : null}
      {candidates.loading ? <Spinner inline label={intl.formatMessage({ id: 'bank.match.searching', defaultMessage: 'Searching…' })} /> : null}
      {search === '' ? (
        <p className="muted small">
          <FormattedMessage id="bank.match.searchHint" defaultMessage="Search for the debtor to find the case." />
        </p>
      ) : null}
      {candidates.data && items.length === 0 ? (
        <p className="muted small">
          <FormattedMessage id="bank.match.noCase" defaultMessage="No case matches “{search}”." values={{ search }} />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="table table-bank-candidates" data-testid="bank-candidates">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="bank.match.debtor" defaultMessage="Debtor" />
              </th>
              <th>
                <FormattedMessage id="bank.match.creditorClaims" defaultMessage="Creditor · claims" />
              </th>
              <th>
                <FormattedMessage id="bank.match.status" defaultMessage="Status" />
              </th>
              <th className="num">
                <FormattedMessage id="bank.match.open" defaultMessage="Open" />
              </th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((c) => {
              const otherCurrency = c.currency !== tx.currency;
              return (
                <tr key={c.id} data-testid="bank-candidate" data-case-id={c.id}>
                  <td>
                    <Link to={`/cases/${c.id}`} className="strong-link" target="_blank" rel="noreferrer">
                      {c.debtor.name}
                    </Link>
                    <div className="muted small">{c.debtor.ref}</div>
                  </td>
                  <td>
                    {c.creditor.name}
                    <div className="muted small">{c.claims.map((cl) => cl.reference).join(', ')}</div>
                  </td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td className="num">
                    <Money cents={c.openCents} currency={c.currency} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      disabled={loading || otherCurrency}
                      title={
                        otherCurrency
                          ? intl.formatMessage(
                              { id: 'bank.match.otherCurrency', defaultMessage: 'The case is kept in {caseCurrency}; the credit is in {creditCurrency}.' },
                              { caseCurrency: c.currency, creditCurrency: tx.currency },
                            )
                          : undefined
                      }
                      onClick={() => void book(c)}
                      data-testid="bank-book-here"
                    >
                      <FormattedMessage id="bank.match.bookHere" defaultMessage="Book here" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {candidates.data && candidates.data.cases.totalCount > items.length ? (
        <p className="muted small">
          <FormattedMessage
            id="bank.match.showingSome"
            defaultMessage="Showing {shown, number} of {total, plural, one {# case} other {# cases}}; refine the search."
            values={{ shown: items.length, total: candidates.data.cases.totalCount }}
          />
        </p>
      ) : null}
    </div>
  );
}

/** Books a credit in review as a payment of its own on the case its reference named. */
function ConfirmButton({ tx, onDone }: { tx: BankTransaction; onDone: (notice: Notice) => void }) {
  const intl = useIntl();
  const [confirm, { loading }] = useConfirmBankTransaction();
  async function onClick() {
    try {
      await confirm({ variables: { transactionId: tx.id } });
      onDone({
        tone: 'success',
        text: intl.formatMessage(
          { id: 'bank.review.bookedSeparately', defaultMessage: '{credit} booked as a separate payment.' },
          { credit: describeTx(intl, tx) },
        ),
      });
    } catch (err) {
      onDone({ tone: 'info', text: refusal(intl, tx, err) });
    }
  }
  return (
    <button type="button" className="btn btn-small btn-primary" disabled={loading} onClick={() => void onClick()} data-testid="bank-review-confirm">
      {loading ? (
        <FormattedMessage id="bank.review.booking" defaultMessage="Booking…" />
      ) : (
        <FormattedMessage id="bank.review.bookSeparately" defaultMessage="Book as separate payment" />
      )}
    </button>
  );
}

/** "€120.00 of 12 Mar 2026: <the server's reason>" for an action the API refused. */
function refusal(intl: IntlShape, tx: BankTransaction, err: unknown): string {
  return intl.formatMessage(
    { id: 'bank.unmatched.refused', defaultMessage: '{credit}: {reason}' },
    { credit: describeTx(intl, tx), reason: describeError(err).message },
  );
}

function IgnoreForm({ tx, onDone, onCancel }: { tx: BankTransaction; onDone: (notice: Notice) => void; onCancel: () => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState(() =>
    tx.status === 'REVIEW'
      ? intl.formatMessage({ id: 'bank.ignore.duplicateReason', defaultMessage: 'Duplicate of the manual payment already booked' })
      : '',
  );
  const [ignore, { loading, error, reset }] = useIgnoreBankTransaction();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    try {
      await ignore({ variables: { transactionId: tx.id, reason: reason.trim() } });
      onDone({
        tone: 'success',
        text: intl.formatMessage({ id: 'bank.ignore.done', defaultMessage: '{credit} ignored.' }, { credit: describeTx(intl, tx) }),
      });
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') onDone({ tone: 'info', text: refusal(intl, tx, err) });
    }
  }

  return (
    <form className="bank-panel form" onSubmit={onSubmit} noValidate data-testid="bank-ignore-form">
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="bank.ignore.why" defaultMessage="Why is this credit not a debtor payment?" />
        </span>
        <input
          type="text"
          value={reason}
          maxLength={500}
          placeholder={intl.formatMessage({ id: 'bank.ignore.placeholder', defaultMessage: 'e.g. refund from a supplier' })}
          onChange={(e) => setReason(e.target.value)}
          data-testid="bank-ignore-reason"
          autoFocus
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={loading || reason.trim() === ''} data-testid="bank-ignore-submit">
          {loading ? (
            <FormattedMessage id="bank.ignore.saving" defaultMessage="Saving…" />
          ) : (
            <FormattedMessage id="bank.ignore.submit" defaultMessage="Ignore credit" />
          )}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          <FormattedMessage id="bank.ignore.cancel" defaultMessage="Cancel" />
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

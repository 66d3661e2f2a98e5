import { useQuery } from '@apollo/client/react';
import { Fragment, useState, type FormEvent } from 'react';
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
      title="Unmatched credits"
      actions={
        <div className="pager">
          <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            ← Previous
          </button>
          <button type="button" className="btn btn-small" disabled={items.length < PAGE_SIZE} onClick={() => setOffset(offset + PAGE_SIZE)}>
            Next →
          </button>
        </div>
      }
      testId="bank-unmatched"
      flush
    >
      <DismissibleNotice notice={notice} onClose={() => setNotice(null)} testId="bank-notice" />
      {error ? <ErrorBanner error={error} title="Could not load the unmatched credits." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading unmatched credits…" /> : null}
      {data && items.length === 0 ? (
        <EmptyState title="Nothing to match">{offset > 0 ? 'No more credits on this page.' : 'Every imported credit is booked or ignored.'}</EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-bank" data-testid="bank-unmatched-table">
            <thead>
              <tr>
                <th>Booked</th>
                <th className="num">Amount</th>
                <th>Debtor</th>
                <th>Remittance information</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {items.map((tx) => (
                <Fragment key={tx.id}>
                  <tr data-testid="bank-transaction-row" data-transaction-id={tx.id} className={open?.id === tx.id ? 'selected' : undefined}>
                    <td>
                      {formatDate(tx.bookingDate)}
                      {tx.valueDate && tx.valueDate !== tx.bookingDate ? <div className="muted small">value {formatDate(tx.valueDate)}</div> : null}
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
                          <span className="badge badge-warn">Possible double booking</span>{' '}
                          {tx.reviewCaseId ? (
                            <Link to={`/cases/${tx.reviewCaseId}`} className="strong-link" target="_blank" rel="noreferrer">
                              Open the case
                            </Link>
                          ) : null}
                        </div>
                      ) : null}
                      {tx.remittanceInformation || <span className="muted">(none)</span>}
                      {tx.unmatchedReason ? <div className="muted small" data-testid="bank-reason">{tx.unmatchedReason}</div> : null}
                      <div className="muted small">Bank id {tx.bankTransactionId}</div>
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
                          Match to case
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-ghost"
                          aria-expanded={open?.id === tx.id && open.action === 'ignore'}
                          onClick={() => setOpen(open?.id === tx.id && open.action === 'ignore' ? null : { id: tx.id, action: 'ignore' })}
                          data-testid="bank-ignore-open"
                        >
                          {tx.status === 'REVIEW' ? 'Mark duplicate' : 'Ignore'}
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

function describeTx(tx: BankTransaction): string {
  return `${formatCents(tx.amountCents, tx.currency)} of ${formatDate(tx.bookingDate)}`;
}

/** Search cases by debtor name or reference (`cases(filter: { search })`) and book the credit on one. */
function MatchPanel({ tx, onDone, onCancel }: { tx: BankTransaction; onDone: (notice: Notice) => void; onCancel: () => void }) {
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
      onDone({ tone: 'success', text: `${describeTx(tx)} booked on the case of ${target.debtor.name} (${target.creditor.name}).` });
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') {
        onDone({ tone: 'info', text: `${describeTx(tx)}: ${describeError(err).message} The list was reloaded.` });
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
          placeholder="Debtor name or reference"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label="Search cases"
          data-testid="bank-case-search"
          autoFocus
        />
        <button type="submit" className="btn btn-small">
          Search
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </form>
      <FormError error={error} />
      {candidates.error ? <ErrorBanner error={candidates.error} title="Search failed." /> : null}
      {candidates.loading ? <Spinner inline label="Searching…" /> : null}
      {search === '' ? <p className="muted small">Search for the debtor to find the case.</p> : null}
      {candidates.data && items.length === 0 ? <p className="muted small">No case matches “{search}”.</p> : null}
      {items.length > 0 ? (
        <table className="table table-bank-candidates" data-testid="bank-candidates">
          <thead>
            <tr>
              <th>Debtor</th>
              <th>Creditor · claims</th>
              <th>Status</th>
              <th className="num">Open</th>
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
                      title={otherCurrency ? `The case is kept in ${c.currency}; the credit is in ${tx.currency}.` : undefined}
                      onClick={() => void book(c)}
                      data-testid="bank-book-here"
                    >
                      Book here
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
          Showing {items.length} of {candidates.data.cases.totalCount} cases; refine the search.
        </p>
      ) : null}
    </div>
  );
}

/** Books a credit in review as a payment of its own on the case its reference named. */
function ConfirmButton({ tx, onDone }: { tx: BankTransaction; onDone: (notice: Notice) => void }) {
  const [confirm, { loading }] = useConfirmBankTransaction();
  async function onClick() {
    try {
      await confirm({ variables: { transactionId: tx.id } });
      onDone({ tone: 'success', text: `${describeTx(tx)} booked as a separate payment.` });
    } catch (err) {
      onDone({ tone: 'info', text: `${describeTx(tx)}: ${describeError(err).message}` });
    }
  }
  return (
    <button type="button" className="btn btn-small btn-primary" disabled={loading} onClick={() => void onClick()} data-testid="bank-review-confirm">
      {loading ? 'Booking…' : 'Book as separate payment'}
    </button>
  );
}

function IgnoreForm({ tx, onDone, onCancel }: { tx: BankTransaction; onDone: (notice: Notice) => void; onCancel: () => void }) {
  const [reason, setReason] = useState(tx.status === 'REVIEW' ? 'Duplicate of the manual payment already booked' : '');
  const [ignore, { loading, error, reset }] = useIgnoreBankTransaction();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    try {
      await ignore({ variables: { transactionId: tx.id, reason: reason.trim() } });
      onDone({ tone: 'success', text: `${describeTx(tx)} ignored.` });
    } catch (err) {
      if (errorCode(err) === 'CONFLICT') onDone({ tone: 'info', text: `${describeTx(tx)}: ${describeError(err).message}` });
    }
  }

  return (
    <form className="bank-panel form" onSubmit={onSubmit} noValidate data-testid="bank-ignore-form">
      <label className="field">
        <span className="field-label">Why is this credit not a debtor payment?</span>
        <input
          type="text"
          value={reason}
          maxLength={500}
          placeholder="e.g. refund from a supplier"
          onChange={(e) => setReason(e.target.value)}
          data-testid="bank-ignore-reason"
          autoFocus
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={loading || reason.trim() === ''} data-testid="bank-ignore-submit">
          {loading ? 'Saving…' : 'Ignore credit'}
        </button>
        <button type="button" className="btn btn-small btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

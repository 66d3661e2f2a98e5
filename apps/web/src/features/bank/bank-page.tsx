import { FormattedMessage } from 'react-intl';
import './bank.css';
import { StatementImport } from './statement-import';
import { UnmatchedTransactions } from './unmatched-transactions';

/** `/bank` (leads, admins): import bank statements, then match or ignore what the import could not assign. */
export function BankPage() {
  return (
    <div className="page page-bank" data-testid="bank-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="bank.page.title" defaultMessage="Bank" />
        </h1>
        <span className="muted">
          <FormattedMessage id="bank.page.intro" defaultMessage="Credits that name a case by claim or debtor reference are booked on import." />
        </span>
      </div>
      <StatementImport />
      <UnmatchedTransactions />
    </div>
  );
}

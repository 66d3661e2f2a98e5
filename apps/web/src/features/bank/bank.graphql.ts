import { graphql } from '../../gql';
import type { BankMatchCandidatesQuery, BankTransactionFieldsFragment, ImportBankStatementMutation } from '../../gql/graphql';

export type { BankStatementFormat, BankTransactionStatus } from '../../gql/graphql';

export type BankImportResult = ImportBankStatementMutation['importBankStatement'];
export type BankTransaction = BankTransactionFieldsFragment;
export type MatchCandidate = BankMatchCandidatesQuery['cases']['items'][number];

export const BANK_TRANSACTION_FIELDS = graphql(`
  fragment BankTransactionFields on BankTransaction {
    id
    bankTransactionId
    bookingDate
    valueDate
    amountCents
    currency
    remittanceInformation
    debtorName
    debtorIban
    status
    unmatchedReason
    importedAt
  }
`);

export const IMPORT_BANK_STATEMENT = graphql(`
  mutation ImportBankStatement($format: BankStatementFormat!, $content: String!, $fileName: String) {
    importBankStatement(format: $format, content: $content, fileName: $fileName) {
      statementId
      imported
      matched
      unmatched
      duplicates
      skippedDebits
      rejected {
        line
        message
      }
    }
  }
`);

export const UNMATCHED_BANK_TRANSACTIONS = graphql(`
  query UnmatchedBankTransactions($page: PageInput) {
    unmatchedBankTransactions(page: $page) {
      ...BankTransactionFields
    }
  }
`);

export const MATCH_BANK_TRANSACTION = graphql(`
  mutation MatchBankTransaction($transactionId: ID!, $caseId: ID!) {
    matchBankTransaction(transactionId: $transactionId, caseId: $caseId) {
      ...BankTransactionFields
      case {
        id
        status
        openCents
      }
    }
  }
`);

export const IGNORE_BANK_TRANSACTION = graphql(`
  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {
    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {
      ...BankTransactionFields
    }
  }
`);

/** `cases(filter: { search })`: debtor name or debtor reference. */
export const BANK_MATCH_CANDIDATES = graphql(`
  query BankMatchCandidates($search: String!, $limit: Int!) {
    cases(filter: { search: $search }, page: { offset: 0, limit: $limit }) {
      totalCount
      items {
        id
        status
        openCents
        currency
        creditor {
          id
          name
        }
        debtor {
          id
          ref
          name
        }
        claims {
          reference
        }
      }
    }
  }
`);

import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, Cents, IsoDate, IsoDateTime } from '../../app/graphql-types';

export type BankStatementFormat = 'CAMT053' | 'CSV';
export type BankTransactionStatus = 'MATCHED' | 'UNMATCHED' | 'IGNORED';

export interface BankImportResult {
  statementId: string;
  imported: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  skippedDebits: number;
  rejected: { line: number; message: string }[];
}

export interface BankTransaction {
  id: string;
  bankTransactionId: string;
  bookingDate: IsoDate;
  valueDate: IsoDate | null;
  amountCents: Cents;
  currency: string;
  remittanceInformation: string;
  debtorName: string | null;
  debtorIban: string | null;
  status: BankTransactionStatus;
  unmatchedReason: string | null;
  importedAt: IsoDateTime;
}

/** A case offered as the target of a manual match. */
export interface MatchCandidate {
  id: string;
  status: CaseStatus;
  openCents: Cents;
  currency: string;
  creditor: { id: string; name: string };
  debtor: { id: string; ref: string; name: string };
  claims: { reference: string }[];
}

const BANK_TRANSACTION_FIELDS = gql`
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
`;

export const IMPORT_BANK_STATEMENT: TypedDocumentNode<
  { importBankStatement: BankImportResult },
  { format: BankStatementFormat; content: string; fileName: string | null }
> = gql`
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
`;

export const UNMATCHED_BANK_TRANSACTIONS: TypedDocumentNode<
  { unmatchedBankTransactions: BankTransaction[] },
  { page: { offset: number; limit: number } }
> = gql`
  query UnmatchedBankTransactions($page: PageInput) {
    unmatchedBankTransactions(page: $page) {
      ...BankTransactionFields
    }
  }
  ${BANK_TRANSACTION_FIELDS}
`;

export const MATCH_BANK_TRANSACTION: TypedDocumentNode<
  { matchBankTransaction: BankTransaction & { case: { id: string; status: CaseStatus; openCents: Cents } | null } },
  { transactionId: string; caseId: string }
> = gql`
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
  ${BANK_TRANSACTION_FIELDS}
`;

export const IGNORE_BANK_TRANSACTION: TypedDocumentNode<
  { ignoreBankTransaction: BankTransaction },
  { transactionId: string; reason: string }
> = gql`
  mutation IgnoreBankTransaction($transactionId: ID!, $reason: String!) {
    ignoreBankTransaction(transactionId: $transactionId, reason: $reason) {
      ...BankTransactionFields
    }
  }
  ${BANK_TRANSACTION_FIELDS}
`;

/** `cases(filter: { search })`: debtor name or debtor reference. */
export const BANK_MATCH_CANDIDATES: TypedDocumentNode<
  { cases: { totalCount: number; items: MatchCandidate[] } },
  { search: string; limit: number }
> = gql`
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
`;

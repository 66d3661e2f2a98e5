import { graphql } from '../../gql';
import type {
  BankCsvLayoutFieldsFragment,
  BankMatchCandidatesQuery,
  BankTransactionFieldsFragment,
  ImportBankStatementMutation,
  OwnBankAccountsQuery,
  PreviewBankStatementQuery,
} from '../../gql/graphql';

export type {
  BankCsvDateFormat,
  BankCsvDecimalSeparator,
  BankCsvDelimiter,
  BankCsvMappingInput,
  BankStatementFormat,
  BankStatementRowKind,
  BankTransactionStatus,
} from '../../gql/graphql';

export type BankImportResult = ImportBankStatementMutation['importBankStatement'];
export type BankCsvLayout = BankCsvLayoutFieldsFragment;
export type BankStatementPreview = PreviewBankStatementQuery['previewBankStatement'];
export type BankStatementPreviewRow = BankStatementPreview['rows'][number];
export type BankTransaction = BankTransactionFieldsFragment;
export type OwnBankAccount = OwnBankAccountsQuery['ownBankAccounts'][number];
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
    reviewCaseId
    reviewPaymentId
    importedAt
  }
`);

export const IMPORT_BANK_STATEMENT = graphql(`
  mutation ImportBankStatement(
    $format: BankStatementFormat!
    $content: String!
    $fileName: String
    $mappingId: ID
    $mapping: BankCsvMappingInput
    $accountIban: String
  ) {
    importBankStatement(
      format: $format
      content: $content
      fileName: $fileName
      mappingId: $mappingId
      mapping: $mapping
      accountIban: $accountIban
    ) {
      statementId
      imported
      matched
      unmatched
      review
      duplicates
      skippedDebits
      rejected {
        line
        message
        column
      }
    }
  }
`);

export const BANK_CSV_LAYOUT_FIELDS = graphql(`
  fragment BankCsvLayoutFields on BankCsvLayout {
    name
    accountIban
    delimiter
    decimalSeparator
    dateFormat
    headerLine
    defaultCurrency
    columns {
      bookingDate
      valueDate
      amount
      debitCredit
      currency
      counterpartyName
      counterpartyIban
      reference
      transactionId
    }
  }
`);

export const BANK_CSV_MAPPING_FIELDS = graphql(`
  fragment BankCsvMappingFields on BankCsvMapping {
    id
    updatedAt
    name
    accountIban
    delimiter
    decimalSeparator
    dateFormat
    headerLine
    defaultCurrency
    columns {
      bookingDate
      valueDate
      amount
      debitCredit
      currency
      counterpartyName
      counterpartyIban
      reference
      transactionId
    }
  }
`);

export const BANK_CSV_MAPPINGS = graphql(`
  query BankCsvMappings {
    bankCsvMappings {
      ...BankCsvMappingFields
    }
  }
`);

export const SAVE_BANK_CSV_MAPPING = graphql(`
  mutation SaveBankCsvMapping($input: BankCsvMappingInput!, $id: ID) {
    saveBankCsvMapping(input: $input, id: $id) {
      ...BankCsvMappingFields
    }
  }
`);

export const DELETE_BANK_CSV_MAPPING = graphql(`
  mutation DeleteBankCsvMapping($id: ID!) {
    deleteBankCsvMapping(id: $id)
  }
`);

export const PREVIEW_BANK_STATEMENT = graphql(`
  query PreviewBankStatement($input: BankStatementPreviewInput!) {
    previewBankStatement(input: $input) {
      format
      problem
      accountIban
      headerLine
      columns
      totalRows
      credits
      debits
      rejected
      layout {
        ...BankCsvLayoutFields
      }
      detected {
        ...BankCsvLayoutFields
      }
      rows {
        line
        kind
        bookingDate
        valueDate
        amountCents
        currency
        counterpartyName
        counterpartyIban
        reference
        transactionId
        transactionIdDerived
        alreadyImported
        errors {
          column
          message
        }
      }
    }
  }
`);

export const OWN_BANK_ACCOUNTS = graphql(`
  query OwnBankAccounts {
    ownBankAccounts {
      iban
      holder
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

/** Books a credit in review (a possible double booking) as a payment of its own on its case. */
export const CONFIRM_BANK_TRANSACTION = graphql(`
  mutation ConfirmBankTransaction($transactionId: ID!) {
    confirmBankTransaction(transactionId: $transactionId) {
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

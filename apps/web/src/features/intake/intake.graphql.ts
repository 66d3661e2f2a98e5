import { graphql } from '../../gql';
import type { CaseImportFieldsFragment } from '../../gql/graphql';

export type CaseImport = CaseImportFieldsFragment;

export const CASE_IMPORT_FIELDS = graphql(`
  fragment CaseImportFields on CaseImport {
    id
    fileName
    createdByName
    status
    error
    bytesTotal
    bytesProcessed
    rowsTotal
    rowsProcessed
    imported
    casesCreated
    duplicates
    rejected
    warnings
    startedAt
    finishedAt
  }
`);

export const CASE_IMPORT = graphql(`
  query CaseImport($id: ID!) {
    caseImport(id: $id) {
      ...CaseImportFields
    }
  }
`);

export const CASE_IMPORTS = graphql(`
  query CaseImports($limit: Int) {
    caseImports(limit: $limit) {
      ...CaseImportFields
    }
  }
`);

/** The creditors a case can be placed for, with what the form needs of them. */
export const INTAKE_CREDITORS = graphql(`
  query IntakeCreditors {
    creditors {
      id
      ref
      name
      country
      currency
    }
  }
`);

export const CREATE_CASE = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      debtor {
        id
        name
      }
      claims {
        reference
        principalCents
      }
    }
  }
`);

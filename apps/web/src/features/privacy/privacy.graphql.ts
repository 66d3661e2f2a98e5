import { graphql } from '../../gql';
import type { DebtorPrivacyQuery } from '../../gql/graphql';

export type DebtorPrivacyData = DebtorPrivacyQuery['debtorPrivacy'];
export type DataSubjectRequestView = DebtorPrivacyData['requests'][number];

export const DEBTOR_PRIVACY = graphql(`
  query DebtorPrivacy($debtorId: ID!) {
    debtorPrivacy(debtorId: $debtorId) {
      debtorId
      processingRestrictedSince
      pseudonymisedAt
      asOf
      pseudonymisedFrom
      retention {
        type
        lastDay
        ended
      }
      keptIfErased {
        type
        label
        records
        reason
        keptUntil
      }
      requests {
        ...DataSubjectRequestFields
      }
    }
  }
`);

export const DATA_SUBJECT_REQUEST_FIELDS = graphql(`
  fragment DataSubjectRequestFields on DataSubjectRequest {
    id
    kind
    requestedAt
    requestedByName
    summary
    erased
    kept {
      type
      label
      records
      reason
      keptUntil
    }
    pseudonymisedFrom
  }
`);

export const DEBTOR_DATA_EXPORT = graphql(`
  query DebtorDataExport($debtorId: ID!) {
    debtorDataExport(debtorId: $debtorId) {
      debtorId
      generatedAt
      json
      pdfUrl
    }
  }
`);

export const RESTRICT_DEBTOR_PROCESSING = graphql(`
  mutation RestrictDebtorProcessing($debtorId: ID!) {
    restrictDebtorProcessing(debtorId: $debtorId) {
      ...DataSubjectRequestFields
    }
  }
`);

export const LIFT_DEBTOR_RESTRICTION = graphql(`
  mutation LiftDebtorRestriction($debtorId: ID!) {
    liftDebtorRestriction(debtorId: $debtorId) {
      ...DataSubjectRequestFields
    }
  }
`);

export const ERASE_DEBTOR_DATA = graphql(`
  mutation EraseDebtorData($debtorId: ID!) {
    eraseDebtorData(debtorId: $debtorId) {
      ...DataSubjectRequestFields
    }
  }
`);

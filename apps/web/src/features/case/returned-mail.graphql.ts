import { graphql } from '../../gql';

/** Post to the case's debtor that came back, and the letters a return may name. */
export const CASE_RETURNED_MAIL = graphql(`
  query CaseReturnedMail($id: ID!) {
    case(id: $id) {
      id
      returnedMail {
        id
        reason
        letterId
        note
        address
        recordedByName
        recordedAt
      }
      letters {
        id
        writtenOn
        status
      }
    }
  }
`);

export const RECORD_RETURNED_MAIL = graphql(`
  mutation RecordReturnedMail($caseId: ID!, $input: ReturnedMailInput!) {
    recordReturnedMail(caseId: $caseId, input: $input) {
      id
      debtor {
        id
        addressUnknown
      }
    }
  }
`);

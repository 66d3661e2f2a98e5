import { graphql } from '../../gql';

export const ISSUE_PORTAL_LINK = graphql(`
  mutation IssuePortalLink($caseId: ID!) {
    issuePortalLink(caseId: $caseId) {
      url
      expiresAt
    }
  }
`);

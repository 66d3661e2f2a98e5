import { graphql } from '../../gql';

/** A single-use ticket for one document link (letters, print batch files), valid 60 seconds. */
export const ISSUE_DOWNLOAD_TICKET = graphql(`
  mutation IssueDownloadTicket($url: String!) {
    issueDownloadTicket(url: $url) {
      url
      expiresAt
    }
  }
`);

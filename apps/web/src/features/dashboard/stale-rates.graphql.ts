import { graphql } from '../../gql';

export const INTEREST_RATE_STATUS = graphql(`
  query InterestRateStatus {
    interestRateStatus {
      country
      endsOn
      currentThrough
      stale
      staleCases
    }
  }
`);

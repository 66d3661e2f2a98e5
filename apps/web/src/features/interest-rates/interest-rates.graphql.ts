import { graphql } from '../../gql';

export const INTEREST_RATES = graphql(`
  query InterestRates {
    interestRates {
      country
      from
      ratePercent
      builtIn
      source
      addedAt
    }
    interestRateStatus {
      country
      endsOn
      currentThrough
      stale
      staleCases
    }
  }
`);

export const ADD_INTEREST_RATE = graphql(`
  mutation AddInterestRate($input: AddInterestRateInput!) {
    addInterestRate(input: $input) {
      country
      from
      ratePercent
      builtIn
      source
    }
  }
`);

import { graphql } from '../../gql';

/** The stages the dunning run took the case to: what its timeline tells of, and the letters they wrote. */
export const CASE_DUNNING_STEPS = graphql(`
  query CaseDunningSteps($id: ID!) {
    case(id: $id) {
      id
      dunningSteps {
        stage
        channel
        feeCents
        on
        letterId
      }
    }
  }
`);

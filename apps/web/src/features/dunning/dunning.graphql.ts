import { graphql } from '../../gql';
import type { DunningRunFieldsFragment, DunningStrategiesQuery, PreviewDunningQuery } from '../../gql/graphql';

export type DunningRun = DunningRunFieldsFragment;
export type DunningPreview = PreviewDunningQuery['previewDunning'];
export type DunningStrategy = DunningStrategiesQuery['dunningStrategies'][number];
export type DunningStep = DunningStrategy['steps'][number];

export const DUNNING_RUN_FIELDS = graphql(`
  fragment DunningRunFields on DunningRun {
    id
    asOf
    status
    advanced
    feesCharged
    letters
    emails
    promisesBroken
    held
    holds {
      caseId
      reason
    }
    startedAt
    finishedAt
  }
`);

/** The latest runs, newest date first. */
export const DUNNING_RUNS = graphql(`
  query DunningRuns {
    dunningRuns {
      ...DunningRunFields
    }
  }
`);

export const RUN_DUNNING = graphql(`
  mutation RunDunning($asOf: Date!) {
    runDunning(asOf: $asOf) {
      ...DunningRunFields
    }
  }
`);

/** What a run of the date would do; nothing is changed by asking. */
export const PREVIEW_DUNNING = graphql(`
  query PreviewDunning($asOf: Date!) {
    previewDunning(asOf: $asOf) {
      asOf
      alreadyRun
      advanced
      feesCharged
      letters
      emails
      promisesBroken
      lettersHeld
      feeTotals {
        currency
        amountCents
      }
      transitions {
        fromStage
        toStage
        channel
        currency
        cases
        feeCents
      }
      sample {
        caseId
        fromStage
        toStage
        channel
        currency
        feeCents
      }
    }
  }
`);

export const DUNNING_STRATEGIES = graphql(`
  query DunningStrategies {
    dunningStrategies {
      creditor {
        id
        name
        country
        currency
      }
      isDefault
      steps {
        stage
        waitDays
        channel
        feeCents
        feeLabel
        paymentWindowDays
      }
    }
  }
`);

export const SUPERVISORY_AUTHORITIES = graphql(`
  query SupervisoryAuthorities {
    supervisoryAuthorities {
      id
      validFrom
      name
      address
      electronicContact
    }
  }
`);

export const ADD_SUPERVISORY_AUTHORITY = graphql(`
  mutation AddSupervisoryAuthority($input: SupervisoryAuthorityInput!) {
    addSupervisoryAuthority(input: $input) {
      id
      validFrom
      name
      address
      electronicContact
    }
  }
`);

import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cents, DunningStage, IsoDate, IsoDateTime } from '../../app/graphql-types';

/** One dunning run: a date processed once (RUNNING until it finished; running it again completes it). */
export interface DunningRun {
  id: string;
  asOf: IsoDate;
  /** 'RUNNING' | 'DONE' */
  status: string;
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
  startedAt: IsoDateTime;
  finishedAt: IsoDateTime | null;
}

export interface DunningStep {
  stage: DunningStage;
  /** Days after entering the previous stage (the first stage: after placement). */
  waitDays: number;
  /** LETTER, EMAIL, PHONE, SMS */
  channel: string;
  /** A fixed fee; 0 with a `feeLabel` when the fee depends on the claim. */
  feeCents: Cents;
  feeLabel: string | null;
  /** Payment window printed on the letter; null for phone steps. */
  paymentWindowDays: number | null;
}

export interface DunningStrategy {
  creditor: { id: string; name: string; country: string; currency: string };
  isDefault: boolean;
  steps: DunningStep[];
}

const DUNNING_RUN_FIELDS = gql`
  fragment DunningRunFields on DunningRun {
    id
    asOf
    status
    advanced
    feesCharged
    letters
    emails
    promisesBroken
    startedAt
    finishedAt
  }
`;

/** The latest runs, newest date first. */
export const DUNNING_RUNS: TypedDocumentNode<{ dunningRuns: DunningRun[] }, Record<string, never>> = gql`
  query DunningRuns {
    dunningRuns {
      ...DunningRunFields
    }
  }
  ${DUNNING_RUN_FIELDS}
`;

export const RUN_DUNNING: TypedDocumentNode<{ runDunning: DunningRun }, { asOf: IsoDate }> = gql`
  mutation RunDunning($asOf: Date!) {
    runDunning(asOf: $asOf) {
      ...DunningRunFields
    }
  }
  ${DUNNING_RUN_FIELDS}
`;

export const DUNNING_STRATEGIES: TypedDocumentNode<{ dunningStrategies: DunningStrategy[] }, Record<string, never>> = gql`
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
`;

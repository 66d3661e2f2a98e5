import { graphql } from '../../gql';
import type { CreditorSettingsFieldsFragment } from '../../gql/graphql';

export type { ContactPolicyInput, CreditorInput, DunningStrategyInput, DunningStrategyStageInput, PriorityWeightsInput } from '../../gql/graphql';

export type CreditorSettings = CreditorSettingsFieldsFragment;
export type PriorityWeights = CreditorSettings['priorityWeights'];
export type ContactPolicy = CreditorSettings['contactPolicy'];
export type ContactHours = ContactPolicy['contactHours'];
export type ContactWindow = ContactHours['weekdays'];
export type ReminderSpacing = ContactPolicy['reminderSpacingDays'][number];
export type CreditorStrategy = CreditorSettings['dunningStrategy'];
export type CreditorStrategyStage = CreditorStrategy['stages'][number];

export const CREDITOR_SETTINGS_FIELDS = graphql(`
  fragment CreditorSettingsFields on Creditor {
    id
    ref
    name
    country
    currency
    timeZone
    legalName
    street
    postcode
    city
    registerCourt
    registerNumber
    iban
    bic
    vatDeductible
    letterLanguage
    paymentApprovalThresholdCents
    dunningStrategy {
      name
      isDefault
      stages {
        stage
        waitDays
        channel
        letterTemplate
        paymentWindowDays
        collectionWarning
        fee {
          rule
          description
          factor
          firstDemand
          raisedFactor
          amountCents
          label
          statute
        }
      }
    }
    priorityWeights {
      balance
      overdue
      stage
      brokenPromises
      callback
      limitation
      courtDeadline
      lastContact
      outcomeHistory
      isDefault
    }
    contactPolicy {
      contactHours {
        weekdays {
          from
          to
        }
        saturday {
          from
          to
        }
        sunday {
          from
          to
        }
        holidays {
          from
          to
        }
      }
      maxAttemptsPer7Days
      reminderSpacingDays {
        country
        days
      }
      isDefault
    }
  }
`);

export const CREDITOR_SETTINGS = graphql(`
  query CreditorSettings {
    creditors {
      ...CreditorSettingsFields
    }
  }
`);

export const SET_PRIORITY_WEIGHTS = graphql(`
  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {
    setPriorityWeights(creditorId: $creditorId, weights: $weights) {
      ...CreditorSettingsFields
    }
  }
`);

export const RESET_PRIORITY_WEIGHTS = graphql(`
  mutation ResetCreditorPriorityWeights($creditorId: ID!) {
    resetPriorityWeights(creditorId: $creditorId) {
      ...CreditorSettingsFields
    }
  }
`);

export const SET_CONTACT_POLICY = graphql(`
  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {
    setContactPolicy(creditorId: $creditorId, policy: $policy) {
      ...CreditorSettingsFields
    }
  }
`);

export const SET_PAYMENT_APPROVAL_THRESHOLD = graphql(`
  mutation SetPaymentApprovalThreshold($creditorId: ID!, $thresholdCents: SafeInt) {
    setPaymentApprovalThreshold(creditorId: $creditorId, thresholdCents: $thresholdCents) {
      ...CreditorSettingsFields
    }
  }
`);

export const RESET_CONTACT_POLICY = graphql(`
  mutation ResetCreditorContactPolicy($creditorId: ID!) {
    resetContactPolicy(creditorId: $creditorId) {
      ...CreditorSettingsFields
    }
  }
`);

export const CREATE_CREDITOR = graphql(`
  mutation CreateCreditor($input: CreditorInput!) {
    createCreditor(input: $input) {
      ...CreditorSettingsFields
    }
  }
`);

export const UPDATE_CREDITOR = graphql(`
  mutation UpdateCreditor($id: ID!, $input: CreditorInput!) {
    updateCreditor(id: $id, input: $input) {
      ...CreditorSettingsFields
    }
  }
`);

/** A creditor after another screen (or API client) created or changed it. */
export const CREDITOR_CHANGED = graphql(`
  subscription CreditorChanged {
    creditorChanged {
      ...CreditorSettingsFields
    }
  }
`);

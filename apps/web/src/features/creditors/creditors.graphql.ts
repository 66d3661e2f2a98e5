import { graphql } from '../../gql';
import type { CreditorSettingsFieldsFragment } from '../../gql/graphql';

export type { ContactPolicyInput, PriorityWeightsInput } from '../../gql/graphql';

export type CreditorSettings = CreditorSettingsFieldsFragment;
export type PriorityWeights = CreditorSettings['priorityWeights'];
export type ContactPolicy = CreditorSettings['contactPolicy'];
export type ContactHours = ContactPolicy['contactHours'];
export type ContactWindow = ContactHours['weekdays'];
export type ReminderSpacing = ContactPolicy['reminderSpacingDays'][number];

export const CREDITOR_SETTINGS_FIELDS = graphql(`
  fragment CreditorSettingsFields on Creditor {
    id
    ref
    name
    country
    currency
    timeZone
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

export const RESET_CONTACT_POLICY = graphql(`
  mutation ResetCreditorContactPolicy($creditorId: ID!) {
    resetContactPolicy(creditorId: $creditorId) {
      ...CreditorSettingsFields
    }
  }
`);

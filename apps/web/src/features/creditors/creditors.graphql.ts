import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PriorityPartKey } from '@mahnwerk/domain';

/** A daily window 'HH:MM' to 'HH:MM' in the debtor's local time ('24:00' = midnight). */
export interface ContactWindow {
  from: string;
  to: string;
}

export interface ContactHours {
  weekdays: ContactWindow;
  saturday: ContactWindow | null;
  sunday: ContactWindow | null;
  holidays: ContactWindow | null;
}

export interface ReminderSpacing {
  country: string;
  days: number;
}

/** The policy in force for a creditor (its own settings, or the defaults when `isDefault`). */
export interface ContactPolicy {
  contactHours: ContactHours;
  maxAttemptsPer7Days: number;
  reminderSpacingDays: ReminderSpacing[];
  isDefault: boolean;
}

export type PriorityWeights = Record<PriorityPartKey, number> & { isDefault: boolean };

export interface CreditorSettings {
  id: string;
  ref: string;
  name: string;
  country: string;
  currency: string;
  timeZone: string;
  priorityWeights: PriorityWeights;
  contactPolicy: ContactPolicy;
}

export type PriorityWeightsInput = Record<PriorityPartKey, number>;

export interface ContactPolicyInput {
  contactHours: ContactHours;
  maxAttemptsPer7Days: number;
  reminderSpacingDays: ReminderSpacing[];
}

const CREDITOR_SETTINGS_FIELDS = gql`
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
`;

export const CREDITOR_SETTINGS: TypedDocumentNode<{ creditors: CreditorSettings[] }, Record<string, never>> = gql`
  query CreditorSettings {
    creditors {
      ...CreditorSettingsFields
    }
  }
  ${CREDITOR_SETTINGS_FIELDS}
`;

export const SET_PRIORITY_WEIGHTS: TypedDocumentNode<
  { setPriorityWeights: CreditorSettings },
  { creditorId: string; weights: PriorityWeightsInput }
> = gql`
  mutation SetCreditorPriorityWeights($creditorId: ID!, $weights: PriorityWeightsInput!) {
    setPriorityWeights(creditorId: $creditorId, weights: $weights) {
      ...CreditorSettingsFields
    }
  }
  ${CREDITOR_SETTINGS_FIELDS}
`;

export const RESET_PRIORITY_WEIGHTS: TypedDocumentNode<{ resetPriorityWeights: CreditorSettings }, { creditorId: string }> = gql`
  mutation ResetCreditorPriorityWeights($creditorId: ID!) {
    resetPriorityWeights(creditorId: $creditorId) {
      ...CreditorSettingsFields
    }
  }
  ${CREDITOR_SETTINGS_FIELDS}
`;

export const SET_CONTACT_POLICY: TypedDocumentNode<
  { setContactPolicy: CreditorSettings },
  { creditorId: string; policy: ContactPolicyInput }
> = gql`
  mutation SetCreditorContactPolicy($creditorId: ID!, $policy: ContactPolicyInput!) {
    setContactPolicy(creditorId: $creditorId, policy: $policy) {
      ...CreditorSettingsFields
    }
  }
  ${CREDITOR_SETTINGS_FIELDS}
`;

export const RESET_CONTACT_POLICY: TypedDocumentNode<{ resetContactPolicy: CreditorSettings }, { creditorId: string }> = gql`
  mutation ResetCreditorContactPolicy($creditorId: ID!) {
    resetContactPolicy(creditorId: $creditorId) {
      ...CreditorSettingsFields
    }
  }
  ${CREDITOR_SETTINGS_FIELDS}
`;

import { graphql } from '../gql';
import type { SessionUserFieldsFragment } from '../gql/graphql';

/** The signed-in user as the session keeps it. */
export type SessionUser = SessionUserFieldsFragment;

export const SESSION_USER_FIELDS = graphql(`
  fragment SessionUserFields on User {
    id
    email
    name
    role
    mustChangePassword
    language
  }
`);

export const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...SessionUserFields
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** Renews the session from the HttpOnly refresh cookie: a new access token and the user (no Authorization header needed). */
export const REFRESH_SESSION = graphql(`
  mutation RefreshSession {
    refreshSession {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const UPDATE_MY_PREFERENCES = graphql(`
  mutation UpdateMyPreferences($input: UpdateMyPreferencesInput!) {
    updateMyPreferences(input: $input) {
      ...SessionUserFields
    }
  }
`);

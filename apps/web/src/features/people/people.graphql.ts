import { graphql } from '../../gql';
import type { PersonFieldsFragment, PeopleQuery } from '../../gql/graphql';

export type Person = PersonFieldsFragment;
export type PeopleTeam = PeopleQuery['teams'][number];
export type PeopleCreditor = PeopleQuery['creditors'][number];

export const PERSON_FIELDS = graphql(`
  fragment PersonFields on User {
    id
    email
    name
    role
    team {
      id
      name
    }
    creditorIds
    creditors {
      id
      ref
      name
    }
    languages
    capacity
    active
    online
    mustChangePassword
  }
`);

export const PEOPLE = graphql(`
  query People {
    users {
      ...PersonFields
    }
    teams {
      id
      name
    }
    creditors {
      id
      ref
      name
    }
  }
`);

export const CREATE_USER = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...PersonFields
      }
      oneTimePassword
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation UpdateUser($userId: ID!, $input: UpdateUserInput!) {
    updateUser(userId: $userId, input: $input) {
      ...PersonFields
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      user {
        ...PersonFields
      }
      oneTimePassword
    }
  }
`);

export const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...PersonFields
    }
  }
`);

export const CREATE_TEAM = graphql(`
  mutation CreateTeam($name: String!) {
    createTeam(name: $name) {
      id
      name
    }
  }
`);

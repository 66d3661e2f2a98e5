import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SessionUser } from './graphql-types';

const SESSION_USER_FIELDS = gql`
  fragment SessionUserFields on User {
    id
    email
    name
    role
  }
`;

export const LOGIN: TypedDocumentNode<
  { login: { token: string; user: SessionUser } },
  { email: string; password: string }
> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
  ${SESSION_USER_FIELDS}
`;

export const ME: TypedDocumentNode<{ me: SessionUser }, Record<string, never>> = gql`
  query Me {
    me {
      ...SessionUserFields
    }
  }
  ${SESSION_USER_FIELDS}
`;

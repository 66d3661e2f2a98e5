import { useMutation } from '@apollo/client/react';
import { CHANGE_PASSWORD } from '../change-password.graphql';

/** Replaces the signed-in user's password (the server checks the current one and the policy). */
export function useChangePassword() {
  return useMutation(CHANGE_PASSWORD);
}

import { useMutation } from '@apollo/client/react';
import { CREATE_CASE } from '../intake.graphql';

/** Places one case (leads, admins); it joins the claimable pool at once. */
export function useCreateCase() {
  return useMutation(CREATE_CASE);
}

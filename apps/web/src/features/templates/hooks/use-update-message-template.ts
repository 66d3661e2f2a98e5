import { useMutation } from '@apollo/client/react';
import { MESSAGE_TEMPLATE_VERSIONS, MESSAGE_TEMPLATES, UPDATE_MESSAGE_TEMPLATE } from '../templates.graphql';

/** Saves an edit as the template's next version (admins); the list and the versions are read again. */
export function useUpdateMessageTemplate() {
  return useMutation(UPDATE_MESSAGE_TEMPLATE, { refetchQueries: [MESSAGE_TEMPLATES, MESSAGE_TEMPLATE_VERSIONS], awaitRefetchQueries: true });
}

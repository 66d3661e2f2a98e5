import { useMutation } from '@apollo/client/react';
import { CASE_DETAIL } from '../case.graphql';
import { CASE_MESSAGES, SEND_CASE_MESSAGE } from '../messages.graphql';

/** Sends the stage's e-mail or SMS template to the case's debtor; the messages and the timeline are read again. */
export function useSendCaseMessage() {
  return useMutation(SEND_CASE_MESSAGE, { refetchQueries: [CASE_MESSAGES, CASE_DETAIL], awaitRefetchQueries: true });
}

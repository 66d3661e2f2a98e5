import { useMutation } from '@apollo/client/react';
import { RECORD_RETURNED_MAIL } from '../returned-mail.graphql';

/** Records returned post; the case (letters held, timeline) and its returns are fetched again. */
export function useRecordReturnedMail() {
  return useMutation(RECORD_RETURNED_MAIL, { refetchQueries: ['CaseDetail', 'CaseReturnedMail'] });
}

import { useCallback } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { describeError, FALLBACK_MESSAGES, type DescribedError } from './describe-error';

const FALLBACK_TEXT = defineMessages({
  rejected: { id: 'ui.error.rejected', defaultMessage: 'The server rejected the request.' },
  server: { id: 'ui.error.server', defaultMessage: 'The server could not handle the request. Please try again.' },
  network: { id: 'ui.error.network', defaultMessage: 'Cannot reach the server. Check your connection and try again.' },
  unknown: { id: 'ui.error.unknown', defaultMessage: 'Something went wrong.' },
});

/**
 * describeError in the workbench language: the server writes its messages in the caller's language
 * already (Accept-Language); what the app says itself when the server could not answer is translated here.
 */
export function useDescribeError(): (error: unknown) => DescribedError {
  const intl = useIntl();
  return useCallback(
    (error: unknown) => {
      const described = describeError(error);
      const fallback = (Object.keys(FALLBACK_MESSAGES) as (keyof typeof FALLBACK_MESSAGES)[]).find((k) => FALLBACK_MESSAGES[k] === described.message);
      return fallback ? { ...described, message: intl.formatMessage(FALLBACK_TEXT[fallback]) } : described;
    },
    [intl],
  );
}

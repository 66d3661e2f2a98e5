import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type SignInError = 'wrong' | 'rateLimited' | 'required' | 'other';

/** What went wrong: a wrong link or postcode (one answer for both), too many tries, or anything else. */
export function signInError(error: unknown): SignInError {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.code);
    if (codes.includes('RATE_LIMITED')) return 'rateLimited';
    if (codes.includes('UNAUTHENTICATED')) return 'wrong';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429 || error.bodyText.includes('RATE_LIMITED')) return 'rateLimited';
    if (error.statusCode === 401 || error.bodyText.includes('UNAUTHENTICATED')) return 'wrong';
  }
  return 'other';
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { signInError } from './sign-in-error';

const graphQLError = (code: string) => new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code } }] });

describe('sign-in errors', () => {
  it('tells a wrong link or postcode (one answer for both) from too many tries', () => {
    expect(signInError(graphQLError('UNAUTHENTICATED'))).toBe('wrong');
    expect(signInError(graphQLError('RATE_LIMITED'))).toBe('rateLimited');
    expect(signInError(graphQLError('INTERNAL_SERVER_ERROR'))).toBe('other');
    expect(signInError(new TypeError('Failed to fetch'))).toBe('other');
  });
});

import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('keeps the code and message of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Case 42 was changed by someone else', extensions: { code: 'CONFLICT' } }],
    });
    expect(describeError(error)).toEqual({ code: 'CONFLICT', message: 'Case 42 was changed by someone else' });
  });

  it('unwraps a GraphQL body sent with an HTTP error status', () => {
    const body = JSON.stringify({ errors: [{ message: 'amountCents must be positive', extensions: { code: 'BAD_USER_INPUT' } }] });
    const error = new ServerError('Response not successful', {
      response: new Response(body, { status: 400 }),
      bodyText: body,
    });
    expect(describeError(error)).toEqual({ code: 'BAD_USER_INPUT', message: 'amountCents must be positive' });
  });

  it('falls back to a plain message', () => {
    expect(describeError(new Error('boom'))).toEqual({ code: null, message: 'boom' });
    expect(describeError(undefined)).toEqual({ code: null, message: 'Something went wrong.' });
  });
});

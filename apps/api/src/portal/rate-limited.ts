import { GraphQLError } from 'graphql';

/**
 * Too many failed portal sign-ins: `extensions.code = "RATE_LIMITED"`, and HTTP status 429 (Apollo
 * Server takes the status from `extensions.http` and leaves it out of the answer).
 */
export function rateLimited(windowMinutes: number): GraphQLError {
  return new GraphQLError(`Too many tries. Please wait ${windowMinutes} minutes and try again.`, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429 } },
  });
}

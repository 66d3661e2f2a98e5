import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { PortalSessionStore } from './portal-session';

/** The portal's own client: only the portal token travels with its requests, never the staff one. */
export function createPortalClient(session: PortalSessionStore): ApolloClient {
  const authLink = new SetContextLink((prevContext) => {
    const token = session.token();
    return { headers: { ...prevContext.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });

  // An expired session (30 minutes without a request): back to the sign-in form with a kind word.
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'PortalSignIn') return;
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated) session.clear('expired');
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { portalCase: { merge: false } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

import type { ApolloServerPlugin } from '@apollo/server';

/** Error codes whose answers carry an HTTP status other than 200. */
const STATUS_OF_CODE: Readonly<Record<string, number>> = { RATE_LIMITED: 429 };

/**
 * Sets the HTTP status of an answer whose errors carry a code with a status of its own (RATE_LIMITED:
 * 429), so clients and proxies see it without reading the body. Other codes keep GraphQL's 200.
 */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const status = (response.body.singleResult.errors ?? [])
            .map((e) => STATUS_OF_CODE[String(e.extensions?.code ?? '')])
            .find((s): s is number => s !== undefined);
          if (status) response.http.status = status;
        },
      };
    },
  };
}

import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** What a person sees for a failed operation: the server's `extensions.code` and its message. */
export interface DescribedError {
  code: string | null;
  message: string;
}

/** What the app says when the server gave no message of its own (translated where shown: describe-error-text.ts). */
export const FALLBACK_MESSAGES = {
  rejected: 'The server rejected the request.',
  server: 'The server could not handle the request. Please try again.',
  network: 'Cannot reach the server. Check your connection and try again.',
  unknown: 'Something went wrong.',
} as const;

interface FormattedErrorLike {
  message?: unknown;
  extensions?: { code?: unknown } | null;
}

function fromFormatted(errors: readonly FormattedErrorLike[]): DescribedError | null {
  const first = errors[0];
  if (!first) return null;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : null;
  const messages = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).filter(Boolean);
  return { code, message: [...new Set(messages)].join(' · ') || FALLBACK_MESSAGES.rejected };
}

/**
 * Normalises anything an Apollo hook or `client.mutate` can throw. GraphQL errors keep their code;
 * an HTTP error whose body is a GraphQL response (e.g. 400 with `errors`) is unwrapped the same way.
 */
export function describeError(error: unknown): DescribedError {
  if (CombinedGraphQLErrors.is(error)) {
    return fromFormatted(error.errors) ?? { code: null, message: error.message };
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedErrorLike[] };
      if (Array.isArray(body.errors)) {
        const described = fromFormatted(body.errors);
        if (described) return described;
      }
    } catch {
      /* not JSON: fall through */
    }
    return { code: `HTTP_${error.statusCode}`, message: FALLBACK_MESSAGES.server };
  }
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) {
    return { code: 'NETWORK', message: FALLBACK_MESSAGES.network };
  }
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') {
    return { code: null, message: error.message };
  }
  return { code: null, message: FALLBACK_MESSAGES.unknown };
}

export function errorCode(error: unknown): string | null {
  return describeError(error).code;
}

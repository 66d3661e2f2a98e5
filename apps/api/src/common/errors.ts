import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/** An error a client can act on: `extensions.code` says what kind, the message says what to do. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const unauthenticated = (message = 'Sign in first: this needs a valid token.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: string, extra: Record<string, unknown> = {}) => new AppError('FORBIDDEN', message, extra);
export const notFound = (what: string, id: string) => new AppError('NOT_FOUND', `${what} ${id} does not exist.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/**
 * Too many attempts: `extensions.code = "RATE_LIMITED"` and `extensions.retryAfter` (seconds); the answer's
 * HTTP status is 429 (common/http-status.plugin.ts).
 */
export const rateLimited = (retryAfterSeconds: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError('RATE_LIMITED', `Too many sign-in attempts. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`, { retryAfter: seconds });
};

const HTTP_OF_CODE: Readonly<Record<ErrorCode, { status: number; error: string }>> = {
  BAD_USER_INPUT: { status: 400, error: 'Bad Request' },
  UNAUTHENTICATED: { status: 401, error: 'Unauthorized' },
  FORBIDDEN: { status: 403, error: 'Forbidden' },
  NOT_FOUND: { status: 404, error: 'Not Found' },
  CONFLICT: { status: 409, error: 'Conflict' },
  RATE_LIMITED: { status: 429, error: 'Too Many Requests' },
};

/**
 * An AppError as an HTTP route answers it: the status for its code and a body with the same `code`
 * and message as GraphQL would give (`{ statusCode, error, code, message }`); anything else unchanged.
 */
export function httpErrorOf(e: unknown): unknown {
  if (!(e instanceof AppError)) return e;
  const code = e.extensions.code as ErrorCode;
  const http = HTTP_OF_CODE[code] ?? HTTP_OF_CODE.BAD_USER_INPUT;
  return new HttpException({ statusCode: http.status, error: http.error, code, message: e.message, ...(e.extensions.field ? { field: e.extensions.field } : {}) }, http.status);
}

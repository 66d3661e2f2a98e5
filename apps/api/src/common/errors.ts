import { HttpException } from '@nestjs/common';
import { fill, textIn, type LocalizedText, type TextLanguage } from '@mahnwerk/domain';
import { GraphQLError } from 'graphql';
import { ERROR_TEXTS } from './errors.i18n.js';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/** A message in every language, or English only (a plain string) where it has no translation yet. */
export type ErrorMessage = string | LocalizedText;

/**
 * An error a client can act on: `extensions.code` says what kind, the message says what to do. The
 * message is English; `texts` holds it in every language, and the error filter answers in the
 * caller's (`in(language)`).
 */
export class AppError extends GraphQLError {
  readonly texts: LocalizedText | null;

  constructor(code: ErrorCode, message: ErrorMessage, extra: Record<string, unknown> = {}) {
    super(textIn(message, 'en'), { extensions: { code, ...extra } });
    this.texts = typeof message === 'string' ? null : message;
  }

  /** The same error with its message in `language` (itself when it has no translation). */
  in(language: TextLanguage): AppError {
    if (!this.texts || language === 'en') return this;
    return new AppError(this.extensions.code as ErrorCode, this.texts[language], this.extensions);
  }
}

export const badInput = (message: ErrorMessage, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const unauthenticated = (message: ErrorMessage = ERROR_TEXTS.signInFirst) =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message: ErrorMessage, extra: Record<string, unknown> = {}) => new AppError('FORBIDDEN', message, extra);
/** `what` names the kind of thing ("Case"), in every language where the caller gives it so. */
export const notFound = (what: ErrorMessage, id: string) =>
  new AppError('NOT_FOUND', fill(ERROR_TEXTS.notFound, { what: typeof what === 'string' ? thingNamed(what) : what, id }));
export const conflict = (message: ErrorMessage, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);
/**
 * Too many attempts: `extensions.code = "RATE_LIMITED"` and `extensions.retryAfter` (seconds); the answer's
 * HTTP status is 429 (common/http-status.plugin.ts).
 */
export const rateLimited = (retryAfterSeconds: number) => {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError('RATE_LIMITED', fill(seconds === 1 ? ERROR_TEXTS.rateLimitedOne : ERROR_TEXTS.rateLimited, { seconds }), { retryAfter: seconds });
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
  const body = { statusCode: http.status, error: http.error, code, message: e.message, ...(e.extensions.field ? { field: e.extensions.field } : {}) };
  return new AppHttpError(body, http.status, e.texts);
}

/** An AppError on an HTTP route: the error filter puts its message in the language the request asks for. */
export class AppHttpError extends HttpException {
  constructor(
    private readonly body: { message: string } & Record<string, unknown>,
    status: number,
    readonly texts: LocalizedText | null,
  ) {
    super(body, status);
  }

  bodyIn(language: TextLanguage): Record<string, unknown> {
    return this.texts ? { ...this.body, message: this.texts[language] } : this.body;
  }
}

/** The kind of thing an English `notFound` names, in every language where it is one the API knows. */
function thingNamed(what: string): LocalizedText {
  return ERROR_TEXTS.things[what as keyof typeof ERROR_TEXTS.things] ?? { en: what, de: what, da: what };
}

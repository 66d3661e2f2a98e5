import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { RuleViolation, type TextLanguage } from '@mahnwerk/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { AppError, AppHttpError, badInput } from './errors.js';
import { ERROR_TEXTS } from './errors.i18n.js';
import { databaseErrorOf, describeDatabaseError } from './database-errors.js';
import { DEFAULT_LANGUAGE, languageOfHeader, type LanguageContext } from './request-language.js';

const PG_INVALID_TEXT = '22P02';
const PG_CHECK_VIOLATION = '23514';
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION = '40001';


/**
 * Maps what escapes a resolver to an error with `extensions.code`; unknown faults stay opaque. A
 * database error never reaches the client with its own text (SQL, constraint or column names): the
 * log gets its code and constraint, the answer a message of ours. Messages come in the caller's
 * language (GraphQL: the context's, from Accept-Language or the socket's connectionParams; HTTP routes:
 * the request's Accept-Language).
 */
@Catch()
export class GraphQLErrorsFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host?: ArgumentsHost): GraphQLError | undefined {
    if (host?.getType() === 'http') return this.answerHttp(exception, host);
    const language = host ? (GqlArgumentsHost.create(host).getContext<LanguageContext | undefined>()?.language ?? DEFAULT_LANGUAGE) : DEFAULT_LANGUAGE;
    const error = this.graphQLErrorOf(exception, language);
    return error instanceof AppError ? error.in(language) : error;
  }

  private graphQLErrorOf(exception: unknown, language: TextLanguage): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof RuleViolation) return badInput(exception.texts ?? exception.message, exception.field);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 401) return new AppError('UNAUTHENTICATED', exception.message);
      if (status === 403) return new AppError('FORBIDDEN', exception.message);
      if (status === 404) return new AppError('NOT_FOUND', exception.message);
      if (status === 409) return new AppError('CONFLICT', exception.message);
      if (status < 500) return new AppError('BAD_USER_INPUT', exception.message);
    }
    const database = databaseErrorOf(exception);
    if (database) {
      this.logger.warn(`Database refused an operation: ${describeDatabaseError(database)}`);
      if (database.code === PG_INVALID_TEXT || database.code === PG_CHECK_VIOLATION) {
        return new AppError('BAD_USER_INPUT', ERROR_TEXTS.valueNotAllowed);
      }
      if (database.code === PG_UNIQUE_VIOLATION || database.code === PG_SERIALIZATION) {
        return new AppError('CONFLICT', ERROR_TEXTS.changedAtTheSameMoment);
      }
      return new GraphQLError(ERROR_TEXTS.internal[language], { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError(ERROR_TEXTS.internal[language], { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  /**
   * An HTTP route (documents, uploads, CSV) and Fastify's own errors (a body too large, malformed JSON,
   * which Nest maps to HttpExceptions): their status and message; anything else a bare 500.
   */
  private answerHttp(exception: unknown, host: ArgumentsHost): undefined {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return undefined;
    const language = languageOfHeader(host.switchToHttp().getRequest<FastifyRequest | undefined>()?.headers['accept-language']);
    if (exception instanceof AppHttpError) {
      void reply.code(exception.getStatus()).send(exception.bodyIn(language));
      return undefined;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      void reply.code(exception.getStatus()).send(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return undefined;
    }
    const database = databaseErrorOf(exception);
    if (database) this.logger.error(`Database error on an HTTP route: ${describeDatabaseError(database)}`);
    else this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: ERROR_TEXTS.internal[language] });
    return undefined;
  }
}

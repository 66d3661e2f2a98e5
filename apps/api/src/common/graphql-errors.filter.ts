import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { AppError } from './errors.js';
import { databaseErrorOf, describeDatabaseError } from './database-errors.js';

const PG_INVALID_TEXT = '22P02';
const PG_CHECK_VIOLATION = '23514';
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION = '40001';

const INTERNAL = 'Internal error; it has been logged.';

/**
 * Maps what escapes a resolver to an error with `extensions.code`; unknown faults stay opaque. A
 * database error never reaches the client with its own text (SQL, constraint or column names): the
 * log gets its code and constraint, the answer a message of ours.
 */
@Catch()
export class GraphQLErrorsFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host?: ArgumentsHost): GraphQLError | undefined {
    if (host?.getType() === 'http') return this.answerHttp(exception, host);
    if (exception instanceof GraphQLError) return exception;
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
        return new AppError('BAD_USER_INPUT', 'A value is not allowed here; check the input.');
      }
      if (database.code === PG_UNIQUE_VIOLATION || database.code === PG_SERIALIZATION) {
        return new AppError('CONFLICT', 'Someone changed the same data at the same moment; try again.');
      }
      return new GraphQLError(INTERNAL, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError(INTERNAL, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }

  /**
   * An HTTP route (documents, uploads, CSV) and Fastify's own errors (a body too large, malformed JSON,
   * which Nest maps to HttpExceptions): their status and message; anything else a bare 500.
   */
  private answerHttp(exception: unknown, host: ArgumentsHost): undefined {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.sent) return undefined;
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      void reply.code(exception.getStatus()).send(typeof body === 'string' ? { statusCode: exception.getStatus(), message: body } : body);
      return undefined;
    }
    const database = databaseErrorOf(exception);
    if (database) this.logger.error(`Database error on an HTTP route: ${describeDatabaseError(database)}`);
    else this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: INTERNAL });
    return undefined;
  }
}

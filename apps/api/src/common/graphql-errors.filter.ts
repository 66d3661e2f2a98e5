import { Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from './errors.js';

const PG_INVALID_TEXT = '22P02';
const PG_CHECK_VIOLATION = '23514';
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION = '40001';

/** Maps what escapes a resolver to an error with `extensions.code`; unknown faults stay opaque. */
@Catch()
export class GraphQLErrorsFilter implements GqlExceptionFilter, ExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown): GraphQLError {
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 401) return new AppError('UNAUTHENTICATED', exception.message);
      if (status === 403) return new AppError('FORBIDDEN', exception.message);
      if (status === 404) return new AppError('NOT_FOUND', exception.message);
      if (status === 409) return new AppError('CONFLICT', exception.message);
      if (status < 500) return new AppError('BAD_USER_INPUT', exception.message);
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string }).code;
      if (code === PG_INVALID_TEXT || code === PG_CHECK_VIOLATION) {
        return new AppError('BAD_USER_INPUT', `The database refused a value: ${exception.driverError.message}`);
      }
      if (code === PG_UNIQUE_VIOLATION || code === PG_SERIALIZATION) {
        return new AppError('CONFLICT', 'Someone changed the same data at the same moment; try again.');
      }
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return new GraphQLError('Internal error; it has been logged.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

/** What a database error carries that is safe to log: its SQLSTATE code and the constraint's name, never values. */
export interface DatabaseFault {
  code: string;
  constraint?: string;
}

/** The PostgreSQL error behind `error` (TypeORM's QueryFailedError or pg's own DatabaseError), if any. */
export function databaseErrorOf(error: unknown): DatabaseFault | null {
  const driver = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (!driver || typeof driver !== 'object') return null;
  const { code, constraint, severity } = driver as { code?: unknown; constraint?: unknown; severity?: unknown };
  // pg's DatabaseError has a SQLSTATE (5 characters) and a severity; Node's own errors have neither.
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code) || (typeof severity !== 'string' && !(error instanceof QueryFailedError))) return null;
  return { code, ...(typeof constraint === 'string' ? { constraint } : {}) };
}

export function describeDatabaseError(fault: DatabaseFault): string {
  return fault.constraint ? `SQLSTATE ${fault.code} (constraint ${fault.constraint})` : `SQLSTATE ${fault.code}`;
}

/**
 * Fastify's own errors (before a route's handler runs: a body too large, malformed JSON) keep their
 * status and message; anything else answers a bare 500, so no database or stack text reaches a client.
 */
export function httpErrorHandler(this: unknown, error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  if (status < 500 && !databaseErrorOf(error)) {
    void reply.code(status).send({ statusCode: status, code: error.code, error: error.name, message: error.message });
    return;
  }
  const fault = databaseErrorOf(error);
  request.log.error(fault ? `Database error: ${describeDatabaseError(fault)}` : (error.stack ?? error.message));
  void reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal error; it has been logged.' });
}

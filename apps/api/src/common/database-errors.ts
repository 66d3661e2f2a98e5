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

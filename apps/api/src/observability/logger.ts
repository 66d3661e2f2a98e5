import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import type { LogLevelName } from '../config/config.js';

/** The header a request id arrives in (from a proxy) and is echoed in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id a proxy may hand on: short, without spaces or quotes; anything else gets a new one. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request being served, for log lines written while serving it (a service's `Logger`): set by
 * the server's first request hook, read by `NestPinoLogger`, which adds it as `reqId` like Fastify's
 * own request lines.
 */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const PINO_LEVEL: Record<LogLevelName, Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug' };

/**
 * The process's one logger: JSON lines through pino, shared by Fastify (request logs) and Nest
 * (`new Logger(...)` in services, through `NestPinoLogger`). Requests are logged by method, path
 * and status only: no headers (the Authorization token), no query string or body (GraphQL
 * variables carry e-mails, names, passwords), no client address. `redact` is the second line of
 * defence for objects a caller logs on purpose.
 */
export function createLogger(level: LogLevelName, destination?: DestinationStream): Logger {
  const options = {
    level: PINO_LEVEL[level],
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    // "level":"warn" rather than pino's 40: read by people as often as by machines.
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({ method: req.method, path: pathOnly(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
    redact: {
      paths: [
        'req.headers', 'headers', '*.headers', 'authorization', '*.authorization', 'password', '*.password',
        'token', '*.token', 'email', '*.email', 'variables', '*.variables', 'body', '*.body',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The request id: the caller's `x-request-id` when it looks like one, otherwise a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
}

function pathOnly(url: string | undefined): string | undefined {
  return url?.split('?')[0];
}

/** Nest's `LoggerService` writing into the pino logger, with Nest's context as a field. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes `(message, context)`, errors `(message, stack, context)`; the last string is the context. */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = level === 'error' && rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const reqId = requestContext.getStore()?.requestId;
    const fields = { context, ...(reqId ? { reqId } : {}) };
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'string') {
      this.pino[level]({ ...fields, ...(stack ? { stack } : {}) }, message);
    } else {
      this.pino[level]({ ...fields, detail: message });
    }
  }
}

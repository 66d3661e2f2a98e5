import { Logger } from '@nestjs/common';
import pg from 'pg';

const logger = new Logger('Database');

/**
 * The pool's connection class. A connection the server ends while it is checked out between two
 * statements (a restart, a failover, the database dropped) emits 'error' with no query to take it;
 * unheard, that event would end the process. Here it is logged, and the next query on it fails.
 */
export class LoggedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', (error: Error) => logger.warn(`A database connection was lost: ${error.message}`));
  }
}

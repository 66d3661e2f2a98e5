import type { EntityManager } from 'typeorm';

/** What a repository statement runs on: the data source, or a transaction's entity manager. */
export type Queryable = Pick<EntityManager, 'query'>;

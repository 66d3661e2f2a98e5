import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { CreditorModel } from '../creditors/creditor.model.js';
import type { Queryable } from '../database/queryable.js';
import type { CreditorStrategyRow } from './transitions.js';

const RUN_LOCK = 'mahnwerk:dunning-run';

interface DunningRunRow {
  id: string;
  as_of: string;
  status: 'RUNNING' | 'DONE';
  started_by: string | null;
  started_at: Date;
  finished_at: Date | null;
  advanced: number;
  fees_charged: number;
  letters: number;
  emails: number;
  promises_broken: number;
}

/** A dunning run: once per date, with what it did. */
export interface DunningRunRecord {
  id: string;
  asOf: string;
  status: 'RUNNING' | 'DONE';
  advanced: number;
  feesCharged: number;
  letters: number;
  emails: number;
  promisesBroken: number;
  startedAt: Date;
  finishedAt: Date | null;
}

const toRun = (row: DunningRunRow): DunningRunRecord => ({
  id: row.id, asOf: row.as_of, status: row.status, advanced: row.advanced, feesCharged: row.fees_charged,
  letters: row.letters, emails: row.emails, promisesBroken: row.promises_broken,
  startedAt: row.started_at, finishedAt: row.finished_at,
});

interface CreditorRow extends CreditorStrategyRow {
  ref: string;
  name: string;
  currency: string;
  time_zone: string;
}

/** A creditor with its stored strategy (null: its country's default). */
export interface CreditorStrategyRecord {
  creditor: CreditorModel;
  row: CreditorStrategyRow;
}

const toCreditorStrategy = (r: CreditorRow): CreditorStrategyRecord => ({
  creditor: { id: r.id, ref: r.ref, name: r.name, country: r.country, currency: r.currency, timeZone: r.time_zone },
  row: { id: r.id, country: r.country, dunning_strategy: r.dunning_strategy, letter_language: r.letter_language },
});

/** Dunning runs and the creditors' strategies (a case's step: dunning-step.repository.ts; the set-based statements: dunning-run.repository.ts). */
@Injectable()
export class DunningRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Waits for the run lock on `session`, a connection of its own: one run at a time across every API instance. */
  async lockRuns(session: Queryable): Promise<void> {
    await session.query('SELECT pg_advisory_lock(hashtext($1))', [RUN_LOCK]);
  }

  async unlockRuns(session: Queryable): Promise<void> {
    await session.query('SELECT pg_advisory_unlock(hashtext($1))', [RUN_LOCK]);
  }

  /** The run of `asOf`, opened by `startedBy` if there was none (in `tx` when given: the preview's rolled-back transaction). */
  async openRun(asOf: IsoDate, startedBy: string | null, tx: Queryable = this.db): Promise<DunningRunRecord> {
    await tx.query('INSERT INTO dunning_runs (as_of, started_by) VALUES ($1, $2) ON CONFLICT (as_of) DO NOTHING', [asOf, startedBy]);
    const [row]: DunningRunRow[] = await tx.query('SELECT * FROM dunning_runs WHERE as_of = $1', [asOf]);
    return toRun(row!);
  }

  /** A savepoint in the preview's transaction: each case's step is undone alone when it fails, as a run's per-case transaction. */
  async savepoint(tx: Queryable, action: 'SET' | 'RELEASE' | 'ROLLBACK'): Promise<void> {
    const sql = { SET: 'SAVEPOINT preview_case', RELEASE: 'RELEASE SAVEPOINT preview_case', ROLLBACK: 'ROLLBACK TO SAVEPOINT preview_case' };
    await tx.query(sql[action]);
  }

  /** The date of the latest finished run; null before the first. */
  async lastFinishedAsOf(tx: Queryable = this.db): Promise<IsoDate | null> {
    const [row]: { as_of: string | null }[] = await tx.query(`SELECT max(as_of)::text AS as_of FROM dunning_runs WHERE status = 'DONE'`);
    return row?.as_of ?? null;
  }

  async run(id: string, tx: Queryable = this.db): Promise<DunningRunRecord> {
    const [row]: DunningRunRow[] = await tx.query('SELECT * FROM dunning_runs WHERE id = $1', [id]);
    return toRun(row!);
  }

  /** The latest runs, newest date first. */
  async runs(limit: number): Promise<DunningRunRecord[]> {
    const rows: DunningRunRow[] = await this.db.query('SELECT * FROM dunning_runs ORDER BY as_of DESC LIMIT $1', [limit]);
    return rows.map(toRun);
  }

  /** Marks the run done; returns it with its final counts. */
  async finishRun(tx: Queryable, id: string): Promise<DunningRunRecord> {
    await tx.query(`UPDATE dunning_runs SET status = 'DONE', finished_at = now() WHERE id = $1`, [id]);
    return this.run(id, tx);
  }

  /** The transaction's steps state their KPI collector, a NULL one included: the events trigger looks up none. */
  async stepsStateTheirCollector(tx: Queryable): Promise<void> {
    await tx.query(`SELECT set_config('mahnwerk.event_collectors_given', 'on', true)`);
  }

  /** The transaction writes the promises' KPI read-model rows itself (the promises trigger leaves them). */
  async promisesInReadModels(tx: Queryable): Promise<void> {
    await tx.query(`SELECT set_config('mahnwerk.promises_in_read_models', 'on', true)`);
  }

  /** Every creditor with its stored strategy, by name. */
  async creditorStrategies(): Promise<CreditorStrategyRecord[]> {
    const rows: CreditorRow[] = await this.db.query(
      'SELECT id, ref, name, country, currency, time_zone, dunning_strategy, letter_language FROM creditors ORDER BY name',
    );
    return rows.map(toCreditorStrategy);
  }

  /** The largest total principal of one case: the fee bands must reach it. */
  async largestCasePrincipal(): Promise<number> {
    const [row]: { max: number }[] = await this.db.query(
      'SELECT coalesce(max(total), 0)::bigint AS max FROM (SELECT sum(principal_cents) AS total FROM claims GROUP BY case_id) t',
    );
    return row!.max;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseStatus } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';
import type { CurrencyLoad } from './collector-loads.js';

interface MovingCaseRow {
  id: string;
  version: number;
  status: CaseStatus;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_team_id: string | null;
  creditor_id: string;
  creditor_name: string;
  debtor_name: string;
  currency: string;
  open_cents: number | string;
}

/** A case named in a bulk move, with what its checks and its load shift need. */
export interface MovingCase {
  id: string;
  version: number;
  status: CaseStatus;
  assigneeId: string | null;
  assigneeName: string | null;
  assigneeTeamId: string | null;
  creditorId: string;
  creditorName: string;
  debtorName: string;
  currency: string;
  openCents: number;
}

const toMovingCase = (r: MovingCaseRow): MovingCase => ({
  id: r.id, version: r.version, status: r.status, assigneeId: r.assignee_id, assigneeName: r.assignee_name,
  assigneeTeamId: r.assignee_team_id, creditorId: r.creditor_id, creditorName: r.creditor_name, debtorName: r.debtor_name,
  currency: r.currency, openCents: Number(r.open_cents),
});

interface CurrencyLoadRow {
  assignee_id: string;
  currency: string;
  size: number;
  open_cents: number | string;
}

const toCurrencyLoad = (r: CurrencyLoadRow): CurrencyLoad => ({
  collectorId: r.assignee_id, currency: r.currency, size: r.size, openCents: Number(r.open_cents),
});

interface OrphanRow {
  id: string;
  last_activity_at: Date | null;
}

/** An orphan on a page: the case id and its last activity. */
export interface OrphanRecord {
  caseId: string;
  lastActivityAt: Date | null;
}

/** Open, unassigned, nothing scheduled, no activity after $1. */
const ORPHANS_WHERE = `
  FROM cases c
 WHERE c.status = 'OPEN' AND c.assignee_id IS NULL AND c.next_action_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.case_id = c.id AND a.occurred_at > $1)`;

/** The statements of a team lead's steering: bulk moves, the loads they shift, the orphans. */
@Injectable()
export class TeamMovesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The named cases in id order; `lock` takes their row locks in that order, so two bulk moves cannot deadlock. */
  async movingCases(caseIds: string[], lock: boolean, tx: Queryable): Promise<MovingCase[]> {
    const rows: MovingCaseRow[] = await tx.query(
      `SELECT c.id, c.version, c.status, c.assignee_id, u.name AS assignee_name, u.team_id AS assignee_team_id,
              c.creditor_id, cr.name AS creditor_name, d.name AS debtor_name, c.currency, c.open_cents
         FROM cases c
         JOIN creditors cr ON cr.id = c.creditor_id
         JOIN debtors d ON d.id = c.debtor_id
         LEFT JOIN users u ON u.id = c.assignee_id
        WHERE c.id = ANY($1)
        ORDER BY c.id${lock ? '\n          FOR UPDATE OF c' : ''}`,
      [caseIds],
    );
    return rows.map(toMovingCase);
  }

  /** The collectors' queues per currency: size and open balance. */
  async currencyLoads(collectorIds: string[], tx: Queryable): Promise<CurrencyLoad[]> {
    if (!collectorIds.length) return [];
    const rows: CurrencyLoadRow[] = await tx.query(
      `SELECT assignee_id, currency, count(*)::int AS size, sum(open_cents)::bigint AS open_cents
         FROM cases WHERE assignee_id = ANY($1) GROUP BY assignee_id, currency`,
      [collectorIds],
    );
    return rows.map(toCurrencyLoad);
  }

  /** How many orphans there are: cases with no activity after `idleSince` and nobody holding or scheduling them. */
  async orphanCount(idleSince: Date): Promise<number> {
    const [row]: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total ${ORPHANS_WHERE}`, [idleSince]);
    return row.total;
  }

  /** One page of orphans, highest priority first, with each one's last activity. */
  async orphanPage(idleSince: Date, limit: number, offset: number): Promise<OrphanRecord[]> {
    const rows: OrphanRow[] = await this.db.query(
      `SELECT c.id, (SELECT max(a.occurred_at) FROM activities a WHERE a.case_id = c.id) AS last_activity_at
         ${ORPHANS_WHERE}
        ORDER BY c.priority DESC, c.id
        LIMIT $2 OFFSET $3`,
      [idleSince, limit, offset],
    );
    return rows.map((r) => ({ caseId: r.id, lastActivityAt: r.last_activity_at }));
  }
}

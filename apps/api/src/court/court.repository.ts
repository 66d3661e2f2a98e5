import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeDunningCourt, type CentralDunningCourt, type IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

/** A court_proceedings row as stored (the audit trail records it as is). */
export interface CourtProceedingRow {
  case_id: string;
  applied_on: string;
  court: CentralDunningCourt | null;
  order_served_on: string | null;
  objection_deadline: string | null;
  objection_filed_on: string | null;
  enforcement_application_deadline: string | null;
  enforcement_applied_on: string | null;
  enforcement_served_on: string | null;
  enforcement_objection_deadline: string | null;
  enforcement_objection_filed_on: string | null;
  updated_at: Date;
}

/** Where a case's court dunning procedure stands, with its deadlines. */
export interface CourtProceeding {
  appliedOn: IsoDate;
  court: CentralDunningCourt | null;
  courtName: string | null;
  orderServedOn: IsoDate | null;
  objectionDeadline: IsoDate | null;
  objectionFiledOn: IsoDate | null;
  enforcementApplicationDeadline: IsoDate | null;
  enforcementAppliedOn: IsoDate | null;
  enforcementServedOn: IsoDate | null;
  enforcementObjectionDeadline: IsoDate | null;
  enforcementObjectionFiledOn: IsoDate | null;
}

export const toCourtProceeding = (r: CourtProceedingRow): CourtProceeding => ({
  appliedOn: r.applied_on, court: r.court, courtName: r.court ? describeDunningCourt(r.court) : null, orderServedOn: r.order_served_on, objectionDeadline: r.objection_deadline,
  objectionFiledOn: r.objection_filed_on, enforcementApplicationDeadline: r.enforcement_application_deadline,
  enforcementAppliedOn: r.enforcement_applied_on, enforcementServedOn: r.enforcement_served_on,
  enforcementObjectionDeadline: r.enforcement_objection_deadline, enforcementObjectionFiledOn: r.enforcement_objection_filed_on,
});

/** The fields a later step of the procedure sets (every one a date column). */
export type CourtProceedingChange = Partial<Omit<CourtProceeding, 'appliedOn' | 'courtName'>>;

const COLUMNS: Readonly<Record<keyof CourtProceedingChange, string>> = {
  court: 'court',
  orderServedOn: 'order_served_on',
  objectionDeadline: 'objection_deadline',
  objectionFiledOn: 'objection_filed_on',
  enforcementApplicationDeadline: 'enforcement_application_deadline',
  enforcementAppliedOn: 'enforcement_applied_on',
  enforcementServedOn: 'enforcement_served_on',
  enforcementObjectionDeadline: 'enforcement_objection_deadline',
  enforcementObjectionFiledOn: 'enforcement_objection_filed_on',
};

/** The court dunning procedure of cases and what recording one of its steps writes to the case. */
@Injectable()
export class CourtRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A case's procedure; `lock` takes its row lock for a change in the caller's transaction. */
  async proceedingOfCase(caseId: string, tx: Queryable = this.db, lock = false): Promise<CourtProceedingRow | null> {
    const [row]: CourtProceedingRow[] = await tx.query(
      `SELECT * FROM court_proceedings WHERE case_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [caseId],
    );
    return row ?? null;
  }

  /** Opens the procedure with the application for the court dunning order. */
  async insertProceeding(
    tx: Queryable, caseId: string, appliedOn: IsoDate, court: CentralDunningCourt | null,
  ): Promise<CourtProceedingRow> {
    const [row]: CourtProceedingRow[] = await tx.query(
      'INSERT INTO court_proceedings (case_id, applied_on, court) VALUES ($1, $2, $3) RETURNING *',
      [caseId, appliedOn, court],
    );
    return row!;
  }

  /** Records a later step of the procedure (its dates and the deadlines it starts). */
  async updateProceeding(tx: Queryable, caseId: string, change: CourtProceedingChange): Promise<CourtProceedingRow> {
    const fields = (Object.keys(change) as (keyof CourtProceedingChange)[]).filter((k) => change[k] !== undefined);
    // The column names come from COLUMNS, never from input.
    const [[row]]: [CourtProceedingRow[], number] = await tx.query(
      `UPDATE court_proceedings SET ${fields.map((k, i) => `${COLUMNS[k]} = $${i + 2}`).join(', ')}, updated_at = now()
        WHERE case_id = $1 RETURNING *`,
      [caseId, ...fields.map((k) => change[k])],
    );
    return row!;
  }

  /**
   * The case goes to legal (unless closed, then it keeps its status), leaves its collector, enters the
   * court stage when `enteringCourt` (on `on`), waits for `nextDeadline`, and a case that goes to legal
   * now closes on `closingDay`.
   */
  async moveCaseToCourt(
    tx: Queryable,
    c: { caseId: string; enteringCourt: boolean; nextDeadline: IsoDate | null; now: Date; on: IsoDate; closed: boolean; closingDay: IsoDate },
  ): Promise<void> {
    await tx.query(
      `UPDATE cases SET status = CASE WHEN $6 THEN status ELSE 'LEGAL' END, assignee_id = NULL,
              stage = CASE WHEN $2 THEN 'COURT' ELSE stage END,
              stage_entered_on = CASE WHEN $2 THEN $5::date ELSE stage_entered_on END,
              next_action_at = CASE WHEN $6 THEN next_action_at ELSE $3::date END,
              closed_on = CASE WHEN status IN ('PAID', 'UNCOLLECTIBLE', 'LEGAL') THEN closed_on ELSE $7::date END,
              version = version + 1, updated_at = $4 WHERE id = $1`,
      [c.caseId, c.enteringCourt, c.nextDeadline, c.now, c.on, c.closed, c.closingDay],
    );
  }

  /** The step on the case's timeline. */
  async addCourtActivity(tx: Queryable, a: { caseId: string; actorId: string; note: ActivityNote; occurredAt: Date }): Promise<void> {
    const { note, noteTexts } = noteColumns(a.note);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at) VALUES ($1, $2, 'LETTER', $3, $4::jsonb, $5)`,
      [a.caseId, a.actorId, note, noteTexts, a.occurredAt],
    );
  }
}

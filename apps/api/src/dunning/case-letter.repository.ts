import { Injectable } from '@nestjs/common';
import type { DisputeReason, IsoDate } from '@mahnwerk/domain';
import type { Queryable } from '../database/queryable.js';

interface PlanFactsRow { fee_cents: string; missed_to_default: number; installments: { due_date: string; amount_cents: number }[] }

/** What a plan's confirmation letter states. */
export interface PlanLetterFacts {
  feeCents: number;
  missedToDefault: number;
  installments: { dueDate: IsoDate; amountCents: number }[];
}

interface DisputeFactsRow { reason: DisputeReason; clarification: string | null; resolution_note: string | null; opened_on: string; status: string }

/** What the answer to a rejected objection states. */
export interface DisputeLetterFacts {
  reason: DisputeReason;
  clarification: string | null;
  resolutionNote: string;
  /** The day the debtor objected, in the creditor's time zone. */
  openedOn: IsoDate;
}

/** Reads what letters about one case (plan confirmations, answers to objections) say. */
@Injectable()
export class CaseLetterRepository {
  /** The plan's installments in order, its cost and the creditor's number of missed installments to default. */
  async planFacts(tx: Queryable, planId: string): Promise<PlanLetterFacts | null> {
    const [row]: PlanFactsRow[] = await tx.query(
      `SELECT pl.fee_cents, cr.plan_default_missed_installments AS missed_to_default,
              coalesce((SELECT json_agg(json_build_object('due_date', p.due_date::text, 'amount_cents', p.amount_cents)
                                ORDER BY p.installment NULLS LAST, p.due_date)
                          FROM promises p WHERE p.plan_id = pl.id), '[]'::json) AS installments
         FROM payment_plans pl JOIN cases c ON c.id = pl.case_id JOIN creditors cr ON cr.id = c.creditor_id
        WHERE pl.id = $1`,
      [planId],
    );
    if (!row) return null;
    return {
      feeCents: Number(row.fee_cents), missedToDefault: row.missed_to_default,
      installments: row.installments.map((i) => ({ dueDate: i.due_date, amountCents: Number(i.amount_cents) })),
    };
  }

  /** A rejected dispute's reason, the creditor's clarification and the note it was rejected with; null unless REJECTED. */
  async rejectedDisputeFacts(tx: Queryable, disputeId: string): Promise<DisputeLetterFacts | null> {
    const [row]: DisputeFactsRow[] = await tx.query(
      `SELECT di.reason, di.clarification, di.resolution_note, di.status, (di.opened_at AT TIME ZONE cr.time_zone)::date::text AS opened_on
         FROM disputes di JOIN cases c ON c.id = di.case_id JOIN creditors cr ON cr.id = c.creditor_id
        WHERE di.id = $1`,
      [disputeId],
    );
    if (!row || row.status !== 'REJECTED') return null;
    return { reason: row.reason, clarification: row.clarification, resolutionNote: row.resolution_note ?? '', openedOn: row.opened_on };
  }
}

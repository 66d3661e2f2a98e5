import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutcomeType } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** What the contact policy reads: debtors' recent contact attempts and cases' last reminders. */
@Injectable()
export class ContactPolicyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * When each debtor was attempted (over all their cases) in the 7 days up to `now`, per debtor: outbound
   * contacts only (a debtor calling in is no attempt), one per conversation (a call recorded on several
   * of the debtor's cases is one attempt).
   */
  async attemptsOfDebtors(
    debtorIds: readonly string[],
    attemptOutcomes: readonly OutcomeType[],
    now: Date,
    tx: Queryable = this.db,
  ): Promise<Map<string, Date[]>> {
    const rows: { debtor_id: string; occurred_at: Date }[] = await tx.query(
      `SELECT c.debtor_id, min(a.occurred_at) AS occurred_at FROM activities a JOIN cases c ON c.id = a.case_id
        WHERE c.debtor_id = ANY($1::uuid[]) AND a.outcome = ANY($2::text[]) AND a.direction = 'OUTBOUND'
          AND a.occurred_at > $3::timestamptz - interval '7 days' AND a.occurred_at <= $3::timestamptz
        GROUP BY c.debtor_id, coalesce(a.contact_id, a.id)`,
      [debtorIds, attemptOutcomes, now],
    );
    const out = new Map<string, Date[]>(debtorIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.debtor_id)?.push(new Date(r.occurred_at));
    return out;
  }

  /**
   * The day of each case's last written reminder up to `now`: the latest dunning step on a reminder
   * channel or outbound activity on one (its day in the case's debtor's zone); null when there was none.
   * A debtor's own e-mail or letter is no reminder.
   */
  async lastRemindersOfCases(
    cases: readonly { caseId: string; debtorTimeZone: string }[],
    reminderChannels: readonly string[],
    now: Date,
    tx: Queryable = this.db,
  ): Promise<Map<string, string | null>> {
    const rows: { case_id: string; last_reminder_on: string | null }[] = await tx.query(
      `SELECT s.case_id, greatest(
                (SELECT max(ds.stepped_on) FROM dunning_steps ds WHERE ds.case_id = s.case_id AND ds.channel = ANY($3::text[])),
                (SELECT max((a.occurred_at AT TIME ZONE s.time_zone)::date) FROM activities a
                  WHERE a.case_id = s.case_id AND a.channel = ANY($3::text[]) AND a.direction = 'OUTBOUND'
                    AND a.occurred_at <= $4::timestamptz)
              )::text AS last_reminder_on
         FROM unnest($1::uuid[], $2::text[]) AS s(case_id, time_zone)`,
      [cases.map((c) => c.caseId), cases.map((c) => c.debtorTimeZone), reminderChannels, now],
    );
    return new Map(rows.map((r) => [r.case_id, r.last_reminder_on]));
  }
}

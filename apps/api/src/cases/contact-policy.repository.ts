import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OutcomeType } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** What the contact policy reads: a debtor's recent contact attempts and a case's last reminder. */
@Injectable()
export class ContactPolicyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** When the debtor was attempted (over all their cases) in the 7 days up to `now`. */
  async attemptsOfDebtor(
    debtorId: string,
    attemptOutcomes: readonly OutcomeType[],
    now: Date,
    tx: Queryable = this.db,
  ): Promise<Date[]> {
    const rows: { occurred_at: Date }[] = await tx.query(
      `SELECT a.occurred_at FROM activities a JOIN cases c ON c.id = a.case_id
        WHERE c.debtor_id = $1 AND a.outcome = ANY($2::text[])
          AND a.occurred_at > $3::timestamptz - interval '7 days' AND a.occurred_at <= $3::timestamptz`,
      [debtorId, attemptOutcomes, now],
    );
    return rows.map((r) => new Date(r.occurred_at));
  }

  /**
   * The day of the case's last written reminder up to `now`: the latest dunning step on a reminder
   * channel or activity on one (its day in the debtor's zone); null when there was none.
   */
  async lastReminderOn(
    caseId: string,
    reminderChannels: readonly string[],
    debtorTimeZone: string,
    now: Date,
    tx: Queryable = this.db,
  ): Promise<string | null> {
    const [row]: { last_reminder_on: string | null }[] = await tx.query(
      `SELECT greatest(
                (SELECT max(s.stepped_on) FROM dunning_steps s WHERE s.case_id = $1 AND s.channel = ANY($2::text[])),
                (SELECT max((a.occurred_at AT TIME ZONE $3)::date) FROM activities a
                  WHERE a.case_id = $1 AND a.channel = ANY($2::text[]) AND a.occurred_at <= $4::timestamptz)
              )::text AS last_reminder_on`,
      [caseId, reminderChannels, debtorTimeZone, now],
    );
    return row?.last_reminder_on ?? null;
  }
}

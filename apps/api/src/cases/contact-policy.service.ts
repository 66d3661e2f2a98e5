import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { contactPolicy, type ContactChannel, type ContactDecision, type ContactPolicy } from '@mahnwerk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { decide } from '../common/rule-violation.js';
import { CONTACT_OUTCOMES } from './case-figures.service.js';

/** What the contact policy needs to know about a case. */
export interface ContactSubject {
  caseId: string;
  debtorId: string;
  debtorTimeZone: string;
  debtorCountry: string;
  /** The creditor's country: its law governs the claim (e.g. the Danish reminder spacing). */
  creditorCountry: string;
  creditorId: string;
}

/** Channels on which a message is a written reminder (renteloven 9b counts these). */
const REMINDER_CHANNELS = ['LETTER', 'EMAIL', 'SMS'];

/**
 * Loads the debtor's recent contact attempts, the case's last reminder and the creditor's policy,
 * and asks the domain whether the debtor may be contacted now.
 * - Attempts are counted per debtor over all their cases (the limit protects the person): every
 *   activity with a contact outcome in the last 7 days.
 * - The last reminder is per case (the debt): the latest written dunning step or letter, e-mail
 *   or text message on the timeline.
 */
@Injectable()
export class ContactPolicyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async decide(
    subject: ContactSubject,
    channel: ContactChannel,
    manager: EntityManager = this.db.manager,
    now: Date = this.clock.now(),
  ): Promise<ContactDecision> {
    const attempts: { occurred_at: Date }[] = await manager.query(
      `SELECT a.occurred_at FROM activities a JOIN cases c ON c.id = a.case_id
        WHERE c.debtor_id = $1 AND a.outcome = ANY($2::text[])
          AND a.occurred_at > $3::timestamptz - interval '7 days' AND a.occurred_at <= $3::timestamptz`,
      [subject.debtorId, CONTACT_OUTCOMES, now],
    );
    const [{ last_reminder_on: lastReminderOn }]: { last_reminder_on: string | null }[] = await manager.query(
      `SELECT greatest(
                (SELECT max(s.stepped_on) FROM dunning_steps s WHERE s.case_id = $1 AND s.channel = ANY($2::text[])),
                (SELECT max((a.occurred_at AT TIME ZONE $3)::date) FROM activities a
                  WHERE a.case_id = $1 AND a.channel = ANY($2::text[]) AND a.occurred_at <= $4::timestamptz)
              )::text AS last_reminder_on`,
      [subject.caseId, REMINDER_CHANNELS, subject.debtorTimeZone, now],
    );
    const [creditor]: { contact_policy: Partial<ContactPolicy> | null }[] = await manager.query(
      'SELECT contact_policy FROM creditors WHERE id = $1',
      [subject.creditorId],
    );
    return decide(() =>
      contactPolicy({
        now,
        debtorTimeZone: subject.debtorTimeZone,
        country: subject.creditorCountry,
        holidayCountry: subject.debtorCountry,
        channel,
        attemptsLast7Days: attempts.map((a) => new Date(a.occurred_at)),
        lastReminderOn,
        policy: creditor?.contact_policy ?? undefined,
      }),
    );
  }
}

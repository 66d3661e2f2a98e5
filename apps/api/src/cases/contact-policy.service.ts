import { Injectable } from '@nestjs/common';
import { CONTACT_ATTEMPT_OUTCOMES, contactPolicy, type ContactChannel, type ContactDecision } from '@mahnwerk/domain';
import { Clock } from '../common/clock.js';
import { decide } from '../common/rule-violation.js';
import type { Queryable } from '../database/queryable.js';
import { CreditorsRepository } from '../creditors/creditors.repository.js';
import { ContactPolicyRepository } from './contact-policy.repository.js';

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
    private readonly repository: ContactPolicyRepository,
    private readonly creditors: CreditorsRepository,
    private readonly clock: Clock,
  ) {}

  async decide(
    subject: ContactSubject,
    channel: ContactChannel,
    manager?: Queryable,
    now: Date = this.clock.now(),
  ): Promise<ContactDecision> {
    const attempts = await this.repository.attemptsOfDebtor(subject.debtorId, CONTACT_ATTEMPT_OUTCOMES, now, manager);
    const lastReminderOn = await this.repository.lastReminderOn(subject.caseId, REMINDER_CHANNELS, subject.debtorTimeZone, now, manager);
    const policy = await this.creditors.contactPolicy(subject.creditorId, manager);
    return decide(() =>
      contactPolicy({
        now,
        debtorTimeZone: subject.debtorTimeZone,
        country: subject.creditorCountry,
        holidayCountry: subject.debtorCountry,
        channel,
        attemptsLast7Days: attempts,
        lastReminderOn,
        policy: policy ?? undefined,
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import {
  CONTACT_ATTEMPT_OUTCOMES, contactPolicy, type ContactChannel, type ContactDecision, type ContactPolicy, type ContactPolicyInput,
} from '@mahnwerk/domain';
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

interface PolicyFacts {
  attempts: Map<string, Date[]>;
  reminders: Map<string, string | null>;
  policies: Map<string, Partial<ContactPolicy> | null>;
}

function policyInput(facts: PolicyFacts, subject: ContactSubject, channel: ContactChannel, now: Date): ContactPolicyInput {
  return {
    now,
    debtorTimeZone: subject.debtorTimeZone,
    country: subject.creditorCountry,
    holidayCountry: subject.debtorCountry,
    channel,
    attemptsLast7Days: facts.attempts.get(subject.debtorId) ?? [],
    lastReminderOn: facts.reminders.get(subject.caseId) ?? null,
    policy: facts.policies.get(subject.creditorId) ?? undefined,
  };
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
    const [decision] = await this.decideMany([{ subject, channel }], manager, now);
    if (decision instanceof Error) throw decision;
    return decision!;
  }

  /**
   * The decisions for several cases and channels with one read of each kind (attempts of their
   * debtors, last reminders of their cases, policies of their creditors); a rule violation is
   * returned in its place.
   */
  async decideMany(
    asks: readonly { subject: ContactSubject; channel: ContactChannel }[],
    manager?: Queryable,
    now: Date = this.clock.now(),
  ): Promise<(ContactDecision | Error)[]> {
    const facts = await this.facts(asks.map((a) => a.subject), manager, now);
    return asks.map(({ subject, channel }) => {
      try {
        return decide(() => contactPolicy(policyInput(facts, subject, channel, now)));
      } catch (error) {
        return error as Error;
      }
    });
  }

  /**
   * The policy of the debtor's next outbound phone call at any instant after `now`, with `thisAttempt`
   * (a contact attempt being recorded now, not yet written) counted: for follow-ups and callbacks.
   */
  async nextCallPolicy(
    subject: ContactSubject,
    thisAttempt: Date | null,
    manager?: Queryable,
    now: Date = this.clock.now(),
  ): Promise<(at: Date) => ContactDecision> {
    const facts = await this.facts([subject], manager, now);
    if (thisAttempt) facts.attempts.set(subject.debtorId, [...(facts.attempts.get(subject.debtorId) ?? []), thisAttempt]);
    return (at) => contactPolicy(policyInput(facts, subject, 'PHONE', at));
  }

  private async facts(subjects: readonly ContactSubject[], manager: Queryable | undefined, now: Date): Promise<PolicyFacts> {
    const unique = <T>(values: T[]) => [...new Set(values)];
    // One after another: inside a transaction `manager` holds a single connection.
    const attempts = await this.repository.attemptsOfDebtors(unique(subjects.map((s) => s.debtorId)), CONTACT_ATTEMPT_OUTCOMES, now, manager);
    const reminders = await this.repository.lastRemindersOfCases(
      [...new Map(subjects.map((s) => [s.caseId, { caseId: s.caseId, debtorTimeZone: s.debtorTimeZone }])).values()],
      REMINDER_CHANNELS, now, manager,
    );
    const policies = await this.creditors.contactPoliciesOf(unique(subjects.map((s) => s.creditorId)), manager);
    return { attempts, reminders, policies };
  }
}

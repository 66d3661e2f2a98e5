import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fill, joinTexts, resolveContactPolicy, validateContactPolicy, type ContactWindow } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { badInput, notFound } from '../common/errors.js';
import { CONTACT_POLICY_SETTINGS_TEXTS as T } from './contact-policy-settings.i18n.js';
import type { ContactPolicyModel, ContactWindowModel } from './contact-policy.model.js';
import { CreditorsRepository, type StoredContactPolicy } from './creditors.repository.js';
import type { ContactPolicyInput, ContactWindowInput } from './dto/contact-policy.input.js';

type StoredPolicy = StoredContactPolicy;

const COUNTRY = /^[A-Z]{2}$/;
const MAX_COUNTRIES = 50;

const toWindow = (w: ContactWindowInput | null | undefined): ContactWindow | null => (w ? [w.from, w.to] : null);
const fromWindow = (w: ContactWindow | null): ContactWindowModel | null => (w ? { from: w[0], to: w[1] } : null);

/** The effective policy of a creditor as the API shows it. */
export function toContactPolicyModel(stored: StoredPolicy | null): ContactPolicyModel {
  const policy = resolveContactPolicy(stored ?? {});
  const h = policy.contactHours;
  return {
    contactHours: { weekdays: fromWindow(h.weekdays)!, saturday: fromWindow(h.saturday), sunday: fromWindow(h.sunday), holidays: fromWindow(h.holidays) },
    maxAttemptsPer7Days: policy.maxAttemptsPer7Days,
    reminderSpacingDays: Object.entries(policy.reminderSpacingDays)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, days]) => ({ country, days })),
    isDefault: stored === null,
  };
}

/**
 * The overrides to store: the input's hours, limit and spacing replace the earlier ones; overrides
 * the API does not expose (channels, extra holidays) are kept. Problems are BAD_USER_INPUT naming
 * the field under `policy.`.
 */
export function contactPolicyOverrides(input: ContactPolicyInput, before: StoredPolicy | null): StoredPolicy {
  const spacing: Record<string, number> = {};
  if (input.reminderSpacingDays.length > MAX_COUNTRIES) {
    throw badInput(fill(T.tooManyCountries, { max: MAX_COUNTRIES }), 'policy.reminderSpacingDays');
  }
  input.reminderSpacingDays.forEach(({ country, days }, i) => {
    const field = `policy.reminderSpacingDays[${i}].country`;
    if (!COUNTRY.test(country)) throw badInput(fill(T.notACountry, { country }), field);
    if (country in spacing) throw badInput(fill(T.countryTwice, { country }), field);
    spacing[country] = days;
  });
  const hours = input.contactHours;
  const policy: StoredPolicy = {
    ...before,
    contactHours: { weekdays: toWindow(hours.weekdays)!, saturday: toWindow(hours.saturday), sunday: toWindow(hours.sunday), holidays: toWindow(hours.holidays) },
    maxAttemptsPer7Days: input.maxAttemptsPer7Days,
    reminderSpacingDays: spacing,
  };
  const problems = validateContactPolicy(policy);
  if (problems.length) throw badInput(joinTexts(problems.map((p) => p.text)), `policy.${problems[0]!.field}`);
  return policy;
}

/**
 * A creditor's contact policy (contact hours, attempts per 7 days, reminder spacing): read as the
 * effective policy, changed or reset to the defaults with an audit event in one transaction. It
 * applies from the next contact decision on (recorded outcomes, the case's next allowed contact).
 */
@Injectable()
export class ContactPolicySettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly creditors: CreditorsRepository,
  ) {}

  async policy(creditorId: string): Promise<ContactPolicyModel> {
    const stored = await this.creditors.contactPolicy(creditorId);
    if (stored === undefined) throw notFound('Creditor', creditorId);
    return toContactPolicyModel(stored);
  }

  /** Stores the policy (validated by the domain); `null` goes back to the defaults. */
  async set(user: AuthUser, creditorId: string, input: ContactPolicyInput | null): Promise<void> {
    await this.db.transaction(async (manager) => {
      const before = await this.creditors.contactPolicy(creditorId, manager, true);
      if (before === undefined) throw notFound('Creditor', creditorId);
      const after = input === null ? null : contactPolicyOverrides(input, before);
      await this.creditors.setContactPolicy(creditorId, after, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'creditor.contactPolicy', entity: 'creditor', entityId: creditorId,
        before: { contactPolicy: before }, after: { contactPolicy: after },
      });
    });
  }
}

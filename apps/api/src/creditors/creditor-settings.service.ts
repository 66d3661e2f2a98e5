import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CREDITOR_SETTINGS_TEXTS, DEFAULT_STRATEGIES, RuleViolation, creditorAddressText, fill, type TextLanguage, creditorSettingsViolations, creditorStrategyToStore, feeRuleOf, normalizeBic,
  normalizeIban, type Country, type CreditorSettings, type DunningChannel, type DunningStrategy, type DunningStrategyStage,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { AppError, notFound } from '../common/errors.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { CreditorsRepository, isUniqueViolation, type CreditorSettingsRecord, type CreditorWrite } from './creditors.repository.js';
import type { CreditorInput, DunningStrategyInput } from './dto/creditor.input.js';

/** The strategy the input describes, and what could not even be read as one (an unknown fee rule, a missing factor). */
function strategyOfInput(input: DunningStrategyInput, country: string): { strategy: DunningStrategy; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const stages = input.stages.map((s, i): DunningStrategyStage => {
    let fee: DunningStrategyStage['fee'] = null;
    if (s.fee) {
      const rule = feeRuleOf(s.fee);
      if (rule instanceof RuleViolation) violations.push(new RuleViolation(rule.texts ?? rule.message, `dunningStrategy.stages.${i}.${rule.field}`));
      else fee = rule;
    }
    return {
      stage: s.stage,
      waitDays: s.waitDays,
      channel: s.channel.trim().toUpperCase() as DunningChannel,
      fee,
      letterTemplate: s.letterTemplate?.trim() || null,
      paymentWindowDays: s.paymentWindowDays,
      ...(s.collectionWarning ? { collectionWarning: true } : {}),
    };
  });
  return { strategy: { country: country as Country, name: input.name.trim(), stages }, violations };
}

/** The input as the domain's creditor settings, trimmed, IBAN and BIC in their stored form. */
function settingsOfInput(input: CreditorInput): { settings: CreditorSettings; violations: RuleViolation[] } {
  const country = input.country.trim().toUpperCase();
  const parsed = input.dunningStrategy ? strategyOfInput(input.dunningStrategy, country) : null;
  const settings: CreditorSettings = {
    ref: input.ref.trim(),
    name: input.name.trim(),
    legalName: input.legalName.trim(),
    country,
    currency: input.currency.trim().toUpperCase(),
    timeZone: input.timeZone.trim(),
    street: input.street.trim(),
    postcode: input.postcode.trim(),
    city: input.city.trim(),
    registerCourt: input.registerCourt?.trim() ?? '',
    registerNumber: input.registerNumber?.trim() ?? '',
    iban: normalizeIban(input.iban),
    bic: normalizeBic(input.bic),
    vatDeductible: input.vatDeductible,
    letterLanguage: input.letterLanguage.trim().toLowerCase(),
    dunningStrategy: parsed?.strategy ?? null,
  };
  return { settings, violations: [...(parsed?.violations ?? []), ...creditorSettingsViolations(settings)] };
}

/**
 * BAD_USER_INPUT naming the first field at fault; `extensions.violations` lists every one, for a form.
 * The error filter asks for it in the caller's language (`in`): the message and every violation's.
 */
class SettingsRefused extends AppError {
  constructor(
    private readonly violations: readonly RuleViolation[],
    language: TextLanguage = 'en',
  ) {
    const [first] = violations;
    super('BAD_USER_INPUT', first!.messageIn(language), {
      field: first!.field,
      violations: violations.map((v) => ({ field: v.field ?? null, message: v.messageIn(language) })),
    });
  }

  override in(language: TextLanguage): AppError {
    return language === 'en' ? this : new SettingsRefused(this.violations, language);
  }
}

const refused = (violations: readonly RuleViolation[]): AppError => new SettingsRefused(violations);

function toWrite(s: CreditorSettings): CreditorWrite {
  const country = s.country as Country;
  return {
    ref: s.ref, name: s.name, legalName: s.legalName, country, currency: s.currency, timeZone: s.timeZone, street: s.street,
    postcode: s.postcode, city: s.city, address: creditorAddressText(s), registerCourt: s.registerCourt, registerNumber: s.registerNumber,
    iban: s.iban, bic: s.bic, vatDeductible: s.vatDeductible, letterLanguage: s.letterLanguage,
    dunningStrategy: creditorStrategyToStore(s.dunningStrategy, country, s.vatDeductible, DEFAULT_STRATEGIES),
  };
}

const refTaken = (ref: string): AppError => new AppError('CONFLICT', fill(CREDITOR_SETTINGS_TEXTS.refTaken, { ref }), { field: 'ref' });

/**
 * Creates and changes creditors: the domain checks every field, the row and its audit event
 * (before and after) are written in one transaction, and `creditorChanged` tells open screens after it commits. A changed strategy applies from each case's
 * next dunning step on: steps taken keep their stage, fee and letter.
 */
@Injectable()
export class CreditorSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly creditors: CreditorsRepository,
    private readonly events: PgEventBus,
  ) {}

  async create(user: AuthUser, input: CreditorInput): Promise<string> {
    const { settings, violations } = settingsOfInput(input);
    if (violations.length) throw refused(violations);
    const write = toWrite(settings);
    try {
      return await this.db.transaction(async (manager) => {
        if (await this.creditors.creditorWithRef(write.ref, null, manager)) throw refTaken(write.ref);
        const id = await this.creditors.insert(write, manager);
        await this.audit.record(manager, {
          actorId: user.id, action: 'creditor.create', entity: 'creditor', entityId: id, before: null, after: { ...write },
        });
        // Sent once the transaction commits: open Creditors screens show the new creditor.
        await this.events.publishIn(manager, { topic: 'creditor', payload: { creditorId: id } });
        return id;
      });
    } catch (e) {
      throw isUniqueViolation(e) ? refTaken(write.ref) : e;
    }
  }

  async update(user: AuthUser, id: string, input: CreditorInput): Promise<void> {
    const { settings, violations } = settingsOfInput(input);
    if (violations.length) throw refused(violations);
    const write = toWrite(settings);
    try {
      await this.db.transaction(async (manager) => {
        const before = await this.creditors.settingsForUpdate(id, manager);
        if (!before) throw notFound('Creditor', id);
        if (await this.creditors.creditorWithRef(write.ref, id, manager)) throw refTaken(write.ref);
        if ((before.country !== write.country || before.currency !== write.currency) && (await this.creditors.caseCount(id, manager)) > 0) {
          throw refused([
            new RuleViolation(
              fill(CREDITOR_SETTINGS_TEXTS.countryAndCurrencyFixed, { country: before.country, currency: before.currency }),
              before.country !== write.country ? 'country' : 'currency',
            ),
          ]);
        }
        await this.creditors.update(id, write, manager);
        await this.audit.record(manager, {
          actorId: user.id, action: 'creditor.update', entity: 'creditor', entityId: id, before: auditView(before), after: { ...write },
        });
        await this.events.publishIn(manager, { topic: 'creditor', payload: { creditorId: id } });
      });
    } catch (e) {
      throw isUniqueViolation(e) ? refTaken(write.ref) : e;
    }
  }
}

/** The stored settings in the shape of a write, so before and after compare field by field. */
function auditView(r: CreditorSettingsRecord): Record<string, unknown> {
  const { id: _id, ...rest } = r;
  return rest;
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addressResearchedAfter, applyDebtorChange, calendarDateIn, debtorChanges, describeDebtorChangesText, joinTexts } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { forbidden, notFound } from '../common/errors.js';
import { decide } from '../common/rule-violation.js';
import { APP_CONFIG } from '../config/config.module.js';
import { CreditorScopeService } from '../creditors/creditor-scope.service.js';
import type { AppConfig } from '../config/config.js';
import type { AppEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import type { DebtorModel } from '../cases/case.model.js';
import { toDebtorModel } from '../cases/case.mapper.js';
import type { DebtorInput } from './dto/debtor.input.js';
import { DebtorsRepository } from './debtors.repository.js';
import { DEBTOR_TIMELINE_TEXTS } from './debtors.i18n.js';

/**
 * Changing a debtor's details: a collector may change the debtor of a case in their queue, a lead or
 * an admin any debtor. Each change is audited field by field with its old value and shows on the
 * timeline of every case of the debtor; marking the address unknown holds the debtor's letters
 * (the dunning run's letter steps wait and pending letters are not written), and a known address
 * again releases the held letters, dated the day of release.
 */
@Injectable()
export class DebtorsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: DebtorsRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
    private readonly scopes: CreditorScopeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Applies the change and returns the debtor as it is now. */
  async update(user: AuthUser, debtorId: string, input: DebtorInput): Promise<DebtorModel> {
    await this.db.transaction(async (manager) => {
      const before = await this.repository.lockDebtor(manager, debtorId);
      if (!before) throw notFound('Debtor', debtorId);
      const cases = await this.repository.casesOfDebtor(manager, debtorId);
      // A debtor with no case among the caller's creditors answers as a missing one does.
      const scope = await this.scopes.scope(user, manager);
      if (scope && !cases.some((c) => scope.includes(c.creditorId))) throw notFound('Debtor', debtorId);
      if (user.role === 'COLLECTOR' && !cases.some((c) => c.assigneeId === user.id)) {
        throw forbidden('You can change the details of a debtor only while one of their cases is in your queue.');
      }
      const after = decide(() => applyDebtorChange(before, input));
      const changes = debtorChanges(before, after);
      const researched = addressResearchedAfter(before, after.address, input.addressResearched);
      if (changes.length === 0 && researched === before.addressResearched) return;

      await this.repository.update(manager, debtorId, after);
      if (researched !== before.addressResearched) await this.repository.setAddressResearched(manager, debtorId, researched);
      const now = this.clock.now();
      if (before.addressUnknown && !after.addressUnknown) {
        await this.repository.releaseHeldLetters(manager, debtorId, calendarDateIn(now, this.config.dunningTimeZone));
      }
      const note = joinTexts([
        ...(changes.length ? [describeDebtorChangesText(changes)] : []),
        ...(researched !== before.addressResearched
          ? [researched ? DEBTOR_TIMELINE_TEXTS.addressResearched : DEBTOR_TIMELINE_TEXTS.addressNoLongerResearched]
          : []),
      ], '; ');
      await this.repository.addChangeActivities(manager, cases.map((c) => c.id), user.id, note, now);
      // The trail names the fields, not their values: personal data stays where the retention job can
      // pseudonymise it (the debtor and the timeline's note above), never in the append-only trail.
      await this.audit.record(manager, {
        actorId: user.id, action: 'debtor.updated', entity: 'debtor', entityId: debtorId,
        before: researched !== before.addressResearched ? { addressResearched: before.addressResearched } : null,
        after: { changedFields: changes.map((c) => c.field), ...(researched !== before.addressResearched ? { addressResearched: researched } : {}) },
      });
      const events: AppEvent[] = cases.flatMap((c): AppEvent[] => [
        { topic: 'case', payload: { caseId: c.id } },
        ...(c.assigneeId ? [{ topic: 'queue', payload: { collectorId: c.assigneeId, caseId: c.id, kind: 'UPDATED' } } as AppEvent] : []),
      ]);
      await this.events.publishIn(manager, ...events);
    });
    const debtor = await this.repository.findDebtor(debtorId);
    if (!debtor) throw notFound('Debtor', debtorId);
    return toDebtorModel(debtor);
  }
}

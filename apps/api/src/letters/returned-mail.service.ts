import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { fill } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import type { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { Clock } from '../common/clock.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import type { AppEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { LETTER_TIMELINE_TEXTS, RETURNED_MAIL_REASON_TEXTS } from './letter-timeline.i18n.js';
import type { ReturnedMailInput } from './returned-mail.model.js';
import { ReturnedMailRepository } from './returned-mail.repository.js';

/**
 * Post that came back undelivered, recorded on the case: the debtor's address is marked unknown, which
 * holds their letters (pending ones are not written, the run's letter steps wait, written ones stay out
 * of the print batch) until updateDebtor sets a known address again. Audited; on the timeline of
 * every case of the debtor. Collectors record it on cases in their queue, leads and admins on any.
 */
@Injectable()
export class ReturnedMailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: ReturnedMailRepository,
    private readonly access: CaseAccessService,
    private readonly cases: CasesService,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async record(user: AuthUser, caseId: string, input: ReturnedMailInput): Promise<CaseModel> {
    await this.db.transaction(async (manager) => {
      const c = await this.access.load(user, caseId, manager);
      if (user.role === 'COLLECTOR' && c.assigneeId !== user.id) {
        throw forbidden('You can record returned mail only on a case in your queue.');
      }
      const debtor = await this.repository.lockDebtor(manager, c.debtorId);
      if (!debtor) throw notFound('Debtor', c.debtorId);
      const letterId = input.letterId ?? null;
      if (letterId && !(await this.repository.isLetterOf(manager, letterId, c.debtorId, c.creditorId))) {
        throw badInput('That letter did not go to this case\'s debtor for this creditor.', 'letterId');
      }
      const now = this.clock.now();
      const note = input.note?.trim() || null;
      const id = await this.repository.insert(manager, {
        caseId, debtorId: c.debtorId, letterId, reason: input.reason, note, address: debtor.address, recordedBy: user.id, recordedAt: now,
      });
      if (!debtor.addressUnknown) await this.repository.markAddressUnknown(manager, c.debtorId);
      const cases = await this.repository.casesOfDebtor(manager, c.debtorId);
      await this.repository.addActivities(
        manager, cases.map((x) => x.id), user.id,
        note
          ? fill(LETTER_TIMELINE_TEXTS.returnedWithNote, { reason: RETURNED_MAIL_REASON_TEXTS[input.reason], note })
          : fill(LETTER_TIMELINE_TEXTS.returned, { reason: RETURNED_MAIL_REASON_TEXTS[input.reason] }),
        now,
      );
      await this.audit.record(manager, {
        actorId: user.id, action: 'case.returned-mail', entity: 'case', entityId: caseId,
        before: { addressUnknown: debtor.addressUnknown },
        after: { returnedMailId: id, reason: input.reason, letterId, addressUnknown: true },
      });
      const events: AppEvent[] = cases.flatMap((x): AppEvent[] => [
        { topic: 'case', payload: { caseId: x.id } },
        ...(x.assigneeId ? [{ topic: 'queue', payload: { collectorId: x.assigneeId, caseId: x.id, kind: 'UPDATED' } } as AppEvent] : []),
      ]);
      await this.events.publishIn(manager, ...events);
    });
    return this.cases.findOne(user, caseId);
  }
}

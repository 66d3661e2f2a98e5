import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { caseNoteText } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Clock } from '../common/clock.js';
import { decide } from '../common/rule-violation.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { CaseAccessService } from './case-access.service.js';
import { CaseTimelineRepository } from './case-timeline.repository.js';

/**
 * Plain notes: a timeline entry of their own (channel NOTE, no direction, no outcome), so they count as
 * no contact, for the contact policy or the KPIs. Anyone who may record outcomes may note on a case they
 * see; the case itself does not change.
 */
@Injectable()
export class CaseNotesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly timeline: CaseTimelineRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async add(user: AuthUser, caseId: string, text: string): Promise<string> {
    const note = decide(() => caseNoteText(text));
    return this.db.transaction(async (manager) => {
      const c = await this.access.load(user, caseId, manager);
      const noteId = await this.timeline.insertActivity({
        caseId: c.id, actorId: user.id, channel: 'NOTE', direction: null, outcome: null, note, occurredAt: this.clock.now(),
        handlingSeconds: null, contactId: null,
      }, manager);
      await this.audit.record(manager, { actorId: user.id, action: 'case.note', entity: 'case', entityId: c.id, before: null, after: { noteId } });
      await this.events.publishIn(manager, { topic: 'case', payload: { caseId: c.id } });
      return c.id;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  dateText, fill,
  calendarDateIn, holdPlacementRefusal, isProcessingRestrictionHold, holdReleaseRefusal, holdSummary, requireHoldReason, validateHold,
  type HoldType, type TextValue,
} from '@mahnwerk/domain';
import { CASE_STATUS_WORDS, HOLD_API_TEXTS, HOLD_TIMELINE_TEXTS, HOLD_TYPE_NAMES } from './holds.i18n.js';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import type { CaseRecord } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { conflict, forbidden, notFound } from '../common/errors.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import type { AppEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { HoldsRepository } from './holds.repository.js';
import type { HoldInput } from './hold.model.js';

/** Statuses a hold may be placed on: an open case, or one held already. */
const HOLDABLE = new Set(['OPEN', 'ON_HOLD']);

/**
 * Holds of a case: placed and released by people (the domain's permission rule), ended by their end
 * date (HoldExpiryService). After each change `cases.status` and `cases.hold_reason` say what is
 * current: ON_HOLD with the summary of the current holds (out of every queue, the pool and the
 * dunning run), or OPEN without one (back in the pool). Events go out after commit.
 */
@Injectable()
export class HoldsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly holds: HoldsRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  async place(user: AuthUser, caseId: string, input: HoldInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      const before = await this.access.load(user, caseId, manager, true);
      const holdId = await this.placeIn(manager, user, before, input);
      return holdId;
    });
  }

  /** Places a hold in the caller's transaction on a case loaded and locked by it (disputes use it too). */
  /**
   * `user` null: the debtor's own dispute from the portal (no role to check, no user as actor).
   * `reasonText`: the reason as the timeline words it in every language (default: the reason as typed).
   */
  async placeIn(manager: EntityManager, user: AuthUser | null, before: CaseRecord, input: HoldInput, reasonText?: TextValue): Promise<string> {
    const refusal = user ? holdPlacementRefusal({ role: user.role, holdsCase: before.assigneeId === user.id }, input.type) : null;
    if (refusal) throw forbidden(refusal);
    if (!HOLDABLE.has(before.status)) {
      throw conflict(fill(HOLD_API_TEXTS.onlyOpenHeld, { status: CASE_STATUS_WORDS[before.status] }), { field: 'caseId' });
    }
    const now = this.clock.now();
    const hold = decide(() => validateHold(input, calendarDateIn(now, before.creditor.timeZone)));
    const holdId = await this.holds.insertHold({ caseId: before.id, ...hold, placedBy: user?.id ?? null, since: now }, manager);
    const placed = { type: HOLD_TYPE_NAMES[hold.type], reason: reasonText ?? hold.reason };
    await this.holds.insertActivity(
      before.id, user?.id ?? null,
      hold.until ? fill(HOLD_TIMELINE_TEXTS.placedUntil, { ...placed, until: dateText(hold.until) }) : fill(HOLD_TIMELINE_TEXTS.placed, placed), now, manager,
    );
    await this.sync(manager, before.id, now);
    await this.audit.record(manager, {
      actorId: user?.id ?? null, action: 'hold.place', entity: 'case', entityId: before.id,
      before: { status: before.status, assigneeId: before.assigneeId, version: before.version },
      // The reason's text (free text) stays on the hold and the timeline; the trail keeps its length.
      after: { holdId, type: hold.type, reasonLength: hold.reason.length, until: hold.until, status: 'ON_HOLD', assigneeId: null },
    });
    await this.events.publishIn(manager, ...(await this.changeEvents(manager, before.id, before.assigneeId, before.creditorId)));
    return holdId;
  }

  async release(user: AuthUser, caseId: string, holdId: string, reason: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const before = await this.access.load(user, caseId, manager, true);
      const refusal = holdReleaseRefusal({ role: user.role, holdsCase: before.assigneeId === user.id });
      if (refusal) throw forbidden(refusal);
      const hold = await this.holds.lockHold(caseId, holdId, manager);
      if (hold && isProcessingRestrictionHold(hold)) {
        throw forbidden(HOLD_API_TEXTS.restrictionHold);
      }
      await this.releaseIn(manager, user, before, holdId, decide(() => requireHoldReason(reason, 'reason')));
    });
  }

  /** Releases a hold in the caller's transaction (a resolved dispute releases its DISPUTE hold, `reasonText` its reason per language). */
  async releaseIn(manager: EntityManager, user: AuthUser, before: CaseRecord, holdId: string, reason: string, reasonText?: TextValue): Promise<void> {
    const hold = await this.holds.lockHold(before.id, holdId, manager);
    if (!hold) throw notFound('Hold', holdId);
    if (hold.releasedAt) throw conflict(HOLD_API_TEXTS.holdEnded, { field: 'holdId' });
    const now = this.clock.now();
    await this.holds.releaseHold(holdId, user.id, reason, now, manager);
    await this.holds.insertActivity(
      before.id, user.id, fill(HOLD_TIMELINE_TEXTS.released, { type: HOLD_TYPE_NAMES[hold.type], reason: reasonText ?? reason }), now, manager,
    );
    const summary = await this.sync(manager, before.id, now);
    await this.audit.record(manager, {
      actorId: user.id, action: 'hold.release', entity: 'case', entityId: before.id,
      before: { holdId, type: hold.type, status: before.status, version: before.version },
      after: { holdId, reasonLength: reason.length, status: summary ? 'ON_HOLD' : 'OPEN' },
    });
    await this.events.publishIn(manager, ...(await this.changeEvents(manager, before.id, null, before.creditorId)));
  }

  /**
   * Ends the holds whose end date has come, a batch at a time; safe on several instances at once
   * (the holds are taken with SKIP LOCKED, each case is recomputed under its lock). Returns how many ended.
   */
  async endDueHolds(batch = 200): Promise<number> {
    let ended = 0;
    for (;;) {
      const n = await this.db.transaction(async (manager) => {
        const now = this.clock.now();
        const due = await this.holds.endDueHolds(now, batch, manager);
        const byCase = new Map<string, HoldType[]>();
        for (const d of due) byCase.set(d.caseId, [...(byCase.get(d.caseId) ?? []), d.type]);
        for (const [caseId, types] of byCase) {
          const state = await this.holds.lockCaseState(caseId, manager);
          if (!state) continue;
          for (const type of types) await this.holds.insertActivity(caseId, null, fill(HOLD_TIMELINE_TEXTS.ended, { type: HOLD_TYPE_NAMES[type] }), now, manager);
          const summary = await this.sync(manager, caseId, now);
          await this.audit.record(manager, {
            actorId: null, action: 'hold.end', entity: 'case', entityId: caseId,
            before: { status: state.status, types }, after: { status: summary ? 'ON_HOLD' : 'OPEN' },
          });
          await this.events.publishIn(manager, ...(await this.changeEvents(manager, caseId, null, state.creditorId)));
        }
        return due.length;
      });
      ended += n;
      if (n < batch) return ended;
    }
  }

  /** Gives cases held outside the API (demo seed, direct writes) their DISPUTE hold record; run at start-up. */
  recordUntrackedHolds(): Promise<number> {
    return this.db.transaction((manager) => this.holds.recordUntrackedHolds(manager));
  }

  /** Sets the case's status and hold summary from its current holds; returns the summary (null: none). */
  private async sync(manager: EntityManager, caseId: string, now: Date): Promise<string | null> {
    const current = await this.holds.currentHolds(caseId, manager);
    const summary = holdSummary(current);
    const state = await this.holds.lockCaseState(caseId, manager);
    // A case closed meanwhile (paid while held) stays closed; its holds are history.
    if (state && HOLDABLE.has(state.status)) await this.holds.setCaseHold(caseId, summary, now, manager);
    return summary;
  }

  private async changeEvents(manager: EntityManager, caseId: string, fromCollector: string | null, creditorId: string): Promise<AppEvent[]> {
    return [
      ...(await caseChangeEvents(manager, caseId, fromCollector, null, creditorId)),
      // The boards show the pool: a hold takes the case out of it, a release puts it back.
      { topic: 'team', payload: { teamIds: await this.holds.teamIds(manager) } },
    ];
  }
}

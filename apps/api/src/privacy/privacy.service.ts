import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ERASABLE_LABELS, ERASED_TEXT, PROCESSING_RESTRICTION_HOLD, erasurePlan, retentionPeriodsOf, type ErasableData, type IsoDate, type KeptRecord,
  type RetentionPeriod,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { Clock } from '../common/clock.js';
import { conflict, notFound } from '../common/errors.js';
import { HoldsService } from '../holds/holds.service.js';
import type { DebtorExport } from './export-pdf.js';
import { PRIVACY_TIMELINE_TEXTS } from './privacy-timeline.i18n.js';
import { PrivacyRepository, type DataSubjectRequestRecord, type PrivacyCase, type PrivacyDebtor } from './privacy.repository.js';
import { RetentionService } from './retention.service.js';

const RESTRICTION_HOLD_TYPE = PROCESSING_RESTRICTION_HOLD.type;
const RESTRICTION_HOLD_REASON = PROCESSING_RESTRICTION_HOLD.reason;
const RESTRICTION_LIFTED_REASON = 'Restriction of processing lifted';
/** Timeline entries documenting correspondence: kept as business letters under an erasure request. */
const CORRESPONDENCE_CHANNELS = ['LETTER', 'EMAIL', 'SMS'];
const HOLDABLE = new Set(['OPEN', 'ON_HOLD']);

/** A debtor's data protection state: restriction, pseudonymisation, retention periods and what an erasure would keep. */
export interface DebtorPrivacyRecord {
  debtorId: string;
  processingRestrictedSince: Date | null;
  pseudonymisedAt: Date | null;
  asOf: IsoDate;
  periods: RetentionPeriod[];
  kept: KeptRecord[];
  pseudonymisedFrom: IsoDate | null;
  requests: DataSubjectRequestRecord[];
}

/**
 * Data subject requests (admin): the export of everything held (Art. 15), restriction of processing
 * (Art. 18: a CEASE_CONTACT hold on each open case and the debtor marked, so no dunning and no contact;
 * lifted by an admin) and erasure (Art. 17: erases now what no retention duty keeps, states per record
 * type what is kept until when; the retention job pseudonymises the rest when the duties end). Each
 * request is recorded with who made it, when and its result, and audited.
 */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PrivacyRepository,
    private readonly retention: RetentionService,
    private readonly holds: HoldsService,
    private readonly access: CaseAccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overview(debtorId: string): Promise<DebtorPrivacyRecord> {
    const debtor = await this.debtor(debtorId);
    const cases = await this.repository.casesOfDebtor(debtorId);
    const asOf = this.retention.today();
    const plan = erasurePlan(cases, asOf);
    return {
      debtorId, processingRestrictedSince: debtor.processingRestrictedSince, pseudonymisedAt: debtor.pseudonymisedAt, asOf,
      periods: retentionPeriodsOf(cases, asOf), kept: plan.kept, pseudonymisedFrom: debtor.pseudonymisedAt ? null : plan.pseudonymisedFrom,
      requests: await this.repository.requestsOf(debtorId),
    };
  }

  requests(debtorId: string): Promise<DataSubjectRequestRecord[]> {
    return this.repository.requestsOf(debtorId);
  }

  /** Everything held on the debtor; recorded as an EXPORT request (format JSON or PDF). */
  async export(user: AuthUser, debtorId: string, format: 'JSON' | 'PDF'): Promise<DebtorExport> {
    const debtor = await this.debtor(debtorId);
    const now = this.clock.now();
    const cases = await this.repository.caseRows(debtorId);
    const caseIds = cases.map((c) => String(c.id));
    const records = await this.repository.caseTableRows(caseIds, debtorId);
    const auditEvents = await this.repository.auditRows([debtorId, ...caseIds]);
    const data: DebtorExport = {
      generatedAt: now.toISOString(),
      debtor: await this.repository.debtorRow(debtorId),
      processing: {
        processingRestrictedSince: debtor.processingRestrictedSince?.toISOString() ?? null,
        pseudonymisedAt: debtor.pseudonymisedAt?.toISOString() ?? null,
        retention: retentionPeriodsOf(await this.repository.casesOfDebtor(debtorId), this.retention.today()),
      },
      cases, records, auditEvents,
      requests: (await this.repository.requestsOf(debtorId)).map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() })),
    };
    await this.db.transaction(async (manager) => {
      await this.repository.insertRequest(manager, {
        debtorId, kind: 'EXPORT', requestedBy: user.id, requestedAt: now,
        result: { format, cases: caseIds.length, records: Object.fromEntries(Object.entries(records).map(([k, v]) => [k, v.length])) },
      });
      await this.audit.record(manager, {
        actorId: user.id, action: 'privacy.export', entity: 'debtor', entityId: debtorId, before: null, after: { format },
      });
    });
    return data;
  }

  /** Restricts processing: a hold on every open case, the debtor marked; a restricted debtor is a conflict. */
  async restrict(user: AuthUser, debtorId: string): Promise<DataSubjectRequestRecord> {
    return this.record(debtorId, async (manager, debtor, now) => {
      if (debtor.processingRestrictedSince) throw conflict('Processing of this debtor\'s data is restricted already.', { field: 'debtorId' });
      const cases = await this.repository.casesOfDebtor(debtorId, manager);
      const holdIds: string[] = [];
      for (const c of cases.filter((x) => HOLDABLE.has(x.status))) {
        const before = await this.access.load(user, c.id, manager, true);
        holdIds.push(await this.holds.placeIn(manager, user, before, { type: RESTRICTION_HOLD_TYPE, reason: RESTRICTION_HOLD_REASON }, PRIVACY_TIMELINE_TEXTS.restricted));
      }
      await this.repository.setRestricted(manager, debtorId, now);
      const result = { holdIds, heldCaseIds: cases.filter((x) => HOLDABLE.has(x.status)).map((x) => x.id), summary: `Processing restricted; ${holdIds.length} open case(s) held (no dunning, no contact).` };
      await this.audit.record(manager, { actorId: user.id, action: 'privacy.restrict', entity: 'debtor', entityId: debtorId, before: { restricted: false }, after: { restricted: true, holdIds } });
      return { kind: 'RESTRICTION', result };
    }, user);
  }

  /** Lifts a restriction: releases the holds it placed that are still current. */
  async lift(user: AuthUser, debtorId: string): Promise<DataSubjectRequestRecord> {
    return this.record(debtorId, async (manager, debtor) => {
      if (!debtor.processingRestrictedSince) throw conflict('Processing of this debtor\'s data is not restricted.', { field: 'debtorId' });
      const cases = await this.repository.casesOfDebtor(debtorId, manager);
      const holds = await this.repository.currentHoldsWithReason(manager, cases.map((c) => c.id), RESTRICTION_HOLD_TYPE, RESTRICTION_HOLD_REASON);
      for (const h of holds) {
        const before = await this.access.load(user, h.caseId, manager, true);
        await this.holds.releaseIn(manager, user, before, h.id, RESTRICTION_LIFTED_REASON, PRIVACY_TIMELINE_TEXTS.lifted);
      }
      await this.repository.setRestricted(manager, debtorId, null);
      const result = { releasedHoldIds: holds.map((h) => h.id), summary: `Restriction lifted; ${holds.length} hold(s) released.` };
      await this.audit.record(manager, { actorId: user.id, action: 'privacy.lift-restriction', entity: 'debtor', entityId: debtorId, before: { restricted: true }, after: { restricted: false, releasedHoldIds: result.releasedHoldIds } });
      return { kind: 'RESTRICTION_LIFTED', result };
    }, user);
  }

  /**
   * Erasure: the domain's erasurePlan decides. With every case closed the contact data no duty keeps
   * is erased now (e-mail, phone, preferred channel, notes other than correspondence, portal access);
   * when every period has ended everything is pseudonymised now. The statement (kept records with their
   * last day) is stored with the request and returned.
   */
  async erase(user: AuthUser, debtorId: string): Promise<DataSubjectRequestRecord> {
    return this.record(debtorId, async (manager, debtor) => {
      const cases: PrivacyCase[] = await this.repository.casesOfDebtor(debtorId, manager);
      const asOf = this.retention.today();
      const plan = erasurePlan(cases, asOf);
      const ids = cases.map((c) => c.id);
      let counts: Record<string, number> = {};
      if (plan.eraseNow.length > 0 && !debtor.pseudonymisedAt) counts = await this.repository.eraseUnretained(manager, debtorId, ids, ERASED_TEXT, CORRESPONDENCE_CHANNELS);
      const pseudonymised = plan.pseudonymiseNow
        ? (await this.retention.pseudonymiseIn(manager, debtorId, asOf, user.id, 'privacy.erasure-pseudonymised')) !== null
        : false;
      const erased = plan.eraseNow.map((e: ErasableData) => ERASABLE_LABELS[e]);
      const summary = plan.eraseNow.length === 0
        ? 'Nothing erased now: a case is still open, so everything is kept for the claim; the retention periods start when the cases close.'
        : pseudonymised || debtor.pseudonymisedAt
          ? 'Every retention period has ended: the debtor\'s personal data is pseudonymised.'
          : `Erased now: ${erased.join(', ')}. Kept as stated until each retention period ends; pseudonymised from ${plan.pseudonymisedFrom}.`;
      const result = {
        asOf, erased, counts, pseudonymised: pseudonymised || debtor.pseudonymisedAt !== null,
        kept: plan.kept, pseudonymisedFrom: plan.pseudonymisedFrom, summary,
      };
      await this.audit.record(manager, {
        actorId: user.id, action: 'privacy.erasure', entity: 'debtor', entityId: debtorId, before: null,
        after: { asOf, erased: plan.eraseNow, counts, kept: plan.kept.map((k) => ({ type: k.type, keptUntil: k.keptUntil })), pseudonymisedFrom: plan.pseudonymisedFrom },
      });
      return { kind: 'ERASURE', result };
    }, user);
  }

  /** Runs a request under the debtor's row lock and records it with its result. */
  private async record(
    debtorId: string,
    body: (manager: EntityManager, debtor: PrivacyDebtor, now: Date) => Promise<{ kind: DataSubjectRequestRecord['kind']; result: Record<string, unknown> }>,
    user: AuthUser,
  ): Promise<DataSubjectRequestRecord> {
    const id = await this.db.transaction(async (manager) => {
      const debtor = await this.repository.findDebtor(debtorId, manager, true);
      if (!debtor) throw notFound('Debtor', debtorId);
      const now = this.clock.now();
      const { kind, result } = await body(manager, debtor, now);
      return this.repository.insertRequest(manager, { debtorId, kind, requestedBy: user.id, requestedAt: now, result });
    });
    return (await this.repository.requestsOf(debtorId)).find((r) => r.id === id)!;
  }

  private async debtor(debtorId: string): Promise<PrivacyDebtor> {
    const debtor = await this.repository.findDebtor(debtorId);
    if (!debtor) throw notFound('Debtor', debtorId);
    return debtor;
  }
}

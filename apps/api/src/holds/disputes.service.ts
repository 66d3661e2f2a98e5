import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  fill,
  DISPUTE_REASON_LABELS, allocateClaimReduction, amountText, calendarDateIn, decideDisputeResolution, requireHoldReason,
} from '@mahnwerk/domain';
import { DISPUTE_HOLD_REASON, DISPUTE_REASON_TEXTS, DISPUTE_RESOLUTION_WORDS, HOLD_API_TEXTS, HOLD_TIMELINE_TEXTS } from './holds.i18n.js';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { CaseFiguresService } from '../cases/case-figures.service.js';
import { CasesRepository } from '../cases/cases.repository.js';
import { Clock } from '../common/clock.js';
import { AppError, badInput, forbidden, notFound } from '../common/errors.js';
import { reportingDay } from '../common/reporting-day.js';
import { decide } from '../common/rule-violation.js';
import { caseChangeEvents } from '../realtime/case-events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { documentTypeOf, MAX_DOCUMENT_BYTES } from './document-type.js';
import type { DisputeInput, ResolveDisputeInput } from './hold.model.js';
import { HoldsRepository, type DocumentRecord } from './holds.repository.js';
import { HoldsService } from './holds.service.js';

const RESOLVERS = new Set(['LEAD', 'ADMIN']);

/**
 * Disputes: opened with a reason (placing a DISPUTE hold), documented (uploads), clarified by the
 * creditor, resolved UPHELD (the claim reduced or withdrawn by adjustment bookings) or REJECTED (the
 * hold released, dunning resumes in the stage where it stopped).
 */
@Injectable()
export class DisputesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
    private readonly cases: CasesRepository,
    private readonly figures: CaseFiguresService,
    private readonly holdsService: HoldsService,
    private readonly holds: HoldsRepository,
    private readonly audit: AuditService,
    private readonly events: PgEventBus,
    private readonly clock: Clock,
  ) {}

  /** Collectors on their own cases, leads and admins (the DISPUTE hold's permission). */
  async open(user: AuthUser, caseId: string, input: DisputeInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      const before = await this.access.load(user, caseId, manager, true);
      const note = decide(() => requireHoldReason(input.note, 'note'));
      const holdId = await this.holdsService.placeIn(manager, user, before, {
        type: 'DISPUTE', reason: `${DISPUTE_REASON_LABELS[input.reason]}: ${note}`, until: null,
      }, fill(DISPUTE_HOLD_REASON, { why: DISPUTE_REASON_TEXTS[input.reason], note }));
      const disputeId = await this.holds.insertDispute(
        { caseId, holdId, reason: input.reason, note, openedBy: user.id, openedAt: this.clock.now() }, manager,
      );
      await this.audit.record(manager, {
        actorId: user.id, action: 'dispute.open', entity: 'case', entityId: caseId, after: { disputeId, holdId, reason: input.reason },
      });
      return disputeId;
    });
  }

  /**
   * The debtor disputes the claim in the portal (inside the caller's transaction): the same dispute and
   * DISPUTE hold as a collector's, with no user as actor; `audit` is added to the audit event.
   */
  async openFromPortal(caseId: string, input: DisputeInput, audit: Record<string, unknown>, manager: EntityManager): Promise<string> {
    if (!(await this.cases.lockCase(caseId, manager))) throw notFound('Case', caseId);
    const before = await this.cases.findCase(caseId, manager);
    if (!before) throw notFound('Case', caseId);
    const note = decide(() => requireHoldReason(input.note, 'note'));
    const holdId = await this.holdsService.placeIn(manager, null, before, {
      type: 'DISPUTE', reason: `${DISPUTE_REASON_LABELS[input.reason]}: ${note}`, until: null,
    }, fill(DISPUTE_HOLD_REASON, { why: DISPUTE_REASON_TEXTS[input.reason], note }));
    const disputeId = await this.holds.insertDispute(
      { caseId, holdId, reason: input.reason, note, openedBy: null, openedAt: this.clock.now() }, manager,
    );
    await this.audit.record(manager, {
      actorId: null, action: 'dispute.open', entity: 'case', entityId: caseId, after: { disputeId, holdId, reason: input.reason, ...audit },
    });
    return disputeId;
  }

  /** The creditor's clarification, recorded by a lead or an admin while the dispute is open. */
  async clarify(user: AuthUser, caseId: string, disputeId: string, text: string): Promise<void> {
    if (!RESOLVERS.has(user.role)) throw forbidden(HOLD_API_TEXTS.onlyLeadClarifies);
    await this.db.transaction(async (manager) => {
      const before = await this.access.load(user, caseId, manager, true);
      const dispute = await this.holds.lockDispute(caseId, disputeId, manager);
      if (!dispute) throw notFound('Dispute', disputeId);
      if (dispute.status !== 'OPEN') throw badInput(HOLD_API_TEXTS.disputeResolved, 'disputeId');
      const clarification = decide(() => requireHoldReason(text, 'clarification'));
      const now = this.clock.now();
      await this.holds.recordClarification(disputeId, clarification, user.id, now, manager);
      await this.holds.insertActivity(caseId, user.id, fill(HOLD_TIMELINE_TEXTS.clarified, { clarification }), now, manager);
      await this.audit.record(manager, { actorId: user.id, action: 'dispute.clarify', entity: 'case', entityId: caseId, after: { disputeId } });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, caseId, before.assigneeId, before.assigneeId, before.creditorId)));
    });
  }

  async resolve(user: AuthUser, caseId: string, disputeId: string, input: ResolveDisputeInput): Promise<void> {
    if (!RESOLVERS.has(user.role)) throw forbidden(HOLD_API_TEXTS.onlyLeadResolves);
    await this.db.transaction(async (manager) => {
      const before = await this.access.load(user, caseId, manager, true);
      const dispute = await this.holds.lockDispute(caseId, disputeId, manager);
      if (!dispute) throw notFound('Dispute', disputeId);
      const claims = await this.holds.claimPrincipals(caseId, manager);
      const principal = claims.reduce((s, c) => s + c.principalCents, 0);
      const decision = decide(() => decideDisputeResolution(dispute, input, principal));
      const parts = decide(() => allocateClaimReduction(claims, decision.reductionCents));
      const now = this.clock.now();
      const today = calendarDateIn(now, before.creditor.timeZone);
      await this.holds.resolveDispute(disputeId, decision.resolution, decision.note, user.id, now, manager);
      if (decision.resolution === 'UPHELD') {
        // The booking of the reduction; a withdrawn claim keeps its principal as placed and the case closes.
        await this.holds.bookAdjustments(
          { caseId, disputeId, reason: decision.note, bookedOn: today, bookedBy: user.id, parts }, !decision.withdrawn, manager,
        );
        await this.holds.insertActivity(caseId, user.id, decision.withdrawn
          ? fill(HOLD_TIMELINE_TEXTS.upheldWithdrawn, { note: decision.note })
          : fill(HOLD_TIMELINE_TEXTS.upheldReduced, { amount: amountText(decision.reductionCents, before.currency), note: decision.note }), now, manager);
      } else {
        await this.holds.insertActivity(caseId, user.id, fill(HOLD_TIMELINE_TEXTS.rejected, { note: decision.note }), now, manager);
        await this.holds.queueDisputeAnswer({ caseId, disputeId, writtenOn: today }, manager);
      }
      const hold = await this.holds.lockHold(caseId, dispute.holdId, manager);
      if (hold && !hold.releasedAt) {
        await this.holdsService.releaseIn(
          manager, user, before, dispute.holdId, `Dispute ${decision.resolution.toLowerCase()}: ${decision.note}`,
          fill(HOLD_TIMELINE_TEXTS.resolvedRelease, { resolution: DISPUTE_RESOLUTION_WORDS[decision.resolution], note: decision.note }),
        );
      }
      if (decision.withdrawn) {
        await this.holds.closeWithdrawn(caseId, now, reportingDay(now), manager);
      } else {
        await this.figures.refresh(manager, before);
      }
      await this.audit.record(manager, {
        actorId: user.id, action: `dispute.${decision.resolution.toLowerCase()}`, entity: 'case', entityId: caseId,
        after: { disputeId, reductionCents: decision.reductionCents, withdrawn: decision.withdrawn, adjustments: parts },
      });
      await this.events.publishIn(manager, ...(await caseChangeEvents(manager, caseId, null, null, before.creditorId)));
    });
  }

  /** Stores an uploaded document of a dispute (checked by its first bytes, at most MAX_DOCUMENT_BYTES). */
  async addDocument(user: AuthUser, caseId: string, disputeId: string, fileName: string, content: Buffer): Promise<DocumentRecord> {
    await this.access.load(user, caseId);
    const dispute = await this.holds.findDispute(caseId, disputeId);
    if (!dispute) throw notFound('Dispute', disputeId);
    const checked = checkDocument(fileName, content);
    return this.db.transaction(async (manager) => {
      const doc = await this.insertChecked(disputeId, checked, user.id, manager);
      await this.holds.insertActivity(caseId, user.id, fill(HOLD_TIMELINE_TEXTS.documentAdded, { name: checked.name }), doc.uploadedAt, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'dispute.document', entity: 'case', entityId: caseId, after: { disputeId, documentId: doc.id, sha256: checked.sha256, sizeBytes: doc.sizeBytes },
      });
      await this.events.publishIn(manager, { topic: 'case', payload: { caseId } });
      return doc;
    });
  }

  /**
   * The debtor's document from the portal (inside the caller's transaction): attached to the case's open
   * dispute (the latest), with the same checks as a collector's upload and no user as uploader.
   * NOT_FOUND when the case has no open dispute, CONFLICT when the file is attached already.
   */
  async addDocumentFromPortal(caseId: string, fileName: string, content: Buffer, manager: EntityManager): Promise<{ disputeId: string; document: DocumentRecord }> {
    const checked = checkDocument(fileName, content);
    if (!(await this.cases.lockCase(caseId, manager))) throw notFound('Case', caseId);
    const open = (await this.holds.disputesOfCases([caseId], manager)).find((d) => d.status === 'OPEN');
    if (!open) throw new AppError('NOT_FOUND', HOLD_API_TEXTS.noOpenDispute, { field: 'file' });
    const document = await this.insertChecked(open.id, checked, null, manager);
    return { disputeId: open.id, document };
  }

  private async insertChecked(disputeId: string, checked: CheckedDocument, uploadedBy: string | null, manager: EntityManager): Promise<DocumentRecord> {
    const doc = await this.holds.insertDocument(
      { disputeId, fileName: checked.name, contentType: checked.contentType, content: checked.content, sha256: checked.sha256, uploadedBy, uploadedAt: this.clock.now() },
      manager,
    );
    if (!doc) throw new AppError('CONFLICT', HOLD_API_TEXTS.fileAttachedAlready, { field: 'file', sha256: checked.sha256 });
    return doc;
  }

  async document(user: AuthUser, caseId: string, disputeId: string, documentId: string): Promise<{ record: DocumentRecord; content: Buffer }> {
    await this.access.load(user, caseId);
    if (!(await this.holds.findDispute(caseId, disputeId))) throw notFound('Dispute', disputeId);
    const found = await this.holds.documentContent(disputeId, documentId);
    if (!found) throw notFound('Document', documentId);
    return found;
  }
}

interface CheckedDocument { name: string; contentType: string; content: Buffer; sha256: string }

/** An upload's checks: not empty, at most MAX_DOCUMENT_BYTES, PDF, PNG or JPEG by its first bytes; a safe file name. */
function checkDocument(fileName: string, content: Buffer): CheckedDocument {
  if (!content.length) throw badInput(HOLD_API_TEXTS.fileEmpty, 'file');
  if (content.length > MAX_DOCUMENT_BYTES) throw badInput(fill(HOLD_API_TEXTS.fileTooLarge, { mb: MAX_DOCUMENT_BYTES / 1024 / 1024 }), 'file');
  const contentType = documentTypeOf(content);
  if (!contentType) throw badInput(HOLD_API_TEXTS.fileKinds, 'file');
  const sha256 = createHash('sha256').update(content).digest('hex');
  const name = (fileName.replace(/[\\/\r\n"]/g, '_').trim() || 'document').slice(0, 200);
  return { name, contentType, content, sha256 };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PSEUDONYMISED_DATA, PSEUDONYMISED_TEXT, RETENTION_TIME_ZONE, calendarDateIn, debtorRetentionEnd, isRetentionOver, latestClosingOf,
  pseudonymOf, retentionClosingCutoff, type IsoDate, type PseudonymisedData,
} from '@mahnwerk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { PrivacyRepository, type ChangeCounts, type PrivacyCase } from './privacy.repository.js';

/** A debtor the retention job pseudonymises (or would, in a dry run). */
export interface RetentionCandidate {
  debtorId: string;
  debtorRef: string;
  caseIds: string[];
  claimReferences: string[];
  latestClosedOn: IsoDate;
  retentionEnd: IsoDate;
  data: PseudonymisedData[];
}

export interface RetentionRunResult {
  asOf: IsoDate;
  pseudonymised: RetentionCandidate[];
}

/** Debtors looked at per query: the job takes them batch by batch. */
const BATCH = 200;

/**
 * The retention job: once every retention period of every case of a debtor has ended (the domain's
 * isRetentionOver, Europe/Berlin calendar), the debtor's personal data is pseudonymised, one
 * transaction per debtor under the debtor's row lock; a debtor done already is skipped, so a second
 * run (or a second instance) changes nothing. Each debtor gets an audit event that names the kinds of
 * data and counts, never the data.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: PrivacyRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): IsoDate {
    return calendarDateIn(this.clock.now(), RETENTION_TIME_ZONE);
  }

  /** What a run as of `asOf` would pseudonymise; changes nothing. */
  async dryRun(asOf: IsoDate = this.today()): Promise<RetentionCandidate[]> {
    const out: RetentionCandidate[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const rows = await this.repository.retentionCandidates(retentionClosingCutoff(asOf), BATCH, offset);
      for (const r of rows) if (isRetentionOver(r.cases, asOf)) out.push(candidateOf(r.debtorId, r.debtorRef, r.cases, r.claimReferences));
      if (rows.length < BATCH) return out;
    }
  }

  /** Pseudonymises every debtor past every period as of today (the scheduled job and runRetentionNow). */
  async run(actorId: string | null = null): Promise<RetentionRunResult> {
    const asOf = this.today();
    const done: RetentionCandidate[] = [];
    // Done debtors leave the candidates; the ones the domain keeps stay at the front (ref order), so skip them.
    let skipped = 0;
    for (;;) {
      const rows = await this.repository.retentionCandidates(retentionClosingCutoff(asOf), BATCH, skipped);
      if (rows.length === 0) break;
      for (const r of rows) {
        const result = await this.db.transaction((manager) => this.pseudonymiseIn(manager, r.debtorId, asOf, actorId, 'retention.pseudonymised'));
        if (result) done.push({ ...result, claimReferences: r.claimReferences });
        else skipped += 1;
      }
    }
    return { asOf, pseudonymised: done };
  }

  /**
   * Pseudonymises one debtor in the caller's transaction if every period has ended as of `asOf` and it
   * has not been done; returns what was done, or null.
   */
  async pseudonymiseIn(manager: EntityManager, debtorId: string, asOf: IsoDate, actorId: string | null, action: string): Promise<RetentionCandidate | null> {
    const debtor = await this.repository.findDebtor(debtorId, manager, true);
    if (!debtor || debtor.pseudonymisedAt) return null;
    const cases = await this.repository.casesOfDebtor(debtorId, manager);
    if (!isRetentionOver(cases, asOf) && cases.length > 0) return null;
    const now = this.clock.now();
    const counts: ChangeCounts = await this.repository.pseudonymise(
      manager, debtorId, cases.map((c) => c.id), pseudonymOf(debtor.ref), PSEUDONYMISED_TEXT, now,
    );
    const candidate = candidateOf(debtorId, debtor.ref, cases);
    await this.audit.record(manager, {
      actorId, action, entity: 'debtor', entityId: debtorId,
      before: null,
      after: { asOf, retentionEnd: candidate.retentionEnd, caseIds: candidate.caseIds, data: candidate.data, counts },
    });
    return candidate;
  }
}

function candidateOf(debtorId: string, debtorRef: string, cases: readonly PrivacyCase[], claimReferences: string[] = []): RetentionCandidate {
  return {
    debtorId, debtorRef, caseIds: cases.map((c) => c.id), claimReferences,
    latestClosedOn: latestClosingOf(cases) ?? '',
    retentionEnd: debtorRetentionEnd(cases) ?? '',
    data: [...PSEUDONYMISED_DATA],
  };
}

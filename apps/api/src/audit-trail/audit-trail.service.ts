import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isIsoDate } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/current-user.js';
import { badInput, notFound } from '../common/errors.js';
import { REPORTING_TIME_ZONE } from '../common/reporting-day.js';
import { CreditorsRepository } from '../creditors/creditors.repository.js';
import { auditExportCsv, auditExportJson, buildAuditExport } from '../audit/audit-export.js';
import type { AuditEventModel, AuditEventPageModel } from './audit-event.model.js';
import { AuditRepository, type AuditEventRecord } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuditEventFilter } from './dto/audit-event-filter.input.js';

export type AuditExportFormat = 'csv' | 'json';

const SUMMARY_LENGTH = 160;

const shortValue = (v: unknown): string => {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'object') return Array.isArray(v) ? `[${v.length}]` : '{…}';
  return String(v);
};

/** The fields an event set and their new values, in short (the audit screen's summary column). */
export function auditSummary(e: Pick<AuditEventRecord, 'before' | 'after'>): string {
  const after = e.after && typeof e.after === 'object' ? Object.entries(e.after as Record<string, unknown>) : [];
  const before = e.before && typeof e.before === 'object' ? (e.before as Record<string, unknown>) : {};
  const text = after
    .map(([k, v]) => (k in before && before[k] !== v && typeof v !== 'object' ? `${k}: ${shortValue(before[k])} → ${shortValue(v)}` : `${k}: ${shortValue(v)}`))
    .join(', ');
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}

const toModel = (e: AuditEventRecord): AuditEventModel => ({
  id: e.id, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, caseId: e.caseId, summary: auditSummary(e),
});

const MAX_EXPORT_DAYS = 366;

/** The audit screen's search and the per-creditor export with its hash chain (admins only). */
@Injectable()
export class AuditTrailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: AuditRepository,
    private readonly audit: AuditService,
    private readonly creditors: CreditorsRepository,
  ) {}

  async search(filter: AuditEventFilter, page: { offset: number; limit: number }): Promise<AuditEventPageModel> {
    if (filter.from && filter.to && filter.from > filter.to) throw badInput(`The period ends (${filter.to}) before it starts (${filter.from}).`, 'to');
    const { items, totalCount } = await this.repository.search({ ...filter, timeZone: REPORTING_TIME_ZONE }, page, this.db);
    return { items: items.map(toModel), totalCount };
  }

  /**
   * A creditor's trail for a period (calendar days in the creditor's zone), chained, as a file. The
   * export itself goes on the trail (`audit.export`, with the count and final hash it handed out).
   */
  async export(user: AuthUser, creditorId: string, from: string, to: string, format: AuditExportFormat): Promise<{ fileName: string; body: string }> {
    if (!isIsoDate(from)) throw badInput(`from "${from}" is not a date (YYYY-MM-DD).`, 'from');
    if (!isIsoDate(to)) throw badInput(`to "${to}" is not a date (YYYY-MM-DD).`, 'to');
    if (from > to) throw badInput(`The period ends (${to}) before it starts (${from}).`, 'to');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_EXPORT_DAYS) {
      throw badInput(`Export at most ${MAX_EXPORT_DAYS} days at a time.`, 'to');
    }
    const creditor = await this.creditors.creditor(creditorId);
    if (!creditor) throw notFound('Creditor', creditorId);
    const rows = await this.repository.creditorTrail(creditor.id, from, to, creditor.timeZone, this.db);
    const file = buildAuditExport({ creditorId: creditor.id, creditorName: creditor.name, from, to, timeZone: creditor.timeZone }, rows);
    await this.audit.record(this.db, {
      actorId: user.id, action: 'audit.export', entity: 'creditor', entityId: creditor.id,
      after: { from, to, format, count: file.header.count, finalHash: file.header.finalHash },
    });
    return {
      fileName: `audit-${creditor.ref}-${from}-${to}.${format}`,
      body: format === 'csv' ? auditExportCsv(file) : auditExportJson(file),
    };
  }
}

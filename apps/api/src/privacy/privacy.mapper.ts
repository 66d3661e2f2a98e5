import type { KeptRecord } from '@mahnwerk/domain';
import type { DataSubjectRequestRecord } from './privacy.repository.js';
import type { DebtorPrivacyRecord } from './privacy.service.js';
import type { DataSubjectRequestModel, DebtorPrivacyModel } from './privacy.model.js';

export function toRequestModel(r: DataSubjectRequestRecord): DataSubjectRequestModel {
  const result = r.result;
  return {
    id: r.id, debtorId: r.debtorId, kind: r.kind, requestedById: r.requestedById, requestedByName: r.requestedByName,
    requestedAt: r.requestedAt,
    summary: typeof result.summary === 'string' ? result.summary : r.kind === 'EXPORT' ? `Export (${String(result.format ?? 'JSON')})` : r.kind,
    erased: Array.isArray(result.erased) ? (result.erased as string[]) : [],
    kept: Array.isArray(result.kept) ? (result.kept as KeptRecord[]) : [],
    pseudonymisedFrom: typeof result.pseudonymisedFrom === 'string' ? result.pseudonymisedFrom : null,
    resultJson: JSON.stringify(result),
  };
}

export function toPrivacyModel(p: DebtorPrivacyRecord): DebtorPrivacyModel {
  return {
    debtorId: p.debtorId, processingRestrictedSince: p.processingRestrictedSince, pseudonymisedAt: p.pseudonymisedAt, asOf: p.asOf,
    retention: p.periods, keptIfErased: p.kept, pseudonymisedFrom: p.pseudonymisedFrom, requests: p.requests.map(toRequestModel),
  };
}

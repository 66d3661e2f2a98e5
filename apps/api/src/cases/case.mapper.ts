import type { CreditorEntity } from '../creditors/creditor.entity.js';
import type { CreditorModel } from '../creditors/creditor.model.js';
import { toUserModel } from '../users/user.mapper.js';
import type { CaseEntity } from './case.entity.js';
import type { CaseModel, DebtorModel } from './case.model.js';
import type { DebtorEntity } from './debtor.entity.js';

/** Expects creditor, debtor and assignee (with team) joined. */
export function toCaseModel(c: CaseEntity): CaseModel {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    stage: c.stage,
    priority: c.priority,
    assignee: c.assignee ? toUserModel(c.assignee) : null,
    creditor: toCreditorModel(c.creditor),
    debtor: toDebtorModel(c.debtor),
    placedAt: c.placedAt,
    nextActionAt: c.nextActionAt,
    holdReason: c.holdReason,
    paidAt: c.paidAt,
    openCents: c.openCents,
    currency: c.currency,
    oldestDueDate: c.oldestDueDate,
  };
}

export function toCreditorModel(c: CreditorEntity): CreditorModel {
  return { id: c.id, ref: c.ref, name: c.name, country: c.country, currency: c.currency, timeZone: c.timeZone };
}

export function toDebtorModel(d: DebtorEntity): DebtorModel {
  return {
    id: d.id, ref: d.ref, name: d.name, kind: d.kind === 'business' ? 'BUSINESS' : 'CONSUMER',
    country: d.country, email: d.email, phone: d.phone, address: d.address,
    language: d.language, timeZone: d.timeZone,
  };
}

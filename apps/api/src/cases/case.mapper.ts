import { toCreditorModel } from '../creditors/creditor.mapper.js';
import type { UserModel } from '../users/user.model.js';
import type { CaseModel, DebtorModel } from './case.model.js';
import type { CaseRecord, CaseUserRecord, DebtorRecord } from './cases.repository.js';


/** A case with creditor, debtor and assignee (with team) as the API shows it. */
export function toCaseModel(c: CaseRecord): CaseModel {
  return {
    id: c.id,
    version: c.version,
    status: c.status,
    stage: c.stage,
    priority: c.priority,
    assignee: c.assignee ? toCaseUserModel(c.assignee) : null,
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

/** An assignee or actor (presence is not shown on a case). */
export function toCaseUserModel(u: CaseUserRecord): UserModel {
  return {
    id: u.id, email: u.email, name: u.name, role: u.role, capacity: u.capacity, online: false,
    team: u.team ? { id: u.team.id, name: u.team.name } : null,
  };
}

export function toDebtorModel(d: DebtorRecord): DebtorModel {
  return {
    id: d.id, ref: d.ref, name: d.name, kind: d.kind === 'business' ? 'BUSINESS' : 'CONSUMER',
    country: d.country, email: d.email, phone: d.phone, address: d.address,
    language: d.language, timeZone: d.timeZone, addressUnknown: d.addressUnknown,
    addressResearched: d.addressResearched,
  };
}

import type { CreditorModel } from './creditor.model.js';
import type { CreditorRecord } from './creditors.repository.js';

export function toCreditorModel(c: CreditorRecord): CreditorModel {
  return { id: c.id, ref: c.ref, name: c.name, country: c.country, currency: c.currency, timeZone: c.timeZone };
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { placedCaseFigures } from './case-figures.js';
import {
  debtorKey, groupByDebtor, newDebtor, noEffects, qualifiedRef, toClaim, type BatchEffects, type Creditor, type PreparedBatch, type ValidRow,
} from './case-import-batch.js';
import type { CaseImportProgress, CaseImportsRepository } from './case-imports.repository.js';
import type { CaseFiguresUpdate, IntakeClaimRecord, IntakeRepository, NewCase, NewDebtor } from './intake.repository.js';

/**
 * Writes one prepared batch of an import in the caller's transaction: invoices registered (the ones
 * placed before are duplicates), debtors found or inserted, the cases and claims, the figures of
 * cases of this file that got more claims, the batch's rejections and the job's progress.
 */
export class CaseImportWriter {
  constructor(
    private readonly repository: IntakeRepository,
    private readonly jobs: CaseImportsRepository,
    private readonly importId: string,
  ) {}

  /**
   * Writes one batch in the caller's transaction and says what it changed: a handful of set-based
   * statements whatever the batch's size (invoices registered, debtors found or inserted, cases,
   * claims, the figures of cases that got more claims, rejections, progress).
   */
  async write(tx: EntityManager, batch: PreparedBatch, progress: CaseImportProgress): Promise<BatchEffects> {
    const effects = noEffects();
    const fresh = await this.repository.registerInvoices(
      tx, batch.unique.map((v) => ({ id: v.claimId, creditorId: v.creditor.id, reference: v.row.invoiceRef })),
    );
    const rows = fresh.size === batch.unique.length ? batch.unique : batch.unique.filter((v) => fresh.has(v.claimId));
    effects.duplicates = batch.valid.length - rows.length;
    effects.imported = rows.length;
    // Invoices placed before leave their debtor's group; a group that lost some is computed again.
    const groups = rows.length === batch.unique.length ? batch.groups : groupByDebtor(rows);

    // Each debtor once: found (with the case this import opened for them in an earlier batch) or inserted.
    const debtors = await this.debtorsOf(tx, [...groups.values()].map((g) => g.rows[0]!));
    const extended = new Map<string, Creditor>();
    const cases: NewCase[] = [];
    const caseOf = new Map<string, string>();
    for (const [key, { rows: group, figures }] of groups) {
      const first = group[0]!;
      const debtor = debtors.get(qualifiedRef(first))!;
      if (debtor.caseId) {
        caseOf.set(key, debtor.caseId);
        extended.set(debtor.caseId, first.creditor);
        continue;
      }
      const caseId = randomUUID();
      caseOf.set(key, caseId);
      cases.push({
        id: caseId, creditorId: first.creditor.id, debtorId: debtor.debtorId, currency: first.creditor.currency,
        placedAt: first.creditor.today, caseImportId: this.importId, ...figures,
      });
      effects.placed.push(caseId);
      effects.creditorIds.add(first.creditor.id);
    }
    await this.repository.insertCases(tx, cases);
    await this.repository.insertClaims(tx, rows.map((v) => toClaim(v, caseOf.get(debtorKey(v))!)));
    if (extended.size) await this.refreshExtended(tx, extended, effects);
    await this.jobs.insertRejections(tx, this.importId, batch.rejections);
    await this.jobs.saveProgress(tx, this.importId, {
      ...progress,
      imported: progress.imported + effects.imported,
      casesCreated: progress.casesCreated + effects.placed.length,
      duplicates: progress.duplicates + effects.duplicates,
    });
    return effects;
  }

  /** The debtor of the first row of each group: found by creditor-qualified ref (with this import's case of them), or inserted. */
  private async debtorsOf(tx: EntityManager, firsts: readonly ValidRow[]): Promise<Map<string, { debtorId: string; caseId: string | null }>> {
    const refs = [...new Set(firsts.map(qualifiedRef))];
    const found = await this.repository.debtorsWithImportCase(tx, this.importId, refs);
    const missing = new Map<string, NewDebtor>();
    for (const v of firsts) {
      const ref = qualifiedRef(v);
      if (found.has(ref) || missing.has(ref)) continue;
      missing.set(ref, newDebtor(v.row, v.creditor, ref));
    }
    const inserted = await this.repository.insertDebtors(tx, [...missing.values()]);
    const lost: string[] = [];
    for (const [ref, d] of missing) {
      if (inserted.has(d.id)) found.set(ref, { debtorId: d.id, caseId: null });
      else lost.push(ref);
    }
    if (lost.length) for (const [ref, d] of await this.repository.debtorsWithImportCase(tx, this.importId, lost)) found.set(ref, d);
    return found;
  }

  /** Cases created by an earlier batch of this file that got more claims: their figures again, from all their claims. */
  private async refreshExtended(tx: EntityManager, creditorOf: ReadonlyMap<string, Creditor>, effects: BatchEffects): Promise<void> {
    const byCase = new Map<string, IntakeClaimRecord[]>();
    for (const c of await this.repository.claimsOfCases(tx, [...creditorOf.keys()])) {
      const own = byCase.get(c.caseId);
      if (own) own.push(c);
      else byCase.set(c.caseId, [c]);
    }
    const updates: CaseFiguresUpdate[] = [];
    for (const [id, creditor] of creditorOf) {
      const own = byCase.get(id)!;
      const figures = placedCaseFigures(
        { country: creditor.country, debtorKind: own[0]!.debtorKind, currency: creditor.currency, weights: creditor.weights },
        own,
        creditor.today,
      );
      updates.push({ id, ...figures });
      effects.creditorIds.add(creditor.id);
    }
    await this.repository.updateCaseFigures(tx, updates);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PRIORITY_PART_KEYS, joinTexts, validatePriorityWeights, type PriorityWeights } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { badInput, notFound } from '../common/errors.js';
import type { PriorityWeightsModel } from '../creditors/creditor.model.js';
import { CreditorsRepository } from '../creditors/creditors.repository.js';
import { CaseFiguresService, creditorWeights } from './case-figures.service.js';

/**
 * A creditor's priority weights (the case priority's parameters): read, changed (validated by the
 * domain, audited) and applied to its open cases.
 */
@Injectable()
export class PriorityWeightsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly creditors: CreditorsRepository,
    private readonly audit: AuditService,
    private readonly figures: CaseFiguresService,
  ) {}

  async weights(creditorId: string): Promise<PriorityWeightsModel> {
    const stored = await this.creditors.priorityWeights(creditorId);
    if (stored === undefined) throw notFound('Creditor', creditorId);
    return { ...creditorWeights(stored), isDefault: stored === null };
  }

  /**
   * Stores the weights and the audit event in one transaction, then re-scores the creditor's open
   * cases in batches (each its own transaction, so a large portfolio holds no long lock).
   * `null` goes back to the defaults.
   */
  async set(user: AuthUser, creditorId: string, input: PriorityWeights | null): Promise<void> {
    const weights = input === null ? null : (Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, input[k]])) as PriorityWeights);
    const problems = weights === null ? [] : validatePriorityWeights(weights);
    if (problems.length) {
      const field = problems[0]!.field;
      throw badInput(joinTexts(problems.map((p) => p.texts)), field === 'weights' ? 'weights' : `weights.${field}`);
    }
    await this.db.transaction(async (manager) => {
      const before = await this.creditors.priorityWeights(creditorId, manager, true);
      if (before === undefined) throw notFound('Creditor', creditorId);
      await this.creditors.setPriorityWeights(creditorId, weights, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'creditor.priorityWeights', entity: 'creditor', entityId: creditorId,
        before: { priorityWeights: before }, after: { priorityWeights: weights },
      });
    });
    await this.figures.recomputeCreditor(creditorId);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_AMOUNT_CENTS } from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { badInput, notFound } from '../common/errors.js';
import { CreditorsRepository } from './creditors.repository.js';

/**
 * A creditor's payment approval threshold: a manual payment above it waits for a second person
 * before it books (payments/approvals); null = never. Changed with an audit event in one transaction.
 */
@Injectable()
export class PaymentApprovalSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly creditors: CreditorsRepository,
  ) {}

  async set(user: AuthUser, creditorId: string, thresholdCents: number | null): Promise<void> {
    if (thresholdCents !== null && (!Number.isInteger(thresholdCents) || thresholdCents <= 0 || thresholdCents > MAX_AMOUNT_CENTS)) {
      throw badInput(`The threshold is whole cents above 0 and at most ${MAX_AMOUNT_CENTS}, or none.`, 'thresholdCents');
    }
    await this.db.transaction(async (manager) => {
      const before = await this.creditors.paymentApprovalThreshold(creditorId, manager, true);
      if (before === undefined) throw notFound('Creditor', creditorId);
      await this.creditors.setPaymentApprovalThreshold(creditorId, thresholdCents, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'creditor.paymentApprovalThreshold', entity: 'creditor', entityId: creditorId,
        before: { paymentApprovalThresholdCents: before }, after: { paymentApprovalThresholdCents: thresholdCents },
      });
    });
  }
}

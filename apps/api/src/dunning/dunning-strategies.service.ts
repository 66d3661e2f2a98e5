import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toCreditorModel } from '../cases/case.mapper.js';
import { CreditorEntity } from '../creditors/creditor.entity.js';
import type { DunningStrategyModel } from './dunning.model.js';
import {
  buildFeeBrackets, buildTransitions, strategyOf, type CreditorStrategyRow, type FeeBracket, type Transition,
} from './transitions.js';

@Injectable()
export class DunningStrategiesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async creditors(): Promise<CreditorStrategyRow[]> {
    return this.db.query('SELECT id, country, dunning_strategy FROM creditors ORDER BY name');
  }

  async transitions(asOf: string): Promise<Transition[]> {
    return buildTransitions(await this.creditors(), asOf);
  }

  async feeBrackets(asOf: string): Promise<FeeBracket[]> {
    const [{ max }] = await this.db.query(
      'SELECT coalesce(max(total), 0)::bigint AS max FROM (SELECT sum(principal_cents) AS total FROM claims GROUP BY case_id) t',
    );
    return buildFeeBrackets(await this.creditors(), asOf, max);
  }

  async list(): Promise<DunningStrategyModel[]> {
    const creditors = await this.db.manager.find(CreditorEntity, { order: { name: 'ASC' } });
    const rows = new Map((await this.creditors()).map((r) => [r.id, r]));
    return creditors.map((creditor) => {
      const row = rows.get(creditor.id)!;
      const strategy = strategyOf(row);
      return {
        creditor: toCreditorModel(creditor),
        isDefault: row.dunning_strategy === null,
        steps: strategy.stages.map((s) => ({
          stage: s.stage,
          waitDays: s.waitDays,
          channel: s.channel,
          feeCents: s.fee?.rule === 'FIXED' ? s.fee.amountCents : 0,
          feeLabel: s.fee ? feeRuleLabel(s.fee.rule) : null,
          paymentWindowDays: s.channel === 'PHONE' ? null : s.paymentWindowDays,
        })),
      };
    });
  }
}

function feeRuleLabel(rule: string): string {
  switch (rule) {
    case 'DK_REMINDER_FEE': return 'Reminder fee DKK 100 (renteloven 9b(2))';
    case 'DK_HANDOVER_FEE': return 'Hand-over fee DKK 100 (renteloven 9b(3))';
    case 'DK_COLLECTION_COSTS': return 'Collection costs up to the cap (renteloven 9a(4))';
    case 'DE_AGENCY_FEE': return 'Agency costs, VV 2300 on the claim value (RDG 13e)';
    default: return 'Fixed fee';
  }
}

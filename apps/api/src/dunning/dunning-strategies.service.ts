import { Injectable } from '@nestjs/common';
import type { IsoDate } from '@mahnwerk/domain';
import { DunningRepository } from './dunning.repository.js';
import type { DunningStrategyModel } from './dunning.model.js';
import {
  buildFeeBrackets, buildTransitions, strategyOf, type CreditorStrategyRow, type FeeBracket, type Transition,
} from './transitions.js';

/** The creditors' dunning strategies, and the transitions and fee bands the run compiles from them. */
@Injectable()
export class DunningStrategiesService {
  constructor(private readonly repository: DunningRepository) {}

  async creditors(): Promise<CreditorStrategyRow[]> {
    return (await this.repository.creditorStrategies()).map((c) => c.row);
  }

  async transitions(asOf: IsoDate): Promise<Transition[]> {
    return buildTransitions(await this.creditors(), asOf);
  }

  async feeBrackets(asOf: IsoDate): Promise<FeeBracket[]> {
    return buildFeeBrackets(await this.creditors(), asOf, await this.repository.largestCasePrincipal());
  }

  async list(): Promise<DunningStrategyModel[]> {
    return (await this.repository.creditorStrategies()).map(({ creditor, row }) => {
      const strategy = strategyOf(row);
      return {
        creditor,
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

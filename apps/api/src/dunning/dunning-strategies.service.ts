import { Injectable } from '@nestjs/common';
import { feeDescription, type IsoDate, type TextLanguage } from '@mahnwerk/domain';
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

  /** Each creditor's strategy, its fees described in `language`. */
  async list(language: TextLanguage = 'en'): Promise<DunningStrategyModel[]> {
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
          feeLabel: s.fee ? feeDescription(s.fee)[language] : null,
          paymentWindowDays: s.channel === 'PHONE' ? null : s.paymentWindowDays,
        })),
      };
    });
  }
}

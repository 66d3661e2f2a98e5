import { DEFAULT_STRATEGIES, FEE_RULE_TEXTS, feeRulePartsOf, type Country, type TextLanguage } from '@mahnwerk/domain';
import type { CreditorDunningStrategyModel, CreditorModel } from './creditor.model.js';
import type { CreditorDetailsRecord, CreditorRecord } from './creditors.repository.js';

export function toCreditorModel(c: CreditorRecord): CreditorModel {
  return { id: c.id, ref: c.ref, name: c.name, country: c.country, currency: c.currency, timeZone: c.timeZone };
}

/** The strategy a creditor's next dunning steps follow (its own, or its country's default), its fee rules described in `language`. */
export function toCreditorStrategyModel(details: CreditorDetailsRecord, country: Country, language: TextLanguage = 'en'): CreditorDunningStrategyModel {
  const strategy = details.dunningStrategy ?? DEFAULT_STRATEGIES[country];
  return {
    name: strategy.name,
    isDefault: details.dunningStrategy === null,
    stages: strategy.stages.map((s) => ({
      stage: s.stage,
      waitDays: s.waitDays,
      channel: s.channel,
      fee: s.fee ? { ...feeRulePartsOf(s.fee), description: FEE_RULE_TEXTS[s.fee.rule][language] } : null,
      letterTemplate: s.letterTemplate,
      paymentWindowDays: s.paymentWindowDays,
      collectionWarning: s.collectionWarning === true,
    })),
  };
}

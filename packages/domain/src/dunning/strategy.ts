import { RuleViolation } from '../rule-violation.js';
import { DUNNING_STAGES, stageIndex, type Country, type DunningStage } from '../stages.js';
import { DEFAULT_RAISED_FACTOR, RAISED_FACTOR_RANGE, factorToHundredths, formatFactor } from '../fees/agency-fee-de.js';
import { isValidAmountCents } from '../money.js';
import { creditorDunningFeeViolation } from '../fees/creditor-dunning-fee.js';
import { fill } from '../i18n/localized-text.js';
import { STRATEGY_TEXTS as T, dunningChannelRef, decimalTextOf, feeRuleRef, dunningStageRef } from './dunning.i18n.js';

export const DUNNING_CHANNELS = ['LETTER', 'EMAIL', 'PHONE', 'SMS'] as const;
export type DunningChannel = (typeof DUNNING_CHANNELS)[number];

/** Which fee rule a stage charges when the case enters it. */
export type FeeRuleRef =
  /** Rykkergebyr DKK 100 (renteloven 9b(2)); at most 3, at least 10 days apart. */
  | { rule: 'DK_REMINDER_FEE' }
  /** Inkassogebyr DKK 100 for handing over to collection (renteloven 9b(3)). */
  | { rule: 'DK_HANDOVER_FEE' }
  /** The agency's collection costs up to the cap of the cost order (renteloven 9a(4), Bilag 1). */
  | { rule: 'DK_COLLECTION_COSTS' }
  /**
   * German agency costs (RDG 13e, VV 2300). `firstDemand`: the agency's first demand may claim
   * only the 0.5 simple-case fee (VV 2300 Anm. 2 sentence 2); otherwise `factor`, capped at 0.9
   * for an undisputed claim. `raisedFactor` (first demand only): once the first demand's deadline
   * has passed unpaid, the next step raises the business fee to this factor (VV 2300 Anm. 2;
   * default 0.9, 0.5 to 1.3), capped by the rules that apply to the claim.
   */
  | { rule: 'DE_AGENCY_FEE'; factor: number; firstDemand?: boolean; raisedFactor?: number; creditorCanDeductVat?: boolean }
  /** A creditor-specific fixed fee, e.g. actual costs of a dunning letter. */
  | { rule: 'FIXED'; label: string; amountCents: number; statute: string };

export interface DunningStrategyStage {
  stage: DunningStage;
  /** Days after entering the previous stage (for the first stage: after placement). */
  waitDays: number;
  channel: DunningChannel;
  fee: FeeRuleRef | null;
  letterTemplate: string | null;
  /** Payment deadline printed on the letter: sending day + this many days. */
  paymentWindowDays: number;
  /** DK: this letter is the collection warning (inkassovarsel) of inkassoloven 10. */
  collectionWarning?: boolean;
}

/** A creditor's dunning process: ordered stages, for one country's rules. */
export interface DunningStrategy {
  country: Country;
  name: string;
  stages: readonly DunningStrategyStage[];
}

/** Danish reminder rules checked on a strategy (renteloven 9b(2)). */
export const DK_MAX_REMINDERS = 3;
export const DK_MIN_DAYS_BETWEEN_REMINDERS = 10;
/** Inkassoloven 10(3): the collection warning gives at least 10 days from sending. */
export const DK_COLLECTION_WARNING_MIN_DAYS = 10;

/**
 * German default: the creditor's reminder and two dunning letters (no fees: the letter that
 * causes default is not recoverable, later ones only at actual cost), a call, the agency's first
 * demand (0.5 fee, VV 2300 Anm. 2 sentence 2; raised to 0.9 with the next step once its deadline
 * passed unpaid, Anm. 2 sentence 1), the court dunning procedure (ZPO 688 ff.; 2-week objection
 * period) and enforcement. Each stage waits until the previous letter's deadline has passed.
 */
export const DEFAULT_STRATEGY_DE: DunningStrategy = {
  country: 'DE',
  name: 'Standard (DE)',
  stages: [
    { stage: 'REMINDER', waitDays: 0, channel: 'LETTER', fee: null, letterTemplate: 'de-zahlungserinnerung', paymentWindowDays: 10 },
    { stage: 'DUNNING_1', waitDays: 14, channel: 'LETTER', fee: null, letterTemplate: 'de-mahnung-1', paymentWindowDays: 10 },
    { stage: 'DUNNING_2', waitDays: 14, channel: 'LETTER', fee: null, letterTemplate: 'de-letzte-mahnung', paymentWindowDays: 7 },
    { stage: 'PHONE', waitDays: 8, channel: 'PHONE', fee: null, letterTemplate: null, paymentWindowDays: 7 },
    {
      stage: 'AGENCY',
      waitDays: 8,
      channel: 'LETTER',
      fee: { rule: 'DE_AGENCY_FEE', factor: 0.9, firstDemand: true, raisedFactor: DEFAULT_RAISED_FACTOR },
      letterTemplate: 'de-inkasso-erstaufforderung',
      paymentWindowDays: 14,
    },
    { stage: 'COURT', waitDays: 15, channel: 'LETTER', fee: null, letterTemplate: 'de-mahnbescheid-ankuendigung', paymentWindowDays: 14 },
    { stage: 'ENFORCEMENT', waitDays: 15, channel: 'LETTER', fee: null, letterTemplate: 'de-vollstreckung-ankuendigung', paymentWindowDays: 14 },
  ],
};

/**
 * Danish default: three reminders (rykker 1-3) with DKK 100 each, 14 days apart (at least 10,
 * renteloven 9b(2)); the third is the collection warning with a 10-day window (inkassoloven 10);
 * hand-over to collection with the DKK 100 fee (9b(3)); betalingspåkrav; enforcement (udlæg).
 */
export const DEFAULT_STRATEGY_DK: DunningStrategy = {
  country: 'DK',
  name: 'Standard (DK)',
  stages: [
    { stage: 'REMINDER', waitDays: 0, channel: 'LETTER', fee: { rule: 'DK_REMINDER_FEE' }, letterTemplate: 'dk-rykker-1', paymentWindowDays: 10 },
    { stage: 'DUNNING_1', waitDays: 14, channel: 'LETTER', fee: { rule: 'DK_REMINDER_FEE' }, letterTemplate: 'dk-rykker-2', paymentWindowDays: 10 },
    {
      stage: 'DUNNING_2',
      waitDays: 14,
      channel: 'LETTER',
      fee: { rule: 'DK_REMINDER_FEE' },
      letterTemplate: 'dk-rykker-3-inkassovarsel',
      paymentWindowDays: 10,
      collectionWarning: true,
    },
    { stage: 'AGENCY', waitDays: 11, channel: 'LETTER', fee: { rule: 'DK_HANDOVER_FEE' }, letterTemplate: 'dk-inkasso-paakrav', paymentWindowDays: 10 },
    { stage: 'COURT', waitDays: 14, channel: 'LETTER', fee: null, letterTemplate: 'dk-betalingspaakrav', paymentWindowDays: 14 },
    { stage: 'ENFORCEMENT', waitDays: 15, channel: 'LETTER', fee: null, letterTemplate: 'dk-udlaeg', paymentWindowDays: 14 },
  ],
};

export const DEFAULT_STRATEGIES: Readonly<Record<Country, DunningStrategy>> = { DE: DEFAULT_STRATEGY_DE, DK: DEFAULT_STRATEGY_DK };

/** The stages in their order, as a rule names them: "REMINDER -> DUNNING_1 -> ..." / "Zahlungserinnerung → 1. Mahnung → ...". */
function stageOrder() {
  const refs = DUNNING_STAGES.map(dunningStageRef);
  return { en: refs.map((r) => r.en).join(' -> '), de: refs.map((r) => r.de).join(' → '), da: refs.map((r) => r.da).join(' → ') };
}

const isWholeDays = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= 3650;

/** Every rule a strategy breaks, in stage order; empty when it is valid. */
export function strategyViolations(strategy: DunningStrategy): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { country, stages } = strategy;
  if (country !== 'DE' && country !== 'DK') out.push(new RuleViolation(fill(T.unknownCountry, { country: String(country) }), 'country'));
  if (stages.length === 0) out.push(new RuleViolation(T.noStages, 'stages'));

  stages.forEach((s, i) => {
    const at = (field: string): string => `stages[${i}].${field}`;
    if (!(DUNNING_STAGES as readonly string[]).includes(s.stage)) {
      out.push(new RuleViolation(fill(T.unknownStage, { stage: String(s.stage) }), at('stage')));
      return;
    }
    const prev = stages[i - 1];
    if (prev && stageIndex(s.stage) <= stageIndex(prev.stage)) {
      out.push(new RuleViolation(fill(T.stageOrder, { stage: dunningStageRef(s.stage), previous: dunningStageRef(prev.stage), order: stageOrder() }), at('stage')));
    }
    if (!isWholeDays(s.waitDays)) out.push(new RuleViolation(fill(T.waitDays, { value: String(s.waitDays) }), at('waitDays')));
    if (!isWholeDays(s.paymentWindowDays)) {
      out.push(new RuleViolation(fill(T.paymentWindow, { value: String(s.paymentWindowDays) }), at('paymentWindowDays')));
    }
    if (prev && isWholeDays(s.waitDays) && isWholeDays(prev.paymentWindowDays) && s.waitDays <= prev.paymentWindowDays) {
      out.push(
        new RuleViolation(
          fill(T.beforeDeadline, { stage: dunningStageRef(s.stage), wait: s.waitDays, previous: dunningStageRef(prev.stage), window: prev.paymentWindowDays }),
          at('waitDays'),
        ),
      );
    }
    if (!(DUNNING_CHANNELS as readonly string[]).includes(s.channel)) out.push(new RuleViolation(fill(T.unknownChannel, { channel: String(s.channel) }), at('channel')));
    if (s.channel !== 'PHONE' && !s.letterTemplate) out.push(new RuleViolation(fill(T.needsTemplate, { channel: dunningChannelRef(s.channel) }), at('letterTemplate')));

    const fee = s.fee;
    if (fee) {
      if (fee.rule.startsWith('DK_') && country !== 'DK') out.push(new RuleViolation(fill(T.danishFee, { rule: feeRuleRef(fee.rule) }), at('fee')));
      if (fee.rule.startsWith('DE_') && country !== 'DE') out.push(new RuleViolation(fill(T.germanFee, { rule: feeRuleRef(fee.rule) }), at('fee')));
      if (fee.rule === 'DE_AGENCY_FEE') {
        try {
          const f = factorToHundredths(fee.factor, at('fee.factor'));
          if (f < 50 || f > 250) out.push(new RuleViolation(fill(T.factorRange, { factor: decimalTextOf(fee.factor) }), at('fee.factor')));
        } catch (e) {
          out.push(e as RuleViolation);
        }
        if (fee.raisedFactor !== undefined && fee.raisedFactor !== null) {
          const { min, max } = RAISED_FACTOR_RANGE;
          if (fee.firstDemand !== true) {
            out.push(new RuleViolation(T.raisedNeedsFirstDemand, at('fee.raisedFactor')));
          }
          try {
            const r = factorToHundredths(fee.raisedFactor, at('fee.raisedFactor'));
            if (r < min || r > max) {
              out.push(
                new RuleViolation(
                  fill(T.raisedRange, { min: decimalTextOf(formatFactor(min)), max: decimalTextOf(formatFactor(max)), factor: decimalTextOf(fee.raisedFactor) }),
                  at('fee.raisedFactor'),
                ),
              );
            }
          } catch (e) {
            out.push(e as RuleViolation);
          }
        }
      }
      if (fee.rule === 'FIXED') {
        if (!isValidAmountCents(fee.amountCents)) out.push(new RuleViolation(fill(T.fixedAmount, { value: String(fee.amountCents) }), at('fee.amountCents')));
        if (!fee.label?.trim()) out.push(new RuleViolation(T.fixedLabel, at('fee.label')));
        if (!fee.statute?.trim()) out.push(new RuleViolation(T.fixedStatute, at('fee.statute')));
        // The creditor's own letters in Germany: none recoverable up to default, later ones at actual cost (BGB 280(2), 286).
        const own = country === 'DE' && isValidAmountCents(fee.amountCents) ? creditorDunningFeeViolation(s.stage, fee.amountCents, at('fee.amountCents')) : null;
        if (own) out.push(own);
      }
      if ((fee.rule === 'DK_REMINDER_FEE') && stageIndex(s.stage) >= stageIndex('AGENCY')) {
        out.push(new RuleViolation(T.reminderFeeBeforeHandOver, at('fee')));
      }
    }
    if (s.collectionWarning && country !== 'DK') out.push(new RuleViolation(T.collectionWarningDanish, at('collectionWarning')));
    if (s.collectionWarning && s.paymentWindowDays < DK_COLLECTION_WARNING_MIN_DAYS) {
      out.push(
        new RuleViolation(
          fill(T.collectionWarningDays, { min: DK_COLLECTION_WARNING_MIN_DAYS, value: String(s.paymentWindowDays) }),
          at('paymentWindowDays'),
        ),
      );
    }
  });

  if (country === 'DK') {
    const reminders = stages.map((s, i) => ({ s, i })).filter(({ s }) => s.fee?.rule === 'DK_REMINDER_FEE');
    if (reminders.length > DK_MAX_REMINDERS) {
      out.push(
        new RuleViolation(
          fill(T.tooManyReminders, { count: reminders.length, max: DK_MAX_REMINDERS }),
          `stages[${reminders[DK_MAX_REMINDERS]!.i}].fee`,
        ),
      );
    }
    reminders.forEach(({ i }, k) => {
      if (k === 0) return;
      const prevIndex = reminders[k - 1]!.i;
      const gap = stages.slice(prevIndex + 1, i + 1).reduce((sum, s) => sum + (isWholeDays(s.waitDays) ? s.waitDays : 0), 0);
      if (gap < DK_MIN_DAYS_BETWEEN_REMINDERS) {
        out.push(
          new RuleViolation(
            fill(T.remindersApart, { first: k, second: k + 1, gap, min: DK_MIN_DAYS_BETWEEN_REMINDERS }),
            `stages[${i}].waitDays`,
          ),
        );
      }
    });
    const handOver = stages.findIndex((s) => stageIndex(s.stage) >= stageIndex('AGENCY'));
    if (handOver >= 0 && !stages.slice(0, handOver).some((s) => s.collectionWarning)) {
      out.push(
        new RuleViolation(
          T.warningBeforeHandOver,
          `stages[${handOver}].stage`,
        ),
      );
    }
  }
  return out;
}

/** Throws the first rule the strategy breaks (RuleViolation naming the stage field). */
export function validateStrategy(strategy: DunningStrategy): void {
  const [first] = strategyViolations(strategy);
  if (first) throw first;
}

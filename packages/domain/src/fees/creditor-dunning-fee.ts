import { RuleViolation } from '../rule-violation.js';
import { stageIndex, type DunningStage } from '../stages.js';
import { FIRST_DUNNING_STAGE } from '../balance/default-date.js';
import { formatCents } from '../money.js';
import { fill } from '../i18n/localized-text.js';
import { STRATEGY_TEXTS } from '../dunning/dunning.i18n.js';

/**
 * The most a German creditor may charge for one of its own later dunning letters: the actual
 * cost of material and postage. The letter that puts the debtor in default is no damage of the
 * default (BGB 280(2), 286: the damage must be caused by the default, which that letter only
 * brings about); a later reminder is recoverable at its actual cost only, not as a flat for the
 * creditor's own time and work. Case law accepts about EUR 1 to EUR 2.50 per letter (issue 14's
 * review); the cap is the upper end of that range, above the postage of a standard letter
 * (Deutsche Post: EUR 0.95 from 2025-01-01) plus paper and print.
 */
export const DE_CREDITOR_DUNNING_FEE_CAP_CENTS = 250;

/** The label of a later reminder's actual cost, as the demo data and the German texts use it. */
export const DE_CREDITOR_DUNNING_FEE_STATUTE = 'BGB 280(2), 286 (actual cost: material and postage)';

/**
 * Whether a creditor's own fixed fee on a German dunning stage is recoverable from the debtor,
 * as a violation at `field` (null when it is). Stages before the agency are the creditor's own
 * letters: none up to and including the letter that puts the debtor in default (the first
 * dunning letter, FIRST_DUNNING_STAGE, and the payment reminder before it), later ones at most
 * DE_CREDITOR_DUNNING_FEE_CAP_CENTS.
 */
export function creditorDunningFeeViolation(stage: DunningStage, amountCents: number, field: string): RuleViolation | null {
  if (stageIndex(stage) >= stageIndex('AGENCY')) return null;
  if (stageIndex(stage) <= stageIndex(FIRST_DUNNING_STAGE)) {
    return new RuleViolation(STRATEGY_TEXTS.defaultLetterNotCharged, field);
  }
  if (amountCents > DE_CREDITOR_DUNNING_FEE_CAP_CENTS) {
    const euros = (cents: number) => ({ en: formatCents(cents, 'EUR', 'en-GB'), de: formatCents(cents, 'EUR', 'de-DE'), da: formatCents(cents, 'EUR', 'da-DK') });
    return new RuleViolation(fill(STRATEGY_TEXTS.laterReminderCap, { cap: euros(DE_CREDITOR_DUNNING_FEE_CAP_CENTS), amount: euros(amountCents) }), field);
  }
  return null;
}

import { courtDeadlines } from '../court/court-deadlines.js';
import type { CentralDunningCourt } from '../court/dunning-courts.js';
import { addDays, compareDates, isIsoDate, maxDate, type IsoDate } from '../dates.js';
import {
  DEFAULT_RAISED_FACTOR, agencyFeeDE, agencyFeeLineDE, agencyFeeRaiseDE, agencyFeeRaiseLineDE, type FeeTextLanguage,
} from '../fees/agency-fee-de.js';
import { DK_COLLECTION_COST_CAPS, checkReminderFeeDK, collectionCostCapDK, handOverFeeDK, reminderFeeDK } from '../fees/dk-fees.js';
import { feeCurrencyOf } from '../fees/fee-currency.js';
import type { FeeResult } from '../fees/fee-result.js';
import { formatAmount } from '../money.js';
import { dateText, fill, textIn, type LocalizedText } from '../i18n/localized-text.js';
import { DUNNING_STAGE_NAMES, DUNNING_STATUS_NAMES, NEXT_STEP_TEXTS as N } from './dunning.i18n.js';
import { RuleViolation } from '../rule-violation.js';
import { STAGE_LABELS, stageIndex, type CaseStatus, type Country, type DebtorKind, type DunningStage } from '../stages.js';
import {
  DK_MIN_DAYS_BETWEEN_REMINDERS,
  validateStrategy,
  type DunningChannel,
  type DunningStrategy,
  type DunningStrategyStage,
  type FeeRuleRef,
} from './strategy.js';

/** Where a German court dunning procedure stands (ZPO 688 ff.). */
export interface CourtDunningState {
  /** The Mahnbescheid was served on this day. */
  orderServedOn: IsoDate;
  /** The debtor objected (Widerspruch, ZPO 694): contentious proceedings, not enforcement. */
  objectionFiled?: boolean;
  enforcementOrderServedOn?: IsoDate | null;
  /** Einspruch against the Vollstreckungsbescheid (ZPO 700). */
  enforcementObjectionFiled?: boolean;
  /** The central dunning court: its Land's holidays count for the deadlines (ZPO 222(2)). */
  court?: CentralDunningCourt | null;
  /** Further days without court business beyond the public holidays. */
  extraHolidays?: readonly IsoDate[];
}

/** What the dunning run loads per case before deciding. */
export interface DunningSnapshot {
  country: Country;
  debtorKind?: DebtorKind;
  /** Currency of the case; fees are charged only in the currency of their rule (EUR / DKK). */
  currency?: string;
  /** Current stage; null = placed, no dunning step taken yet. */
  stage: DunningStage | null;
  /** Day the current stage was entered (for stage null: the day the case was placed). */
  stageEnteredOn: IsoDate;
  status: CaseStatus;
  onHold: boolean;
  /** Reminders with a fee sent so far by Mahnwerk (DK rykkere, renteloven 9b(2)). */
  remindersSent: readonly { sentOn: IsoDate }[];
  /**
   * Reminders the creditor sent before placing the case (intake's `reminders_sent`), dates unknown:
   * they count towards the 3 reminders with a fee (renteloven 9b(2)).
   */
  creditorRemindersSent?: number;
  /** The day the agency received the mandate (the placement date): RVG 60(1) applies the law of that day. */
  placedOn?: IsoDate;
  /**
   * The day the payment claim arose (the earliest invoice date): selects the Danish cost-cap table
   * (each version applies to claims arising after it came into force). Defaults to asOf.
   */
  claimArisenOn?: IsoDate;
  /** The language fee lines are written in (the creditor's letter language); default 'en'. */
  language?: FeeTextLanguage;
  /** Open balance (<= 0: nothing to collect). */
  openCents: number;
  /** Open principal, the claim value for agency costs; defaults to openCents. */
  principalCents?: number;
  /** The debtor disputes the claim (VV 2300 Anm. 2 no longer caps at 0.9). */
  disputed?: boolean;
  /** BGB 288(5) flat compensation already claimed, credited against agency costs. */
  flatCompensationCents?: number;
  /** DE: the court dunning procedure, once the order was served. */
  court?: CourtDunningState | null;
}

/** A fee to book when the case enters the stage (becomes a FEE line of the balance). */
export interface FeeCharge {
  rule: FeeRuleRef['rule'];
  label: string;
  amountCents: number;
  currency: string;
  chargedOn: IsoDate;
  explanation: string;
  statute: string;
}

export type DunningDecision =
  | {
      advance: false;
      /** Why, in English (logs, the run's records). */
      reason: string;
      /** Why, in every language, for a person. */
      reasonText: LocalizedText;
      /** Earliest day the next stage can be due, when known. */
      notBefore: IsoDate | null;
    }
  | {
      advance: true;
      fromStage: DunningStage | null;
      toStage: DunningStage;
      /** Day the stage fell due (asOf or earlier: a run that missed a day catches up, one stage at a time). */
      dueOn: IsoDate;
      channel: DunningChannel;
      fees: FeeCharge[];
      letterTemplate: string | null;
      /** Deadline to print on the letter: asOf + the stage's payment window. */
      paymentDeadline: IsoDate;
      /** Why, and anything a person should know (a fee left out, a court deadline). */
      explanation: string;
    };

const STAGE_CURRENCY: Readonly<Record<Country, string>> = { DE: 'EUR', DK: 'DKK' };

const stop = (reason: LocalizedText, notBefore: IsoDate | null = null): DunningDecision => ({ advance: false, reason: textIn(reason, 'en'), reasonText: reason, notBefore });

/** The strategy stage after `stage` (the next one later in the process, even if `stage` is not in the strategy). */
function nextStageOf(strategy: DunningStrategy, stage: DunningStage | null): { next: DunningStrategyStage; current: DunningStrategyStage | null } | null {
  const currentIndex = stage === null ? -1 : stageIndex(stage);
  const next = strategy.stages.find((s) => stageIndex(s.stage) > currentIndex);
  if (!next) return null;
  const current = stage === null ? null : (strategy.stages.find((s) => s.stage === stage) ?? null);
  return { next, current };
}

function charge(ref: FeeRuleRef, label: string, fee: FeeResult, chargedOn: IsoDate): FeeCharge {
  return { rule: ref.rule, label, amountCents: fee.amountCents, currency: fee.currency, chargedOn, explanation: fee.explanation, statute: fee.statute };
}

/**
 * VV 2300 Anm. 2: leaving a first-demand stage whose deadline passed unpaid (the case is still
 * open, so the debtor did not pay on it) raises the business fee from the first demand's 0.5 to the
 * strategy's raised factor (default 0.9; a disputed claim up to the 1.3 threshold, Anm. 1).
 */
function raiseAfterFirstDemand(
  snapshot: DunningSnapshot,
  current: DunningStrategyStage | null,
  currency: string,
  asOf: IsoDate,
): { fee: FeeCharge | null; note: string } | null {
  const ref = current?.fee;
  if (snapshot.country !== 'DE' || ref?.rule !== 'DE_AGENCY_FEE' || ref.firstDemand !== true || current === null) return null;
  if (feeCurrencyOf(ref.rule, currency) !== currency) return null;
  const deadline = addDays(snapshot.stageEnteredOn, current.paymentWindowDays);
  const fee = agencyFeeRaiseDE({
    claimValueCents: snapshot.principalCents ?? snapshot.openCents,
    onDate: asOf,
    ...(snapshot.placedOn !== undefined ? { mandateDate: snapshot.placedOn } : {}),
    firstDemandFactor: ref.factor,
    raisedFactor: ref.raisedFactor ?? DEFAULT_RAISED_FACTOR,
    firstDemandDeadline: deadline,
    undisputed: snapshot.disputed !== true,
    creditorCanDeductVat: ref.creditorCanDeductVat ?? true,
  });
  if (fee.amountCents <= 0) return { fee: null, note: `no raise of the business fee: ${fee.explanation}` };
  return {
    fee: {
      rule: 'DE_AGENCY_FEE',
      label: agencyFeeRaiseLineDE(fee, snapshot.language ?? 'en', deadline),
      amountCents: fee.amountCents,
      currency: fee.currency,
      chargedOn: asOf,
      explanation: fee.explanation,
      statute: fee.statute,
    },
    note: `the first demand's deadline ${deadline} passed unpaid: business fee raised to ${fee.factorHundredths / 100} (VV 2300 Anm. 2)`,
  };
}

/**
 * The next dunning step for one case, decided from its snapshot, the creditor's strategy and
 * the day of the run (CONVENTIONS.md 1-2: load, decide, persist).
 *
 * - Only an OPEN case that is not on hold and has something open advances.
 * - At most one stage per run: the next stage of the strategy, due `waitDays` after the current
 *   stage was entered (validateStrategy ensures this is after the previous letter's deadline).
 * - DK reminders with a fee keep 10 days from the previous one (the stage waits) and stop at 3
 *   (the letter goes without a fee) (renteloven 9b(2)).
 * - DE: from the court stage, enforcement waits for a served Vollstreckungsbescheid; an objection
 *   stops the dunning run (ZPO 694, 700).
 */
export function nextDunningStep(snapshot: DunningSnapshot, strategy: DunningStrategy, asOf: IsoDate): DunningDecision {
  if (!isIsoDate(asOf)) throw new RuleViolation(`asOf "${String(asOf)}" is not a calendar date`, 'asOf');
  if (!isIsoDate(snapshot.stageEnteredOn)) {
    throw new RuleViolation(`stageEnteredOn "${String(snapshot.stageEnteredOn)}" is not a calendar date`, 'stageEnteredOn');
  }
  validateStrategy(strategy);
  if (snapshot.country !== strategy.country) {
    throw new RuleViolation(`A ${snapshot.country} case cannot follow the ${strategy.country} strategy "${strategy.name}"`, 'strategy');
  }

  if (snapshot.status !== 'OPEN') return stop(fill(N.notOpen, { status: DUNNING_STATUS_NAMES[snapshot.status] ?? snapshot.status }));
  if (snapshot.onHold) return stop(N.onHold);
  if (!(snapshot.openCents > 0)) return stop(N.nothingOpen);

  const found = nextStageOf(strategy, snapshot.stage);
  if (!found) return stop(fill(N.lastStage, { stage: snapshot.stage ? DUNNING_STAGE_NAMES[snapshot.stage] : N.noStage, strategy: strategy.name }));
  const { next, current } = found;
  const notes: string[] = [];

  let dueOn = addDays(snapshot.stageEnteredOn, next.waitDays);
  notes.push(`${STAGE_LABELS[next.stage]} is due ${next.waitDays} days after ${snapshot.stage ? `entering ${STAGE_LABELS[snapshot.stage]}` : 'placement'} on ${snapshot.stageEnteredOn}`);

  if (current) {
    // Never before the deadline printed on the previous letter has passed (validated, kept as a guard).
    const afterDeadline = addDays(snapshot.stageEnteredOn, current.paymentWindowDays + 1);
    if (compareDates(afterDeadline, dueOn) > 0) dueOn = afterDeadline;
  }

  const sent = [...snapshot.remindersSent].map((r) => r.sentOn).sort(compareDates);
  const lastReminder = sent.at(-1);
  const undatedReminders = snapshot.creditorRemindersSent ?? 0;
  if (snapshot.country === 'DK' && next.fee?.rule === 'DK_REMINDER_FEE' && lastReminder !== undefined && sent.length + undatedReminders < 3) {
    const spaced = addDays(lastReminder, DK_MIN_DAYS_BETWEEN_REMINDERS);
    if (compareDates(spaced, dueOn) > 0) {
      dueOn = spaced;
      notes.push(`the previous reminder went out on ${lastReminder}, so not before ${spaced} (renteloven 9b(2): 10 days apart)`);
    }
  }

  if (snapshot.country === 'DE' && next.stage === 'ENFORCEMENT' && current?.stage === 'COURT') {
    const court = snapshot.court;
    if (!court) return stop(N.waitingForCourtOrder, null);
    const d = courtDeadlines({
      orderServedOn: court.orderServedOn,
      enforcementOrderServedOn: court.enforcementOrderServedOn ?? null,
      court: court.court ?? null,
      ...(court.extraHolidays ? { extraHolidays: court.extraHolidays } : {}),
    });
    if (court.objectionFiled) {
      return stop(N.objection);
    }
    if (!court.enforcementOrderServedOn) {
      const reason =
        compareDates(asOf, d.enforcementApplication.date) > 0
          ? fill(N.enforcementApplicationLapsed, { date: dateText(d.enforcementApplication.date) })
          : fill(N.waitingForEnforcementOrder, { from: dateText(d.enforcementApplicationFrom.date), by: dateText(d.enforcementApplication.date) });
      return stop(reason, compareDates(asOf, d.enforcementApplication.date) > 0 ? null : d.enforcementApplicationFrom.date);
    }
    if (court.enforcementObjectionFiled) {
      return stop(N.enforcementObjection);
    }
    dueOn = maxDate(dueOn, court.enforcementOrderServedOn);
    notes.push(
      `the enforcement order served ${court.enforcementOrderServedOn} is provisionally enforceable (ZPO 700(1), 794(1) no. 4); ` +
        `objection possible until ${d.enforcementObjection!.date}`,
    );
  }

  if (compareDates(asOf, dueOn) < 0) return stop(fill(N.dueOn, { stage: DUNNING_STAGE_NAMES[next.stage], date: dateText(dueOn) }), dueOn);

  const fees: FeeCharge[] = [];
  const currency = (snapshot.currency ?? STAGE_CURRENCY[snapshot.country]).toUpperCase();
  const raise = raiseAfterFirstDemand(snapshot, current, currency, asOf);
  if (raise) {
    if (raise.fee) fees.push(raise.fee);
    notes.push(raise.note);
  }
  const ref = next.fee;
  if (ref) {
    const feeCurrency = feeCurrencyOf(ref.rule, currency);
    if (feeCurrency !== currency) {
      notes.push(`no ${ref.rule} fee: it is charged in ${feeCurrency}, the case is in ${currency}`);
    } else {
      switch (ref.rule) {
        case 'DK_REMINDER_FEE': {
          const input = { sentOn: asOf, previousReminders: sent, earlierRemindersWithoutDates: undatedReminders };
          const violation = checkReminderFeeDK(input);
          if (violation) notes.push(`the reminder goes out without a fee: ${violation.message}`);
          else fees.push(charge(ref, 'Rykkergebyr (renteloven 9b(2))', reminderFeeDK(input), asOf));
          break;
        }
        case 'DK_HANDOVER_FEE':
          fees.push(charge(ref, 'Inkassogebyr (renteloven 9b(3))', handOverFeeDK({ onDate: asOf }), asOf));
          break;
        case 'DK_COLLECTION_COSTS': {
          const claim = snapshot.principalCents ?? snapshot.openCents;
          const arose = snapshot.claimArisenOn ?? asOf;
          if (compareDates(arose, DK_COLLECTION_COST_CAPS[0]!.from) < 0) {
            notes.push(`no collection costs: the claim arose on ${arose}, before the first cost-cap table (${DK_COLLECTION_COST_CAPS[0]!.from})`);
          } else {
            fees.push(charge(ref, 'Inkassoomkostninger (renteloven 9a, cap)', collectionCostCapDK(claim, arose), asOf));
          }
          break;
        }
        case 'DE_AGENCY_FEE': {
          const fee = agencyFeeDE({
            claimValueCents: snapshot.principalCents ?? snapshot.openCents,
            onDate: asOf,
            ...(snapshot.placedOn !== undefined ? { mandateDate: snapshot.placedOn } : {}),
            factor: ref.factor,
            undisputed: snapshot.disputed !== true,
            paidOnFirstDemand: ref.firstDemand === true,
            creditorCanDeductVat: ref.creditorCanDeductVat ?? true,
            creditFlatCompensationCents: snapshot.flatCompensationCents ?? 0,
          });
          if (fee.amountCents > 0) fees.push(charge(ref, agencyFeeLineDE(fee, snapshot.language ?? 'en', snapshot.placedOn), fee, asOf));
          if (ref.firstDemand) notes.push('first demand: 0.5 fee (VV 2300 Anm. 2 sentence 2); a higher fee only if the debtor does not pay on it');
          break;
        }
        case 'FIXED':
          fees.push({
            rule: 'FIXED',
            label: ref.label,
            amountCents: ref.amountCents,
            currency,
            chargedOn: asOf,
            statute: ref.statute,
            explanation: `${ref.label}: ${formatAmount(ref.amountCents, currency)} (${ref.statute})`,
          });
          break;
      }
    }
  }

  const paymentDeadline = addDays(asOf, next.paymentWindowDays);
  if (next.collectionWarning) {
    notes.push(`collection warning: hand-over not before ${addDays(paymentDeadline, 1)} (inkassoloven 10)`);
  }
  return {
    advance: true,
    fromStage: snapshot.stage,
    toStage: next.stage,
    dueOn,
    channel: next.channel,
    fees,
    letterTemplate: next.letterTemplate,
    paymentDeadline,
    explanation: `${notes.join('; ')}; payment deadline ${paymentDeadline}`,
  };
}

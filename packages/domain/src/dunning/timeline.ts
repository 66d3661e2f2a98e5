import { addDays, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import type { FeeTextLanguage } from '../fees/agency-fee-de.js';
import { isValidAmountCents } from '../money.js';
import { textIn, type LocalizedText } from '../i18n/localized-text.js';
import { RuleViolation } from '../rule-violation.js';
import { NEXT_STEP_TEXTS } from './dunning.i18n.js';
import type { DebtorKind, DunningStage } from '../stages.js';
import { nextDunningStep, type DunningSnapshot, type FeeCharge } from './next-step.js';
import { strategyViolations, type DunningChannel, type DunningStrategy } from './strategy.js';

/** The claim a strategy preview follows: nobody pays, nobody objects. */
export interface SampleClaim {
  principalCents: number;
  /** Defaults to the currency of the strategy's country. */
  currency?: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  debtorKind: DebtorKind;
  /** The day the case is placed; defaults to the day after the due date. */
  placedOn?: IsoDate;
  /** The language of the fee lines (the creditor's letter language); default 'en'. */
  language?: FeeTextLanguage;
}

export interface TimelineStep {
  stage: DunningStage;
  /** The day of the run that takes the step. */
  on: IsoDate;
  channel: DunningChannel;
  letterTemplate: string | null;
  fees: FeeCharge[];
  /** Fees booked so far, this step's included. */
  feesTotalCents: number;
  paymentDeadline: IsoDate;
  explanation: string;
}

export interface DunningTimeline {
  placedOn: IsoDate;
  steps: TimelineStep[];
  /** Why the timeline ends where it does (last stage, waiting for a court, ...), in English. */
  end: string;
  /** The same in every language, for a person. */
  endText: LocalizedText;
}

const CURRENCY = { DE: 'EUR', DK: 'DKK' } as const;

/**
 * The dated steps a sample claim would follow under a strategy if the debtor never pays: each
 * step on the first day the daily run would take it (nextDunningStep decides, so the preview is
 * the run's own rule), with its fees and the payment deadline printed on its letter. Throws the
 * first RuleViolation of an invalid strategy or sample.
 */
export function dunningTimeline(strategy: DunningStrategy, sample: SampleClaim): DunningTimeline {
  const [broken] = strategyViolations(strategy);
  if (broken) throw broken;
  if (!isValidAmountCents(sample.principalCents)) throw new RuleViolation('The sample principal must be whole cents above 0', 'principalCents');
  if (!isIsoDate(sample.invoiceDate)) throw new RuleViolation('The sample invoice date is not a calendar date', 'invoiceDate');
  if (!isIsoDate(sample.dueDate)) throw new RuleViolation('The sample due date is not a calendar date', 'dueDate');
  if (compareDates(sample.dueDate, sample.invoiceDate) < 0) throw new RuleViolation('The due date lies before the invoice date', 'dueDate');
  const placedOn = sample.placedOn ?? addDays(sample.dueDate, 1);
  if (!isIsoDate(placedOn)) throw new RuleViolation('The placement day is not a calendar date', 'placedOn');

  let snapshot: DunningSnapshot = {
    country: strategy.country,
    debtorKind: sample.debtorKind,
    currency: sample.currency ?? CURRENCY[strategy.country],
    stage: null,
    stageEnteredOn: placedOn,
    status: 'OPEN',
    onHold: false,
    remindersSent: [],
    openCents: sample.principalCents,
    principalCents: sample.principalCents,
    placedOn,
    claimArisenOn: sample.invoiceDate,
    ...(sample.language ? { language: sample.language } : {}),
  };
  const steps: TimelineStep[] = [];
  let asOf = placedOn;
  let feesTotalCents = 0;
  // Each stage is taken at most once; a wait (DK reminder spacing) adds at most one more decision per stage.
  for (let guard = 0; guard < strategy.stages.length * 3 + 3; guard += 1) {
    const decision = nextDunningStep(snapshot, strategy, asOf);
    if (!decision.advance) {
      if (decision.notBefore && compareDates(decision.notBefore, asOf) > 0) {
        asOf = decision.notBefore;
        continue;
      }
      return { placedOn, steps, end: decision.reason, endText: decision.reasonText };
    }
    const booked = decision.fees.reduce((sum, f) => sum + f.amountCents, 0);
    feesTotalCents += booked;
    steps.push({
      stage: decision.toStage,
      on: asOf,
      channel: decision.channel,
      letterTemplate: decision.letterTemplate,
      fees: decision.fees,
      feesTotalCents,
      paymentDeadline: decision.paymentDeadline,
      explanation: decision.explanation,
    });
    snapshot = {
      ...snapshot,
      stage: decision.toStage,
      stageEnteredOn: asOf,
      openCents: snapshot.openCents + booked,
      remindersSent: decision.fees.some((f) => f.rule === 'DK_REMINDER_FEE') ? [...snapshot.remindersSent, { sentOn: asOf }] : snapshot.remindersSent,
    };
  }
  return { placedOn, steps, end: textIn(NEXT_STEP_TEXTS.previewStops, 'en'), endText: NEXT_STEP_TEXTS.previewStops };
}

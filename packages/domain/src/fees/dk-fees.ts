import { addDays, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { formatAmount, isValidAmountCents, roundHalfUpDiv } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { assertDatedTable, requireDatedRowOn, type DatedAmountTable, type FeeResult } from './fee-result.js';

/**
 * Rykkergebyr, renteloven 9b(2): at most DKK 100 per written reminder, at most 3 reminders for
 * one debt, at least 10 days apart. VERIFY the start date (9b came with the 2002 amendment,
 * lov nr. 379 of 6 June 2002; the date in force is assumed).
 */
export const DK_REMINDER_RULES: readonly { from: IsoDate; feeCents: number; maxReminders: number; minDaysApart: number }[] = [
  { from: '2002-08-01', feeCents: 10_000, maxReminders: 3, minDaysApart: 10 },
];

/** Inkassogebyr, renteloven 9b(3): DKK 100 for handing the claim over to collection. VERIFY the start date. */
export const DK_HANDOVER_FEE: DatedAmountTable = [{ from: '2002-08-01', amountCents: 10_000 }];

/**
 * Fixed compensation in business relations, renteloven 9a(3) with the order on out-of-court
 * recovery costs (bekendtgørelse nr. 601 of 12 July 2002 as amended by nr. 105 of 31 January 2013):
 * DKK 310 per late invoice, on top of reminder fees and collection costs (9a(3) sentence 2).
 * From 2013-03-01 (claims falling due after that day; VERIFY the exact cut-over).
 */
export const DK_BUSINESS_COMPENSATION: DatedAmountTable = [{ from: '2013-03-01', amountCents: 31_000 }];

/** One band of the Danish collection-cost cap: claims up to `upToCents` may bear at most `capCents` (excl. VAT). */
export interface DkCostCapBand {
  readonly upToCents: number;
  readonly capCents: number;
}

export interface DkCostCapTable {
  readonly from: IsoDate;
  readonly source: string;
  readonly bands: readonly DkCostCapBand[];
  /** Above the last band: cap of the last band + this share (basis points) of the excess. */
  readonly excessBasisPoints: number;
}

/**
 * Maximum out-of-court collection costs charged through an agency or lawyer (fremmedinkasso),
 * excl. VAT, per claim: bekendtgørelse nr. 601 af 12. juli 2002 om udenretlige
 * inddrivelsesomkostninger, Bilag 1. Each version applies to the payment claims that arise after it
 * came into force (§ 6 of the order; § 2 of each amending order), so the table is chosen by the
 * day the claim arose, not the day costs are charged. "Claim" = principal incl. VAT plus interest
 * before the due date and fees agreed before it, not default interest.
 * - from 2002-08-01: the order as issued (§ 6: in force 1 August 2002); its Bilag 1 as quoted by
 *   the amending order nr. 423 of 28 May 2009 (retsinformation.dk).
 * - from 2009-07-01: bekendtgørelse nr. 423 af 28. maj 2009 (retsinformation.dk). VERIFY the date
 *   it came into force: assumed 1 July 2009, not confirmed from the order's text.
 * - from 2016-07-01: bekendtgørelse nr. 476 af 24. maj 2016 (§ 2: in force 1 July 2016, for claims
 *   arising after it; retsinformation.dk). The 2013 amendment (nr. 105/2013, DKK 310) left Bilag 1 as it was.
 */
export const DK_COLLECTION_COST_CAPS: readonly DkCostCapTable[] = [
  {
    from: '2002-08-01',
    source: 'bekendtgørelse nr. 601/2002, Bilag 1 as issued',
    bands: [
      { upToCents: 100_000, capCents: 30_000 },
      { upToCents: 250_000, capCents: 50_000 },
      { upToCents: 500_000, capCents: 70_000 },
      { upToCents: 1_000_000, capCents: 90_000 },
      { upToCents: 2_500_000, capCents: 120_000 },
      { upToCents: 5_000_000, capCents: 160_000 },
      { upToCents: 10_000_000, capCents: 200_000 },
      { upToCents: 25_000_000, capCents: 270_000 },
      { upToCents: 50_000_000, capCents: 450_000 },
    ],
    excessBasisPoints: 100,
  },
  {
    from: '2009-07-01',
    source: 'bekendtgørelse nr. 601/2002, Bilag 1, as amended by nr. 423/2009',
    bands: [
      { upToCents: 100_000, capCents: 35_000 },
      { upToCents: 250_000, capCents: 60_000 },
      { upToCents: 500_000, capCents: 85_000 },
      { upToCents: 1_000_000, capCents: 110_000 },
      { upToCents: 2_500_000, capCents: 145_000 },
      { upToCents: 5_000_000, capCents: 195_000 },
      { upToCents: 10_000_000, capCents: 245_000 },
      { upToCents: 25_000_000, capCents: 330_000 },
      { upToCents: 50_000_000, capCents: 550_000 },
    ],
    excessBasisPoints: 100,
  },
  {
    from: '2016-07-01',
    source: 'bekendtgørelse nr. 601/2002, Bilag 1, as amended from 2016-07-01',
    bands: [
      { upToCents: 100_000, capCents: 40_000 },
      { upToCents: 250_000, capCents: 70_000 },
      { upToCents: 500_000, capCents: 100_000 },
      { upToCents: 1_000_000, capCents: 130_000 },
      { upToCents: 2_500_000, capCents: 170_000 },
      { upToCents: 5_000_000, capCents: 225_000 },
      { upToCents: 10_000_000, capCents: 285_000 },
      { upToCents: 25_000_000, capCents: 385_000 },
      { upToCents: 50_000_000, capCents: 640_000 },
    ],
    excessBasisPoints: 100,
  },
];

const dkk = (cents: number): string => formatAmount(cents, 'DKK');

export interface ReminderFeeDKInput {
  /** The day this reminder is sent. */
  sentOn: IsoDate;
  /** Days on which earlier reminders with a fee were sent for the same debt. */
  previousReminders: readonly IsoDate[];
  /** Due date of the debt: a reminder before it is not a reminder. */
  dueDate?: IsoDate;
  /**
   * Reminders the creditor sent before handing the debt over, whose dates are not known (intake's
   * `reminders_sent`): they count towards the limit of 3, not towards the 10 days.
   */
  earlierRemindersWithoutDates?: number;
}

/**
 * Why a reminder fee may not be charged (renteloven 9b(2)), or null when it may. Returned rather
 * than thrown so a dunning run can decide per case; {@link reminderFeeDK} throws it.
 */
export function checkReminderFeeDK(input: ReminderFeeDKInput): RuleViolation | null {
  if (!isIsoDate(input.sentOn)) return new RuleViolation(`"${String(input.sentOn)}" is not a calendar date`, 'sentOn');
  const rule = requireDatedRowOn(DK_REMINDER_RULES, input.sentOn, 'Danish reminder-fee rule');
  if (input.dueDate !== undefined && compareDates(input.sentOn, input.dueDate) <= 0) {
    return new RuleViolation(
      `A reminder sent on ${input.sentOn} is not after the due date ${input.dueDate}; no reminder fee (renteloven 9b)`,
      'sentOn',
    );
  }
  const previous = [...input.previousReminders].sort(compareDates);
  const undated = input.earlierRemindersWithoutDates ?? 0;
  if (!Number.isSafeInteger(undated) || undated < 0) {
    return new RuleViolation(`The creditor's earlier reminders must be a count >= 0, got ${undated}`, 'earlierRemindersWithoutDates');
  }
  const count = previous.length + undated;
  if (count >= rule.maxReminders) {
    return new RuleViolation(
      `${count} reminders were already sent` +
        (undated > 0 ? ` (${undated} by the creditor before the hand-over, ${previous.length} since)` : '') +
        `; a fee for at most ${rule.maxReminders} per debt (renteloven 9b(2))`,
      'previousReminders',
    );
  }
  const last = previous.at(-1);
  if (last !== undefined && compareDates(input.sentOn, addDays(last, rule.minDaysApart)) < 0) {
    return new RuleViolation(
      `The previous reminder went out on ${last}; the next may bear a fee from ${addDays(last, rule.minDaysApart)} ` +
        `(at least ${rule.minDaysApart} days apart, renteloven 9b(2))`,
      'sentOn',
    );
  }
  return null;
}

/** Reminder fee (rykkergebyr) DKK 100, renteloven 9b(2). Throws the RuleViolation of {@link checkReminderFeeDK}. */
export function reminderFeeDK(input: ReminderFeeDKInput): FeeResult {
  const violation = checkReminderFeeDK(input);
  if (violation) throw violation;
  const rule = requireDatedRowOn(DK_REMINDER_RULES, input.sentOn, 'Danish reminder-fee rule');
  const number = input.previousReminders.length + (input.earlierRemindersWithoutDates ?? 0) + 1;
  return {
    amountCents: rule.feeCents,
    currency: 'DKK',
    statute: 'renteloven 9b(2)',
    explanation:
      `Reminder fee (rykkergebyr) for reminder ${number} of at most ${rule.maxReminders}, sent on ${input.sentOn}: ` +
      `${dkk(rule.feeCents)} (renteloven 9b(2): at most ${dkk(rule.feeCents)} per reminder, at least ${rule.minDaysApart} days apart)`,
  };
}

/**
 * Fee for handing the claim over to collection (inkassogebyr), renteloven 9b(3): DKK 100. When
 * the collection warning's deadline is given, the hand-over must come after it (inkassoloven 10).
 */
export function handOverFeeDK(input: { onDate: IsoDate; collectionWarningDeadline?: IsoDate }): FeeResult {
  const { onDate, collectionWarningDeadline } = input;
  if (collectionWarningDeadline !== undefined && compareDates(onDate, collectionWarningDeadline) <= 0) {
    throw new RuleViolation(
      `The collection warning's deadline ${collectionWarningDeadline} has not passed on ${onDate}; hand over from ` +
        `${addDays(collectionWarningDeadline, 1)} (inkassoloven 10)`,
      'onDate',
    );
  }
  assertDatedTable(DK_HANDOVER_FEE, 'Danish hand-over fee table');
  const row = requireDatedRowOn(DK_HANDOVER_FEE, onDate, 'Danish hand-over fee');
  return {
    amountCents: row.amountCents,
    currency: 'DKK',
    statute: 'renteloven 9b(3)',
    explanation: `Fee for handing the claim over to collection (inkassogebyr) on ${onDate}: ${dkk(row.amountCents)} (renteloven 9b(3))`,
  };
}

/** Fixed compensation DKK 310 for a late-paid business invoice (renteloven 9a(3)), by the date default began. */
export function businessCompensationDK(onDate: IsoDate): FeeResult {
  assertDatedTable(DK_BUSINESS_COMPENSATION, 'Danish business compensation table');
  const row = requireDatedRowOn(DK_BUSINESS_COMPENSATION, onDate, 'Danish business compensation');
  return {
    amountCents: row.amountCents,
    currency: 'DKK',
    statute: 'renteloven 9a(3)',
    explanation:
      `Fixed compensation for late payment in a business relation: ${dkk(row.amountCents)} once per invoice ` +
      `(renteloven 9a(3); on top of reminder fees and collection costs, 9a(3) sentence 2)`,
  };
}

/**
 * The most an agency or lawyer may charge the debtor for out-of-court collection of one claim
 * (excl. VAT), from the cap table in force on `onDate` (the day the payment claim arose): the
 * band's cap, or above DKK 500,000 the top cap plus 1 % of the excess, rounded half-up.
 */
export function collectionCostCapDK(
  claimCents: number,
  onDate: IsoDate,
  tables: readonly DkCostCapTable[] = DK_COLLECTION_COST_CAPS,
): FeeResult {
  if (!isValidAmountCents(claimCents)) {
    throw new RuleViolation(`The claim must be a whole number of øre between 1 and 10^12, got ${claimCents}`, 'claimCents');
  }
  assertDatedTable(tables, 'Danish collection-cost cap table');
  const table = requireDatedRowOn(tables, onDate, 'Danish collection-cost cap table');
  const band = table.bands.find((b) => claimCents <= b.upToCents);
  const last = table.bands.at(-1)!;
  let amount: number;
  let rule: string;
  if (band) {
    amount = band.capCents;
    rule = `claim up to ${dkk(band.upToCents)}`;
  } else {
    const excess = claimCents - last.upToCents;
    amount = last.capCents + Number(roundHalfUpDiv(BigInt(excess) * BigInt(table.excessBasisPoints), 10_000n));
    rule = `${dkk(last.capCents)} + ${table.excessBasisPoints / 100} % of the ${dkk(excess)} above ${dkk(last.upToCents)}`;
  }
  return {
    amountCents: amount,
    currency: 'DKK',
    statute: 'renteloven 9a(4); bekendtgørelse om udenretlige inddrivelsesomkostninger, Bilag 1',
    explanation:
      `Maximum collection costs (excl. VAT) for a claim of ${dkk(claimCents)}: ${dkk(amount)} (${rule}; ` +
      `${table.source}, table from ${table.from})`,
  };
}

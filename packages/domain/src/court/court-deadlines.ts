import { addDays, addMonths, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { RuleViolation } from '../rule-violation.js';
import { nextGermanWorkingDay } from './de-holidays.js';
import { describeDunningCourt, dunningCourtState, isCentralDunningCourt, type CentralDunningCourt } from './dunning-courts.js';
import type { GermanState } from './public-holidays.js';

/** A procedural deadline: the last day to act, and why. */
export interface CourtDeadline {
  /** Last day of the period, moved to the next working day where it ends on a weekend or holiday. */
  date: IsoDate;
  /** End of the period by BGB 187(1), 188(2)/(3) before ZPO 222(2). */
  nominalDate: IsoDate;
  explanation: string;
  statute: string;
}

export interface CourtDeadlinesInput {
  /** Day the Mahnbescheid was served on the debtor. */
  orderServedOn: IsoDate;
  /** Day the Vollstreckungsbescheid was served, once it was. */
  enforcementOrderServedOn?: IsoDate | null;
  /**
   * The central dunning court of the procedure: its Land's public holidays end no period (ZPO 222(2)).
   * Null or absent: only the nationwide holidays count.
   */
  court?: CentralDunningCourt | null;
  /** Further days without court business beyond the public holidays (ZPO 222(2)). */
  extraHolidays?: readonly IsoDate[];
}

export interface CourtDeadlines {
  /** Widerspruch within 2 weeks of service (ZPO 692(1) no. 3). */
  objection: CourtDeadline;
  /** The Vollstreckungsbescheid may be applied for from this day: not before the objection period ran out (ZPO 699(1) sentence 2). */
  enforcementApplicationFrom: { date: IsoDate; explanation: string; statute: string };
  /** ... and must be applied for by this day, else the Mahnbescheid lapses (ZPO 701). */
  enforcementApplication: CourtDeadline;
  /** Einspruch against the Vollstreckungsbescheid within 2 weeks of its service (ZPO 700(1), 339(1)); null until served. */
  enforcementObjection: CourtDeadline | null;
  /** The dates alone, for storing: objection.date ... */
  objectionDeadline: IsoDate;
  /** ... enforcementApplication.date ... */
  enforcementApplicationDeadline: IsoDate;
  /** ... enforcementObjection?.date. */
  enforcementObjectionDeadline: IsoDate | null;
}

function assertDate(value: unknown, field: string): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RuleViolation(`${field} "${String(value)}" is not a calendar date (YYYY-MM-DD)`, field);
}

interface HolidayPlace {
  state: GermanState | null;
  extra: readonly IsoDate[];
  /** ", a holiday at Amtsgericht Coburg (Bayern)" or "" for nationwide only. */
  where: string;
}

function deadline(
  startEvent: IsoDate,
  nominalDate: IsoDate,
  place: HolidayPlace,
  what: string,
  period: string,
  statute: string,
): CourtDeadline {
  const date = nextGermanWorkingDay(nominalDate, place.extra, place.state);
  const moved =
    date === nominalDate ? '' : `; ${nominalDate} is a Saturday, Sunday or holiday${place.where}, so the period ends on ${date} (ZPO 222(2))`;
  return {
    date,
    nominalDate,
    statute,
    explanation: `${what}: ${period} from ${startEvent} (${statute}), ends ${nominalDate} (BGB 187(1), 188(2) with ZPO 222(1))${moved}`,
  };
}

/**
 * Deadlines of the German court dunning procedure (ZPO 688 ff.), pure date arithmetic:
 * a period "from service" starts the day after service (BGB 187(1)) and ends on the day of the
 * same weekday / same number (188(2); 188(3) for a missing day); a period ending on a Saturday,
 * Sunday or public holiday ends on the next working day (ZPO 222(2)).
 */
export function courtDeadlines(input: CourtDeadlinesInput): CourtDeadlines {
  assertDate(input.orderServedOn, 'orderServedOn');
  const extra = input.extraHolidays ?? [];
  extra.forEach((d, i) => assertDate(d, `extraHolidays[${i}]`));
  const court = input.court ?? null;
  if (court !== null && !isCentralDunningCourt(court)) throw new RuleViolation(`"${String(court)}" is not a central dunning court`, 'court');
  const state = court === null ? null : dunningCourtState(court);
  const holidays: HolidayPlace = {
    state,
    extra,
    where: court === null ? '' : ` at the seat of ${describeDunningCourt(court)}`,
  };
  const served = input.orderServedOn;

  const objection = deadline(
    served,
    addDays(served, 14),
    holidays,
    'Objection (Widerspruch) to the court dunning order',
    '2 weeks',
    'ZPO 692(1) no. 3',
  );
  const from = addDays(objection.date, 1);
  const enforcementApplication = deadline(
    served,
    addMonths(served, 6),
    holidays,
    'Application for the enforcement order (Vollstreckungsbescheid), else the dunning order lapses',
    '6 months',
    'ZPO 701',
  );

  let enforcementObjection: CourtDeadline | null = null;
  const vb = input.enforcementOrderServedOn;
  if (vb != null) {
    assertDate(vb, 'enforcementOrderServedOn');
    if (compareDates(vb, served) <= 0) {
      throw new RuleViolation(
        `The enforcement order cannot be served (${vb}) before or with the dunning order (${served})`,
        'enforcementOrderServedOn',
      );
    }
    enforcementObjection = deadline(
      vb,
      addDays(vb, 14),
      holidays,
      'Objection (Einspruch) to the enforcement order',
      '2 weeks',
      'ZPO 700(1), 339(1)',
    );
  }

  return {
    objection,
    enforcementApplicationFrom: {
      date: from,
      statute: 'ZPO 699(1) sentence 2',
      explanation:
        `The enforcement order may be applied for from ${from}, after the objection period (ZPO 699(1) sentence 2); ` +
        'a late objection still counts until the enforcement order is issued (ZPO 694(1))',
    },
    enforcementApplication,
    enforcementObjection,
    objectionDeadline: objection.date,
    enforcementApplicationDeadline: enforcementApplication.date,
    enforcementObjectionDeadline: enforcementObjection?.date ?? null,
  };
}

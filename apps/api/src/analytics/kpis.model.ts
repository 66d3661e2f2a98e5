import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar, SafeIntScalar } from '../common/scalars.js';
import { CaseModel } from '../cases/case.model.js';
import { CreditorModel } from '../creditors/creditor.model.js';
import { UserModel } from '../users/user.model.js';

@ObjectType('Kpis')
export class KpisModel {
  @Field(() => Float, { nullable: true, description: 'Median days from placement to paid in full (cases paid in the period).' })
  dunningDurationDaysMedian: number | null;
  @Field(() => Float, { nullable: true }) dunningDurationDaysMean: number | null;
  @Field(() => Float, {
    nullable: true,
    description: '90th percentile of the days from placement to paid in full (nearest rank; cases paid in the period).',
  })
  dunningDurationDaysP90: number | null;
  @Field(() => Float, { description: 'Share of the cases placed in the period that are paid in full (0..1).' })
  paymentRate: number;
  @Field(() => Float, { description: 'Collected / placed amount for the cases placed in the period.' })
  recoveryRate: number;
  @Field(() => SafeIntScalar, { description: 'Payments received in the period.' }) recoveredCents: number;
  @Field(() => SafeIntScalar) placedCents: number;
  @Field(() => SafeIntScalar) collectedCents: number;
  @Field(() => Float, { nullable: true, description: 'Kept / (kept + broken) promises due in the period.' })
  promiseKeptRate: number | null;
  @Field(() => Int) casesPlaced: number;
  @Field(() => Int) casesPaidInFull: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Principal placed on the cases placed in the period that are now paid in full / principal placed on them.',
  })
  paymentRateAmount: number | null;
  @Field(() => Int, { description: 'Contact attempts (activities with an outcome) in the period.' }) contacts: number;
  @Field(() => Int) rightPartyContacts: number;
  @Field(() => Float, { nullable: true, description: 'rightPartyContacts / contacts.' }) rightPartyContactRate: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'contacts / (collectors credited with a contact in the period x working days Mon-Fri); a contact is credited to the collector of its case.',
  })
  contactsPerCollectorDay: number | null;
  @Field(() => Float, { nullable: true, description: 'Handling seconds / contacts that reported a handling time.' })
  averageHandlingSeconds: number | null;
  @Field(() => SafeIntScalar, {
    description: 'Payments received in the period, by the part they were allocated to (BGB 367 / DK order). Payments recorded before parts were stored count as principal.',
  })
  principalCollectedCents: number;
  @Field(() => SafeIntScalar) interestCollectedCents: number;
  @Field(() => SafeIntScalar) feesCollectedCents: number;
}

@ObjectType('KpiPoint')
export class KpiPointModel {
  @Field(() => DateScalar) periodStart: string;
  @Field(() => KpisModel) kpis: KpisModel;
}

@ObjectType('CollectorKpis')
export class CollectorKpisModel {
  @Field(() => UserModel) collector: UserModel;
  @Field(() => KpisModel) kpis: KpisModel;
}

@ObjectType('AgeingBucket', { description: 'Open cases (OPEN or ON_HOLD now), placed on or before `to`, aged in days from placement to `to`.' })
export class AgeingBucketModel {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) fromDays: number;
  @Field(() => Int, { nullable: true }) toDays: number | null;
  @Field(() => Int) cases: number;
  @Field(() => SafeIntScalar, {
    description:
      'The principal still outstanding on these open cases (reporting currency): the principal placed on them minus the principal part of every payment received on them (payments go to costs and interest first). Not their full balance, which also holds the costs and interest still owed.',
  })
  openCents: number;
  @Field(() => SafeIntScalar, {
    description: 'The principal placed on these open cases (reporting currency), before any payment.',
  })
  placedCents: number;
}

@ObjectType('RollRate', {
  description:
    'Where the cases of a dunning stage went in the period, from the stage moves (dunning steps and closures). Shares are of the cases in the stage at the start plus those that entered it during the period, so that each move out is counted once.',
})
export class RollRateModel {
  @Field() stage: string;
  @Field(() => Int, { description: 'Cases that entered the stage before `from` (placed into it or by a dunning step) and had not left it.' })
  casesAtStart: number;
  @Field(() => Int, {
    description: 'Cases that entered the stage during the period. The shares are of casesAtStart + casesEntered, by where each stood at the end.',
  })
  casesEntered: number;
  @Field(() => Float, { nullable: true }) rolledForward: number | null;
  @Field(() => Float, { nullable: true }) movedBack: number | null;
  @Field(() => Float, { nullable: true, description: 'Paid, written off or handed to legal (CLOSED).' }) closed: number | null;
  @Field(() => Float, { nullable: true }) stayed: number | null;
}

@ObjectType('ForecastHorizon')
export class ForecastHorizonModel {
  @Field(() => Int) days: number;
  @Field(() => SafeIntScalar, { description: 'Open promises and installments due in the next `days` days (today included).' })
  promisedCents: number;
  @Field(() => SafeIntScalar, {
    description:
      "Each creditor's promisedCents times its kept rate (its own from 20 resolved promises, else the portfolio's), rounded half up per creditor, summed.",
  })
  expectedCents: number;
}

@ObjectType('ForecastActual', {
  description:
    'A past window compared with the forecast made at its start, as it was recorded that day (kpi_forecast_snapshots), never recomputed: for each horizon the latest recorded forecast whose window has ended. Without one the window is not available: it is the window that ended yesterday, with what came in but no expectation.',
})
export class ForecastActualModel {
  @Field(() => Int) days: number;
  @Field(() => DateScalar, { nullable: true, description: 'The day the forecast was made (= from); null when not available.' })
  madeOn: string | null;
  @Field(() => DateScalar, { description: 'First day of the window.' }) from: string;
  @Field(() => DateScalar, { description: 'Last day of the window (included): from + days - 1.' }) to: string;
  @Field({ description: 'A recorded forecast exists for this window.' }) available: boolean;
  @Field(() => SafeIntScalar, {
    nullable: true,
    description: 'What the forecast made on madeOn expected in the window, summed over the creditors in the filter; null when not available.',
  })
  expectedCents: number | null;
  @Field(() => SafeIntScalar, { description: 'Payments received from `from` through `to` within the filter (the KPI read models).' })
  actualCents: number;
}

@ObjectType('Forecast', { description: 'Expected recoveries as of today (Europe/Berlin), in the reporting currency.' })
export class ForecastModel {
  @Field(() => DateScalar) asOf: string;
  @Field(() => Float, {
    nullable: true,
    description:
      "Kept / (kept + broken) of the promises due in the last 365 days within the filter; 0.5 when none was resolved. Each creditor's forecast uses its own rate (see ForecastHorizon.expectedCents).",
  })
  keptRate: number | null;
  @Field(() => [ForecastHorizonModel]) horizons: ForecastHorizonModel[];
  @Field(() => [ForecastActualModel], { description: 'Per horizon, the latest window that has ended against its recorded forecast.' })
  past: ForecastActualModel[];
  @Field({
    description:
      'false when the filter names a collector or team: forecasts are recorded per creditor for all cases, so no past window can be compared.',
  })
  comparable: boolean;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day forecasts were recorded (they are recorded daily); null before the first, or when not comparable.',
  })
  firstRecordedOn: string | null;
}

@ObjectType('CreditorKpis')
export class CreditorKpisModel {
  @Field(() => CreditorModel) creditor: CreditorModel;
  @Field(() => KpisModel) kpis: KpisModel;
}

@ObjectType('KpiCasePage')
export class KpiCasePageModel {
  @Field(() => Int) totalCount: number;
  @Field(() => [CaseModel]) items: CaseModel[];
}

@ObjectType('CreditorReport', { description: "A creditor's period in its own currency (no conversion)." })
export class CreditorReportModel {
  @Field(() => CreditorModel) creditor: CreditorModel;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field() currency: string;
  @Field(() => Int) casesPlaced: number;
  @Field(() => SafeIntScalar, { description: 'Principal placed on the cases placed in the period.' }) placedCents: number;
  @Field(() => SafeIntScalar, { description: 'Payments received in the period.' }) collectedCents: number;
  @Field(() => SafeIntScalar) principalCollectedCents: number;
  @Field(() => SafeIntScalar) interestCollectedCents: number;
  @Field(() => SafeIntScalar) feesCollectedCents: number;
  @Field(() => SafeIntScalar, { description: 'Principal + interest collected in the period (fees stay with the agency).' })
  remittanceDueCents: number;
}

@ObjectType('PortalFigures', { description: 'What debtors did in the portal during the period, on cases within the filter.' })
export class PortalFiguresModel {
  @Field(() => Int, { description: 'Personal portal links issued for cases (by staff or with a letter or message).' }) linksIssued: number;
  @Field(() => Int, { description: 'Successful portal sign-ins (each starts a portal session).' }) signIns: number;
  @Field(() => Int, { description: 'Distinct cases whose debtor signed in.' }) casesSignedIn: number;
  @Field(() => Int, { description: 'Of casesSignedIn, those with a payment received within selfCureWindowDays days after a sign-in.' })
  casesPaidAfterSignIn: number;
  @Field(() => Int, { description: 'Payment plans the debtors proposed in the portal.' }) plansProposed: number;
  @Field(() => Int, { description: "Proposed plans within the creditor's rules, accepted at once." }) plansAcceptedAutomatically: number;
  @Field(() => Int, { description: 'Proposed plans sent to review that a collector then agreed (as proposed or countered).' })
  plansAcceptedAfterReview: number;
  @Field(() => Int, { description: 'plansAcceptedAutomatically + plansAcceptedAfterReview.' }) plansAccepted: number;
  @Field(() => Float, { nullable: true, description: 'Self-cure rate: casesPaidAfterSignIn / casesSignedIn (0..1); null when nobody signed in.' })
  selfCureRate: number | null;
  @Field(() => Int, { description: 'Days after the sign-in day (day 0) within which a payment counts for the self-cure rate.' })
  selfCureWindowDays: number;
}

import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CaseStatus, Cents, DunningStage, IsoDate } from '../../app/graphql-types';

/** GraphQL KpiFilter: every dashboard query takes the same one. */
export interface KpiFilter {
  from: IsoDate;
  to: IsoDate;
  creditorId?: string | null;
  collectorId?: string | null;
  teamId?: string | null;
  country?: string | null;
}

export interface Kpis {
  dunningDurationDaysMedian: number | null;
  dunningDurationDaysMean: number | null;
  dunningDurationDaysP90: number | null;
  paymentRate: number;
  paymentRateAmount: number | null;
  recoveryRate: number;
  recoveredCents: Cents;
  placedCents: Cents;
  collectedCents: Cents;
  promiseKeptRate: number | null;
  casesPlaced: number;
  casesPaidInFull: number;
  contacts: number;
  rightPartyContacts: number;
  rightPartyContactRate: number | null;
  contactsPerCollectorDay: number | null;
  averageHandlingSeconds: number | null;
  principalCollectedCents: Cents;
  interestCollectedCents: Cents;
  feesCollectedCents: Cents;
}

export interface AgeingBucket {
  key: string;
  label: string;
  fromDays: number;
  toDays: number | null;
  cases: number;
  /** Principal still outstanding on the bucket's open cases: placed minus the principal part of their payments. */
  openCents: Cents;
  /** Principal placed on them. */
  placedCents: Cents;
}

export interface RollRate {
  stage: string;
  casesAtStart: number;
  casesEntered: number;
  rolledForward: number | null;
  movedBack: number | null;
  closed: number | null;
  stayed: number | null;
}

/** A past window against the forecast recorded at its start (never recomputed); not available without one. */
export interface ForecastWindow {
  days: number;
  madeOn: IsoDate | null;
  from: IsoDate;
  to: IsoDate;
  available: boolean;
  expectedCents: Cents | null;
  actualCents: Cents;
}

export interface Forecast {
  asOf: IsoDate;
  keptRate: number | null;
  horizons: { days: number; promisedCents: Cents; expectedCents: Cents }[];
  past: ForecastWindow[];
  /** false for a collector or team filter: forecasts are recorded per creditor. */
  comparable: boolean;
  firstRecordedOn: IsoDate | null;
}

export interface CollectorKpis {
  collector: { id: string; name: string };
  kpis: Kpis;
}

export interface CreditorKpis {
  creditor: { id: string; ref: string; name: string; country: string; currency: string };
  kpis: Kpis;
}

export interface DashboardData {
  kpis: Kpis;
  kpiSeries: { periodStart: IsoDate; kpis: Kpis }[];
  kpisByCollector: CollectorKpis[];
  kpisByCreditor: CreditorKpis[];
}

export interface DashboardAnalyticsData {
  kpiAgeing: AgeingBucket[];
  kpiRollRates: RollRate[];
  kpiForecast: Forecast;
}

const KPI_FIELDS = gql`
  fragment KpiFields on Kpis {
    dunningDurationDaysMedian
    dunningDurationDaysMean
    dunningDurationDaysP90
    paymentRate
    paymentRateAmount
    recoveryRate
    recoveredCents
    placedCents
    collectedCents
    promiseKeptRate
    casesPlaced
    casesPaidInFull
    contacts
    rightPartyContacts
    rightPartyContactRate
    contactsPerCollectorDay
    averageHandlingSeconds
    principalCollectedCents
    interestCollectedCents
    feesCollectedCents
  }
`;

export const DASHBOARD: TypedDocumentNode<DashboardData, { filter: KpiFilter }> = gql`
  query Dashboard($filter: KpiFilter!) {
    kpis(filter: $filter) {
      ...KpiFields
    }
    kpiSeries(filter: $filter, interval: MONTH) {
      periodStart
      kpis {
        ...KpiFields
      }
    }
    kpisByCollector(filter: $filter) {
      collector {
        id
        name
      }
      kpis {
        ...KpiFields
      }
    }
    kpisByCreditor(filter: $filter) {
      creditor {
        id
        ref
        name
        country
        currency
      }
      kpis {
        ...KpiFields
      }
    }
  }
  ${KPI_FIELDS}
`;

/** Ageing, roll rates and forecast: a separate request so the tiles do not wait for them. */
export const DASHBOARD_ANALYTICS: TypedDocumentNode<DashboardAnalyticsData, { filter: KpiFilter }> = gql`
  query DashboardAnalytics($filter: KpiFilter!) {
    kpiAgeing(filter: $filter) {
      key
      label
      fromDays
      toDays
      cases
      openCents
      placedCents
    }
    kpiRollRates(filter: $filter) {
      stage
      casesAtStart
      casesEntered
      rolledForward
      movedBack
      closed
      stayed
    }
    kpiForecast(filter: $filter) {
      asOf
      keptRate
      horizons {
        days
        promisedCents
        expectedCents
      }
      past {
        days
        madeOn
        from
        to
        available
        expectedCents
        actualCents
      }
      comparable
      firstRecordedOn
    }
  }
`;

export const KPIS_CHANGED: TypedDocumentNode<{ kpisChanged: Kpis }, { filter: KpiFilter }> = gql`
  subscription KpisChanged($filter: KpiFilter!) {
    kpisChanged(filter: $filter) {
      ...KpiFields
    }
  }
  ${KPI_FIELDS}
`;

export interface FilterOptions {
  creditors: { id: string; ref: string; name: string; country: string; currency: string }[];
  collectors: { id: string; name: string }[];
  teams: { id: string; name: string }[];
}

export const DASHBOARD_FILTER_OPTIONS: TypedDocumentNode<FilterOptions, Record<string, never>> = gql`
  query DashboardFilterOptions {
    creditors {
      id
      ref
      name
      country
      currency
    }
    collectors {
      id
      name
    }
    teams {
      id
      name
    }
  }
`;

export type KpiMetric = 'PLACED' | 'PAID_IN_FULL' | 'PAYMENTS' | 'PROMISES_KEPT' | 'PROMISES_BROKEN' | 'OPEN';

export interface KpiCase {
  id: string;
  status: CaseStatus;
  stage: DunningStage;
  placedAt: IsoDate;
  paidAt: string | null;
  openCents: Cents;
  currency: string;
  debtor: { id: string; name: string; ref: string; country: string };
  creditor: { id: string; name: string; ref: string };
  assignee: { id: string; name: string } | null;
}

export const KPI_CASES: TypedDocumentNode<
  { kpiCases: { totalCount: number; items: KpiCase[] } },
  { filter: KpiFilter; metric: KpiMetric; ageingBucket?: string | null; offset: number; limit: number }
> = gql`
  query KpiCases($filter: KpiFilter!, $metric: KpiMetric!, $ageingBucket: String, $offset: Int, $limit: Int) {
    kpiCases(filter: $filter, metric: $metric, ageingBucket: $ageingBucket, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        status
        stage
        placedAt
        paidAt
        openCents
        currency
        debtor {
          id
          name
          ref
          country
        }
        creditor {
          id
          name
          ref
        }
        assignee {
          id
          name
        }
      }
    }
  }
`;

export interface CreditorReport {
  creditor: { id: string; ref: string; name: string; country: string; currency: string };
  from: IsoDate;
  to: IsoDate;
  currency: string;
  casesPlaced: number;
  placedCents: Cents;
  collectedCents: Cents;
  principalCollectedCents: Cents;
  interestCollectedCents: Cents;
  feesCollectedCents: Cents;
  remittanceDueCents: Cents;
}

export const CREDITOR_REPORT: TypedDocumentNode<{ creditorReport: CreditorReport }, { creditorId: string; from: IsoDate; to: IsoDate }> = gql`
  query CreditorReport($creditorId: ID!, $from: Date!, $to: Date!) {
    creditorReport(creditorId: $creditorId, from: $from, to: $to) {
      creditor {
        id
        ref
        name
        country
        currency
      }
      from
      to
      currency
      casesPlaced
      placedCents
      collectedCents
      principalCollectedCents
      interestCollectedCents
      feesCollectedCents
      remittanceDueCents
    }
  }
`;

import { graphql } from '../../gql';
import type {
  CreditorReportQuery,
  DashboardAnalyticsQuery,
  DashboardFilterOptionsQuery,
  DashboardQuery,
  KpiCasesQuery,
  KpiFieldsFragment,
} from '../../gql/graphql';

export type { KpiFilter, KpiMetric } from '../../gql/graphql';

export type Kpis = KpiFieldsFragment;
export type DashboardData = DashboardQuery;
export type CollectorKpis = DashboardQuery['kpisByCollector'][number];
export type CreditorKpis = DashboardQuery['kpisByCreditor'][number];
export type DashboardAnalyticsData = DashboardAnalyticsQuery;
export type AgeingBucket = DashboardAnalyticsQuery['kpiAgeing'][number];
export type RollRate = DashboardAnalyticsQuery['kpiRollRates'][number];
export type Forecast = DashboardAnalyticsQuery['kpiForecast'];
export type ForecastWindow = Forecast['past'][number];
export type FilterOptions = DashboardFilterOptionsQuery;
export type KpiCase = KpiCasesQuery['kpiCases']['items'][number];
export type CreditorReport = CreditorReportQuery['creditorReport'];

export const KPI_FIELDS = graphql(`
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
`);

export const DASHBOARD = graphql(`
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
`);

/** Ageing, roll rates and forecast: a separate request so the tiles do not wait for them. */
export const DASHBOARD_ANALYTICS = graphql(`
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
`);

export const KPIS_CHANGED = graphql(`
  subscription KpisChanged($filter: KpiFilter!) {
    kpisChanged(filter: $filter) {
      ...KpiFields
    }
  }
`);

export const DASHBOARD_FILTER_OPTIONS = graphql(`
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
`);

export const KPI_CASES = graphql(`
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
`);

export const CREDITOR_REPORT = graphql(`
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
`);

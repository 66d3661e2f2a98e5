import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Cents, IsoDate } from '../../app/graphql-types';

export interface KpiFilter {
  from: IsoDate;
  to: IsoDate;
  creditorId?: string | null;
  collectorId?: string | null;
}

export interface Kpis {
  dunningDurationDaysMedian: number | null;
  dunningDurationDaysMean: number | null;
  paymentRate: number;
  recoveryRate: number;
  recoveredCents: Cents;
  placedCents: Cents;
  collectedCents: Cents;
  promiseKeptRate: number | null;
  casesPlaced: number;
  casesPaidInFull: number;
}

export interface DashboardData {
  kpis: Kpis;
  kpiSeries: { periodStart: IsoDate; kpis: Kpis }[];
  kpisByCollector: { collector: { id: string; name: string }; kpis: Kpis }[];
}

const KPI_FIELDS = gql`
  fragment KpiFields on Kpis {
    dunningDurationDaysMedian
    dunningDurationDaysMean
    paymentRate
    recoveryRate
    recoveredCents
    placedCents
    collectedCents
    promiseKeptRate
    casesPlaced
    casesPaidInFull
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
  }
  ${KPI_FIELDS}
`;

export const KPIS_CHANGED: TypedDocumentNode<{ kpisChanged: Kpis }, { filter: KpiFilter }> = gql`
  subscription KpisChanged($filter: KpiFilter!) {
    kpisChanged(filter: $filter) {
      ...KpiFields
    }
  }
  ${KPI_FIELDS}
`;

export const DASHBOARD_FILTER_OPTIONS: TypedDocumentNode<
  {
    creditors: { id: string; ref: string; name: string; country: string; currency: string }[];
    collectors: { id: string; name: string }[];
  },
  Record<string, never>
> = gql`
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
  }
`;

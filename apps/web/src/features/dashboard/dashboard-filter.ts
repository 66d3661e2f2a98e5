import { isIsoDate } from '../../ui/date';
import { defaultPeriod } from './dashboard-period';

/** The KpiFilter every dashboard query takes; ids are null when not filtered. */
export interface DashboardFilter {
  from: string;
  to: string;
  creditorId: string | null;
  collectorId: string | null;
  teamId: string | null;
  country: string | null;
}

/** The countries the agency collects in (ISO codes); screens name them with Intl.DisplayNames in the workbench language. */
export const COUNTRIES = ['DE', 'DK'] as const;

const ID_KEYS = ['creditorId', 'teamId', 'collectorId', 'country'] as const;
const FILTER_KEYS = ['from', 'to', ...ID_KEYS] as const;

/** Reads the filter from the URL; a missing or malformed date falls back to the default period. */
export function filterFromParams(params: URLSearchParams, today: string): DashboardFilter {
  const fallback = defaultPeriod(today);
  const date = (key: 'from' | 'to') => {
    const value = params.get(key) ?? '';
    return isIsoDate(value) ? value : fallback[key];
  };
  const id = (key: (typeof ID_KEYS)[number]) => params.get(key)?.trim() || null;
  const country = id('country')?.toUpperCase() ?? null;
  return {
    from: date('from'),
    to: date('to'),
    creditorId: id('creditorId'),
    collectorId: id('collectorId'),
    teamId: id('teamId'),
    country: COUNTRIES.some((code) => code === country) ? country : null,
  };
}

/**
 * Writes the filter into URL params, keeping any other params (metric, bucket) of `base`.
 * Dates are always written so a shared link shows the same period on another day.
 */
export function filterToParams(filter: DashboardFilter, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of FILTER_KEYS) params.delete(key);
  params.set('from', filter.from);
  params.set('to', filter.to);
  for (const key of ID_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The GraphQL KpiFilter input: unset criteria are left out. */
export function toKpiFilterInput(filter: DashboardFilter) {
  return {
    from: filter.from,
    to: filter.to,
    ...(filter.creditorId ? { creditorId: filter.creditorId } : {}),
    ...(filter.collectorId ? { collectorId: filter.collectorId } : {}),
    ...(filter.teamId ? { teamId: filter.teamId } : {}),
    ...(filter.country ? { country: filter.country } : {}),
  };
}

/** `path?filter&extra` for links that carry the dashboard's filter (drill-downs, reports). */
export function hrefWithFilter(path: string, filter: DashboardFilter, extra: Record<string, string | null | undefined> = {}): string {
  const params = filterToParams(filter);
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return `${path}?${params.toString()}`;
}

import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams, hrefWithFilter, toKpiFilterInput, type DashboardFilter } from './dashboard-filter';

const today = '2026-11-25';
const full: DashboardFilter = { from: '2026-01-01', to: '2026-03-31', creditorId: 'c1', collectorId: 'u2', teamId: 't3', country: 'DK' };

describe('dashboard filter and URL params', () => {
  it('defaults to the last 12 months and no criteria', () => {
    expect(filterFromParams(new URLSearchParams(), today)).toEqual({
      from: '2025-12-01',
      to: '2026-11-25',
      creditorId: null,
      collectorId: null,
      teamId: null,
      country: null,
    });
  });

  it('round-trips every criterion', () => {
    expect(filterFromParams(filterToParams(full), today)).toEqual(full);
    expect(filterToParams(full).toString()).toBe('from=2026-01-01&to=2026-03-31&creditorId=c1&teamId=t3&collectorId=u2&country=DK');
  });

  it('falls back for malformed dates and unknown countries', () => {
    const f = filterFromParams(new URLSearchParams('from=2026-02-30&to=yesterday&country=fr&creditorId=%20'), today);
    expect(f).toMatchObject({ from: '2025-12-01', to: '2026-11-25', country: null, creditorId: null });
    expect(filterFromParams(new URLSearchParams('country=de'), today).country).toBe('DE');
  });

  it('keeps unrelated params and drops cleared criteria', () => {
    const base = new URLSearchParams('metric=OPEN&creditorId=old&offset=50');
    const params = filterToParams({ ...full, creditorId: null }, base);
    expect(params.get('metric')).toBe('OPEN');
    expect(params.get('offset')).toBe('50');
    expect(params.has('creditorId')).toBe(false);
  });

  it('sends only the set criteria to the API', () => {
    expect(toKpiFilterInput({ ...full, collectorId: null, country: null })).toEqual({ from: '2026-01-01', to: '2026-03-31', creditorId: 'c1', teamId: 't3' });
  });

  it('builds drill-down links that carry the filter', () => {
    expect(hrefWithFilter('/dashboard/cases', { ...full, teamId: null, collectorId: null, country: null }, { metric: 'OPEN', bucket: null })).toBe(
      '/dashboard/cases?from=2026-01-01&to=2026-03-31&creditorId=c1&metric=OPEN',
    );
  });
});

import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { Forecast, ForecastWindow } from './dashboard.graphql';
import { pastForecastView } from './forecast-past';

const window = (days: number, over: Partial<ForecastWindow> = {}): ForecastWindow => ({
  days, madeOn: null, from: '2026-10-26', to: '2026-11-24', available: false, expectedCents: null, actualCents: 12_300, ...over,
});
const forecast = (past: ForecastWindow[], over: Partial<Forecast> = {}): Forecast => ({
  asOf: '2026-11-25', keptRate: 0.6, horizons: [], past, comparable: true, firstRecordedOn: null, ...over,
});

const intl = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });

describe('pastForecastView', () => {
  it('draws only the windows with a recorded forecast, labelled with the day it was made', () => {
    const view = pastForecastView(forecast([
      window(30, { madeOn: '2026-10-01', from: '2026-10-01', to: '2026-10-30', available: true, expectedCents: 22_500, actualCents: 15_000 }),
      window(60, { from: '2026-09-26' }),
      window(90, { from: '2026-08-27' }),
    ], { firstRecordedOn: '2026-10-01' }), intl);
    expect(view.bars).toEqual([
      { label: '30 days', range: 'forecast made on 01 Oct 2026 for 01 Oct 2026 – 30 Oct 2026', expectedCents: 22_500, actualCents: 15_000 },
    ]);
    expect(view.notes).toEqual([
      '30 days: forecast made on 01 Oct 2026, window 01 Oct 2026 – 30 Oct 2026.',
      '60 days: not available, no forecast was recorded on or before 26 Sept 2026.',
      '90 days: not available, no forecast was recorded on or before 27 Aug 2026.',
    ]);
    expect(view.empty).toBeNull();
  });

  it('an honest empty state before the first window has ended', () => {
    const view = pastForecastView(forecast([window(30), window(60), window(90)], { firstRecordedOn: '2026-11-20' }), intl);
    expect(view.bars).toEqual([]);
    expect(view.empty).toEqual({
      title: 'No past window to compare yet',
      detail: 'Forecasts are recorded daily since 20 Nov 2026. The first 30-day window ends on 19 Dec 2026; its comparison appears the day after.',
    });
  });

  it('says when nothing was recorded yet, and when a collector or team filter rules it out', () => {
    expect(pastForecastView(forecast([window(30)]), intl).empty?.title).toBe('No forecast recorded yet');
    expect(pastForecastView(forecast([window(30)], { comparable: false }), intl).empty?.title).toBe('No recorded forecast for a collector or team');
  });
});

import type { SegmentHistory } from './forecast.js';
import {
  compareRecordedForecasts, forecastBySegment, sumForecasts, type DailyRecovery, type ForecastDueDay, type RecordedForecast,
} from './forecast-snapshots.js';

const asOf = '2025-06-01'; // windows: 30 days up to 2025-06-30, 60 to 2025-07-30, 90 to 2025-08-29

// c1: 15 of 20 kept (0.75, its own rate). c2: 1 of 10 (too few: overall 16 of 30). c3: no history (overall).
const history: SegmentHistory[] = [
  { segment: 'c1', kept: 15, broken: 5 },
  { segment: 'c2', kept: 1, broken: 9 },
];

describe('forecastBySegment', () => {
  const due: ForecastDueDay[] = [
    { segment: 'c1', dueDate: '2025-06-01', amountCents: 10_000, count: 2 }, // today: in every window
    { segment: 'c1', dueDate: '2025-07-01', amountCents: 333, count: 1 }, // day 30: 60 and 90
    { segment: 'c2', dueDate: '2025-06-10', amountCents: 3_000, count: 1 },
    { segment: 'c2', dueDate: '2025-05-31', amountCents: 99_999, count: 4 }, // overdue: not expected, not counted
    { segment: 'c4', dueDate: '2025-08-29', amountCents: 1_000, count: 1 }, // not listed: added after the listed ones
  ];

  it('forecasts each segment with its own rate, or the overall one below 20 resolved', () => {
    const out = forecastBySegment(['c1', 'c2', 'c3'], due, history, asOf);
    expect(out.map((f) => [f.segment, f.rate.source, f.rate.rate])).toEqual([
      ['c1', 'SEGMENT', 0.75],
      ['c2', 'OVERALL', 16 / 30],
      ['c3', 'OVERALL', 16 / 30],
      ['c4', 'OVERALL', 16 / 30],
    ]);
    expect(out[0]!.horizons).toEqual([
      { days: 30, promisedCents: 10_000, expectedCents: 7_500, items: 2 },
      { days: 60, promisedCents: 10_333, expectedCents: 7_750, items: 3 }, // 7,749.75 -> 7,750
      { days: 90, promisedCents: 10_333, expectedCents: 7_750, items: 3 },
    ]);
    // 3,000 x 16/30 = 1,600.
    expect(out[1]!.horizons[0]).toEqual({ days: 30, promisedCents: 3_000, expectedCents: 1_600, items: 1 });
    expect(out[2]!.horizons).toEqual([
      { days: 30, promisedCents: 0, expectedCents: 0, items: 0 },
      { days: 60, promisedCents: 0, expectedCents: 0, items: 0 },
      { days: 90, promisedCents: 0, expectedCents: 0, items: 0 },
    ]);
    // Day 89 of 90: 1,000 x 16/30 = 533.33 -> 533.
    expect(out[3]!.horizons.map((h) => h.expectedCents)).toEqual([0, 0, 533]);
  });

  it('a segment forecast does not depend on which other segments are asked for', () => {
    const alone = forecastBySegment(['c2'], due.filter((d) => d.segment === 'c2'), history, asOf);
    const all = forecastBySegment(['c1', 'c2'], due, history, asOf);
    expect(alone[0]).toEqual(all[1]);
  });

  it('rejects bad counts', () => {
    expect(() => forecastBySegment([], [{ segment: 'c1', dueDate: asOf, amountCents: 1, count: -1 }], history, asOf)).toThrow(RangeError);
    expect(() => forecastBySegment([], [{ segment: 'c1', dueDate: asOf, amountCents: 1, count: 0.5 }], history, asOf)).toThrow(RangeError);
  });
});

describe('sumForecasts', () => {
  it('adds the segments per horizon, each already rounded', () => {
    const out = forecastBySegment(['c1', 'c2', 'c3'], [
      { segment: 'c1', dueDate: '2025-06-02', amountCents: 1, count: 1 }, // 0.75 -> 1
      { segment: 'c2', dueDate: '2025-06-02', amountCents: 1, count: 1 }, // 0.53 -> 1
    ], history, asOf);
    expect(sumForecasts(out)).toEqual([
      { days: 30, promisedCents: 2, expectedCents: 2, items: 2 },
      { days: 60, promisedCents: 2, expectedCents: 2, items: 2 },
      { days: 90, promisedCents: 2, expectedCents: 2, items: 2 },
    ]);
    expect(sumForecasts([])).toEqual([
      { days: 30, promisedCents: 0, expectedCents: 0, items: 0 },
      { days: 60, promisedCents: 0, expectedCents: 0, items: 0 },
      { days: 90, promisedCents: 0, expectedCents: 0, items: 0 },
    ]);
  });

  it('refuses a segment without the horizon asked for', () => {
    const out = forecastBySegment(['c1'], [], history, asOf, [30]);
    expect(() => sumForecasts(out, [60])).toThrow(RangeError);
  });
});

describe('compareRecordedForecasts', () => {
  const today = '2025-06-01';
  const received: DailyRecovery[] = [
    { day: '2025-03-03', cents: 1 }, // before every window below
    { day: '2025-04-01', cents: 100 },
    { day: '2025-04-30', cents: 200 },
    { day: '2025-05-01', cents: 400 },
    { day: '2025-05-31', cents: 800 },
    { day: '2025-06-01', cents: 1_600 }, // today: in no window that has ended
  ];

  it('uses the latest forecast whose window has ended, as it was recorded', () => {
    const recorded: RecordedForecast[] = [
      { madeOn: '2025-04-01', days: 30, expectedCents: 111 }, // window 04-01 .. 04-30: ended
      { madeOn: '2025-05-02', days: 30, expectedCents: 222 }, // window 05-02 .. 05-31: ended yesterday, the latest
      { madeOn: '2025-05-03', days: 30, expectedCents: 333 }, // window up to 06-01: not ended
      { madeOn: '2025-04-02', days: 60, expectedCents: 444 }, // window 04-02 .. 05-31: ended
      { madeOn: '2025-04-01', days: 90, expectedCents: 555 }, // window up to 06-29: not ended
    ];
    expect(compareRecordedForecasts(recorded, received, today)).toEqual([
      { days: 30, madeOn: '2025-05-02', from: '2025-05-02', to: '2025-05-31', expectedCents: 222, actualCents: 800 },
      { days: 60, madeOn: '2025-04-02', from: '2025-04-02', to: '2025-05-31', expectedCents: 444, actualCents: 1_400 },
      // No recorded forecast: the window that ended yesterday, with no expectation.
      { days: 90, madeOn: null, from: '2025-03-03', to: '2025-05-31', expectedCents: null, actualCents: 1_501 },
    ]);
  });

  it('an older forecast when the day that would end yesterday has none', () => {
    const [w] = compareRecordedForecasts([{ madeOn: '2025-04-01', days: 30, expectedCents: 0 }], received, today, [30]);
    expect(w).toEqual({ days: 30, madeOn: '2025-04-01', from: '2025-04-01', to: '2025-04-30', expectedCents: 0, actualCents: 300 });
  });

  it('nothing recorded: every window not available', () => {
    expect(compareRecordedForecasts([], [], today).map((w) => [w.days, w.madeOn, w.expectedCents, w.actualCents])).toEqual([
      [30, null, null, 0],
      [60, null, null, 0],
      [90, null, null, 0],
    ]);
  });

  it('rejects bad dates, amounts and horizons', () => {
    expect(() => compareRecordedForecasts([], [], '2025-02-30')).toThrow(RangeError);
    expect(() => compareRecordedForecasts([{ madeOn: '2025-13-01', days: 30, expectedCents: 0 }], [], today)).toThrow(RangeError);
    expect(() => compareRecordedForecasts([{ madeOn: '2025-04-01', days: 30, expectedCents: 0.5 }], [], today)).toThrow(RangeError);
    expect(() => compareRecordedForecasts([], [{ day: '2025-04-01', cents: 1.5 }], today)).toThrow(RangeError);
    expect(() => compareRecordedForecasts([], [], today, [0])).toThrow(RangeError);
  });
});

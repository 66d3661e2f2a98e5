import { describe, expect, it } from 'vitest';
import { FALLBACK_MATURITY_DAYS, youngCohorts } from './young-cohorts';

const month = (periodStart: string, casesPlaced: number) => ({ periodStart, kpis: { casesPlaced } });
const series = [month('2026-07-01', 40), month('2026-08-01', 30), month('2026-09-01', 20), month('2026-10-01', 10), month('2026-11-01', 5)];

describe('young cohorts of the payment rate', () => {
  it('marks the months whose last placement is younger than the 90th percentile of days to paid in full', () => {
    // 60 days before 2026-11-25 is 2026-09-26: September ends after it, August before.
    expect(youngCohorts(series, '2026-11-25', '2026-11-25', 60)).toEqual({
      months: ['2026-09-01', '2026-10-01', '2026-11-01'],
      cases: 35,
      maturityDays: 60,
      measured: true,
    });
  });

  it('ages a month from the end of the period when the period ends within it', () => {
    // The period ends on 2026-09-10: September's last placement is then 76 days old on 2026-11-25.
    expect(youngCohorts(series.slice(0, 3), '2026-09-10', '2026-11-25', 60).months).toEqual([]);
    expect(youngCohorts(series.slice(0, 3), '2026-09-10', '2026-11-25', 80).months).toEqual(['2026-09-01']);
  });

  it('rounds a fractional percentile up and falls back when no case was paid to measure it', () => {
    expect(youngCohorts(series, '2026-11-25', '2026-11-25', 24.5).maturityDays).toBe(25);
    const fallback = youngCohorts(series, '2026-11-25', '2026-11-25', null);
    expect(fallback).toMatchObject({ maturityDays: FALLBACK_MATURITY_DAYS, measured: false });
    expect(fallback.months[0]).toBe('2026-08-01');
  });

  it('finds none in a period long past', () => {
    expect(youngCohorts(series, '2026-11-25', '2027-11-25', 60)).toEqual({ months: [], cases: 0, maturityDays: 60, measured: true });
  });
});

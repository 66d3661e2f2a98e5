import { formatLocalDateTime, isTimeZone, localDateTime, zonedInstant } from './zoned-time.js';

const at = (iso: string) => new Date(iso);

describe('localDateTime: the debtor\'s wall clock', () => {
  it.each<[string, string, string, string]>([
    // CET is UTC+1 in winter, CEST UTC+2 in summer (clocks change on the last Sundays of March and October).
    ['2026-11-25T10:00:00Z', 'Europe/Berlin', '2026-11-25', '11:00'],
    ['2026-07-01T10:00:00Z', 'Europe/Copenhagen', '2026-07-01', '12:00'],
    // New York is UTC-5 (EST): 02:00Z on Saturday is still Friday evening there.
    ['2026-03-07T02:00:00Z', 'America/New_York', '2026-03-06', '21:00'],
    // India is UTC+5:30 all year.
    ['2026-11-25T14:45:00Z', 'Asia/Kolkata', '2026-11-25', '20:15'],
  ])('%s in %s is %s %s', (instant, zone, date, time) => {
    const local = localDateTime(at(instant), zone);
    expect(local.date).toBe(date);
    const hh = String(Math.floor(local.msOfDay / 3_600_000)).padStart(2, '0');
    const mm = String(Math.floor(local.msOfDay / 60_000) % 60).padStart(2, '0');
    expect(`${hh}:${mm}`).toBe(time);
  });

  it('keeps milliseconds (boundary minutes are exact)', () => {
    expect(localDateTime(at('2026-11-25T06:59:59.999Z'), 'Europe/Berlin').msOfDay).toBe(8 * 3_600_000 - 1);
  });
});

describe('zonedInstant: when a local time begins', () => {
  it.each<[string, number, string, string]>([
    ['2026-11-26', 8 * 60, 'Europe/Berlin', '2026-11-26T07:00:00.000Z'], // CET, UTC+1
    ['2026-03-30', 8 * 60, 'Europe/Berlin', '2026-03-30T06:00:00.000Z'], // the day after the change to CEST, UTC+2
    ['2026-10-26', 8 * 60, 'Europe/Berlin', '2026-10-26T07:00:00.000Z'], // the day after the change back to CET
    // 02:30 does not exist on 2026-03-29 (02:00 CET jumps to 03:00 CEST at 01:00Z): the jump itself.
    ['2026-03-29', 150, 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // 02:30 happens twice on 2026-10-25 (03:00 CEST falls back to 02:00 CET at 01:00Z): the first time.
    ['2026-10-25', 150, 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-03-09', 8 * 60, 'America/New_York', '2026-03-09T12:00:00.000Z'], // EDT (UTC-4) from 2026-03-08
    ['2026-03-06', 8 * 60, 'America/New_York', '2026-03-06T13:00:00.000Z'], // EST (UTC-5)
    ['2026-11-26', 8 * 60, 'Asia/Kolkata', '2026-11-26T02:30:00.000Z'], // UTC+5:30
    ['2026-11-25', 24 * 60, 'Europe/Berlin', '2026-11-25T23:00:00.000Z'], // 24:00 = next midnight
  ])('%s minute %i in %s = %s', (date, minute, zone, expected) => {
    expect(zonedInstant(date, minute, zone).toISOString()).toBe(expected);
  });

  it('round-trips whole minutes over a year in Copenhagen (two DST changes)', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 97 * 60_000) {
      const local = localDateTime(new Date(t), 'Europe/Copenhagen');
      const back = zonedInstant(local.date, local.msOfDay / 60_000, 'Europe/Copenhagen');
      expect(localDateTime(back, 'Europe/Copenhagen')).toEqual(local);
      // The same instant, or the first of two showing this wall time in the October overlap (1 hour earlier).
      expect([0, 3_600_000]).toContain(t - back.getTime());
    }
  });
});

describe('helpers', () => {
  it('formats an instant on the debtor\'s clock', () => {
    expect(formatLocalDateTime(at('2026-11-26T07:00:00Z'), 'Europe/Berlin')).toBe('Thursday 2026-11-26 08:00 (Europe/Berlin)');
  });
  it.each([['Europe/Copenhagen', true], ['America/New_York', true], ['Mars/Olympus', false], ['', false]])('isTimeZone(%p) = %p', (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
  });
});

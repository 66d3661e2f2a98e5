import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatCents } from '../../ui/format';
import type { DunningRun } from './dunning.graphql';
import { alreadyRun, feeText, findRun, runDuration, withEarliestDays } from './dunning-view';

const run = (asOf: string, status: string): DunningRun => ({
  id: `run-${asOf}`,
  asOf,
  status,
  advanced: 1,
  feesCharged: 0,
  letters: 1,
  emails: 0,
  promisesBroken: 0,
  held: 0,
  holds: [],
  startedAt: `${asOf}T05:00:00.000Z`,
  finishedAt: status === 'DONE' ? `${asOf}T05:00:02.000Z` : null,
});

const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB' });
const german = createIntl({ locale: 'de-DE', defaultLocale: 'de-DE' });

describe('dunning runs', () => {
  const runs = [run('2026-03-12', 'RUNNING'), run('2026-03-11', 'DONE')];

  it('finds the run of a date', () => {
    expect(findRun(runs, '2026-03-11')?.id).toBe('run-2026-03-11');
    expect(findRun(runs, '2026-03-10')).toBeNull();
  });

  it('counts only a finished run as already run (an unfinished one is completed by running again)', () => {
    expect(alreadyRun(runs, '2026-03-11')?.id).toBe('run-2026-03-11');
    expect(alreadyRun(runs, '2026-03-12')).toBeNull();
  });

  it.each([
    ['2026-03-11T05:00:00.000Z', '2026-03-11T05:00:00.840Z', '0.8 s'],
    ['2026-03-11T05:00:00Z', '2026-03-11T05:00:12Z', '12 s'],
    ['2026-03-11T05:00:00Z', '2026-03-11T05:03:05Z', '3 min 05 s'],
    ['2026-03-11T05:00:00Z', '2026-03-11T06:02:00Z', '1 h 02 min'],
  ])('%s to %s took %s', (start, end, text) => {
    expect(runDuration(english, start, end)).toBe(text);
  });

  it('has no duration while running or for reversed timestamps', () => {
    expect(runDuration(english, '2026-03-11T05:00:00Z', null)).toBeNull();
    expect(runDuration(english, '2026-03-11T05:00:00Z', '2026-03-11T04:00:00Z')).toBeNull();
  });

  it('writes fractions of a second in the number format of the language', () => {
    expect(runDuration(german, '2026-03-11T05:00:00.000Z', '2026-03-11T05:00:00.840Z')).toBe('0,8 s');
  });
});

describe('strategy table', () => {
  it('adds up the waits from placement', () => {
    const steps = withEarliestDays([
      { stage: 'REMINDER', waitDays: 0, channel: 'LETTER', feeCents: 0, feeLabel: null, paymentWindowDays: 10 },
      { stage: 'DUNNING_1', waitDays: 14, channel: 'LETTER', feeCents: 0, feeLabel: null, paymentWindowDays: 10 },
      { stage: 'PHONE', waitDays: 8, channel: 'PHONE', feeCents: 0, feeLabel: null, paymentWindowDays: null },
    ]);
    expect(steps.map((s) => s.day)).toEqual([0, 14, 22]);
  });

  it('reads fixed, claim-dependent and absent fees', () => {
    expect(feeText({ feeCents: 250, feeLabel: 'Fixed fee' }, 'EUR')).toEqual({ amount: formatCents(250, 'EUR'), note: 'Fixed fee' });
    expect(feeText({ feeCents: 0, feeLabel: 'Agency costs, VV 2300' }, 'EUR')).toEqual({ amount: null, note: 'Agency costs, VV 2300' });
    expect(feeText({ feeCents: 0, feeLabel: null }, 'EUR')).toEqual({ amount: null, note: null });
  });
});

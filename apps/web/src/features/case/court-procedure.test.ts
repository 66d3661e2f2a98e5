import { describe, expect, it } from 'vitest';
import type { CourtProceeding } from './case.graphql';
import { createIntl } from 'react-intl';
import { courtRows, DEADLINE_DISTANCE, deadlineDistanceValues, deadlineStatus, nextCourtEvents, suggestedCourtEvent } from './court-procedure';

const english = createIntl({ locale: 'en-GB', messages: {}, onError: () => undefined });

const applied: CourtProceeding = {
  appliedOn: '2026-01-05',
  court: null,
  courtName: null,
  orderServedOn: null,
  objectionDeadline: null,
  objectionFiledOn: null,
  enforcementApplicationDeadline: null,
  enforcementAppliedOn: null,
  enforcementServedOn: null,
  enforcementObjectionDeadline: null,
  enforcementObjectionFiledOn: null,
};
const served: CourtProceeding = {
  ...applied,
  orderServedOn: '2026-01-12',
  objectionDeadline: '2026-01-26',
  enforcementApplicationDeadline: '2026-07-13',
};

describe('deadlineStatus', () => {
  it.each([
    ['2026-03-10', '2026-03-20', 'upcoming', 10, 'in 10 days'],
    ['2026-03-19', '2026-03-20', 'upcoming', 1, 'tomorrow'],
    ['2026-03-20', '2026-03-20', 'today', 0, 'today'],
    ['2026-03-21', '2026-03-20', 'passed', -1, 'yesterday'],
    ['2026-04-01', '2026-03-20', 'passed', -12, '12 days ago'],
  ] as const)('on %s a deadline of %s is %s', (today, deadline, state, days, text) => {
    expect(deadlineStatus(deadline, today)).toEqual({ state, days });
    expect(english.formatMessage(DEADLINE_DISTANCE, deadlineDistanceValues(days))).toBe(text);
  });

  it('says one day in the singular', () => {
    expect(english.formatMessage(DEADLINE_DISTANCE, deadlineDistanceValues(-2))).toBe('2 days ago');
    expect(english.formatMessage(DEADLINE_DISTANCE, deadlineDistanceValues(2))).toBe('in 2 days');
  });

  it('counts calendar days across a DST change and a month end', () => {
    expect(deadlineStatus('2026-03-28', '2026-03-31').days).toBe(-3);
    expect(deadlineStatus('2026-04-02', '2026-03-28')).toMatchObject({ state: 'upcoming', days: 5 });
  });
});

describe('courtRows', () => {
  it('shows only the application before service', () => {
    expect(courtRows(applied).map((r) => [r.key, r.on])).toEqual([
      ['applied', '2026-01-05'],
      ['served', null],
      ['enforcement-served', null],
    ]);
  });

  it('adds the deadlines service starts, and what answered them', () => {
    const rows = courtRows({ ...served, objectionFiledOn: '2026-01-20' });
    expect(rows.map((r) => r.key)).toEqual(['applied', 'served', 'objection', 'enforcement-application', 'enforcement-served']);
    const objection = rows.find((r) => r.key === 'objection');
    expect(objection).toMatchObject({ kind: 'deadline', on: '2026-01-26', answered: { on: '2026-01-20' } });
    expect(rows.find((r) => r.key === 'enforcement-application')).toMatchObject({ on: '2026-07-13', answered: null });
  });

  it('ends with the objection window against the enforcement order', () => {
    const rows = courtRows({
      ...served,
      enforcementAppliedOn: '2026-02-02',
      enforcementServedOn: '2026-02-10',
      enforcementObjectionDeadline: '2026-02-24',
    });
    expect(rows.at(-1)).toMatchObject({ key: 'enforcement-objection', on: '2026-02-24', answered: null });
    expect(rows.find((r) => r.key === 'enforcement-application')).toMatchObject({ answered: { label: expect.objectContaining({ defaultMessage: 'Applied' }), on: '2026-02-02' } });
  });
});

describe('nextCourtEvents', () => {
  it('starts with the application', () => {
    expect(nextCourtEvents(null)).toEqual(['ORDER_APPLIED']);
  });

  it('follows the procedure', () => {
    expect(nextCourtEvents(applied)).toEqual(['ORDER_SERVED']);
    expect(nextCourtEvents(served)).toEqual(['OBJECTION_FILED', 'ENFORCEMENT_APPLIED']);
    expect(nextCourtEvents({ ...served, enforcementAppliedOn: '2026-02-02' })).toEqual(['OBJECTION_FILED', 'ENFORCEMENT_SERVED']);
    expect(
      nextCourtEvents({ ...served, objectionFiledOn: '2026-01-20', enforcementAppliedOn: '2026-02-02', enforcementServedOn: '2026-02-10' }),
    ).toEqual(['ENFORCEMENT_OBJECTION_FILED']);
  });

  it('has nothing left once every step is recorded', () => {
    expect(
      nextCourtEvents({
        ...served,
        objectionFiledOn: '2026-01-20',
        enforcementAppliedOn: '2026-02-02',
        enforcementServedOn: '2026-02-10',
        enforcementObjectionFiledOn: '2026-02-15',
      }),
    ).toEqual([]);
  });
});

describe('suggestedCourtEvent', () => {
  it('suggests the step furthest along', () => {
    expect(suggestedCourtEvent(nextCourtEvents(null))).toBe('ORDER_APPLIED');
    expect(suggestedCourtEvent(nextCourtEvents(served))).toBe('ENFORCEMENT_APPLIED');
    expect(suggestedCourtEvent([])).toBeNull();
  });
});

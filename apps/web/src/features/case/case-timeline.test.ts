import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineActivity, type TimelinePayment } from './case-timeline';

const activity = (id: string, occurredAt: string): TimelineActivity => ({
  id,
  channel: 'PHONE',
  direction: 'OUTBOUND',
  outcome: 'NO_CONTACT',
  note: '',
  occurredAt,
  actor: null,
});
const payment = (id: string, createdAt: string): TimelinePayment => ({
  id,
  amountCents: 1000,
  receivedAt: createdAt.slice(0, 10),
  reference: 'ref',
  source: 'MANUAL',
  createdAt,
});

describe('buildTimeline', () => {
  it('merges activities and payments newest first', () => {
    const timeline = buildTimeline(
      [activity('a1', '2026-03-01T09:00:00Z'), activity('a2', '2026-03-05T09:00:00Z')],
      [payment('p1', '2026-03-03T12:00:00Z'), payment('p2', '2026-03-06T08:00:00.000Z')],
    );
    expect(timeline.map((e) => e.key)).toEqual(['p:p2', 'a:a2', 'p:p1', 'a:a1']);
  });

  it('compares instants, not strings, across offsets', () => {
    const timeline = buildTimeline([activity('a1', '2026-03-01T10:00:00+02:00')], [payment('p1', '2026-03-01T09:00:00Z')]);
    expect(timeline.map((e) => e.key)).toEqual(['p:p1', 'a:a1']);
  });

  it('is empty for a fresh case', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});

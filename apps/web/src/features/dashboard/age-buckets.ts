import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';

// Plain descriptors: their values are given where they are formatted.
const BUCKET_MESSAGES: Record<'range' | 'over', MessageDescriptor> = defineMessages({
  range: { id: 'dashboard.ageing.bucketRange', defaultMessage: '{from}–{to} days' },
  over: { id: 'dashboard.ageing.bucketOver', defaultMessage: 'over {days} days' },
});

/** An age bucket's name in the workbench language: "31–60 days", "über 180 Tage". */
export function ageBucketLabel(intl: IntlShape, fromDays: number, toDays: number | null): string {
  return toDays === null
    ? intl.formatMessage(BUCKET_MESSAGES.over, { days: Math.max(0, fromDays - 1) })
    : intl.formatMessage(BUCKET_MESSAGES.range, { from: fromDays, to: toDays });
}

/** The days a bucket key of the URL covers ("DAYS_31_60", "OVER_180"), or null for an unknown key. */
export function bucketDays(key: string): { fromDays: number; toDays: number | null } | null {
  const range = /^DAYS_(\d+)_(\d+)$/.exec(key);
  if (range) return { fromDays: Number(range[1]), toDays: Number(range[2]) };
  const over = /^OVER_(\d+)$/.exec(key);
  return over ? { fromDays: Number(over[1]) + 1, toDays: null } : null;
}

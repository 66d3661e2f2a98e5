import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { ageBucketLabel, bucketDays } from './age-buckets';

const intl = createIntl({ locale: 'en-GB', messages: {} });

describe('age buckets', () => {
  it('names a bucket by its days', () => {
    expect(ageBucketLabel(intl, 31, 60)).toBe('31–60 days');
    expect(ageBucketLabel(intl, 181, null)).toBe('over 180 days');
  });

  it('reads the days back from the key in a link', () => {
    expect(bucketDays('DAYS_0_30')).toEqual({ fromDays: 0, toDays: 30 });
    expect(bucketDays('OVER_180')).toEqual({ fromDays: 181, toDays: null });
    expect(bucketDays('anything')).toBeNull();
  });
});

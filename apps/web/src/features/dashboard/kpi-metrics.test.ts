import { describe, expect, it } from 'vitest';
import { parseKpiMetric, parseOffset } from './kpi-metrics';

describe('drill-down params', () => {
  it('accepts the KpiMetric values only', () => {
    expect(parseKpiMetric('PAID_IN_FULL')).toBe('PAID_IN_FULL');
    expect(parseKpiMetric('open')).toBe('OPEN');
    expect(parseKpiMetric('toString')).toBeNull();
    expect(parseKpiMetric(null)).toBeNull();
  });

  it('snaps the offset to a page', () => {
    expect(parseOffset('100', 50)).toBe(100);
    expect(parseOffset('120', 50)).toBe(100);
    expect(parseOffset('-50', 50)).toBe(0);
    expect(parseOffset('x', 50)).toBe(0);
    expect(parseOffset(null, 50)).toBe(0);
  });
});

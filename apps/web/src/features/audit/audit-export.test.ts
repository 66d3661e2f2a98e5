import { describe, expect, it } from 'vitest';
import { auditExportHref } from './audit-export';

describe('auditExportHref', () => {
  it('names the creditor, the period and the token', () => {
    expect(auditExportHref('csv', { creditorId: 'c-1', from: '2026-11-01', to: '2026-11-30' }, 'a+b/c='))
      .toBe('/audit/export.csv?creditorId=c-1&from=2026-11-01&to=2026-11-30&token=a%2Bb%2Fc%3D');
    expect(auditExportHref('json', { creditorId: 'c-1', from: '2026-11-01', to: '2026-11-30' }, null))
      .toBe('/audit/export.json?creditorId=c-1&from=2026-11-01&to=2026-11-30');
  });
});

import { describe, expect, it } from 'vitest';
import { auditExportHref } from './audit-export';

describe('auditExportHref', () => {
  it('names the format, the creditor and the period, never a token', () => {
    expect(auditExportHref('csv', { creditorId: 'c-1', from: '2026-11-01', to: '2026-11-30' }))
      .toBe('/audit/export.csv?creditorId=c-1&from=2026-11-01&to=2026-11-30');
    expect(auditExportHref('json', { creditorId: 'c 1', from: '', to: '2026-11-30' }))
      .toBe('/audit/export.json?creditorId=c+1&from=&to=2026-11-30');
  });
});

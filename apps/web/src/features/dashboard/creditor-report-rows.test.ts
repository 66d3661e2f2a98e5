import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { creditorReportCsvColumns, creditorReportLines } from './creditor-report-rows';
import type { CreditorReport } from './dashboard.graphql';

const report: CreditorReport = {
  creditor: { id: 'c1', ref: 'CR-1', name: 'Stadtwerke Nord, GmbH', country: 'DE', currency: 'EUR' },
  from: '2026-01-01',
  to: '2026-03-31',
  currency: 'EUR',
  casesPlaced: 12,
  placedCents: 1_000_000,
  collectedCents: 250_075,
  principalCollectedCents: 200_000,
  interestCollectedCents: 30_075,
  feesCollectedCents: 20_000,
  remittanceDueCents: 230_075,
};

describe('creditor report', () => {
  it('lists the figures in print order, remittance last', () => {
    const lines = creditorReportLines(report);
    expect(lines.map((l) => l.key)).toEqual(['casesPlaced', 'placed', 'collected', 'principal', 'interest', 'fees', 'remittance']);
    expect(lines.at(-1)).toMatchObject({ amount: 230_075, emphasis: true });
  });

  it('exports one CSV line per figure with exact amounts', () => {
    const csv = toCsv(creditorReportCsvColumns(report), creditorReportLines(report)).split('\r\n');
    expect(csv[0]).toBe('Creditor,Creditor ref,From,To,Figure,Value,Currency');
    expect(csv[1]).toBe('"Stadtwerke Nord, GmbH",CR-1,2026-01-01,2026-03-31,Cases placed,12,');
    expect(csv[7]).toBe('"Stadtwerke Nord, GmbH",CR-1,2026-01-01,2026-03-31,Remittance due,2300.75,EUR');
    expect(csv).toHaveLength(9);
  });
});

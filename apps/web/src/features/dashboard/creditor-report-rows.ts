import type { CsvColumn } from './csv';
import type { CreditorReport } from './dashboard.graphql';
import { centsForCsv } from './dashboard-format';

export interface ReportLine {
  key: string;
  label: string;
  /** minor units of the report's currency, or a plain count */
  amount: number;
  kind: 'count' | 'money';
  emphasis?: boolean;
  note?: string;
}

/** The lines of a creditor report, in the order they are printed. */
export function creditorReportLines(r: CreditorReport): ReportLine[] {
  return [
    { key: 'casesPlaced', label: 'Cases placed', amount: r.casesPlaced, kind: 'count' },
    { key: 'placed', label: 'Placed (claim amount)', amount: r.placedCents, kind: 'money' },
    { key: 'collected', label: 'Collected', amount: r.collectedCents, kind: 'money' },
    { key: 'principal', label: 'of which principal', amount: r.principalCollectedCents, kind: 'money' },
    { key: 'interest', label: 'of which interest', amount: r.interestCollectedCents, kind: 'money' },
    { key: 'fees', label: 'of which fees', amount: r.feesCollectedCents, kind: 'money', note: 'retained by the agency' },
    {
      key: 'remittance',
      label: 'Remittance due',
      amount: r.remittanceDueCents,
      kind: 'money',
      emphasis: true,
      note: 'principal and interest collected in the period',
    },
  ];
}

export function creditorReportCsvColumns(r: CreditorReport): CsvColumn<ReportLine>[] {
  return [
    { header: 'Creditor', value: () => r.creditor.name },
    { header: 'Creditor ref', value: () => r.creditor.ref },
    { header: 'From', value: () => r.from },
    { header: 'To', value: () => r.to },
    { header: 'Figure', value: (l) => l.label },
    { header: 'Value', value: (l) => (l.kind === 'money' ? centsForCsv(l.amount) : l.amount) },
    { header: 'Currency', value: (l) => (l.kind === 'money' ? r.currency : null) },
  ];
}

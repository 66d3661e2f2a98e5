import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { CsvColumn } from './csv';
import type { CreditorReport } from './dashboard.graphql';
import { centsForCsv } from './dashboard-format';

export interface ReportLine {
  key: string;
  /** The figure's name in the CSV (English, for the tools that read it). */
  label: string;
  /** The figure's name on screen and in print. */
  title: MessageDescriptor;
  /** minor units of the report's currency, or a plain count */
  amount: number;
  kind: 'count' | 'money';
  emphasis?: boolean;
  /** A part of the line above it ("of which …"). */
  part?: boolean;
  note?: MessageDescriptor;
}

const LINE_MESSAGES = defineMessages({
  casesPlaced: { id: 'dashboard.report.casesPlaced', defaultMessage: 'Cases placed' },
  placed: { id: 'dashboard.report.placed', defaultMessage: 'Placed (claim amount)' },
  collected: { id: 'dashboard.report.collected', defaultMessage: 'Collected' },
  principal: { id: 'dashboard.report.principal', defaultMessage: 'of which principal' },
  interest: { id: 'dashboard.report.interest', defaultMessage: 'of which interest' },
  fees: { id: 'dashboard.report.fees', defaultMessage: 'of which fees' },
  feesNote: { id: 'dashboard.report.feesNote', defaultMessage: 'retained by the agency' },
  remittance: { id: 'dashboard.report.remittance', defaultMessage: 'Remittance due' },
  remittanceNote: { id: 'dashboard.report.remittanceNote', defaultMessage: 'principal and interest collected in the period' },
});

/** The lines of a creditor report, in the order they are printed. */
export function creditorReportLines(r: CreditorReport): ReportLine[] {
  const m = LINE_MESSAGES;
  return [
    { key: 'casesPlaced', label: 'Cases placed', title: m.casesPlaced, amount: r.casesPlaced, kind: 'count' },
    { key: 'placed', label: 'Placed (claim amount)', title: m.placed, amount: r.placedCents, kind: 'money' },
    { key: 'collected', label: 'Collected', title: m.collected, amount: r.collectedCents, kind: 'money' },
    { key: 'principal', label: 'of which principal', title: m.principal, amount: r.principalCollectedCents, kind: 'money', part: true },
    { key: 'interest', label: 'of which interest', title: m.interest, amount: r.interestCollectedCents, kind: 'money', part: true },
    { key: 'fees', label: 'of which fees', title: m.fees, amount: r.feesCollectedCents, kind: 'money', part: true, note: m.feesNote },
    {
      key: 'remittance',
      label: 'Remittance due',
      title: m.remittance,
      amount: r.remittanceDueCents,
      kind: 'money',
      emphasis: true,
      note: m.remittanceNote,
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

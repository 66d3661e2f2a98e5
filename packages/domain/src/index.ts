export * from './money.js';
export * from './dates.js';
export * from './stages.js';
export * from './stages.i18n.js';
export * from './rule-violation.js';
export * from './i18n/ui-language.js';
export * from './i18n/localized-text.js';

export * from './interest/rate-percent.js';
export * from './interest/rate-table.js';
export * from './interest/de-base-rates.js';
export * from './interest/dk-reference-rates.js';
export * from './interest/statutory-rate.js';
export * from './interest/interest-segments.js';
export * from './interest/statutory-margin.js';
export * from './interest/rate-table-status.js';
export * from './interest/interest.i18n.js';

export * from './allocation/allocate-payment.js';
export * from './balance/default-date.js';
export * from './balance/claim-interest.js';
export * from './balance/compute-balance.js';
export * from './balance/balance.i18n.js';
export * from './balance/open-principal.js';

export * from './priority/case-priority.js';
export * from './priority/priority.i18n.js';

export * from './kpi/statistics.js';
export * from './promises/promise-state.js';
export * from './promises/broken-promise.js';
export * from './promises/broken-promise-cutoff.js';
export * from './promises/promises-filled-by.js';
export * from './agreements/agreements.js';
export * from './agreements/plan-charge.js';
export * from './kpi/compute-kpis.js';

export * from './outcomes/decide-outcome.js';
export * from './outcomes/validate-payment.js';
export * from './payments/manual-payment.js';
export * from './outcomes/contact-outcomes.js';
export * from './outcomes/case-note.js';
export * from './kpi/reporting-currency.js';

export * from './allocation/allocate-payment-dk.js';
export * from './allocation/allocate-by-debt.js';

export * from './fees/fee-result.js';
export * from './fees/fee-currency.js';
export * from './fees/rvg-value-fee.js';
export * from './fees/agency-fee-de.js';
export * from './fees/dk-fees.js';
export * from './fees/flat-compensation.js';
export * from './fees/creditor-dunning-fee.js';

export * from './dunning/strategy.js';
export * from './dunning/next-step.js';

export * from './limitation/limitation-date.js';
export * from './limitation/case-limitation.js';
export * from './limitation/limitation.i18n.js';

export * from './court/de-holidays.js';
export * from './court/public-holidays.js';
export * from './court/dunning-courts.js';
export * from './court/court-deadlines.js';

export * from './letters/letter-texts.js';
export * from './letters/first-demand.js';
export * from './letters/supervisory-authority.js';
export * from './letters/letter-blockers.js';
export * from './letters/cost-labels.js';
export * from './letters/address-research.js';
export * from './letters/case-letters.js';
export * from './payments-qr/epc-qr.js';
export * from './letters/payment-instructions.js';
export * from './debtors/debtor-details.js';

export * from './contact-policy/zoned-time.js';
export * from './contact-policy/dk-holidays.js';
export * from './contact-policy/contact-policy.js';
export * from './contact-policy/contact-policy.i18n.js';

export * from './kpi/histogram.js';
export * from './kpi/rates.js';
export * from './kpi/portal-figures.js';
export * from './kpi/ageing.js';
export * from './kpi/roll-rates.js';
export * from './kpi/forecast.js';
export * from './kpi/forecast-snapshots.js';

export * from './dunning/timeline.js';
export * from './dunning/fee-rule-parts.js';
export * from './dunning/dunning.i18n.js';
export * from './creditors/creditor-settings.js';
export * from './creditors/creditors.i18n.js';
export * from './intake/case-import-row.js';
export * from './intake/intake.i18n.js';
export * from './holds/holds.js';

export * from './messages/message-language.js';
export * from './messages/message-template.js';
export * from './messages/messages.i18n.js';
export * from './printing/print-manifest.js';

export * from './portal/postcode.js';
export * from './portal/portal-link.js';
export * from './portal/portal-plan.js';
export * from './portal/portal-texts.js';
export * from './portal/portal-timeline.i18n.js';
export * from './privacy/retention.js';
export * from './dunning/run-date.js';
export * from './bank/double-booking.js';
export * from './bank/own-accounts.js';
export * from './bank/bank.i18n.js';
export * from './audit/audit-chain.js';

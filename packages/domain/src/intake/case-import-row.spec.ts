import { checkCaseImportHeader, debtorAddressText, validateCaseImportRow, type CaseImportRecord } from './case-import-row.js';

const good: CaseImportRecord = {
  creditor_ref: 'CR-1', debtor_ref: 'D-1', debtor_name: 'Anna Berg', debtor_kind: 'consumer', debtor_country: 'de',
  debtor_email: 'anna@example.org', debtor_phone: '+49 30 123456', invoice_ref: 'INV-1', principal_cents: '12500',
  currency: 'eur', invoice_date: '2026-10-01', due_date: '2026-10-15', default_date: '',
};

describe('validateCaseImportRow', () => {
  it('types a good row', () => {
    const r = validateCaseImportRow({ ...good, claim_kind: 'goods_services', reminders_sent: '2', debtor_language: 'DE', due_date_fixed: 'false' }, '2026-12-01');
    expect(r).toEqual({
      ok: true,
      row: expect.objectContaining({
        debtorCountry: 'DE', currency: 'EUR', principalCents: 12_500, defaultDate: null, claimKind: 'goods_services',
        remindersSent: 2, debtorLanguage: 'de', debtorStreet: null, dueDateFixed: false,
      }),
    });
  });

  it.each([
    ['debtor_name', { debtor_name: ' ' }],
    ['debtor_kind', { debtor_kind: 'person' }],
    ['debtor_country', { debtor_country: 'Germany' }],
    ['debtor_email', { debtor_email: 'anna' }],
    ['debtor_ref', { debtor_ref: 'A/B' }],
    ['principal_cents', { principal_cents: '125.00' }],
    ['principal_cents', { principal_cents: '0' }],
    ['principal_cents', { principal_cents: '1000000000001' }],
    ['currency', { currency: 'EURO' }],
    ['invoice_date', { invoice_date: '2026-13-01' }],
    ['invoice_date', { invoice_date: '2026-12-02' }],
    ['due_date', { due_date: '2026-09-30' }],
    ['default_date', { default_date: '2026-10-14' }],
    ['claim_kind', { claim_kind: 'rent' }],
    ['reminders_sent', { reminders_sent: '-1' }],
    ['due_date_fixed', { due_date_fixed: 'maybe' }],
    ['contract_date', { contract_date: '2026-10-02' }],
  ])('refuses a bad %s', (field, change) => {
    const r = validateCaseImportRow({ ...good, ...change }, '2026-12-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.field).toBe(field);
      expect(r.problem.message.startsWith(`${field}: `)).toBe(true);
    }
  });
});

describe('checkCaseImportHeader', () => {
  it('names missing, unknown and duplicated columns', () => {
    const check = checkCaseImportHeader(['\uFEFFcreditor_ref', 'Debtor_Ref', 'note', 'note', 'currency']);
    expect(check.missing).toContain('debtor_name');
    expect(check.missing).not.toContain('debtor_ref');
    expect(check.unknown).toEqual(['note', 'note']);
    expect(check.duplicated).toEqual(['note']);
  });
});

describe('debtorAddressText', () => {
  it('joins street and place', () => {
    expect(debtorAddressText('Hauptstr. 1', '10115', 'Berlin')).toBe('Hauptstr. 1\n10115 Berlin');
    expect(debtorAddressText(null, null, null)).toBeNull();
  });
});

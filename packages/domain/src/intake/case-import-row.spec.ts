import {
  caseImportHeaderProblem, caseImportHeaderWarning, checkCaseImportHeader, debtorAddressText, validateCaseImportRow, type CaseImportRecord,
} from './case-import-row.js';
import { fieldCountText } from './intake.i18n.js';

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
      expect(r.problem.texts.en).toBe(r.problem.message);
      expect(r.problem.texts.de.startsWith(`${field}: `)).toBe(true);
      expect(r.problem.texts.da.startsWith(`${field}: `)).toBe(true);
      expect(r.problem.texts.de).not.toBe(r.problem.texts.en);
      expect(r.problem.texts.da).not.toBe(r.problem.texts.en);
    }
  });

  it.each([
    [{ debtor_email: 'anna' }, {
      en: 'debtor_email: "anna" is not an e-mail address.',
      de: 'debtor_email: „anna“ ist keine E-Mail-Adresse.',
      da: 'debtor_email: "anna" er ikke en e-mailadresse.',
    }],
    [{ due_date: '2026-09-30' }, {
      en: 'due_date: 2026-09-30 is before the invoice date 2026-10-01.',
      de: 'due_date: 30.09.2026 liegt vor dem Rechnungsdatum 01.10.2026.',
      da: 'due_date: 30.09.2026 ligger før fakturadatoen 01.10.2026.',
    }],
    [{ debtor_name: '' }, {
      en: 'debtor_name: is empty; every row needs it.',
      de: 'debtor_name: ist leer; jede Zeile braucht diesen Wert.',
      da: 'debtor_name: er tom; hver række skal have den.',
    }],
  ])('words the fault in German and Danish too', (change, texts) => {
    const r = validateCaseImportRow({ ...good, ...change }, '2026-12-01');
    expect(r.ok ? null : r.problem.texts).toEqual(texts);
  });
});

describe('header and row texts', () => {
  it('names missing columns in every language', () => {
    const problem = caseImportHeaderProblem(checkCaseImportHeader(['creditor_ref', 'debtor_ref', 'debtor_name', 'debtor_kind', 'debtor_country',
      'debtor_email', 'debtor_phone', 'invoice_ref', 'principal_cents', 'currency', 'invoice_date', 'due_date']));
    expect(problem?.en).toBe('The header row lacks the column default_date; a case import file needs '
      + 'creditor_ref,debtor_ref,debtor_name,debtor_kind,debtor_country,debtor_email,debtor_phone,invoice_ref,principal_cents,currency,invoice_date,due_date,default_date.');
    expect(problem?.de).toMatch(/^In der Kopfzeile fehlt die Spalte default_date; eine Fallimportdatei braucht creditor_ref,/);
    expect(problem?.da).toMatch(/^Overskriftsrækken mangler kolonnen default_date; en sagsimportfil skal have creditor_ref,/);
  });

  it('names duplicated and unknown columns', () => {
    const check = checkCaseImportHeader(['note', 'note', 'x']);
    expect(caseImportHeaderProblem({ ...check, missing: [] })?.de).toBe('Die Kopfzeile nennt note mehr als einmal.');
    expect(caseImportHeaderWarning(check)).toEqual({
      en: 'Unknown columns ignored: note, note, x.', de: 'Unbekannte Spalten ignoriert: note, note, x.', da: 'Ukendte kolonner ignoreret: note, note, x.',
    });
    expect(caseImportHeaderWarning(checkCaseImportHeader(['note']))?.en).toBe('Unknown column ignored: note.');
    expect(caseImportHeaderWarning(checkCaseImportHeader(['creditor_ref']))).toBeNull();
  });

  it('counts a row\'s fields in every language', () => {
    expect(fieldCountText(3, 13)).toEqual({
      en: 'The row has 3 fields; the header has 13.', de: 'Die Zeile hat 3 Felder; die Kopfzeile hat 13.', da: 'Rækken har 3 felter; overskriftsrækken har 13.',
    });
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

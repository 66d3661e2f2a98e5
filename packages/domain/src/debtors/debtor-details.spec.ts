import { RuleViolation } from '../rule-violation.js';
import { applyDebtorChange, debtorChanges, describeDebtorChanges, describeDebtorChangesText, type DebtorDetails } from './debtor-details.js';

const current: DebtorDetails = {
  name: 'Erika Mustermann', address: 'Heidestraße 17\n51147 Köln', email: 'erika@example.de', phone: '+49 221 1234567',
  language: 'de', timeZone: 'Europe/Berlin', addressUnknown: false,
};

describe('applyDebtorChange', () => {
  it('keeps what is not given, trims, and clears blank nullable fields', () => {
    expect(applyDebtorChange(current, { email: '  ', name: ' Erika M. ' })).toEqual({ ...current, name: 'Erika M.', email: null });
  });

  it('allows an empty address only when it is marked unknown', () => {
    expect(applyDebtorChange(current, { address: null, addressUnknown: true })).toMatchObject({ address: null, addressUnknown: true });
    expect(() => applyDebtorChange(current, { address: '' })).toThrow(RuleViolation);
  });

  it.each([
    ['name', { name: '' }],
    ['email', { email: 'erika@' }],
    ['email', { email: 'erika example.de' }],
    ['language', { language: 'fr' }],
    ['timeZone', { timeZone: 'Europe/Atlantis' }],
    ['address', { address: ' ' }],
  ])('refuses a bad %s at its field', (field, change) => {
    try {
      applyDebtorChange(current, change);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(RuleViolation);
      expect((error as RuleViolation).field).toBe(field);
    }
  });
});

describe('debtorChanges', () => {
  it('lists the changed fields with old and new values, and describes them', () => {
    const after = applyDebtorChange(current, { email: 'erika@example.com', addressUnknown: true });
    const changes = debtorChanges(current, after);
    expect(changes).toEqual([
      { field: 'email', label: 'E-mail', before: 'erika@example.de', after: 'erika@example.com' },
      { field: 'addressUnknown', label: 'Address unknown', before: false, after: true },
    ]);
    expect(describeDebtorChanges(changes)).toBe(
      'Debtor details changed: E-mail erika@example.de → erika@example.com; Address unknown no → yes',
    );
    expect(describeDebtorChangesText(changes).de).toBe(
      'Schuldnerdaten geändert: E-Mail erika@example.de → erika@example.com; Anschrift unbekannt nein → ja',
    );
  });

  it('finds nothing when nothing changed', () => {
    expect(debtorChanges(current, applyDebtorChange(current, {}))).toEqual([]);
  });
});

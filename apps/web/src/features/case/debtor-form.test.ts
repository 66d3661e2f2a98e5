import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { debtorDraftErrors, debtorDraftOf, debtorInputFrom, fieldErrorOf, normalizeAddress, type DebtorDraft } from './debtor-form';

const debtor = {
  __typename: 'Debtor' as const, id: 'd1', ref: 'D-1', name: 'Erika Mustermann', kind: 'CONSUMER' as const, country: 'DE',
  email: 'erika@example.de', phone: null, address: 'Heidestraße 17\n51147 Köln', addressUnknown: false, addressResearched: false, language: 'de',
  timeZone: 'Europe/Berlin',
};

describe('debtorDraftOf / debtorInputFrom', () => {
  const current = debtorDraftOf(debtor);

  it('fills the form with the current details, empty strings for what is missing', () => {
    expect(current).toEqual({
      name: 'Erika Mustermann', address: 'Heidestraße 17\n51147 Köln', email: 'erika@example.de', phone: '', language: 'de',
      timeZone: 'Europe/Berlin', addressUnknown: false, addressResearched: false,
    });
  });

  it('sends nothing when nothing changed, even with stray spaces and blank lines', () => {
    expect(debtorInputFrom({ ...current, name: ' Erika Mustermann ', address: 'Heidestraße 17 \n\n 51147 Köln\n' }, current)).toEqual({});
  });

  it('sends only the changed fields; an emptied e-mail is null (cleared)', () => {
    const draft: DebtorDraft = { ...current, email: '  ', phone: '+49 221 1234567', timeZone: 'Europe/Copenhagen', addressUnknown: true };
    expect(debtorInputFrom(draft, current)).toEqual({
      email: null, phone: '+49 221 1234567', timeZone: 'Europe/Copenhagen', addressUnknown: true,
    });
  });

  it('sends whether a changed address was found by an address search (RDG 13a(1) no. 7), only with a changed address', () => {
    expect(debtorInputFrom({ ...current, address: 'Am Markt 3\n50667 Köln', addressResearched: true }, current)).toEqual({
      address: 'Am Markt 3\n50667 Köln', addressResearched: true,
    });
    expect(debtorInputFrom({ ...current, address: 'Am Markt 3\n50667 Köln' }, current)).toEqual({
      address: 'Am Markt 3\n50667 Köln', addressResearched: false,
    });
    expect(debtorInputFrom({ ...current, addressResearched: true }, current)).toEqual({});
  });

  it('normalizes the address to one line per row', () => {
    expect(normalizeAddress(' Neue Straße 1 \r\n\r\n50667 Köln ')).toBe('Neue Straße 1\n50667 Köln');
    expect(normalizeAddress(' \n ')).toBeNull();
  });
});

describe('debtorDraftErrors', () => {
  const current = debtorDraftOf(debtor);

  it('accepts the current details', () => {
    expect(debtorDraftErrors(current)).toEqual({});
  });

  it('names each field at fault', () => {
    expect(Object.keys(debtorDraftErrors({ ...current, name: ' ', address: '', email: 'erika@', phone: 'call me', timeZone: '' })).sort())
      .toEqual(['address', 'email', 'name', 'phone', 'timeZone']);
  });

  it('allows no address when it is marked unknown', () => {
    expect(debtorDraftErrors({ ...current, address: '', addressUnknown: true })).toEqual({});
  });
});

describe('fieldErrorOf', () => {
  it('puts a BAD_USER_INPUT at the field the API names', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: '"Mars/Olympus" is not a time zone (e.g. Europe/Berlin).', extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' } }],
    });
    expect(fieldErrorOf(error)).toEqual({ timeZone: '"Mars/Olympus" is not a time zone (e.g. Europe/Berlin).' });
  });

  it('leaves other errors to the form', () => {
    const forbidden = new CombinedGraphQLErrors({ errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] });
    expect(fieldErrorOf(forbidden)).toBeNull();
    expect(fieldErrorOf(new Error('network'))).toBeNull();
  });
});

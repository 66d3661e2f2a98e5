import { describe, expect, it } from 'vitest';
import { emptyUserForm, languageOptions, toggled, USER_FORM_MESSAGES, userFormErrors, userInputOf } from './user-form';

describe('user form', () => {
  it('asks for an e-mail address, a name and a creditor when creating a collector', () => {
    expect(Object.keys(userFormErrors(emptyUserForm(), true)).sort()).toEqual(['creditorIds', 'email', 'name']);
  });

  it('accepts a complete collector and builds the input the API takes', () => {
    const form = { ...emptyUserForm(), email: 'nora@agency.example', name: ' Nora ', creditorIds: ['c1'], teamId: '', capacity: '12' };
    expect(userFormErrors(form, true)).toEqual({});
    expect(userInputOf(form)).toEqual({ name: 'Nora', role: 'COLLECTOR', teamId: null, creditorIds: ['c1'], languages: ['de'], capacity: 12 });
  });

  it('refuses a capacity out of range, and needs no creditor for an admin', () => {
    const form = { ...emptyUserForm(), email: 'a@b.example', name: 'A', role: 'ADMIN' as const, capacity: '501' };
    expect(userFormErrors(form, true)).toEqual({ capacity: USER_FORM_MESSAGES.capacity });
  });

  it('toggles a value in a list', () => {
    expect(toggled(['de'], 'da')).toEqual(['de', 'da']);
    expect(toggled(['de', 'da'], 'de')).toEqual(['da']);
  });

  it('offers the usual languages and any other one in use', () => {
    expect(languageOptions(['de', 'tr', 'pl', 'tr']).map((l) => l.code)).toEqual(['de', 'da', 'en', 'pl', 'tr']);
    expect(languageOptions(['tr']).find((l) => l.code === 'tr')?.label).toBeNull();
  });
});

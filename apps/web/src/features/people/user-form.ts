import type { Role } from '../../gql/graphql';
import type { Person } from './people.graphql';

/** Languages a debtor can be worked in (the letters speak these). */
export const LANGUAGES: { code: string; label: string }[] = [
  { code: 'de', label: 'German' },
  { code: 'da', label: 'Danish' },
  { code: 'en', label: 'English' },
];

export const MAX_CAPACITY = 500;

/** The languages to offer: the usual three, then any other code someone already speaks, by code. */
export function languageOptions(inUse: readonly string[]): { code: string; label: string }[] {
  const known = new Set(LANGUAGES.map((l) => l.code));
  const others = [...new Set(inUse)].filter((c) => !known.has(c)).sort();
  return [...LANGUAGES, ...others.map((code) => ({ code, label: code }))];
}

/** The create/edit form's state, as typed. */
export interface UserFormState {
  email: string;
  name: string;
  role: Role;
  teamId: string;
  creditorIds: string[];
  languages: string[];
  capacity: string;
}

export const emptyUserForm = (): UserFormState => ({
  email: '', name: '', role: 'COLLECTOR', teamId: '', creditorIds: [], languages: ['de'], capacity: '25',
});

export const formOfPerson = (p: Person): UserFormState => ({
  email: p.email,
  name: p.name,
  role: p.role,
  teamId: p.team?.id ?? '',
  creditorIds: [...p.creditorIds],
  languages: [...p.languages],
  capacity: String(p.capacity),
});

export type UserFormErrors = Partial<Record<keyof UserFormState, string>>;

/** What the form can say before the server does: empty fields and a capacity out of range. */
export function userFormErrors(form: UserFormState, creating: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  if (creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = 'An e-mail address, e.g. nora@agency.example';
  if (!form.name.trim()) errors.name = 'A name';
  const capacity = form.capacity.trim();
  if (!/^\d{1,3}$/.test(capacity) || Number(capacity) > MAX_CAPACITY) errors.capacity = `A whole number from 0 to ${MAX_CAPACITY}`;
  if (form.role === 'COLLECTOR' && form.creditorIds.length === 0) {
    errors.creditorIds = 'A collector needs at least one creditor, or the queue never gives them a case';
  }
  return errors;
}

/** The input createUser and updateUser take. */
export function userInputOf(form: UserFormState) {
  return {
    name: form.name.trim(),
    role: form.role,
    teamId: form.teamId || null,
    creditorIds: form.creditorIds,
    languages: form.languages,
    capacity: Number(form.capacity.trim()),
  };
}

export const toggled = (list: readonly string[], value: string): string[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

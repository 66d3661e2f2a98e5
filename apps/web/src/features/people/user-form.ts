import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { Role } from '../../gql/graphql';
import type { Person } from './people.graphql';

const LANGUAGE_LABELS = defineMessages({
  de: { id: 'people.language.de', defaultMessage: 'German' },
  da: { id: 'people.language.da', defaultMessage: 'Danish' },
  en: { id: 'people.language.en', defaultMessage: 'English' },
});

/** A language to offer: the usual ones have a name, any other shows its code. */
export interface LanguageOption {
  code: string;
  label: MessageDescriptor | null;
}

/** Languages a debtor can be worked in (the letters speak these). */
export const LANGUAGES: LanguageOption[] = [
  { code: 'de', label: LANGUAGE_LABELS.de },
  { code: 'da', label: LANGUAGE_LABELS.da },
  { code: 'en', label: LANGUAGE_LABELS.en },
];

export const MAX_CAPACITY = 500;

/** The languages to offer: the usual three, then any other code someone already speaks, by code. */
export function languageOptions(inUse: readonly string[]): LanguageOption[] {
  const known = new Set(LANGUAGES.map((l) => l.code));
  const others = [...new Set(inUse)].filter((c) => !known.has(c)).sort();
  return [...LANGUAGES, ...others.map((code) => ({ code, label: null }))];
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

/** What the form says about a field; the capacity message takes `{ max: MAX_CAPACITY }`. */
export const USER_FORM_MESSAGES = defineMessages({
  email: { id: 'people.form.error.email', defaultMessage: 'An e-mail address, e.g. nora@agency.example' },
  name: { id: 'people.form.error.name', defaultMessage: 'A name' },
  capacity: { id: 'people.form.error.capacity', defaultMessage: 'A whole number from 0 to {max, number}' },
  creditorIds: {
    id: 'people.form.error.creditors',
    defaultMessage: 'A collector needs at least one creditor, or the queue never gives them a case',
  },
});

export type UserFormErrors = Partial<Record<keyof UserFormState, MessageDescriptor>>;

/** What the form can say before the server does: empty fields and a capacity out of range. */
export function userFormErrors(form: UserFormState, creating: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  if (creating && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) errors.email = USER_FORM_MESSAGES.email;
  if (!form.name.trim()) errors.name = USER_FORM_MESSAGES.name;
  const capacity = form.capacity.trim();
  if (!/^\d{1,3}$/.test(capacity) || Number(capacity) > MAX_CAPACITY) errors.capacity = USER_FORM_MESSAGES.capacity;
  if (form.role === 'COLLECTOR' && form.creditorIds.length === 0) {
    errors.creditorIds = USER_FORM_MESSAGES.creditorIds;
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

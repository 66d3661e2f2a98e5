import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_PART_KEYS } from '@mahnwerk/domain';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import {
  messageAtField, policyFormToInput, policyToForm, samePolicy, sameWeights, serverErrorField, spacingRowError, weightsFormToInput,
  weightsToForm, weightsTotal, type PolicyForm,
} from './creditor-settings-form';
import type { ContactPolicy } from './creditors.graphql';

const intl = createIntl({ locale: 'en', defaultLocale: 'en' });

const DEFAULT_POLICY: ContactPolicy = {
  contactHours: { weekdays: { from: '08:00', to: '20:00' }, saturday: { from: '08:00', to: '14:00' }, sunday: null, holidays: null },
  maxAttemptsPer7Days: 3,
  reminderSpacingDays: [{ country: 'DK', days: 10 }],
  isDefault: true,
};

describe('priority weights form', () => {
  it('round-trips the defaults and adds them up to 1000', () => {
    const form = weightsToForm(DEFAULT_PRIORITY_WEIGHTS);
    expect(weightsTotal(form)).toBe(1000);
    expect(weightsFormToInput(form, intl)).toEqual({ input: { ...DEFAULT_PRIORITY_WEIGHTS }, errors: {} });
    expect(sameWeights(form, { ...DEFAULT_PRIORITY_WEIGHTS, isDefault: true })).toBe(true);
    expect(sameWeights({ ...form, balance: '251' }, { ...DEFAULT_PRIORITY_WEIGHTS, isDefault: true })).toBe(false);
  });

  it('keeps a running total while typing, counting unfinished values as 0', () => {
    const form = weightsToForm(DEFAULT_PRIORITY_WEIGHTS);
    expect(weightsTotal({ ...form, balance: '300' })).toBe(1050);
    expect(weightsTotal({ ...form, balance: '' })).toBe(750);
    expect(weightsTotal({ ...form, balance: ' 20 ' })).toBe(770);
    expect(weightsTotal({ ...form, balance: '-5' })).toBe(750);
  });

  it('refuses a total over 1000 or of 0', () => {
    const form = weightsToForm(DEFAULT_PRIORITY_WEIGHTS);
    expect(weightsFormToInput({ ...form, balance: '251' }, intl)).toEqual({
      input: null,
      errors: { weights: 'The parts add up to 1001; they must add up to between 1 and 1000.' },
    });
    const zero = Object.fromEntries(PRIORITY_PART_KEYS.map((k) => [k, '0'])) as typeof form;
    expect(weightsFormToInput(zero, intl).errors.weights).toContain('add up to 0');
  });

  it.each(['', '1.5', '-1', 'ten'])('names the part that holds %j', (value) => {
    const result = weightsFormToInput({ ...weightsToForm(DEFAULT_PRIORITY_WEIGHTS), stage: value }, intl);
    expect(result.input).toBeNull();
    expect(result.errors).toEqual({ stage: 'Dunning stage: enter a whole number of 0 or more.' });
  });
});

describe('contact policy form', () => {
  it('turns the policy into a form and back', () => {
    const form = policyToForm(DEFAULT_POLICY);
    expect(form.hours.sunday).toEqual({ open: false, from: '08:00', to: '14:00' });
    expect(form.hours.weekdays).toEqual({ open: true, from: '08:00', to: '20:00' });
    expect(policyFormToInput(form, intl)).toEqual({
      input: {
        contactHours: DEFAULT_POLICY.contactHours,
        maxAttemptsPer7Days: 3,
        reminderSpacingDays: [{ country: 'DK', days: 10 }],
      },
      errors: {},
    });
    expect(samePolicy(form, DEFAULT_POLICY)).toBe(true);
  });

  it('sends a day marked "no contact" as null and keeps its times for when it is opened again', () => {
    const form = policyToForm(DEFAULT_POLICY);
    const closed: PolicyForm = { ...form, hours: { ...form.hours, saturday: { ...form.hours.saturday, open: false } } };
    expect(policyFormToInput(closed, intl).input!.contactHours.saturday).toBeNull();
    expect(closed.hours.saturday.from).toBe('08:00');
    expect(samePolicy(closed, DEFAULT_POLICY)).toBe(false);
    const opened: PolicyForm = { ...form, hours: { ...form.hours, sunday: { open: true, from: ' 10:00', to: '12:00 ' } } };
    expect(policyFormToInput(opened, intl).input!.contactHours.sunday).toEqual({ from: '10:00', to: '12:00' });
  });

  it('always sends weekday hours', () => {
    const form = policyToForm(DEFAULT_POLICY);
    const input = policyFormToInput({ ...form, hours: { ...form.hours, weekdays: { open: false, from: '09:00', to: '17:00' } } }, intl).input!;
    expect(input.contactHours.weekdays).toEqual({ from: '09:00', to: '17:00' });
  });

  it('leaves the rules to the server but checks that numbers are numbers and a country is named', () => {
    const form = policyToForm(DEFAULT_POLICY);
    // A reversed window is the API's to refuse (it names the field).
    expect(policyFormToInput({ ...form, hours: { ...form.hours, weekdays: { open: true, from: '20:00', to: '08:00' } } }, intl).input).not.toBeNull();
    expect(policyFormToInput({ ...form, maxAttempts: 'three' }, intl).errors).toEqual({ maxAttemptsPer7Days: 'Enter a whole number of attempts.' });
    expect(policyFormToInput({ ...form, spacing: [{ country: '', days: '10' }] }, intl).errors).toEqual({
      'reminderSpacingDays[0].country': 'Enter a country code, e.g. DK.',
    });
    expect(policyFormToInput({ ...form, spacing: [{ country: 'dk', days: '' }] }, intl).errors).toEqual({
      'reminderSpacingDays[0].days': 'Enter a whole number of days.',
    });
  });

  it('drops empty spacing rows and upper-cases countries; the order of countries does not make a change', () => {
    const form = policyToForm({ ...DEFAULT_POLICY, reminderSpacingDays: [{ country: 'DE', days: 7 }, { country: 'DK', days: 10 }] });
    const input = policyFormToInput({ ...form, spacing: [{ country: 'dk', days: '10' }, { country: ' ', days: '' }, { country: 'de', days: '7' }] }, intl).input!;
    expect(input.reminderSpacingDays).toEqual([{ country: 'DK', days: 10 }, { country: 'DE', days: 7 }]);
    expect(samePolicy({ ...form, spacing: [...form.spacing].reverse() }, { ...DEFAULT_POLICY, reminderSpacingDays: [{ country: 'DE', days: 7 }, { country: 'DK', days: 10 }] })).toBe(true);
  });

  it('finds a spacing row\'s server error by index or by country', () => {
    const row = { country: 'dk', days: '-1' };
    expect(spacingRowError({ 'reminderSpacingDays.DK': 'bad' }, row, 0)).toBe('bad');
    expect(spacingRowError({ 'reminderSpacingDays[1].country': 'twice' }, row, 1)).toBe('twice');
    expect(spacingRowError({ 'reminderSpacingDays[1].country': 'twice' }, row, 0)).toBeUndefined();
  });
});

describe('server errors', () => {
  const graphQLError = (field?: string) =>
    new CombinedGraphQLErrors({
      errors: [{ message: 'contactHours.weekdays: 20:00 must be before 08:00.', extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } }],
    });

  it('reads the field without the argument name', () => {
    expect(serverErrorField(graphQLError('policy.contactHours.weekdays'))).toBe('contactHours.weekdays');
    expect(serverErrorField(graphQLError('weights.balance'))).toBe('balance');
    expect(serverErrorField(graphQLError('weights'))).toBe('weights');
    expect(serverErrorField(graphQLError())).toBeNull();
    expect(serverErrorField(new Error('network'))).toBeNull();
  });

  it('drops the field path from a message shown beside its field', () => {
    expect(messageAtField('contactHours.weekdays: 20:00 must be before 08:00.', 'contactHours.weekdays')).toBe('20:00 must be before 08:00.');
    expect(messageAtField('Reminder spacing for DK must be 0..365 days, got -1.', 'reminderSpacingDays.DK')).toBe(
      'Reminder spacing for DK must be 0..365 days, got -1.',
    );
  });
});

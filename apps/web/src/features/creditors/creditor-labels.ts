import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';

/** Dunning channels of a strategy stage, as the Creditors screen names them. */
export const CHANNEL_MESSAGES = defineMessages({
  LETTER: { id: 'creditors.channel.LETTER', defaultMessage: 'Letter' },
  EMAIL: { id: 'creditors.channel.EMAIL', defaultMessage: 'E-mail' },
  PHONE: { id: 'creditors.channel.PHONE', defaultMessage: 'Phone' },
  SMS: { id: 'creditors.channel.SMS', defaultMessage: 'Text message' },
});

/** The fee rules a stage may charge, with the law they rest on. */
export const FEE_RULE_MESSAGES = defineMessages({
  DK_REMINDER_FEE: { id: 'creditors.feeRule.DK_REMINDER_FEE', defaultMessage: 'Reminder fee DKK 100 (renteloven 9b(2))' },
  DK_HANDOVER_FEE: { id: 'creditors.feeRule.DK_HANDOVER_FEE', defaultMessage: 'Hand-over fee DKK 100 (renteloven 9b(3))' },
  DK_COLLECTION_COSTS: { id: 'creditors.feeRule.DK_COLLECTION_COSTS', defaultMessage: 'Collection costs up to the cap (renteloven 9a(4))' },
  DE_AGENCY_FEE: { id: 'creditors.feeRule.DE_AGENCY_FEE', defaultMessage: 'Agency costs, VV 2300 (RDG 13e)' },
  FIXED: { id: 'creditors.feeRule.FIXED', defaultMessage: 'Fixed fee' },
});

/** The nine parts of a case's priority score. */

/** The kinds of day a contact policy gives hours for. */
export const DAY_KIND_MESSAGES = defineMessages({
  weekdays: { id: 'creditors.policy.day.weekdays', defaultMessage: 'Monday to Friday' },
  saturday: { id: 'creditors.policy.day.saturday', defaultMessage: 'Saturday' },
  sunday: { id: 'creditors.policy.day.sunday', defaultMessage: 'Sunday' },
  holidays: { id: 'creditors.policy.day.holidays', defaultMessage: 'Public holidays' },
});

/** The languages a creditor's letters can be written in. */
export const LETTER_LANGUAGE_MESSAGES = defineMessages({
  de: { id: 'creditors.letterLanguage.de', defaultMessage: 'German' },
  da: { id: 'creditors.letterLanguage.da', defaultMessage: 'Danish' },
  en: { id: 'creditors.letterLanguage.en', defaultMessage: 'English' },
});

/** The laws a creditor can be under. */
export const COUNTRY_MESSAGES = defineMessages({
  DE: { id: 'creditors.country.DE', defaultMessage: 'Germany (DE)' },
  DK: { id: 'creditors.country.DK', defaultMessage: 'Denmark (DK)' },
});

/** A value's label in the current language; a value without a message is shown as it is. */
export function labelOf(intl: IntlShape, messages: Readonly<Record<string, MessageDescriptor>>, value: string): string {
  const message = messages[value];
  return message ? intl.formatMessage(message) : value;
}

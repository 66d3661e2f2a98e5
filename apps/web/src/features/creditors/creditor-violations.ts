import type { RuleViolation } from '@mahnwerk/domain';
import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';

/**
 * The creditor details' rules (creditorSettingsViolations) in the workbench language. The domain
 * states them in English for the API and the audit; here each known rule is recognised by its field
 * and wording and told again from the catalogue. A rule not known here is shown as the domain says it.
 */
const MESSAGES = defineMessages({
  ref: {
    id: 'creditors.violation.ref',
    defaultMessage: 'The reference must be 1 to 40 capital letters, digits, ".", "_" or "-", starting with a letter or digit.',
  },
  name: { id: 'creditors.violation.name', defaultMessage: 'Enter the name.' },
  legalName: { id: 'creditors.violation.legalName', defaultMessage: 'Enter the legal name (as in the commercial register).' },
  street: { id: 'creditors.violation.street', defaultMessage: 'Enter the street and number.' },
  city: { id: 'creditors.violation.city', defaultMessage: 'Enter the city.' },
  postcode: { id: 'creditors.violation.postcode', defaultMessage: 'Enter the postcode.' },
  postcodeDE: { id: 'creditors.violation.postcodeDE', defaultMessage: 'A German postcode has 5 digits, e.g. 10115.' },
  postcodeDK: { id: 'creditors.violation.postcodeDK', defaultMessage: 'A Danish postcode has 4 digits, e.g. 2100.' },
  tooLong: { id: 'creditors.violation.tooLong', defaultMessage: 'At most {max} characters.' },
  iban: { id: 'creditors.violation.iban', defaultMessage: 'Enter the IBAN of the account debtors pay into.' },
  ibanInvalid: {
    id: 'creditors.violation.ibanInvalid',
    defaultMessage: '“{iban}” is not a valid IBAN: check the country code, the length and the check digits.',
  },
  bic: { id: 'creditors.violation.bic', defaultMessage: 'Enter the BIC of the bank that keeps the account.' },
  bicInvalid: { id: 'creditors.violation.bicInvalid', defaultMessage: '“{bic}” is not a valid BIC: 8 or 11 characters, e.g. COBADEFFXXX.' },
  bicCountry: {
    id: 'creditors.violation.bicCountry',
    defaultMessage: 'The BIC {bic} belongs to a bank in {bicCountry}, the IBAN to an account in {ibanCountry}.',
  },
  timeZone: { id: 'creditors.violation.timeZone', defaultMessage: '“{zone}” is not a time zone; use an IANA name such as Europe/Berlin.' },
  registerNumber: {
    id: 'creditors.violation.registerNumber',
    defaultMessage: 'Enter the register number as well, or leave the register court empty.',
  },
  strategyName: { id: 'creditors.strategy.error.name', defaultMessage: 'Give the strategy a name.' },
});

type Values = Record<string, string | number>;

interface Rule {
  field: string;
  /** The domain's wording; its groups become the values. */
  pattern: RegExp;
  message: MessageDescriptor;
  values?: (groups: string[]) => Values;
}

const RULES: readonly Rule[] = [
  { field: 'ref', pattern: /^The reference must be /, message: MESSAGES.ref },
  { field: 'name', pattern: /^Enter the name\.$/, message: MESSAGES.name },
  { field: 'legalName', pattern: /^Enter the legal name/, message: MESSAGES.legalName },
  { field: 'street', pattern: /^Enter the street and number\.$/, message: MESSAGES.street },
  { field: 'city', pattern: /^Enter the city\.$/, message: MESSAGES.city },
  { field: 'postcode', pattern: /^Enter the postcode\.$/, message: MESSAGES.postcode },
  { field: 'postcode', pattern: /^A DE postcode has /, message: MESSAGES.postcodeDE },
  { field: 'postcode', pattern: /^A DK postcode has /, message: MESSAGES.postcodeDK },
  { field: '*', pattern: /is longer than (\d+) characters\.$/, message: MESSAGES.tooLong, values: ([max]) => ({ max: Number(max) }) },
  { field: 'iban', pattern: /^Enter the IBAN/, message: MESSAGES.iban },
  { field: 'iban', pattern: /^"(.*)" is not a valid IBAN/, message: MESSAGES.ibanInvalid, values: ([iban]) => ({ iban: iban! }) },
  { field: 'bic', pattern: /^Enter the BIC/, message: MESSAGES.bic },
  { field: 'bic', pattern: /^"(.*)" is not a valid BIC/, message: MESSAGES.bicInvalid, values: ([bic]) => ({ bic: bic! }) },
  {
    field: 'bic',
    pattern: /^The BIC (\S+) belongs to a bank in (\S+), the IBAN to an account in (\S+)\.$/,
    message: MESSAGES.bicCountry,
    values: ([bic, bicCountry, ibanCountry]) => ({ bic: bic!, bicCountry: bicCountry!, ibanCountry: ibanCountry! }),
  },
  { field: 'timeZone', pattern: /^"(.*)" is not a time zone/, message: MESSAGES.timeZone, values: ([zone]) => ({ zone: zone! }) },
  { field: 'registerNumber', pattern: /^Enter the register number as well/, message: MESSAGES.registerNumber },
  { field: 'dunningStrategy.name', pattern: /^Give the strategy a name\.$/, message: MESSAGES.strategyName },
];

/** The violation's text in the workbench language, or the domain's own when the rule is not one of the above. */
export function violationText(violation: RuleViolation, intl: IntlShape): string {
  for (const rule of RULES) {
    if (rule.field !== '*' && rule.field !== violation.field) continue;
    const match = rule.pattern.exec(violation.message);
    if (match) return intl.formatMessage(rule.message, rule.values?.(match.slice(1)));
  }
  return violation.message;
}

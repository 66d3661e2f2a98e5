import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { fill, joinTexts, untranslated, type LocalizedText } from '@mahnwerk/domain';
import { badInput } from './errors.js';
import { ERROR_TEXTS } from './errors.i18n.js';
import { EACH_VALUE_IN, ELEMENTS_UNIQUE, FIELD_RULE, VALIDATION_TEXTS } from './validation.i18n.js';

/** The rule part of a class-validator message in every language; English alone when it is not one we know. */
function ruleText(rule: string): LocalizedText {
  for (const { pattern, text } of VALIDATION_TEXTS) {
    const match = pattern.exec(rule);
    if (match) return fill(text, Object.fromEntries(match.slice(1).map((value, i) => [String(i + 1), value])));
  }
  return untranslated(rule);
}

/** One class-validator message ("amountCents must not be less than 1") with the field's path in front. */
export function validationText(message: string, property: string, prefix: string): LocalizedText {
  const field = prefix ? `${prefix}.${property}` : property;
  const unique = new RegExp(`^All ${escape(property)}'s elements must be unique$`);
  if (unique.test(message)) return fill(ELEMENTS_UNIQUE, { field });
  const each = `each value in ${property} `;
  if (message.startsWith(each)) return fill(EACH_VALUE_IN, { field, rule: ruleText(message.slice(each.length)) });
  if (message.startsWith(`${property} `)) return fill(FIELD_RULE, { field, rule: ruleText(message.slice(property.length + 1)) });
  return untranslated(prefix ? `${prefix}.${message}` : message);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function messages(errors: ValidationError[], prefix = ''): LocalizedText[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => validationText(m, e.property, prefix)),
    ...messages(e.children ?? [], prefix ? `${prefix}.${e.property}` : e.property),
  ]);
}

/** class-validator on every input type; the first problem names the field. Messages in every language. */
export const inputValidation = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => badInput(fill(ERROR_TEXTS.invalidInput, { problems: joinTexts(messages(errors), '; ') }), errors[0]?.property),
});

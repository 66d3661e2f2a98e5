import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from './errors.js';

function messages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}.${m}` : m)),
    ...messages(e.children ?? [], prefix ? `${prefix}.${e.property}` : e.property),
  ]);
}

/** class-validator on every input type; the first problem names the field. */
export const inputValidation = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const all = messages(errors);
    return badInput(`Invalid input: ${all.join('; ')}.`, errors[0]?.property);
  },
});

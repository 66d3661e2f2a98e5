import { RuleViolation } from '@mahnwerk/domain';
import { badInput } from './errors.js';

/** Runs a domain decision; a broken rule becomes a BAD_USER_INPUT error with the rule's message. */
export function decide<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof RuleViolation) throw badInput(error.texts ?? error.message, error.field);
    throw error;
  }
}

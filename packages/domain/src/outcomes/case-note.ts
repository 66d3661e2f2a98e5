import { RuleViolation } from '../rule-violation.js';
import { fill } from '../i18n/localized-text.js';
import { OUTCOME_TEXTS as T } from './outcomes.i18n.js';
import { MAX_NOTE_LENGTH } from './decide-outcome.js';

/** A plain note's text as stored: trimmed, not empty, at most MAX_NOTE_LENGTH characters. */
export function caseNoteText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new RuleViolation(T.noteEmpty, 'text');
  if (trimmed.length > MAX_NOTE_LENGTH) {
    throw new RuleViolation(fill(T.caseNoteTooLong, { length: trimmed.length, max: MAX_NOTE_LENGTH }), 'text');
  }
  return trimmed;
}

import { RuleViolation } from '../rule-violation.js';
import { MAX_NOTE_LENGTH } from './decide-outcome.js';

/** A plain note's text as stored: trimmed, not empty, at most MAX_NOTE_LENGTH characters. */
export function caseNoteText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new RuleViolation('Write the note first: it is empty.', 'text');
  if (trimmed.length > MAX_NOTE_LENGTH) {
    throw new RuleViolation(`The note has ${trimmed.length} characters; shorten it to ${MAX_NOTE_LENGTH} or fewer.`, 'text');
  }
  return trimmed;
}

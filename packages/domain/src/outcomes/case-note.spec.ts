import { RuleViolation } from '../rule-violation.js';
import { caseNoteText } from './case-note.js';

describe('a plain note', () => {
  it('is trimmed', () => expect(caseNoteText('  Called the bank  ')).toBe('Called the bank'));
  it.each([['empty', '   '], ['too long', 'x'.repeat(2001)]])('refuses %s text', (_name, text) => {
    expect(() => caseNoteText(text)).toThrow(RuleViolation);
  });
});

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Every word a screen shows in JSX comes from the catalogues: eslint-plugin-formatjs flags literal
 * strings in JSX text and in the attributes people read (aria-label, title, placeholder, alt, label).
 * Marks without a letter ("—", "·", "→", " ") are not language and may stay.
 */
describe('strings on screen', () => {
  it('are all messages of the catalogues, none written into a screen', async () => {
    const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
    const results = await eslint.lintFiles(['src/**/*.tsx']);
    const findings = results.flatMap((r) => {
      const lines = r.source?.split('\n') ?? [];
      return r.messages
        .filter((m) => m.ruleId !== 'formatjs/no-literal-string-in-jsx' || hasWords(textAt(lines, m)))
        .map((m) => `${r.filePath.replace(/^.*\/src\//, 'src/')}:${m.line}:${m.column} ${m.ruleId}: ${textAt(lines, m) || m.message}`);
    });
    expect(findings).toEqual([]);
  }, 120_000);
});

function textAt(lines: string[], m: ESLint.LintResult['messages'][number]): string {
  if (!m.endLine || !m.endColumn) return '';
  if (m.line === m.endLine) return lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1).trim();
  return [lines[m.line - 1]!.slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), lines[m.endLine - 1]!.slice(0, m.endColumn - 1)].join(' ').trim();
}

// Code inside a template literal (`${claim.reference}, `) is not text; HTML entities are marks.
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\$\{[^}]*\}/g, '').replace(/&[a-z]+;/g, ''));

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { localizedTextsIn, textProblems } from '@mahnwerk/domain';
import { VALIDATION_TEXTS } from '../src/common/validation.i18n.js';
import { validationText } from '../src/common/validation.pipe.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** The API's message catalogues: every `*.i18n.ts` under src. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return catalogueFiles(full);
    return name.endsWith('.i18n.ts') ? [full] : [];
  });
}

describe('the API\'s messages in English, German and Danish', () => {
  it('gives every text in every language, with the same placeholders', async () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of catalogueFiles(SRC)) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const [where, text] of Object.entries(module).flatMap(([name, value]) => localizedTextsIn(value, `${path.relative(SRC, file)} ${name}`))) {
        count++;
        problems.push(...textProblems(where, text));
        if (text.de === text.en && text.da === text.en && /[a-z]{4,} [a-z]{4,}/i.test(text.en)) problems.push(`${where}: not translated`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(40);
  });

  it('recognises each class-validator message it translates by the English text it stands for', () => {
    for (const { pattern, text } of VALIDATION_TEXTS) {
      const english = text.en.replace(/\{(\d)\}/g, (_, n: string) => (n === '1' ? '5' : '9'));
      expect({ rule: text.en, matches: pattern.test(english) }).toEqual({ rule: text.en, matches: true });
    }
  });

  it('puts the field first and keeps values as they are', () => {
    expect(validationText('note must be shorter than or equal to 2000 characters', 'note', '')).toEqual({
      en: 'note must be shorter than or equal to 2000 characters', de: 'note darf höchstens 2000 Zeichen lang sein', da: 'note må højst være 2000 tegn lang',
    });
    expect(validationText('each value in alsoCaseIds must be a UUID', 'alsoCaseIds', 'input').de).toBe('jeder Wert in input.alsoCaseIds muss eine UUID sein');
    expect(validationText("All ids's elements must be unique", 'ids', '').da).toBe('Alle elementer i ids skal være unikke');
    expect(validationText('x has an unknown problem', 'x', '')).toEqual({ en: 'x has an unknown problem', de: 'x has an unknown problem', da: 'x has an unknown problem' });
  });
});

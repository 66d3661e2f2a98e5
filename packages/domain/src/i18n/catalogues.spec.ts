import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLocalizedText, placeholdersOf, TEXT_LANGUAGES, type LocalizedText } from './localized-text.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The domain's message tables: every `*.i18n.ts` under src. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return catalogueFiles(full);
    return name.endsWith('.i18n.ts') ? [full] : [];
  });
}

function textsIn(value: unknown, where: string): [string, LocalizedText][] {
  if (isLocalizedText(value)) return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${where}[${i}]`));
  if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    return Object.entries(value).flatMap(([k, v]) => textsIn(v, `${where}.${k}`));
  }
  return [];
}

describe("the domain's texts in English, German and Danish", () => {
  it('gives every text in every language, with the same placeholders', async () => {
    const problems: string[] = [];
    const files = catalogueFiles(SRC);
    let count = 0;
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      for (const [where, text] of Object.entries(module).flatMap(([name, value]) => textsIn(value, `${path.relative(SRC, file)} ${name}`))) {
        count++;
        for (const language of TEXT_LANGUAGES) {
          if (text[language].trim() === '') problems.push(`${where}: no ${language} text`);
          if (placeholdersOf(text[language]).join() !== placeholdersOf(text.en).join()) problems.push(`${where}: ${language} placeholders differ from en`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
    expect(count).toBeGreaterThan(200);
  });
});

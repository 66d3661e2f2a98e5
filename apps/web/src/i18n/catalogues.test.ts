import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const web = new URL('../..', import.meta.url).pathname;
const catalogue = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(web, 'src/i18n/lang', `${language}.json`), 'utf8')) as Record<string, string>;

/** The names of a message's arguments ({count}, {name}, tags), which every translation must keep. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) names.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        names.add(e.value);
        Object.values(e.options).forEach((o) => walk(o.value));
      }
      if (e.type === TYPE.tag) {
        names.add(`<${e.value}>`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('message catalogues', () => {
  const english = catalogue('en');

  it('English is what formatjs extracts from the code today', () => {
    const extracted = execFileSync('npm', ['run', '--silent', 'i18n:extract:print'], { cwd: web, encoding: 'utf8' });
    expect(JSON.parse(extracted)).toEqual(english);
    expect(Object.keys(english).length).toBeGreaterThan(100);
  }, 60_000);

  it.each(['de', 'da'])('%s has every message English has, and no other', (language) => {
    const translated = catalogue(language);
    expect({ missing: Object.keys(english).filter((id) => !(id in translated)) }).toEqual({ missing: [] });
    expect({ unknown: Object.keys(translated).filter((id) => !(id in english)) }).toEqual({ unknown: [] });
  });

  it.each(['de', 'da'])('%s keeps every placeholder, plural and tag of the English message', (language) => {
    const translated = catalogue(language);
    const differing = Object.keys(english)
      .filter((id) => id in translated)
      .filter((id) => argumentsOf(translated[id]!).join() !== argumentsOf(english[id]!).join());
    expect(differing).toEqual([]);
  });

  it.each(['de', 'da'])('%s is translated: no message is left empty', (language) => {
    const translated = catalogue(language);
    expect(Object.keys(translated).filter((id) => !translated[id]!.trim())).toEqual([]);
  });
});

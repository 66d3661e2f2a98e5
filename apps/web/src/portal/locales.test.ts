import { describe, expect, it } from 'vitest';
import da from './locales/da.json';
import de from './locales/de.json';
import en from './locales/en.json';

type Tree = { [key: string]: string | Tree };

/** Every text by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('portal translations', () => {
  const english = flatten(en);
  it.each([
    ['de', de],
    ['da', da],
  ])('%s has every English text, with the same placeholders', (_name, resources) => {
    const other = flatten(resources as Tree);
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect([key, variables(other.get(key) ?? '')]).toEqual([key, variables(text)]);
  });

  it('never threatens: no words of court, bailiffs or seizure anywhere', () => {
    const threat = /court|bailiff|seiz|gericht|gerichtsvollzieher|pfänd|schufa|retten|foged|udlæg/i;
    for (const resources of [en, de, da]) for (const [key, text] of flatten(resources as Tree)) expect([key, threat.test(text)]).toEqual([key, false]);
  });
});

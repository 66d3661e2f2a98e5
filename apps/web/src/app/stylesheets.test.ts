/**
 * Where the CSS lives: the global sheets (variables and reset, the layout shell, shared components) are
 * imported once, by main.tsx; each feature's sheet sits in its folder and only that feature imports it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = fileURLToPath(new URL('..', import.meta.url));
const GLOBAL_SHEETS = ['ui/base.css', 'app/app-shell.css', 'ui/components.css'];

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, pattern);
    return pattern.test(name) ? [path.relative(srcRoot, full).split(path.sep).join('/')] : [];
  });
}

/** Which modules import each stylesheet (relative `import './x.css'`). */
function cssImporters(): Map<string, string[]> {
  const importers = new Map<string, string[]>();
  for (const module of files(srcRoot, /\.tsx?$/)) {
    const text = readFileSync(path.join(srcRoot, module), 'utf8');
    for (const [, spec] of text.matchAll(/import\s+['"](\.{1,2}\/[^'"]+\.css)['"]/g)) {
      const sheet = path.posix.normalize(path.posix.join(path.posix.dirname(module), spec));
      importers.set(sheet, [...(importers.get(sheet) ?? []), module]);
    }
  }
  return importers;
}

/** A feature folder, or the debtor portal (its own area beside features/). */
const featureOf = (file: string) => (file.startsWith('features/') ? file.split('/')[1] : file.startsWith('portal/') ? 'portal' : null);

describe('stylesheets', () => {
  const sheets = files(srcRoot, /\.css$/);
  const importers = cssImporters();

  it('every stylesheet is imported', () => {
    expect(sheets.filter((sheet) => !importers.has(sheet))).toEqual([]);
  });

  it('the global sheets are imported by main.tsx only', () => {
    for (const sheet of GLOBAL_SHEETS) expect(importers.get(sheet)).toEqual(['main.tsx']);
  });

  it('outside the global sheets, CSS belongs to a feature (or the portal) and only that feature imports it', () => {
    const misplaced = sheets.filter((sheet) => !GLOBAL_SHEETS.includes(sheet) && featureOf(sheet) === null);
    expect(misplaced).toEqual([]);
    const foreign = [...importers].flatMap(([sheet, modules]) =>
      featureOf(sheet) ? modules.filter((m) => featureOf(m) !== featureOf(sheet)).map((m) => `${m} imports ${sheet}`) : [],
    );
    expect(foreign).toEqual([]);
  });
});

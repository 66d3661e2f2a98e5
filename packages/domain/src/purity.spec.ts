import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CONVENTIONS.md 1: the domain package is pure. No framework imports, and time is a parameter:
 * no clock reads inside a rule. Relative imports end in .js (nodenext ESM).
 */
const srcDir = fileURLToPath(new URL('.', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Third-party packages a rule may use: pure libraries without framework, I/O or clock
 * (IBAN checks; the maintained public-holiday data of the German states and Denmark).
 */
const ALLOWED_PACKAGES = new Set(['ibantools', 'date-holidays']);
const FORBIDDEN_MODULE = /^(@nestjs\/|@apollo\/|typeorm$|typeorm\/|react$|react\/|react-dom|pg$|pg\/)/;
// An import or export statement's `from` (not one inside a string), a side-effect import, import() and require().
const IMPORT_SPECIFIER =
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/gm;
const CLOCK_READ = /new\s+Date\s*\(\s*\)|Date\s*\.\s*now\s*\(/;

/** Problems in one file's text (also run on known-bad samples below, so the check can fail). */
function impurities(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(IMPORT_SPECIFIER)) {
    const specifier = match.slice(1).find((group) => group !== undefined);
    if (specifier === undefined) continue;
    if (FORBIDDEN_MODULE.test(specifier)) problems.push(`imports framework module "${specifier}"`);
    else if (!specifier.startsWith('.') && !ALLOWED_PACKAGES.has(specifier)) problems.push(`imports package "${specifier}" outside the allow list`);
    if (specifier.startsWith('.') && !specifier.endsWith('.js')) problems.push(`relative import "${specifier}" lacks .js`);
  }
  if (CLOCK_READ.test(text)) problems.push('reads the clock (new Date() / Date.now())');
  return problems;
}

describe('the domain package is pure (CONVENTIONS.md 1)', () => {
  const files = sourceFiles(srcDir);

  it('finds the source files', () => {
    expect(files.map((f) => relative(srcDir, f))).toEqual(
      expect.arrayContaining(['index.ts', 'money.ts', 'balance/compute-balance.ts', 'outcomes/decide-outcome.ts']),
    );
  });

  it.each(files.map((f) => [relative(srcDir, f), f]))('%s', (_name, file) => {
    expect(impurities(readFileSync(file, 'utf8'))).toEqual([]);
  });

  // Samples built from their parts, so this file itself holds no framework import a text search would flag.
  const importFrom = (binding: string, module: string) => `import ${binding} ${'from'} '${module}';`;
  it.each([
    [importFrom('{ Injectable }', '@nestjs/common'), 'imports framework module "@nestjs/common"'],
    [importFrom('{ Entity }', 'typeorm'), 'imports framework module "typeorm"'],
    [importFrom('React', 'react'), 'imports framework module "react"'],
    [importFrom('{ Pool }', 'pg'), 'imports framework module "pg"'],
    [importFrom('{ gql }', '@apollo/client'), 'imports framework module "@apollo/client"'],
    ["const pg = await import('pg');", 'imports framework module "pg"'],
    ["import { x } from './money';", 'relative import "./money" lacks .js'],
    ["import _ from 'lodash';", 'imports package "lodash" outside the allow list'],
    ['const today = new Date();', 'reads the clock (new Date() / Date.now())'],
    ['const t = Date.now();', 'reads the clock (new Date() / Date.now())'],
  ])('the check catches %p', (text, problem) => {
    expect(impurities(text)).toEqual([problem]);
  });

  it.each([
    "import { x } from './money.js';",
    "import Holidays from 'date-holidays';",
    'const d = new Date(ms);',
    "const line = `${words.table} from ', mandate: ' + date`;",
  ])('the check allows %p', (text) => {
    expect(impurities(text)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_FUNCTIONS, DATABASE_TRIGGERS, DATABASE_TYPES } from '../src/database/functions/index.js';
import { databaseDefinitions, migratedDatabases } from './migrated-databases.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATABASE_DIR = path.join(here, '../src/database');
const MIGRATIONS_DIR = path.join(DATABASE_DIR, 'migrations');
const FUNCTIONS_DIR = path.join(DATABASE_DIR, 'functions');

/**
 * Whitespace-insensitive: a function's body is stored exactly as its migration wrote it, and the
 * migrations' indentation (some built by string templates once) differs from the tidied current-state
 * files. Whitespace means nothing in SQL and PL/pgSQL outside string literals; every other character,
 * comments included, must match.
 */
const normalised = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/** What a definition declares: `kpi_rebuild`, `kpi_cases_updated ON cases`, `kpi_case_inputs`. */
const declared = (sql: string) => {
  const trigger = /^CREATE TRIGGER (\w+)[\s\S]*? ON (\w+)\s/.exec(sql);
  return trigger ? `${trigger[1]} ON ${trigger[2]}` : /^CREATE (?:OR REPLACE )?(?:FUNCTION|TYPE) (\w+)/.exec(sql)![1];
};

describe('database/functions/ holds the current definition of every SQL function, trigger and type', () => {
  const databases = migratedDatabases();
  afterAll(() => databases.close());

  it('an empty database migrated to the last migration holds exactly what database/functions/ defines', async () => {
    const { db } = await databases.until(Number.MAX_SAFE_INTEGER);
    const migrated = await databaseDefinitions(db);

    // The current-state files, applied in place of what the migrations made, in a transaction rolled back after.
    const client = await db.connect();
    let current: Awaited<ReturnType<typeof databaseDefinitions>>;
    try {
      await client.query('BEGIN');
      for (const t of migrated.triggers) await client.query(`DROP TRIGGER ${t.name} ON ${t.table}`);
      for (const f of migrated.functions) await client.query(`DROP FUNCTION ${f.signature}`);
      for (const t of migrated.types) await client.query(`DROP TYPE ${t.name}`);
      for (const sql of [...DATABASE_TYPES, ...DATABASE_FUNCTIONS, ...DATABASE_TRIGGERS]) await client.query(sql);
      current = await databaseDefinitions(client);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }

    // The same functions, triggers and types: none only in the database, none only in the files.
    expect(current.functions.map((f) => f.signature)).toEqual(migrated.functions.map((f) => f.signature));
    expect(current.triggers.map((t) => `${t.name} ON ${t.table}`)).toEqual(migrated.triggers.map((t) => `${t.name} ON ${t.table}`));
    expect(current.types.map((t) => t.name)).toEqual(migrated.types.map((t) => t.name));
    // ... each defined once (a second CREATE OR REPLACE of a function would hide the first) ...
    for (const list of [DATABASE_FUNCTIONS, DATABASE_TRIGGERS, DATABASE_TYPES]) {
      const names = list.map(declared);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
    expect(DATABASE_FUNCTIONS.length).toBe(migrated.functions.length);
    // ... and each the same, function by function.
    const defs = (d: typeof current) => [
      ...d.functions.map((f) => ({ name: f.signature, def: normalised(f.def) })),
      ...d.triggers.map((t) => ({ name: `${t.name} ON ${t.table}`, def: t.def })),
      ...d.types.map((t) => ({ name: t.name, def: t.attributes })),
    ];
    expect(defs(current)).toEqual(defs(migrated));
  });

  it('each definition is a CREATE statement of its own kind', () => {
    for (const sql of DATABASE_FUNCTIONS) expect(sql).toMatch(/^CREATE OR REPLACE FUNCTION \w+\(/);
    for (const sql of DATABASE_TRIGGERS) expect(sql).toMatch(/^CREATE TRIGGER \w+\s/);
    for (const sql of DATABASE_TYPES) expect(sql).toMatch(/^CREATE TYPE \w+ AS \(/);
  });
});

describe('migrations are frozen', () => {
  /** The modules a file imports (static `from '...'`, bare `import '...'`, dynamic `import('...')`). */
  const importsOf = (source: string) =>
    [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);

  it('a migration imports neither another migration nor database/functions/', () => {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{13}-.*\.ts$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) =>
      importsOf(readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => path.resolve(MIGRATIONS_DIR, spec))
        .filter((target) => [MIGRATIONS_DIR, FUNCTIONS_DIR].some((dir) => target === dir || target.startsWith(dir + path.sep)))
        .map((target) => `${file} imports ${path.relative(DATABASE_DIR, target)}`),
    );
    expect(offending).toEqual([]);
  });

  it('the check sees the imports it forbids', () => {
    expect(importsOf(`import { X } from './1764600000000-kpi-read-models.js';\nimport type { Y } from "../functions/kpi.js";\nawait import('./a.js');`))
      .toEqual(['./1764600000000-kpi-read-models.js', '../functions/kpi.js', './a.js']);
  });
});

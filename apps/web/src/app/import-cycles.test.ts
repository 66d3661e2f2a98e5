/**
 * No import cycles in the web app: neither between modules (`case-table.tsx` <-> `team-moves.tsx` was
 * one) nor between feature folders. Reads the relative imports of every source file under src/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcRoot = fileURLToPath(new URL('..', import.meta.url));
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'gql' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Module graph: file -> files it imports (relative imports only). */
function moduleGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(srcRoot)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, m[1] ?? m[2]))
      .filter((t): t is string => t !== null && !t.includes(`${path.sep}gql${path.sep}`));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the list of its nodes. */
export function findCycles(graph: Map<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const rel = (file: string) => path.relative(srcRoot, file);

/** The feature folder of a file (`features/team/x.tsx` -> `team`), or null outside features/. */
function featureOf(file: string): string | null {
  const parts = rel(file).split(path.sep);
  return parts[0] === 'features' && parts.length > 2 ? parts[1] : null;
}

describe('import cycles in apps/web/src', () => {
  const graph = moduleGraph();

  it('reads the modules', () => {
    expect(graph.size).toBeGreaterThan(50);
  });

  it('finds a cycle when there is one', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('no module imports itself back', () => {
    expect(findCycles(graph).map((cycle) => cycle.map(rel).join(' -> '))).toEqual([]);
  });

  it('no two feature folders import each other', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = featureOf(file);
      if (!from) continue;
      for (const target of targets) {
        const to = featureOf(target);
        if (to && to !== from) folders.set(from, (folders.get(from) ?? new Set()).add(to));
      }
    }
    const folderGraph = new Map([...folders].map(([k, v]) => [k, [...v]] as [string, string[]]));
    expect(findCycles(folderGraph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});

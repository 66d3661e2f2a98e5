import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
/** Infrastructure every feature may lean on; the feature modules are wired explicitly. */
const GLOBAL_ALLOWED = new Set(['config']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}

const topFolder = (file: string): string | null => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : null;
};

/** Which top-level folder imports which, from the relative imports of the sources (specs left out). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = topFolder(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
      const to = topFolder(path.resolve(path.dirname(file), spec!));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle's folders, found by a depth-first walk (each reported once, from its first folder reached). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, trail: string[]) => {
    const at = trail.indexOf(node);
    if (at >= 0) return void found.push([...trail.slice(at), node]);
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...trail, node]);
    done.add(node);
  };
  for (const node of graph.keys()) walk(node, []);
  return found;
}

describe('the API source tree', () => {
  it('has no import cycle between its top-level folders', () => {
    expect(cycles(folderGraph()).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])]]);
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual(['a -> b -> c -> a']);
  });

  it('has no @Global feature module', () => {
    const global = sourceFiles(SRC)
      .filter((file) => file.endsWith('.module.ts') && readFileSync(file, 'utf8').includes('@Global()'))
      .map((file) => topFolder(file) ?? path.basename(file))
      .filter((folder) => !GLOBAL_ALLOWED.has(folder));
    expect(global).toEqual([]);
  });
});

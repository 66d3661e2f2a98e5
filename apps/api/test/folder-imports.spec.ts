import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Explicit wiring of audit, auth, users, realtime, analytics and outbox: none of their modules is
 * @Global, and none of these folders sits on an import cycle between the top-level folders of
 * src/. database/entities.ts is left out: it only lists the TypeORM entities, which go away.
 */
const SRC = join(import.meta.dirname, '..', 'src');
const CHECKED = ['analytics', 'audit', 'auth', 'cases', 'creditors', 'outbox', 'realtime', 'users'];
const IGNORED_FILES = [join('database', 'entities.ts')];

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesOf(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Folder -> the other top-level folders its files import from. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const folder of readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory())) {
    const targets = new Set<string>();
    for (const file of filesOf(join(SRC, folder))) {
      if (IGNORED_FILES.some((ignored) => file.endsWith(ignored))) continue;
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '\.\.\/([a-z-]+)\//g)) {
        if (target !== folder) targets.add(target!);
      }
    }
    graph.set(folder, targets);
  }
  return graph;
}

/** The folders reachable from `start` (not counting itself unless a cycle leads back). */
function reachable(graph: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(start) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next) ?? []));
  }
  return seen;
}

describe('wiring of the audit, auth, users, realtime, analytics and outbox folders', () => {
  it.each(CHECKED)('%s is on no import cycle between folders', (folder) => {
    const graph = folderGraph();
    const back = [...(graph.get(folder) ?? [])].filter((other) => reachable(graph, other).has(folder));
    expect({ folder, importsThatLeadBack: back }).toEqual({ folder, importsThatLeadBack: [] });
  });

  it.each(CHECKED)('the %s module is not global', (folder) => {
    const modules = filesOf(join(SRC, folder)).filter((file) => file.endsWith('.module.ts'));
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) expect(readFileSync(file, 'utf8')).not.toContain('@Global(');
  });
});

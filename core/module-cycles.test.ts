import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Core's modules (contacts/, timeline/, outbox/…) call each other one way: what two of them share
// is a module of its own. dependency-cruiser's no-circular rule sees cycles between files only;
// this finds them between folders (contacts → timeline → contacts through different files).
// Tests and their test-support may reach across (an import test plans the outbox), so they are
// left out; the files at core's root (context, errors, ids, boot, create-core) are the kernel
// every module stands on, not a module.

const coreDir = dirname(fileURLToPath(import.meta.url));
type Graph = Map<string, Map<string, string[]>>;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });

const moduleOf = (file: string): string | null => {
  const parts = relative(coreDir, file).split(/[\\/]/);
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : null;
};

// Every `from '…'` and `import('…')` of a relative path (type-only imports count: they tie the
// modules just as much).
const specifiers = (text: string): string[] => [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);

// module → module it imports → one example "file → file" per edge, to say where to look.
const moduleGraph = (files: string[]): Graph => {
  const graph: Graph = new Map();
  for (const file of files) {
    const from = moduleOf(file);
    if (from === null) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const to = moduleOf(resolve(dirname(file), spec));
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `${relative(coreDir, file)} → ${spec}`]);
    }
  }
  return graph;
};

// The strongly connected components of more than one module (Tarjan), each sorted.
const moduleCycles = (graph: Pick<Graph, 'get' | 'keys'>): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      onStack.delete(top);
      component.push(top);
      if (top === node) break;
    }
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()]) if (!index.has(node)) visit(node);
  return found;
};

describe('core modules', () => {
  it('import each other one way only', () => {
    const graph = moduleGraph(sourceFiles(coreDir));
    const cycles = moduleCycles(graph).map((cycle) => {
      const inside = new Set(cycle);
      const edges = cycle.flatMap((from) => [...(graph.get(from) ?? [])].filter(([to]) => inside.has(to)).map(([to, via]) => `${from} → ${to} (${via[0]})`));
      return `${cycle.join(', ')}:\n  ${edges.join('\n  ')}`;
    });
    expect(cycles).toEqual([]);
  });

  it('are told apart from a real cycle', () => {
    const edges = (...to: string[]) => new Map(to.map((t) => [t, ['x']]));
    const graph = new Map([
      ['contacts', edges('timeline', 'text')],
      ['timeline', edges('segments')],
      ['segments', edges('contacts')],
      ['text', edges()],
    ]);
    expect(moduleCycles(graph)).toEqual([['contacts', 'segments', 'timeline']]);
    graph.set('segments', edges('text'));
    expect(moduleCycles(graph)).toEqual([]);
  });
});

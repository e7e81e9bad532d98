// House rule (shared/STYLE.md): no cycles between libraries, and nothing under libs/, kernel/ or workflows/ reaches
// into an application. Units are libs/<x>, kernel, workflows and apps/<y>; an edge is any import of another unit.
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['libs', 'kernel', 'workflows'];

type Graph = Map<string, Set<string>>;
interface Import { file: string; from: string; specifier: string; unit: string }

// Specs are left out: production code is what ships, and a spec may wire libraries together. Sorted, so the
// example import printed for an edge is the same on every machine.
function productionFiles(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return productionFiles(full);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The unit a repository-relative path (with '/' separators) lies in, or undefined (test/, migrations/, outside). */
function unitOfPath(rel: string): string | undefined {
  const [top, name] = rel.split('/');
  if (top === 'kernel' || top === 'workflows') return top;
  if ((top === 'libs' || top === 'apps') && name) return top === 'libs' ? name : `apps/${name}`;
  return undefined;
}

// Aliases are read from tsconfig.json rather than hard-coded, so an alias pointing into apps/ is caught as well.
const TSCONFIG = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile).config;
const PATHS: Record<string, string[]> = TSCONFIG.compilerOptions.paths;

function unitOfSpecifier(specifier: string, fromFile: string): string | undefined {
  if (specifier.startsWith('.')) {
    return unitOfPath(path.relative(ROOT, path.resolve(path.dirname(fromFile), specifier)).split(path.sep).join('/'));
  }
  for (const [alias, [target]] of Object.entries(PATHS)) {
    const prefix = alias.replace(/\*$/, '');
    if (alias.endsWith('*') ? specifier.startsWith(prefix) : specifier === alias) return unitOfPath(target);
  }
  // A library not in tsconfig yet (e.g. timeline while it is being moved) still counts as that library.
  const hoso = /^@hoso\/([^/]+)/.exec(specifier);
  if (hoso) return hoso[1];
  // baseUrl is './', so 'libs/cases/src/…' or 'apps/api/src/…' would compile too.
  return unitOfPath(specifier);
}

// Imports, re-exports, require() and import() alike; type-only imports too, since they couple just as much.
function scan(): Import[] {
  return SCANNED.flatMap((dir) => productionFiles(path.join(ROOT, dir))).flatMap((full) => {
    const file = path.relative(ROOT, full).split(path.sep).join('/');
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(full, 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName: specifier }) => {
      const unit = unitOfSpecifier(specifier, full);
      return unit === undefined ? [] : [{ file, from: unitOfPath(file)!, specifier, unit }];
    });
  });
}

/** Tarjan: the strongly connected components with more than one unit, each sorted, in a stable order. */
function tangledComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  };
  [...graph.keys()].sort().forEach((v) => index.has(v) || visit(v));
  return components.sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Cycles to print: for every edge u → v inside a component, the shortest way back v → … → u. Every edge that
 * keeps a component tangled thus appears in some cycle. Each cycle starts at its smallest unit, duplicates dropped.
 */
function findCycles(graph: Graph): string[][] {
  const cycles = new Map<string, string[]>();
  for (const component of tangledComponents(graph)) {
    const inside = new Set(component);
    for (const u of component) {
      for (const v of [...(graph.get(u) ?? [])].filter((w) => inside.has(w)).sort()) {
        const back = shortestPath(graph, v, u, inside);
        const cycle = [u, ...back.slice(0, -1)];
        const start = cycle.indexOf([...cycle].sort()[0]);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join(' → '), rotated);
      }
    }
  }
  return [...cycles.keys()].sort().map((key) => cycles.get(key)!);
}

function shortestPath(graph: Graph, from: string, to: string, within: Set<string>): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0 && !previous.has(to)) {
    const v = queue.shift()!;
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!within.has(w) || previous.has(w)) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  const pathBack = [to];
  while (pathBack[0] !== from) pathBack.unshift(previous.get(pathBack[0])!);
  return pathBack;
}

const graphOf = (edges: string[]): Graph =>
  edges.map((e) => e.split('>')).reduce((g, [from, to]) => g.set(from, (g.get(from) ?? new Set()).add(to)), new Map());

describe('library imports', () => {
  const imports = scan();

  it('sees real imports, so it cannot pass vacuously', () => {
    const casesOnCore = { from: 'cases', specifier: '@hoso/core/errors', unit: 'core' };
    expect(imports).toContainEqual(expect.objectContaining(casesOnCore));
    expect(imports).toContainEqual(expect.objectContaining({ from: 'workflows', unit: 'kernel' }));
  });

  it('no library, kernel or workflows file imports from apps/', () => {
    const offenders = imports.filter((i) => i.unit.startsWith('apps/')).map((i) => `${i.file}: ${i.specifier}`);
    expect(offenders).toEqual([]);
  });

  it('the graph of units has no cycle', () => {
    const graph: Graph = new Map();
    const byEdge = new Map<string, Import[]>(); // 'from>to' → every import behind that edge
    for (const i of imports.filter((i) => i.from !== i.unit)) {
      graph.set(i.from, (graph.get(i.from) ?? new Set()).add(i.unit));
      byEdge.set(`${i.from}>${i.unit}`, [...(byEdge.get(`${i.from}>${i.unit}`) ?? []), i]);
    }
    const report = findCycles(graph).flatMap((cycle) => [
      [...cycle, cycle[0]].join(' → '),
      ...cycle.map((u, k) => {
        const [e, ...more] = byEdge.get(`${u}>${cycle[(k + 1) % cycle.length]}`)!;
        return `    ${u} → ${e.unit}: e.g. ${e.file}: '${e.specifier}'${more.length ? ` (+${more.length} more)` : ''}`;
      }),
    ]);
    const components = tangledComponents(graph).map((c) => `{ ${c.join(', ')} }`);
    expect(report.length ? [`tangled: ${components.join(' ')}`, ...report].join('\n') : '').toBe('');
  });

  it.each([
    ['@hoso/cases/entities/case.entity', 'libs/people/src/x.ts', 'cases'],
    ['@hoso/kernel/legal-time', 'workflows/shared/x.ts', 'kernel'],
    ['@hoso/timeline', 'libs/cases/src/x.ts', 'timeline'],
    ['../../../audit/src/audit.module', 'libs/cases/src/services/x.ts', 'audit'],
    ['../../../../apps/api/src/main', 'libs/cases/src/services/x.ts', 'apps/api'],
    ['apps/worker/src/main', 'kernel/legal-time/x.ts', 'apps/worker'],
    ['./engine', 'workflows/shared/x.ts', 'workflows'],
    ['@nestjs/common', 'libs/core/src/x.ts', undefined],
  ])('resolves %s imported from %s to unit %s', (specifier, from, unit) => {
    expect(unitOfSpecifier(specifier, path.join(ROOT, from))).toBe(unit);
  });

  describe('cycle finder', () => {
    it.each<[string, string[], string[][]]>([
      ['nothing in a graph without cycles', ['a>b', 'b>c', 'a>c', 'd>a'], []],
      ['a 2-cycle', ['a>b', 'b>a', 'b>c'], [['a', 'b']]],
      ['a 3-cycle, starting at its smallest unit', ['c>a', 'a>b', 'b>c', 'c>d'], [['a', 'b', 'c']]],
      ['two separate cycles', ['a>b', 'b>a', 'b>x', 'x>y', 'y>z', 'z>x'], [['a', 'b'], ['x', 'y', 'z']]],
      ['every edge of a component that holds two cycles', ['a>b', 'b>a', 'a>c', 'c>a'], [['a', 'b'], ['a', 'c']]],
    ])('finds %s', (_, edges, cycles) => {
      expect(findCycles(graphOf(edges))).toEqual(cycles);
    });

    it('reports two separate cycles as two components', () => {
      const graph = graphOf(['a>b', 'b>a', 'b>x', 'x>y', 'y>z', 'z>x']);
      expect(tangledComponents(graph)).toEqual([['a', 'b'], ['x', 'y', 'z']]);
    });
  });
});

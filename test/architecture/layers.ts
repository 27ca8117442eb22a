/**
 * The layer rules of `src/`, checked from the import statements of every
 * source file (see docs/ARCHITECTURE.md). Test-only code.
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The floors of the house, bottom first. A file may import files of its own
 * floor or of a lower one, never of a higher one. `index` is the public entry
 * (`src/index.ts`); the CLI sits above it and may import only the entry.
 */
export const LAYERS = [
  'core',
  'segment',
  'html',
  'normalize',
  'similarity',
  'diff',
  'provenance',
  'align',
  'corpus',
  'redis',
  'report',
  'index',
  'cli',
] as const;

/** One broken rule. */
export interface Violation {
  readonly rule: 'upward-import' | 'cli-internal-import' | 'cycle' | 'node-builtin' | 'unknown-layer';
  readonly file: string;
  readonly detail: string;
}

/** The layer of a file given by its path relative to `src/` (posix separators). */
export function layerOf(file: string): number {
  if (file === 'index.ts') return LAYERS.indexOf('index');
  const top = file.split('/')[0] ?? '';
  return LAYERS.indexOf(top as (typeof LAYERS)[number]);
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source text imports (static, re-exports and dynamic `import()` with a literal). */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3];
    if (spec !== undefined) found.push(spec);
  }
  return found;
}

/** Resolves a relative specifier of `from` to a file path relative to `src/`, or undefined when it names no file. */
function resolveSpec(from: string, spec: string, files: ReadonlyMap<string, string>): string | undefined {
  const bare = spec.replace(/\.js$/, '');
  const base = posix.normalize(posix.join(posix.dirname(from), bare));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) if (files.has(candidate)) return candidate;
  return undefined;
}

/**
 * Checks the layer rules on a set of source files (path relative to `src/`
 * → text) and returns every violation, in a stable order.
 */
export function checkArchitecture(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const layer = layerOf(file);
    if (layer < 0) violations.push({ rule: 'unknown-layer', file, detail: `not under one of ${LAYERS.join(', ')}` });
    const edges: string[] = [];
    for (const spec of importsOf(text)) {
      if (spec.startsWith('node:')) {
        if (layerOf(file) !== LAYERS.indexOf('cli')) {
          violations.push({
            rule: 'node-builtin',
            file,
            detail: `imports ${spec}: only the CLI may use Node built-ins`,
          });
        }
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = resolveSpec(file, spec, files);
      if (target === undefined) continue;
      edges.push(target);
      const targetLayer = layerOf(target);
      if (layer === LAYERS.indexOf('cli') && targetLayer !== LAYERS.indexOf('cli') && target !== 'index.ts') {
        violations.push({
          rule: 'cli-internal-import',
          file,
          detail: `imports ${target}: the CLI may import only the public entry (index.ts)`,
        });
      } else if (targetLayer > layer) {
        violations.push({
          rule: 'upward-import',
          file,
          detail: `imports ${target}: ${LAYERS[layer]} may not import ${LAYERS[targetLayer]}`,
        });
      }
    }
    graph.set(file, edges);
  }
  for (const cycle of cyclesOf(graph)) {
    const files = [...cycle].sort();
    violations.push({
      rule: 'cycle',
      file: files[0] ?? '',
      detail: `files that import one another in a cycle: ${files.join(', ')}`,
    });
  }
  return violations;
}

/** The strongly connected components with more than one file (or a self-import), by Tarjan's algorithm. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.reverse());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components;
}

/** Reads every `.ts` file under a source directory, keyed by its path relative to it. */
export function readSources(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(dir, relative))) {
      const path = relative === '' ? entry : `${relative}/${entry}`;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else if (entry.endsWith('.ts')) files.set(path, readFileSync(join(dir, path), 'utf8'));
    }
  };
  walk('');
  return files;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// docs/RULES.md lists every `rule` id a RemovedSpan can carry. The ids written as literals in src/ are checked here
// both ways: each is in the file, and each row of the file names one. Ids built by code (`markup:${...}`,
// `struct:${tag}`, `class:${token}`, `duplicate:${kind}`) are documented as patterns and not checked.

const root = fileURLToPath(new URL('..', import.meta.url));
const LITERAL = /'((?:line|block|header|tail|doc|body|select|heading|text|json-ld):[a-z0-9-]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const sourceIds = new Set(
  sourceFiles(join(root, 'src')).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(LITERAL)].map((m) => m[1]!)),
);
const doc = readFileSync(join(root, 'docs', 'RULES.md'), 'utf8');
const rowIds = [
  ...doc.matchAll(/^\| `((?:line|block|header|tail|doc|body|select|heading|text|json-ld):[a-z0-9-]+)`/gm),
].map((m) => m[1]!);

describe('docs/RULES.md', () => {
  it('finds the rule ids of the source (the check below is not vacuous)', () => {
    expect(sourceIds.has('line:advertisement')).toBe(true);
    expect(sourceIds.has('line:fragment')).toBe(true);
    expect(sourceIds.size).toBeGreaterThan(100);
  });

  it('lists every rule id written in the source', () => {
    const missing = [...sourceIds].filter((id) => !doc.includes(`\`${id}\``)).sort();
    expect(missing).toEqual([]);
  });

  it('has no row for an id the source no longer has', () => {
    const stale = rowIds.filter((id) => !sourceIds.has(id)).sort();
    expect(rowIds.length).toBeGreaterThan(100);
    expect(stale).toEqual([]);
  });
});

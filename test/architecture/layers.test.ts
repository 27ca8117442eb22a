import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, importsOf, readSources } from './layers';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('architecture of src/', () => {
  const files = readSources(SRC);

  it('reads the real source tree', () => {
    expect(files.has('index.ts')).toBe(true);
    expect(files.has('core/types.ts')).toBe(true);
    expect(files.size).toBeGreaterThan(50);
  });

  it('has no import against the layer order, no cycle, no Node built-in outside the CLI', () => {
    expect(checkArchitecture(files)).toEqual([]);
  });

  it('core imports nothing outside core', () => {
    for (const [file, text] of files) {
      if (!file.startsWith('core/')) continue;
      for (const spec of importsOf(text))
        expect(spec.startsWith('./') || spec.startsWith('../core') ? spec : `${file}: ${spec}`).toBe(spec);
    }
  });

  it('fails on a planted upward import', () => {
    const planted = new Map(files);
    const text = files.get('segment/tokenize.ts')!;
    planted.set('segment/tokenize.ts', `import { alignSources } from '../align/align-sources';\n${text}`);
    expect(checkArchitecture(planted)).toEqual([
      {
        rule: 'upward-import',
        file: 'segment/tokenize.ts',
        detail: 'imports align/align-sources.ts: segment may not import align',
      },
      // align imports segment (through normalize and similarity), so the planted import also closes a cycle.
      expect.objectContaining({ rule: 'cycle' }),
    ]);
  });

  it('fails on a planted cycle inside one layer and on the CLI reaching past the entry', () => {
    const planted = new Map(files);
    planted.set('core/errors.ts', `import type { Span } from './types';\n${files.get('core/errors.ts')!}`);
    planted.set('core/article.ts', `import type { CopydeskError } from './errors';\n${files.get('core/article.ts')!}`);
    planted.set('cli/usage.ts', `import { toJSON } from '../report/to-json';\n${files.get('cli/usage.ts')!}`);
    const rules = checkArchitecture(planted).map((v) => `${v.rule} ${v.file}`);
    expect(rules).toEqual(['cli-internal-import cli/usage.ts', 'cycle core/article.ts']);
  });

  it('finds static, type-only, re-export and dynamic imports', () => {
    expect(
      importsOf(
        "import { a } from './a';\nimport type { B } from '../b.js';\nexport * from './c';\nimport './d';\nconst e = await import('./e');",
      ),
    ).toEqual(['./a', '../b.js', './c', './d', './e']);
  });
});

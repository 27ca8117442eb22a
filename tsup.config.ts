import { defineConfig } from 'tsup';

// Two configs run in parallel, so neither cleans dist/: the build script does (see package.json).
// No source maps: maps with the whole source inlined were 2 MB of a 3.4 MB package; without the
// source they still weighed 0.9 MB. Whitespace and syntax are minified, identifiers are not, so
// stack traces still name every function (the ESM and CJS builds each carry the whole library).
const shared = {
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
  minifyIdentifiers: false,
  clean: false,
  target: 'es2022',
  treeshake: true,
} as const;

export default defineConfig([
  {
    // ESM library and the CLI, sharing modules through chunks. Only the library gets types.
    ...shared,
    entry: { index: 'src/index.ts', redis: 'src/redis/index.ts', cli: 'src/cli/index.ts' },
    format: ['esm'],
    splitting: true,
    platform: 'neutral',
    external: [/^node:/],
    dts: { entry: { index: 'src/index.ts', redis: 'src/redis/index.ts' } },
  },
  {
    // CommonJS library. htmlparser2 12 and its dependencies are ESM only: they are bundled into it, so that
    // `require('copydesk')` works on every Node 20 (require of an ES module needs 20.19 or later). The ESM build
    // imports them as dependencies.
    ...shared,
    entry: { index: 'src/index.ts', redis: 'src/redis/index.ts' },
    format: ['cjs'],
    platform: 'neutral',
    noExternal: ['htmlparser2', 'entities', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype'],
    dts: true,
  },
]);

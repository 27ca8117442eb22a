import { defineConfig } from 'tsup';

// Two configs run in parallel, so neither cleans dist/: the build script does (see package.json).
const shared = {
  sourcemap: true,
  clean: false,
  target: 'es2022',
  treeshake: true,
} as const;

export default defineConfig([
  {
    // ESM library and the CLI, sharing modules through chunks. Only the library gets types.
    ...shared,
    entry: { index: 'src/index.ts', cli: 'src/cli/index.ts' },
    format: ['esm'],
    splitting: true,
    platform: 'neutral',
    external: [/^node:/],
    dts: { entry: { index: 'src/index.ts' } },
  },
  {
    // CommonJS library.
    ...shared,
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    platform: 'neutral',
    dts: true,
  },
]);

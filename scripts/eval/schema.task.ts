/**
 * Every comparison the evaluation builds, serialized with `toJSON` and
 * validated against the shipped JSON Schema (schema/comparison.schema.json).
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { alignSources } from '../../src/align/align-sources';
import type { Comparison } from '../../src/core/types';
import { toJSON } from '../../src/report/to-json';
import { generateStory } from '../bench/lib/story';
import { toArticle } from './derived.task';
import { createRng, derivedPair } from './lib/derive';
import { repoRoot } from './lib/env';
import type { EvalTask } from './types';

const PAIRS = 60;

/** The schema check over the evaluation's comparisons. */
export const task: EvalTask = {
  name: 'schema',
  async run(ctx) {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'comparison.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const sets: Array<{ name: string; comparisons: () => Comparison[] }> = [
      {
        name: 'the five seeds',
        comparisons: () => {
          const dir = join(repoRoot, 'seeds');
          const files = readdirSync(dir)
            .filter((f) => f.endsWith('.txt'))
            .sort();
          return [alignSources(files.map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') })))];
        },
      },
      {
        name: 'generated stories (2, 10 and 50 outlets, scripts/bench/lib/story.ts)',
        comparisons: () =>
          [2, 10, 50].map((n) =>
            alignSources(
              generateStory({ sources: n, sentencesPerSource: 40, dataDir: ctx.dataDir }).texts.map((text, i) => ({
                id: `outlet-${i + 1}`,
                text,
              })),
            ),
          ),
      },
    ];
    const panDir = join(ctx.dataDir, 'pan13-text-alignment-subset', 'src');
    if (existsSync(panDir)) {
      sets.push({
        name: `derived copies of PAN-13 source texts (${PAIRS} pairs, scripts/eval/lib/derive.ts)`,
        comparisons: () => {
          const rng = createRng(20150128);
          const bases = readdirSync(panDir)
            .sort()
            .map((f) => toArticle(readFileSync(join(panDir, f), 'utf8'), rng))
            .filter((a) => a !== undefined)
            .slice(0, PAIRS + 1);
          const out: Comparison[] = [];
          for (let i = 0; i + 1 < bases.length; i++) {
            const pair = derivedPair(bases[i]!, bases[i + 1]!, i % 2 ? 'wholly' : 'partially', i, rng);
            out.push(
              alignSources([
                { id: 'source', text: pair.source },
                { id: 'copy', text: pair.target },
              ]),
            );
          }
          return out;
        },
      });
    }
    const rows = [];
    const failures: string[] = [];
    for (const set of sets) {
      const comparisons = set.comparisons();
      let valid = 0;
      for (const c of comparisons) {
        if (validate(JSON.parse(toJSON(c)))) valid++;
        else failures.push(`${set.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
      ctx.log(`${set.name}: ${valid}/${comparisons.length} valid`);
      rows.push({
        metric: `valid JSON documents: ${set.name}`,
        system: 'toJSON',
        value: `${valid}/${comparisons.length}`,
      });
    }
    return {
      title: 'Report schema: every evaluation comparison validates',
      description: [
        'Each comparison built here is serialized with `toJSON` and validated with Ajv (JSON Schema draft 2020-12,',
        'strict mode, all errors) against `schema/comparison.schema.json`, the schema shipped in the package.',
      ].join('\n'),
      rows,
      ...(failures.length ? { details: failures.map((f) => `- ${f}`).join('\n') } : {}),
    };
  },
};

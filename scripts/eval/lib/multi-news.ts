/**
 * Reading the Multi-News development sample (`multi-news-dev`) and the labels
 * kept with the eval: one place for the tasks that use it.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../../src/core/types';

/** One object a non-blank line of a JSONL file. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** The documents labelled for this project beside the 56 shipped with the data (offsets and labels only). */
export const EXTRA_LABELS_PATH = fileURLToPath(new URL('../data/multi-news-dev-labels-extra.jsonl', import.meta.url));

/** Documents labelled after the rules were tuned, by someone who did not see the software's output: never tune on them. */
export const HOLDOUT_LABELS_PATH = fileURLToPath(
  new URL('../data/multi-news-dev-labels-holdout.jsonl', import.meta.url),
);

/** The source a comparison diagnostic is about: its `source`, or the id quoted in its message. */
export function diagnosticSource(d: Diagnostic): string | undefined {
  return d.source ?? /Source "([^"]+)"/.exec(d.message)?.[1];
}

/**
 * Synonyms: which words WordNet 3.1 puts in one synset (`quit` / `resign`)
 * or links as derived forms (`celebrate` / `celebration`), from the table in
 * ./synonyms-data.ts (built by scripts/fit/build-synonyms.ts).
 *
 * @packageDocumentation
 */

import { lemmaCandidates as lemmaCandidatesWithin } from '../core/lexicon.js';
import { BoundedCache } from '../core/util/bounded-cache.js';
import { hasSorted } from '../similarity/features.js';
import { SYNONYM_LINES } from './synonyms-data.js';
import { LEMMA, SYNONYM_CACHE } from './tuning.js';

/**
 * Base-form candidates of a lower-case word (the lexicon's `lemmaCandidates`
 * within the `LEMMA` bounds): `ties` → `tie`, `stopped` → `stop`.
 *
 * @param word - A lower-case word.
 * @returns The candidates, without duplicates.
 * @internal
 */
export function lemmaCandidates(word: string): string[] {
  return lemmaCandidatesWithin(word, LEMMA);
}

let ids: Map<string, number> | undefined;
let related: Int32Array[] = [];

function load(): Map<string, number> {
  if (ids !== undefined) return ids;
  const table = new Map<string, number>();
  const lists: number[][] = [];
  const id = (w: string) => {
    let n = table.get(w);
    if (n === undefined) {
      n = table.size;
      table.set(w, n);
      lists.push([]);
    }
    return n;
  };
  for (const line of SYNONYM_LINES.split('\n')) {
    const words = line.split(' ');
    const head = id(words[0]!);
    for (let k = 1; k < words.length; k++) {
      const other = id(words[k]!);
      lists[head]!.push(other);
      lists[other]!.push(head);
    }
  }
  related = lists.map((l) => Int32Array.from(l).sort());
  ids = table;
  return table;
}

// Words up to 64 characters, 1 MB each: a stream of unique long words cannot grow them.
const lemmaCache = new BoundedCache<number>(SYNONYM_CACHE.maxBytes, SYNONYM_CACHE.maxWordLength);
const formsCache = new BoundedCache<readonly string[]>(SYNONYM_CACHE.maxBytes, SYNONYM_CACHE.maxWordLength, (forms) =>
  forms.reduce((n, f) => n + SYNONYM_CACHE.bytesPerChar * f.length + SYNONYM_CACHE.bytesPerString, 0),
);

/** {@link lemmaCandidates}, cached. */
function formsOf(word: string): readonly string[] {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    forms = lemmaCandidates(word);
    formsCache.set(word, forms);
  }
  return forms;
}

/** The table id of a word: that of its first base-form candidate the table knows, or -1. */
function lexiconId(norm: string): number {
  let id = lemmaCache.get(norm);
  if (id !== undefined) return id;
  const table = load();
  id = -1;
  for (const c of formsOf(norm)) {
    const n = table.get(c);
    if (n !== undefined) {
      id = n;
      break;
    }
  }
  lemmaCache.set(norm, id);
  return id;
}

/**
 * Whether two words are forms of one word (`address` / `addressing`), or
 * synonyms or derived forms of each other by the table (the first base form
 * of each that the table knows is looked up).
 *
 * @param a - A lower-case word.
 * @param b - Another.
 * @returns True when their base forms are linked.
 * @example
 * ```ts
 * areSynonyms('quits', 'resigns'); //=> true
 * areSynonyms('rises', 'falls'); //=> false
 * ```
 * @internal
 */
export function areSynonyms(a: string, b: string): boolean {
  // Two forms of one word (`address` / `addressing`) need no table.
  const forms = formsOf(a);
  if (formsOf(b).some((c) => forms.includes(c))) return true;
  const x = lexiconId(a);
  const y = lexiconId(b);
  if (x < 0 || y < 0) return false;
  if (x === y) return true;
  load();
  return hasSorted(related[x] ?? new Int32Array(0), y);
}

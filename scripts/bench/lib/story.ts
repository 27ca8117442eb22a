/**
 * A deterministic generator of many outlets' versions of one story, built
 * from real text, for the alignment scale benchmark.
 *
 * The wire story is the body sentences of seeds 000–003 (one real 2015 story,
 * in order, sentences of six words or more), cut to `storySentences`. Each
 * outlet, with its own seeded PRNG (mulberry32):
 * - keeps the first 60–100% of the wire story (newsrooms cut the tail);
 * - carries each kept sentence verbatim (55%), lightly edited (30%: one word
 *   dropped, `said` → `told`, a clause after a comma dropped) or heavily
 *   rewritten (15%: a third of the words dropped and the two halves swapped
 *   around a comma);
 * - swaps adjacent sentences with probability 0.1 (reordering);
 * - inserts local sentences from unrelated real text (PAN-13 source texts
 *   when ../shared/data is present, else seed 004, a different story) until it
 *   has `sentencesPerSource` sentences;
 * - gets its own headline, and every third outlet a credit line.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeArticle } from '../../../src/index';

/** A seeded generator (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const repoRoot = new URL('../../../', import.meta.url);

/** The normalized body sentences of a text: `normalizeArticle` of the tree under test. */
export type SentenceReader = (text: string) => readonly string[];

const readSentences: SentenceReader = (text) => normalizeArticle(text).sentences.map((s) => s.normalized);

function seedSentences(files: readonly string[], read: SentenceReader): string[] {
  const out: string[] = [];
  for (const file of files) {
    const text = readFileSync(new URL(`seeds/${file}`, repoRoot), 'utf8');
    for (const s of read(text)) if (s.split(/\s+/).length >= 6) out.push(s);
  }
  return out;
}

function fillerSentences(dataDir: string, read: SentenceReader): { sentences: string[]; origin: string } {
  const dir = join(dataDir, 'pan13-text-alignment-subset', 'src');
  if (existsSync(dir)) {
    const sentences: string[] = [];
    for (const f of readdirSync(dir).sort().slice(0, 60)) {
      for (const s of read(readFileSync(join(dir, f), 'utf8'))) {
        const words = s.split(/\s+/).length;
        if (words >= 8 && words <= 40) sentences.push(s);
      }
    }
    return { sentences, origin: 'PAN-13 source texts' };
  }
  const seeds = readdirSync(new URL('seeds/', repoRoot)).filter((f) => f.startsWith('004'));
  return { sentences: seedSentences(seeds, read), origin: 'seed 004' };
}

function lightEdit(sentence: string, rnd: () => number): string {
  const r = rnd();
  if (r < 0.34 && / said\b/.test(sentence)) return sentence.replace(/ said\b/, ' told reporters');
  if (r < 0.67 && sentence.includes(', ')) {
    const parts = sentence.split(', ');
    if (parts.length > 2) {
      parts.splice(1 + Math.floor(rnd() * (parts.length - 2)), 1);
      return parts.join(', ');
    }
  }
  const words = sentence.split(' ');
  if (words.length > 6) words.splice(1 + Math.floor(rnd() * (words.length - 2)), 1);
  return words.join(' ');
}

function heavyRewrite(sentence: string, rnd: () => number): string {
  const words = sentence.replace(/[.!?]+$/, '').split(' ');
  const kept = words.filter((_, i) => i === 0 || rnd() > 0.33);
  const cut = Math.floor(kept.length / 2);
  const swapped = [...kept.slice(cut), ...kept.slice(0, cut)].join(' ');
  return `${swapped.charAt(0).toUpperCase()}${swapped.slice(1)}.`;
}

/** Options of {@link generateStory}. */
export interface StoryOptions {
  readonly sources: number;
  readonly sentencesPerSource: number;
  readonly dataDir: string;
  /** How to read a text's sentences (default: this tree's `normalizeArticle`; the snapshot passes another tree's). */
  readonly read?: SentenceReader;
}

/** Many outlets' versions of one story, as plain-text articles. */
export function generateStory(options: StoryOptions): { texts: string[]; origin: string } {
  const read = options.read ?? readSentences;
  const wire = seedSentences(
    ['000', '001', '002', '003'].map((p) => readdirSync(new URL('seeds/', repoRoot)).find((f) => f.startsWith(p))!),
    read,
  );
  const { sentences: filler, origin } = fillerSentences(options.dataDir, read);
  const texts: string[] = [];
  for (let k = 0; k < options.sources; k++) {
    const rnd = mulberry32(k + 1);
    const keep = Math.max(4, Math.floor(Math.min(wire.length, options.sentencesPerSource) * (0.6 + 0.4 * rnd())));
    const body: string[] = [];
    for (const sentence of wire.slice(0, keep)) {
      const r = rnd();
      body.push(r < 0.55 ? sentence : r < 0.85 ? lightEdit(sentence, rnd) : heavyRewrite(sentence, rnd));
    }
    for (let i = 0; i + 1 < body.length; i++) {
      if (rnd() < 0.1) [body[i], body[i + 1]] = [body[i + 1]!, body[i]!];
    }
    while (body.length < options.sentencesPerSource) {
      const local = filler[Math.floor(rnd() * filler.length)]!;
      body.splice(1 + Math.floor(rnd() * body.length), 0, local);
    }
    const credit = k % 3 === 0 ? '\n\n(Reporting by Jack Kim; Editing by Michael Perry)' : '';
    texts.push(`Outlet ${k + 1}: Kim to visit Moscow for Victory Day\n\n${body.join('\n\n')}${credit}\n`);
  }
  return { texts, origin };
}

/**
 * The peer sentence segmenters the eval and bench scripts compare copydesk's
 * `splitSentences` with, all as `(text) => string[]`.
 *
 * @packageDocumentation
 */
import sbd from 'sbd';

/** A sentence segmenter reduced to the texts of its sentences. */
export type SentenceSplitter = (text: string) => string[];

const intlSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Node's built-in `Intl.Segmenter('en', { granularity: 'sentence' })` (ICU's
 * UAX #29 rules), segments trimmed and empty ones dropped.
 *
 * @param text - Text to split.
 * @returns The sentences.
 * @example
 * ```ts
 * intlSentences('Hello World. My name is Jonas.'); //=> ['Hello World.', 'My name is Jonas.']
 * ```
 */
export function intlSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of intlSegmenter.segment(text)) {
    const trimmed = segment.trim();
    if (trimmed !== '') out.push(trimmed);
  }
  return out;
}

/**
 * The npm `sbd` package with its default options.
 *
 * @param text - Text to split.
 * @returns The sentences.
 * @example
 * ```ts
 * sbdSentences('Hello World. My name is Jonas.'); //=> ['Hello World.', 'My name is Jonas.']
 * ```
 */
export function sbdSentences(text: string): string[] {
  return sbd.sentences(text);
}

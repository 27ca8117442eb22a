/**
 * Step 2: every body sentence of every aligned source, analysed once per
 * distinct text; exact repeats inside one source set aside as duplicates.
 *
 * @packageDocumentation
 */
import type { Article, Diagnostic, Sentence, SentenceDuplicate } from '../../core/types';
import { isNotArticle } from '../../normalize/not-article';
import { prepareSentence } from '../../similarity/features';
import { EXACT_TILING_CELLS } from '../../similarity/tiles';
import type { PreparedSentence } from '../../similarity/types';
import { MIN_DUPLICATE_WORDS } from '../tuning';
import { type Entry, refOf } from './types';

/**
 * Words above which a sentence is reported as too long: the square root of
 * {@link EXACT_TILING_CELLS}, the length from which a pair of such sentences
 * is searched for common runs within a linear budget instead of exhaustively.
 */
const LONG_SENTENCE_WORDS = Math.sqrt(EXACT_TILING_CELLS);

/** The sentences of step 2. */
export interface SentenceTable {
  readonly entries: Entry[];
  /** Entries that repeat an earlier sentence of their source exactly: reported, never aligned. */
  readonly repeated: Set<number>;
}

/**
 * The sentences of the sources in canonical order. Sources flagged
 * `not-article` are kept in the result but left out here; their diagnostic,
 * and those for empty sources and too-long sentences, go to `diagnostics`.
 */
export function collectSentences(
  canonical: readonly Article[],
  duplicates: SentenceDuplicate[],
  diagnostics: Diagnostic[],
): SentenceTable {
  const entries: Entry[] = [];
  const repeated = new Set<number>();
  // Each distinct sentence text is prepared once per call (wire copy repeats it hundreds of times).
  const preparedByText = new Map<string, PreparedSentence>();
  const prepare = (text: string): PreparedSentence => {
    let prepared = preparedByText.get(text);
    if (prepared === undefined) {
      prepared = prepareSentence(text);
      preparedByText.set(text, prepared);
    }
    return prepared;
  };
  canonical.forEach((article, source) => {
    if (isNotArticle(article)) {
      const why = article.diagnostics.find((d) => d.code === 'not-article')?.message ?? '';
      diagnostics.push({
        code: 'not-article',
        severity: 'info',
        message: `Source ${JSON.stringify(article.id)} is left out of groups, pairs and provenance: ${why}`,
        source: article.id,
      });
      return;
    }
    const firstByKey = new Map<string, number>();
    article.sentences.forEach((sentence, index) => {
      const entry: Entry = { source, index, article, prepared: prepare(sentence.text) };
      const at = entries.length;
      entries.push(entry);
      const key = entry.prepared.key;
      const first = firstByKey.get(key);
      if (first !== undefined && entry.prepared.hashes.length >= MIN_DUPLICATE_WORDS) {
        repeated.add(at);
        duplicates.push({ first: refOf(entries[first]!), second: refOf(entry), score: 1 });
      } else firstByKey.set(key, at);
    });
    reportLongSentences(article, entries, diagnostics);
    if (article.sentences.length === 0) {
      diagnostics.push({
        code: 'empty-source',
        severity: 'warning',
        message: `Source ${JSON.stringify(article.id)} has no body sentences; it cannot share anything.`,
        source: article.id,
      });
    }
  });
  return { entries, repeated };
}

/** One `sentence-too-long` diagnostic per source whose sentences (just prepared, last in `entries`) are that long. */
function reportLongSentences(article: Article, entries: readonly Entry[], diagnostics: Diagnostic[]): void {
  let count = 0;
  let longest = 0;
  let first: Sentence | undefined;
  for (let k = entries.length - article.sentences.length; k < entries.length; k++) {
    const words = entries[k]!.prepared.hashes.length;
    if (words <= LONG_SENTENCE_WORDS) continue;
    count++;
    if (words > longest) longest = words;
    first ??= article.sentences[entries[k]!.index];
  }
  if (count === 0 || first === undefined) return;
  diagnostics.push({
    code: 'sentence-too-long',
    severity: 'info',
    message:
      `Source ${JSON.stringify(article.id)} has ${count} sentence${count === 1 ? '' : 's'} of more than ` +
      `${LONG_SENTENCE_WORDS} words (the longest has ${longest}): a paragraph without punctuation? ` +
      'Such sentences are compared within a work budget linear in their length, which may miss some shared wording.',
    span: { start: first.start, end: first.end },
    source: article.id,
  });
}

import { fnv1aInt } from '../../core/util/hash';
import { BLOCKS, NEWS_LINES } from '../tuning';
import type { LineView } from './line-rule';
import { trimClosers } from './news-lines';

/**
 * Furniture recognized from a run of lines rather than from one line (issue
 * 12): the headlines listed under a `RELATED:` or `ALSO:` lead, labels and
 * credits repeated down the page, pull quotes that repeat a paragraph of the
 * story. Every function here is linear in the number of lines (and, for pull
 * quotes, in the number of words).
 *
 * @packageDocumentation
 */

/** A content line as the block rules see it. @internal */
export interface BlockLine extends LineView {
  /** `true` while the line is still body. */
  readonly body: boolean;
  /** The rule that removed the line, if any. */
  readonly rule?: string;
  /** Whether the line has the shape of a caption or a media widget (it belongs to the story's pictures, not to a list). */
  readonly media?: boolean;
}

/** Rules whose line opens a list of links: `RELATED`, `ALSO:`, `Related News Articles`, `More from Morning Mix:`. */
const LEAD_RULES = new Set(['line:list-lead', 'line:navigation']);
/** Rules whose lines are items of a link list themselves: the list goes on through them. */
const ITEM_RULES = new Set(['line:labelled-link', 'line:read-more-suffix']);

/**
 * A headline: a few words without sentence punctuation at the end (a question
 * or exclamation mark is allowed: `Why no Amber Alert for ...?`), opening with
 * a capital, a digit or a quote.
 *
 * @internal
 */
export function isHeadlineLike(line: LineView): boolean {
  if (
    line.words < BLOCKS.minHeadlineWords ||
    line.words > BLOCKS.maxHeadlineWords ||
    line.text.length > BLOCKS.maxHeadlineWords * NEWS_LINES.maxCharsPerWord
  ) {
    return false;
  }
  const end = trimClosers(line.text);
  if (/[.,;:]$/.test(end) || /^[-*]/.test(line.text)) return false;
  return /^["'(\p{Lu}\p{N}]/u.test(line.text) && /\p{L}{2}/u.test(line.text);
}

/** The label of a highlights box, in the capitals sites print it with: `Story Highlights`, `STORY HIGHLIGHTS`. @internal */
export const HIGHLIGHTS_LABEL = /\b(?:Story Highlights|STORY HIGHLIGHTS|Story highlights)\b/;

/**
 * The items of link lists: the headline-like lines that follow a lead line
 * (`ALSO:`, `PREVIOUSLY:`, `Related News Articles`), up to the first line that
 * is not a headline. Returns the indices of the items to remove.
 *
 * @internal
 */
export function findLinkListItems(lines: readonly BlockLine[]): number[] {
  const items: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i]!;
    if (lead.body || lead.rule === undefined || !LEAD_RULES.has(lead.rule)) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.body) {
        if (line.rule !== undefined && ITEM_RULES.has(line.rule)) continue;
        break;
      }
      if (line.media === true || !isHeadlineLike(line)) break;
      items.push(j);
    }
    i = j - 1;
  }
  return items;
}

/** A teaser opened by its date in parentheses: `(11/07/2012) Kenyir Wildlife Corridor ...`. */
const DATED_TEASER = /^\(\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})\)\s+\S/;

/**
 * Lists of other stories, each a teaser opened by a date in parentheses
 * (`(12/04/2012) African lions, one of the most iconic species ...`) under
 * its headline: with {@link BLOCKS}.minDatedTeasers such teasers or more, the
 * teasers and the headline-like line just before each. Returns the indices
 * of the lines to remove.
 *
 * @internal
 */
export function findDatedTeasers(lines: readonly BlockLine[]): number[] {
  const teasers: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.body && DATED_TEASER.test(line.text)) teasers.push(i);
  }
  if (teasers.length < BLOCKS.minDatedTeasers) return [];
  const found: number[] = [];
  for (const i of teasers) {
    const before = lines[i - 1];
    if (before?.body === true && !DATED_TEASER.test(before.text) && isHeadlineLike(before)) found.push(i - 1);
    found.push(i);
  }
  return found;
}

/**
 * Short lines without sentence punctuation that the page repeats three times
 * or more: a picture credit under every photo, a widget label. Returns the
 * indices of every occurrence.
 *
 * @internal
 */
export function findRepeatedLabels(lines: readonly BlockLine[]): number[] {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Numbers and units (`6`, `g`, `1 cup`) repeat in tables and recipes: a label has a word.
    if (!line.body || line.words === 0 || line.words > BLOCKS.maxLabelWords || line.terminal) continue;
    if (/\d/.test(line.text) || !/\p{L}{3}/u.test(line.text)) continue;
    const key = line.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (key === '') continue;
    const at = byKey.get(key);
    if (at) at.push(i);
    else byKey.set(key, [i]);
  }
  const found: number[] = [];
  for (const at of byKey.values()) if (at.length >= BLOCKS.minLabelRepeats) for (const line of at) found.push(line);
  return found.sort((a, b) => a - b);
}

/** Size of the bit filter in front of the pull-quote postings (a power of two). */
const POSTING_FILTER_SIZE = 4096;
/** A speaker appended to a pull quote: `... I'll be there. - Jennifer Rivers, mother of Tavin Price`. */
const ATTRIBUTION = /\s-\s*[A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}(?:,[^.!?]{0,80})?$/u;

const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5 | 0;

/** Hashes of the line's word triples, in order (numbers, not strings: a long page has hundreds of thousands). */
function triples(text: string): number[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1aInt);
  const out: number[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    out.push((Math.imul(Math.imul(words[i]!, FNV_PRIME) ^ words[i + 1]!, FNV_PRIME) ^ words[i + 2]!) | 0);
  }
  return out;
}

/**
 * The word-triple hashes of a line whose word hashes (`fnv1aInt` of each
 * lower-cased word, in order) are `words[from, to)`.
 *
 * @internal
 */
export function triplesOfWords(words: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i + 2 < to; i++) {
    out.push((Math.imul(Math.imul(words[i]!, FNV_PRIME) ^ words[i + 1]!, FNV_PRIME) ^ words[i + 2]!) | 0);
  }
  return out;
}

/**
 * The word-triple hashes of `text[start, end)`, as {@link triples} gives
 * them for that slice; an ASCII range is read in place, its words hashed
 * letter by letter (lower-cased) without a string.
 *
 * @internal
 */
export function tripleHashes(text: string, start = 0, end = text.length): number[] {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return triples(text.slice(start, end));
  const out: number[] = [];
  let w0 = 0;
  let w1 = 0;
  let n = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    let c = i < end ? text.charCodeAt(i) : 0x20;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    const w = h | 0;
    if (n >= 2) out.push((Math.imul(Math.imul(w0, FNV_PRIME) ^ w1, FNV_PRIME) ^ w) | 0);
    w0 = w1;
    w1 = w;
    n++;
    h = FNV_OFFSET;
    inWord = false;
  }
  return out;
}

/**
 * Pull quotes: a short line, without sentence punctuation at its end or with
 * a speaker appended (`- Jennifer Rivers, mother of ...`), whose words mostly
 * and from its first words on repeat a sentence of one other body paragraph.
 * The paragraph is the story's; the line is the page's display of it. Embedded
 * posts (`(@handle)`) are quoted content and are left alone.
 *
 * @returns Pairs `[pullQuote, quotedParagraph]` of line indices.
 * @internal
 */
export function findPullQuotes(
  lines: readonly BlockLine[],
  triplesOf: (line: number) => readonly number[] = (line) => triples(lines[line]!.text),
): Array<[number, number]> {
  // Lines that can be pull quotes by their length; only lines near one of them are read for their word triples.
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (
      line.body &&
      line.words >= BLOCKS.minPullQuoteWords &&
      line.words <= BLOCKS.maxPullQuoteWords &&
      line.text.length <= BLOCKS.maxPullQuoteChars
    )
      candidates.push(i);
  }
  if (candidates.length === 0) return [];
  const near = new Uint8Array(lines.length);
  for (const i of candidates) {
    near.fill(
      1,
      Math.max(0, i - BLOCKS.maxPullQuoteDistance),
      Math.min(lines.length, i + BLOCKS.maxPullQuoteDistance + 1),
    );
  }
  const read = (i: number) => lines[i]!.body && lines[i]!.words >= BLOCKS.minQuotedWords && near[i] !== 0;
  // The lines that can be pull quotes by their shape too: not an embedded post, no sentence end without a speaker.
  const quotes: number[] = [];
  for (const i of candidates) {
    const line = lines[i]!;
    if (!read(i) || /\(@\w/.test(line.text)) continue;
    if (line.terminal && !ATTRIBUTION.test(line.text)) continue;
    quotes.push(i);
  }
  if (quotes.length === 0) return [];
  // Their triples are followed through every line read (in order: a posting list keeps its first lines).
  const own = new Map<number, readonly number[]>();
  const postings = new Map<number, { readonly lines: number[]; last: number }>();
  // A bit filter in front of the postings: most triples of the other lines are no quote's.
  const filter = new Uint8Array(POSTING_FILTER_SIZE);
  for (const i of quotes) {
    const t = triplesOf(i);
    own.set(i, t);
    for (const key of t) {
      if (!postings.has(key)) postings.set(key, { lines: [], last: -1 });
      filter[key & (POSTING_FILTER_SIZE - 1)] = 1;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (!read(i)) continue;
    for (const key of own.get(i) ?? triplesOf(i)) {
      if (filter[key & (POSTING_FILTER_SIZE - 1)] === 0) continue;
      const posting = postings.get(key);
      // Once per line; beyond BLOCKS.maxTriplePostings the list is full (and not looked at).
      if (posting === undefined || posting.last === i) continue;
      posting.last = i;
      if (posting.lines.length <= BLOCKS.maxTriplePostings) posting.lines.push(i);
    }
  }
  const found: Array<[number, number]> = [];
  for (const i of quotes) {
    const t = own.get(i)!;
    const keys = new Set(t);
    const hits = new Map<number, number>();
    for (const key of keys) {
      const list = postings.get(key)!.lines;
      if (list.length > BLOCKS.maxTriplePostings) continue;
      for (const j of list) {
        if (j !== i && lines[j]!.terminal && Math.abs(j - i) <= BLOCKS.maxPullQuoteDistance)
          hits.set(j, (hits.get(j) ?? 0) + 1);
      }
    }
    let best = -1;
    let bestHits = 0;
    for (const [j, n] of hits) {
      if (n > bestHits) {
        best = j;
        bestHits = n;
      }
    }
    const firstShared = best >= 0 && postings.get(t[0]!)!.lines.includes(best);
    if (best >= 0 && firstShared && bestHits / keys.size >= BLOCKS.minPullQuoteShare) found.push([i, best]);
  }
  return found;
}

/** A sentence ending inside a line, before another sentence. */
const INNER_SENTENCE_END = /[.!?]["')\u2019\u201d]?\s+["'\u2018\u201c]?\p{Lu}/u;

/**
 * Whether the run `[i, j)` goes on from a link area closing the page: the line before it was removed by a rule (a
 * list lead, a `Read more on ...` link), the story's last line kept before that is prose, nothing but removed lines
 * follow, and every item is one headline (no sentence inside it: a fact box closing the story is the story's).
 */
function isClosingLinks(
  lines: readonly BlockLine[],
  i: number,
  j: number,
  prose: (l: BlockLine | undefined) => boolean,
): boolean {
  const previous = lines[i - 1];
  if (previous === undefined || previous.body || previous.rule === undefined) return false;
  for (let k = j; k < lines.length; k++) if (lines[k]!.body) return false;
  let before = i - 1;
  while (before >= 0 && !lines[before]!.body) before--;
  if (!prose(lines[before])) return false;
  for (let k = i; k < j; k++) {
    const text = lines[k]!.text;
    // A figure after a colon is a table (`Rates: 18 Holes $30.00`), not a headline.
    if (INNER_SENTENCE_END.test(text) || /^(?:\S+ ){0,2}\S+:\s*[\d$€£]\S*(?: \S+){0,3}$/.test(text)) return false;
  }
  return true;
}

/**
 * Lists without a lead line: three or more headline-like lines in a row that
 * interrupt the story, with prose on both sides (a related-stories box, a
 * fact box set into the text), or that close the page after a line the
 * rules removed ({@link isClosingLinks}: the links below the story). A list the story introduces (the line before
 * ends with `:`) is the story's; so are runs of questions (rhetorical
 * questions in a statement), of `Key: value` lines (a table of figures) and
 * of embedded posts.
 *
 * @returns The indices of the lines of each run.
 * @internal
 */
export function findHeadlineRuns(lines: readonly BlockLine[]): number[] {
  const found: number[] = [];
  const item = (l: BlockLine) =>
    l.body &&
    l.media !== true &&
    l.words >= BLOCKS.minRunItemWords &&
    (isHeadlineLike(l) || (!l.terminal && l.words <= BLOCKS.maxRunItemWords && /^["'\p{Lu}\p{N}]/u.test(l.text))) &&
    !trimClosers(l.text).endsWith('?') &&
    !/\(@\w/.test(l.text);
  const prose = (l: BlockLine | undefined) =>
    l?.body === true && l.terminal && l.words >= BLOCKS.minAroundWords && !trimClosers(l.text).endsWith(':');
  let i = 0;
  while (i < lines.length) {
    if (!item(lines[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && item(lines[j]!)) j++;
    const run = j - i;
    if (run >= BLOCKS.minRun && prose(lines[i - 1]) && prose(lines[j])) {
      let keyValue = 0;
      for (let k = i; k < j; k++) if (/^[^:]{2,40}:\s*\S/.test(lines[k]!.text)) keyValue++;
      // Mostly `Key: value` lines are a table of figures (`Average Number of Guests: 136`).
      if (keyValue * 2 <= run) for (let k = i; k < j; k++) found.push(k);
    } else if (run >= BLOCKS.minRun && isClosingLinks(lines, i, j, prose)) {
      for (let k = i; k < j; k++) found.push(k);
    }
    i = j;
  }
  return found;
}

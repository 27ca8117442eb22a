/**
 * Direct quotes in a sentence or paragraph, with their speakers.
 *
 * @packageDocumentation
 */

import type { Quote } from '../core/changes.js';
import { CopydeskError } from '../core/errors.js';
import {
  PRONOUNS,
  QUOTE_CLAUSE_STOPS,
  QUOTE_SKIPPED_BEFORE_VERB,
  QUOTE_SPEAKER_STOPS_AFTER,
  QUOTE_VERBS,
} from '../core/lexicon.js';
import type { TextSpan } from '../core/types.js';
import { type Token, tokenIndexAt, tokenize } from '../segment/tokenize.js';
import { QUOTES } from './tuning.js';

const OPENERS = new Set(['“', '„', '«', '‟']);
const CLOSERS = new Set(['”', '»']);
const SINGLE_OPEN = new Set(["'", '‘', '‚']);
const SINGLE_CLOSE = new Set(["'", '’']);
const QUOTE_CHAR_RE = /["“”„«»‟'‘’‚]/;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
// Every character of OPENERS and SINGLE_OPEN, and the straight double mark.
const OPENING_MARK_RE = /["“„«‟'‘‚]/g;
const SENTENCE_END = new Set(['.', '!', '?', ';', '...']);

interface RawQuote {
  /** Offset of the opening mark; for a headless quote, where its paragraph starts. */
  readonly open: number;
  /** The text starts inside the quote: no opening mark, only a closing one. */
  readonly headless?: boolean;
  /** Offset of the closing mark, or the end of the paragraph when unclosed. */
  readonly close: number;
  readonly closed: boolean;
}

function paragraphEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

/** Finds top-level quote marks and pairs them; nested single quotes stay inside their double quote. */
function pairMarks(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let i = 0;
  let paraEnd = -1;
  /** Paragraph (by its end offset) in which a mark was already read. */
  let markedPara = -1;
  while (i < text.length) {
    // Only a quote mark can open a quote: jump to the next one.
    OPENING_MARK_RE.lastIndex = i;
    const found = OPENING_MARK_RE.exec(text);
    if (found === null) break;
    i = found.index;
    const ch = text[i]!;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const isDouble = ch === '"' || OPENERS.has(ch);
    const isSingleOpen =
      SINGLE_OPEN.has(ch) && !WORD_CHAR_RE.test(prev) && WORD_CHAR_RE.test(next) && /[\s([—–-]|^$/.test(prev);
    if (!isDouble && !isSingleOpen) {
      i++;
      continue;
    }
    if (paraEnd < i) paraEnd = paragraphEnd(text, i);
    const end = paraEnd;
    const firstInParagraph = markedPara !== end;
    markedPara = end;
    if (ch === '"' && firstInParagraph && /[.,!?]/.test(prev) && /[\s)\]]/.test(next)) {
      // `…rebuilding of Iraq." he told reporters.`: the text starts inside a
      // quote, and its first mark closes it.
      const start = text.lastIndexOf('\n', i - 1) + 1;
      if (/[\p{L}\p{N}]/u.test(text.slice(start, i))) out.push({ open: start, close: i, closed: true, headless: true });
      i++;
      continue;
    }
    // A single quote closes within a few hundred characters or is an apostrophe.
    const limit = isDouble ? end : Math.min(end, i + QUOTES.singleQuoteMaxChars);
    let close = -1;
    for (let j = i + 1; j < limit; j++) {
      const c = text[j]!;
      if (isDouble) {
        if (c === '"' || CLOSERS.has(c)) {
          close = j;
          break;
        }
      } else if (SINGLE_CLOSE.has(c)) {
        const after = text[j + 1] ?? ' ';
        const before = text[j - 1] ?? ' ';
        if (!WORD_CHAR_RE.test(after) && before !== ' ') {
          close = j;
          break;
        }
      }
    }
    if (close < 0) {
      // An unclosed double quote runs to the end of its paragraph; an unclosed single mark is an apostrophe.
      if (isDouble && /[\p{L}\p{N}]/u.test(text.slice(i + 1, end))) out.push({ open: i, close: end, closed: false });
      i = isDouble ? end : i + 1;
      continue;
    }
    if (isDouble || /\s/.test(text.slice(i + 1, close))) out.push({ open: i, close, closed: true });
    i = close + 1;
  }
  return out;
}

function span(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** The dot of a title abbreviation inside a name: `Gen.`, `Rev.`, `Dr.`. */
function isTitleDot(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return (
    tokens[j]!.norm === '.' &&
    prev !== undefined &&
    prev.end === tokens[j]!.start &&
    prev.capitalized &&
    prev.text.length <= QUOTES.titleMaxChars &&
    next?.capitalized === true
  );
}

function isAdverb(t: Token): boolean {
  return t.kind === 'word' && t.norm.length >= QUOTES.adverbMinLetters && t.norm.endsWith('ly');
}

function speakerSpan(text: string, tokens: readonly Token[], from: number, to: number): TextSpan | undefined {
  if (to <= from) return undefined;
  const words = tokens.slice(from, to);
  if (words.every((t) => PRONOUNS.has(t.norm) || t.kind !== 'word')) return undefined;
  return span(text, words[0]!.start, words[words.length - 1]!.end);
}

interface Attribution {
  readonly speaker?: TextSpan;
  readonly cue?: TextSpan;
}

/** `"...," the official said` / `"...," said one article` / `"...," Putin added`. */
function attributionAfter(text: string, tokens: readonly Token[], from: number): Attribution | undefined {
  let i = from;
  if (tokens[i]?.norm === ',') i++;
  const first = tokens[i];
  if (first === undefined || SENTENCE_END.has(first.norm) || first.norm === '"') return undefined;
  if (QUOTE_VERBS.has(first.norm) && first.norm !== 'according') {
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= QUOTES.speakerAfterCueMaxTokens &&
      (!SENTENCE_END.has(tokens[j]!.norm) || isTitleDot(tokens, j)) &&
      tokens[j]!.norm !== ',' &&
      tokens[j]!.norm !== '"' &&
      !(j > i + 1 && QUOTE_SPEAKER_STOPS_AFTER.has(tokens[j]!.norm))
    ) {
      j++;
    }
    const speaker = speakerSpan(text, tokens, i + 1, j);
    return { cue: span(text, first.start, first.end), ...(speaker === undefined ? {} : { speaker }) };
  }
  for (let k = i; k < tokens.length && k - i <= QUOTES.cueAfterQuoteMaxTokens; k++) {
    const t = tokens[k]!;
    // A title's dot is part of the speaker: `"...," Mr. Powell said`.
    if ((SENTENCE_END.has(t.norm) && !isTitleDot(tokens, k)) || t.norm === '"' || t.norm === ',') return undefined;
    if (QUOTE_VERBS.has(t.norm) && t.norm !== 'according' && k > i) {
      let end = k;
      while (end > i && (isAdverb(tokens[end - 1]!) || QUOTE_SKIPPED_BEFORE_VERB.has(tokens[end - 1]!.norm))) end--;
      const speaker = speakerSpan(text, tokens, i, end);
      return { cue: span(text, t.start, t.end), ...(speaker === undefined ? {} : { speaker }) };
    }
  }
  return undefined;
}

/** `X told reporters: "..."` / `According to X, "..."`. */
function attributionBefore(text: string, tokens: readonly Token[], before: number): Attribution | undefined {
  let start = before;
  while (start > 0 && before - start < QUOTES.lookBackMaxTokens) {
    const t = tokens[start - 1]!;
    if ((SENTENCE_END.has(t.norm) && !isTitleDot(tokens, start - 1)) || t.norm === '"') break;
    start--;
  }
  for (let k = start; k < before; k++) {
    if (tokens[k]!.norm === 'according' && tokens[k + 1]?.norm === 'to') {
      let j = k + 2;
      while (j < before && tokens[j]!.norm !== ',') j++;
      const speaker = speakerSpan(text, tokens, k + 2, j);
      return { cue: span(text, tokens[k]!.start, tokens[k + 1]!.end), ...(speaker === undefined ? {} : { speaker }) };
    }
  }
  for (let k = before - 1; k >= start; k--) {
    const t = tokens[k]!;
    if (!QUOTE_VERBS.has(t.norm) || t.norm === 'according') continue;
    let end = k;
    while (end > start && (isAdverb(tokens[end - 1]!) || QUOTE_SKIPPED_BEFORE_VERB.has(tokens[end - 1]!.norm))) end--;
    if (end > start && tokens[end - 1]!.norm === ',') {
      // `Sean Harrigan of Calpers, the California fund, said:`: the speaker stands before the appositive.
      let c = end - 2;
      while (c > start && end - c < QUOTES.appositiveMaxTokens && tokens[c]!.norm !== ',') c--;
      if (c > start && tokens[c]!.norm === ',') end = c;
    }
    let from = end;
    while (
      from > start &&
      end - from < QUOTES.speakerBeforeCueMaxTokens &&
      tokens[from - 1]!.norm !== ',' &&
      (tokens[from - 1]!.kind !== 'punct' || isTitleDot(tokens, from - 1)) &&
      !QUOTE_CLAUSE_STOPS.has(tokens[from - 1]!.norm)
    ) {
      from--;
    }
    const speaker = speakerSpan(text, tokens, from, end);
    return { cue: span(text, t.start, t.end), ...(speaker === undefined ? {} : { speaker }) };
  }
  return undefined;
}

/**
 * Finds every direct quote in a sentence or paragraph, with the quoted words
 * and, when the text names one, the speaker.
 *
 * @param text - A sentence, a paragraph or a whole article.
 * @returns The quotes in reading order. Offsets point into `text`.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `text` is not a string.
 * @example
 * ```ts
 * const [q] = extractQuotes('"We maintain friendly relations," Putin said.');
 * q?.content.text; //=> 'We maintain friendly relations'
 * q?.speaker?.text; //=> 'Putin'
 * q?.cue?.text; //=> 'said'
 * ```
 * @remarks
 * Quote marks are paired left to right within a paragraph: curly and
 * guillemet openers with their closers, straight double marks with the next
 * straight or closing mark. Single quotes inside a double quote are nested
 * quotes and do not end it; a single quote at the top level counts only when
 * it opens after a space and closes before one, so apostrophes (`Kim's`,
 * `'90s`) are not quotes. An opening double mark with no closing mark runs to
 * the end of its paragraph (`closed: false`), as news copy does for quotes
 * that continue in the next paragraph.
 *
 * The speaker is looked for first after the quote (`"…," the Russian official
 * said`, `"…," said one article`, `"…," Putin added`), then before it in the
 * same sentence (`X told reporters: "…"`, `According to X, "…"`). Bare
 * pronouns (`he said`) give a cue but no speaker.
 */
export function extractQuotes(text: string): Quote[] {
  if (typeof text !== 'string') {
    throw new CopydeskError('ERR_INVALID_INPUT', `extractQuotes expects a string, got ${typeof text}.`);
  }
  return quotesOf(text);
}

/**
 * {@link extractQuotes} without argument checks, reusing tokens already made.
 *
 * @param text - The text.
 * @param known - Its tokens, when already computed.
 * @returns The quotes in reading order.
 */
export function quotesOf(text: string, known?: readonly Token[]): Quote[] {
  if (!QUOTE_CHAR_RE.test(text)) return [];
  const raws = pairMarks(text);
  if (raws.length === 0) return [];
  const tokens = known ?? tokenize(text);
  const quotes: Quote[] = [];
  for (const raw of raws) {
    const end = raw.closed ? raw.close + 1 : raw.close;
    let cStart = raw.headless ? raw.open : raw.open + 1;
    let cEnd = raw.close;
    while (cStart < cEnd && /\s/.test(text[cStart]!)) cStart++;
    while (cEnd > cStart && /[\s,]/.test(text[cEnd - 1]!)) cEnd--;
    // A quote that ends its sentence (`…events." The …`) is not attributed by what
    // follows, unless the next word is lower-case (`…Iraq." he told reporters.`).
    const endsSentence =
      text[raw.close - 1] === '.' && !/^\s*\p{Ll}/u.test(text.slice(end, end + QUOTES.lowerCaseLookahead));
    const after = raw.closed && !endsSentence ? attributionAfter(text, tokens, tokenIndexAt(tokens, end)) : undefined;
    const found =
      after?.speaker !== undefined ? after : (attributionBefore(text, tokens, tokenIndexAt(tokens, raw.open)) ?? after);
    quotes.push({
      ...span(text, raw.open, end),
      content: span(text, cStart, cEnd),
      ...(found?.speaker === undefined ? {} : { speaker: found.speaker }),
      ...(found?.cue === undefined ? {} : { cue: found.cue }),
      closed: raw.closed,
    });
  }
  return quotes;
}

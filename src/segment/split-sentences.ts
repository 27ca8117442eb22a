import { CopydeskError } from '../core/errors.js';
import type { TextSpan } from '../core/types.js';
import {
  ABBREVIATIONS,
  type AbbreviationKind,
  CAPITALIZED_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TIME_CONTINUATIONS,
  TIME_PHRASE_OPENERS,
} from './abbreviations.js';

/** Most characters any look-behind or look-ahead examines, so every candidate costs O(1). */
const LOOK = 48;
/** Longer than any entry of the abbreviation lists: longer words are not looked up. */
const MAX_ABBREVIATION_LENGTH = 7;
/** A list marker continues a list only this close (in characters) to the previous marker. */
const LIST_REACH = 2000;
/** A line of at most this many words (and {@link LOOK} characters) is a list-like short line. */
const SHORT_LINE_WORDS = 3;

const NL = 0x0a;
const SPACE = 0x20;
const EXCLAMATION = 0x21;
const DOT = 0x2e;
const QUESTION = 0x3f;
const RIGHT_PAREN = 0x29;
const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const ELLIPSIS = 0x2026;
const INTERROBANG = 0x203d;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** ASCII characters the main loop must stop at; everything else below 128 is skipped. */
const ASCII_CANDIDATE = new Uint8Array(128);
for (const code of [NL, EXCLAMATION, DOT, QUESTION, RIGHT_PAREN]) ASCII_CANDIDATE[code] = 1;

/** What the first word after a candidate boundary starts with. */
const Next = { End: 0, Lower: 1, Upper: 2, Digit: 3, Other: 4 } as const;
type Next = (typeof Next)[keyof typeof Next];

/** Numbered (`1.`) or lettered (`a.`) list. */
const ListKind = { Number: 0, Letter: 1 } as const;
type ListKind = (typeof ListKind)[keyof typeof ListKind];

/** Punctuation of a list marker: `1.`, `1)` or `1.)`. */
const ListStyle = { Dot: 0, Paren: 1, DotParen: 2 } as const;
type ListStyle = (typeof ListStyle)[keyof typeof ListStyle];

/** The list the scanner is inside, learned from a marker (`1.`, `a)`, `2.)`) at a sentence start. */
interface ListState {
  readonly kind: ListKind;
  readonly style: ListStyle;
  /** Value the next marker must have (`2` after `1.`, the code of `b` after `a.`). */
  readonly next: number;
  /** Offset just past the last marker seen. */
  readonly at: number;
}

/** What follows terminal punctuation glued to the next sentence (see `SentenceScanner.gluedRun`). */
interface GluedRun {
  /** Where the sentence ends and the next one starts. */
  readonly end: number;
  /** Offset of the capital letter that opens the next sentence's first word. */
  readonly word: number;
  /** Whether a quote mark lies between the punctuation and the word. */
  readonly quoted: boolean;
  /** Whether a quotation closes right after the punctuation. */
  readonly closed: boolean;
}

/** How the word in front of a period reads. */
type WordClass = AbbreviationKind | 'initial' | 'letter' | 'acronym' | 'number' | 'url' | 'word';

function isWhitespace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 9 && c <= 13);
  if (c < 0xa0) return c === 0x85;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === LINE_SEPARATOR ||
    c === PARAGRAPH_SEPARATOR ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isUpper(c: number): boolean {
  if (c < 128) return c >= 0x41 && c <= 0x5a;
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLower(c: number): boolean {
  if (c < 128) return c >= 0x61 && c <= 0x7a;
  if (c < 0xb5 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return isUpper(c) || isLower(c);
}

/** Characters that close a quotation or a parenthesis after terminal punctuation. */
function isCloser(c: number): boolean {
  return (
    c === 0x22 || // "
    c === APOSTROPHE ||
    c === RIGHT_PAREN ||
    c === RIGHT_BRACKET ||
    c === 0x7d || // }
    c === 0xbb || // »
    c === RIGHT_SINGLE_QUOTE ||
    c === 0x201d || // ”
    c === 0x203a // ›
  );
}

/** Characters that open a quotation or a parenthesis before a sentence's first word. */
function isOpener(c: number): boolean {
  return (
    c === 0x22 || // "
    c === APOSTROPHE ||
    c === 0x28 || // (
    c === LEFT_BRACKET ||
    c === 0x7b || // {
    c === 0xab || // «
    c === 0x2018 || // ‘
    c === 0x201c || // “
    c === 0x201e || // „
    c === 0x2039 // ‹
  );
}

/** Quotation marks only (no brackets): what may precede the first word after an ellipsis. */
function isOpeningQuote(c: number): boolean {
  return c === 0x22 || c === APOSTROPHE || c === 0xab || c === 0x2018 || c === 0x201c || c === 0x201e || c === 0x2039;
}

function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

function isBullet(c: number): boolean {
  return (
    c === 0x2022 || // •
    c === 0x2023 || // ‣
    c === 0x2043 || // ⁃
    c === 0x25aa || // ▪
    c === 0x25cf || // ●
    c === 0x25e6 || // ◦
    c === 0x25a0 // ■
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One left-to-right pass over a text, collecting sentence spans. */
class SentenceScanner {
  private readonly text: string;
  private readonly n: number;
  private readonly spans: TextSpan[] = [];
  /** Offset of the first non-whitespace character of the sentence being built. */
  private start = 0;
  private list: ListState | undefined;
  /** Straight double quotes counted in the current line, from its start up to {@link quotedTo}. */
  private quotes = 0;
  private quotedTo = 0;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
  }

  run(): TextSpan[] {
    const t = this.text;
    const n = this.n;
    let i = this.begin(0);
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c < 128 ? ASCII_CANDIDATE[c] === 0 : c < 0x2022) {
        i++;
        continue;
      }
      let next: number;
      switch (c) {
        case DOT:
        case ELLIPSIS:
          next = this.onDots(i);
          break;
        case QUESTION:
        case EXCLAMATION:
        case INTERROBANG:
          next = this.onQuestionOrExclamation(i);
          break;
        case NL:
        case LINE_SEPARATOR:
          next = this.onNewline(i);
          break;
        case PARAGRAPH_SEPARATOR:
          next = this.boundary(i, i + 1);
          break;
        case RIGHT_PAREN: {
          const marker = this.listMarkerBefore(i);
          next = marker >= 0 ? this.boundary(marker, marker) : i + 1;
          break;
        }
        default:
          next = isBullet(c) && i > this.start && isWhitespace(t.charCodeAt(i - 1)) ? this.boundary(i, i) : i + 1;
      }
      // Every handler moves forward; the guard keeps that true even if one did not.
      i = next > i ? next : i + 1;
    }
    this.emit(n);
    return this.spans;
  }

  /** Ends the current sentence at `end` (trimmed) and starts the next one at or after `next`. */
  private boundary(end: number, next: number): number {
    this.emit(end);
    return this.begin(next);
  }

  private emit(end: number): void {
    const t = this.text;
    const start = this.start;
    let e = end;
    while (e > start && isWhitespace(t.charCodeAt(e - 1))) e--;
    if (e > start) this.spans.push({ text: t.slice(start, e), start, end: e });
  }

  /** Starts a sentence at the first non-whitespace character from `pos`; returns where to scan from. */
  private begin(pos: number): number {
    const t = this.text;
    let s = pos;
    while (s < this.n && isWhitespace(t.charCodeAt(s))) s++;
    this.start = s;
    return this.skipListMarker(s);
  }

  /**
   * Reads a list marker (`1.`, `2)`, `3.)`, `a.`, optionally after a bullet) at
   * a sentence start, remembers the list and returns the offset after it, so its
   * period is never taken for a sentence end.
   */
  private skipListMarker(s: number): number {
    const t = this.text;
    const n = this.n;
    let p = s;
    if (p < n && isBullet(t.charCodeAt(p))) {
      p++;
      while (p < n && (t.charCodeAt(p) === SPACE || t.charCodeAt(p) === 9)) p++;
    }
    let q = p;
    let value = 0;
    let kind: ListKind;
    while (q < n && q - p < 2 && isDigit(t.charCodeAt(q))) {
      value = value * 10 + t.charCodeAt(q) - 0x30;
      q++;
    }
    if (q > p) {
      if (q < n && isDigit(t.charCodeAt(q))) return p;
      kind = ListKind.Number;
    } else if (p < n && t.charCodeAt(p) >= 0x61 && t.charCodeAt(p) <= 0x7a) {
      value = t.charCodeAt(p);
      q = p + 1;
      kind = ListKind.Letter;
    } else {
      return p;
    }
    let style: ListStyle;
    const c = q < n ? t.charCodeAt(q) : -1;
    if (c === DOT) {
      if (q + 1 < n && t.charCodeAt(q + 1) === RIGHT_PAREN) {
        style = ListStyle.DotParen;
        q += 2;
      } else {
        style = ListStyle.Dot;
        q += 1;
      }
    } else if (c === RIGHT_PAREN) {
      style = ListStyle.Paren;
      q += 1;
    } else {
      return p;
    }
    if (q >= n || !isWhitespace(t.charCodeAt(q))) return p;
    this.list = { kind, style, next: value + 1, at: q };
    return q;
  }

  /**
   * When the `.` or `)` at `p` ends the marker of the next item of the current
   * list (`... first item 2. The second ...`), returns the offset where that
   * marker starts; otherwise -1.
   */
  private listMarkerBefore(p: number): number {
    const list = this.list;
    if (list === undefined || p - list.at > LIST_REACH) return -1;
    const t = this.text;
    const n = this.n;
    let style: ListStyle;
    let after: number;
    if (t.charCodeAt(p) === DOT) {
      if (p + 1 < n && t.charCodeAt(p + 1) === RIGHT_PAREN) {
        style = ListStyle.DotParen;
        after = p + 2;
      } else {
        style = ListStyle.Dot;
        after = p + 1;
      }
    } else {
      style = ListStyle.Paren;
      after = p + 1;
    }
    if (style !== list.style || (after < n && !isWhitespace(t.charCodeAt(after)))) return -1;
    let b = p;
    let value: number;
    if (list.kind === ListKind.Number) {
      while (b > p - 2 && b > 0 && isDigit(t.charCodeAt(b - 1))) b--;
      if (b === p) return -1;
      value = Number(t.slice(b, p));
    } else {
      const c = p > 0 ? t.charCodeAt(p - 1) : 0;
      if (c < 0x61 || c > 0x7a) return -1;
      b = p - 1;
      value = c;
    }
    if (value !== list.next || b <= this.start || !isWhitespace(t.charCodeAt(b - 1))) return -1;
    return b;
  }

  /** Skips closing quotes and brackets from `k`; an apostrophe followed by a letter (`Jr.'s`) is not one. */
  private skipClosers(k: number): number {
    const t = this.text;
    const limit = Math.min(this.n, k + LOOK);
    let j = k;
    while (j < limit) {
      const c = t.charCodeAt(j);
      if (!isCloser(c)) break;
      if ((c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) && j + 1 < this.n) {
        const d = t.charCodeAt(j + 1);
        if (isLetter(d) || isDigit(d)) break;
      }
      j++;
    }
    return j;
  }

  /** Skips reference marks right after a sentence's punctuation (`martyr.[1][2] The`). */
  private skipCitations(k: number): number {
    const t = this.text;
    let j = k;
    while (j + 2 < this.n && t.charCodeAt(j) === LEFT_BRACKET && isDigit(t.charCodeAt(j + 1))) {
      let e = j + 1;
      while (e < this.n && e - j <= 4 && isDigit(t.charCodeAt(e))) e++;
      if (e >= this.n || t.charCodeAt(e) !== RIGHT_BRACKET) break;
      j = e + 1;
    }
    return j;
  }

  private skipWhitespace(k: number): number {
    const t = this.text;
    let j = k;
    while (j < this.n && isWhitespace(t.charCodeAt(j))) j++;
    return j;
  }

  /** Classifies the first word at `ns` (past opening quotes and brackets). */
  private nextKind(ns: number): Next {
    const t = this.text;
    // `(b) ...` after a period: a parenthesized list item opens a new sentence.
    if (t.charCodeAt(ns) === 0x28 && ns + 2 < this.n && t.charCodeAt(ns + 2) === RIGHT_PAREN) {
      const m = t.charCodeAt(ns + 1);
      if (isDigit(m) || isLetter(m)) return Next.Other;
    }
    let j = ns;
    const limit = Math.min(this.n, ns + 3);
    while (j < limit && isOpener(t.charCodeAt(j))) j++;
    if (j >= this.n) return Next.End;
    const c = t.charCodeAt(j);
    if (isLower(c)) return Next.Lower;
    if (isUpper(c)) return Next.Upper;
    if (isDigit(c)) return Next.Digit;
    return Next.Other;
  }

  /** The capitalized word at `ns` (past opening quotes), up to {@link LOOK} letters. */
  private nextWord(ns: number): string {
    const t = this.text;
    let j = ns;
    while (j < this.n && j < ns + 3 && isOpener(t.charCodeAt(j))) j++;
    let k = j;
    const limit = Math.min(this.n, j + LOOK);
    while (k < limit && isLetter(t.charCodeAt(k))) k++;
    return t.slice(j, k);
  }

  /** Whether a sentence opens at `ns` after an ellipsis: a capital letter, possibly after quotation marks. */
  private opensAfterEllipsis(ns: number): boolean {
    const t = this.text;
    let j = ns;
    while (j < this.n && j < ns + 3 && isOpeningQuote(t.charCodeAt(j))) j++;
    return j < this.n && isUpper(t.charCodeAt(j));
  }

  /** Handles a run of `.`/`…`, possibly spaced (`. . .`), starting at `i`. */
  private onDots(i: number): number {
    const t = this.text;
    const n = this.n;
    let j = i;
    let dots = 0;
    let spaced = false;
    for (;;) {
      while (j < n) {
        const c = t.charCodeAt(j);
        if (c === DOT) dots += 1;
        else if (c === ELLIPSIS) dots += 3;
        else break;
        j++;
      }
      // `. . .`: a dot, a space and another dot that is not a decimal (`. .5`).
      if (j + 1 < n && t.charCodeAt(j) === SPACE) {
        const d = t.charCodeAt(j + 1);
        if ((d === DOT || d === ELLIPSIS) && !(j + 2 < n && isDigit(t.charCodeAt(j + 2)))) {
          spaced = true;
          j++;
          continue;
        }
      }
      break;
    }
    if (!spaced && dots <= 2) return this.onPeriod(i, j);
    return this.onEllipsis(i, j, dots, spaced);
  }

  /**
   * An ellipsis ends a sentence only when a capitalized word follows and it has
   * a fourth dot for the period (`that.... She`, `a period . . . . Next`), or is
   * an unspaced `...`/`…` (`He paused... Then`). In `word. . . . The`, the first
   * dot is the period and the spaced ellipsis opens the next sentence. `[...]`
   * never ends one.
   */
  private onEllipsis(i: number, j: number, dots: number, spaced: boolean): number {
    const t = this.text;
    const n = this.n;
    if (i > 0 && t.charCodeAt(i - 1) === LEFT_BRACKET) return j;
    const k = this.skipClosers(j);
    if (k >= n || !isWhitespace(t.charCodeAt(k))) return j;
    const ns = this.skipWhitespace(k);
    if (ns >= n || !this.opensAfterEllipsis(ns)) return j;
    if (!spaced) return this.boundary(k, ns);
    if (dots < 4) return j;
    // `word. . . . The`: one period attached to the word, then the spaced ellipsis. A run that opens with more
    // dots (`word... ... The`, `word…. . . The`) is one ellipsis: cutting after its first dot would make each
    // following dot a sentence of its own, and inside a `…` read as `...` the pieces would overlap in the source.
    const attached =
      i > 0 && !isWhitespace(t.charCodeAt(i - 1)) && t.charCodeAt(i) === DOT && t.charCodeAt(i + 1) === SPACE;
    return attached ? this.boundary(i + 1, i + 1) : this.boundary(k, ns);
  }

  /** Handles a period (or `..`) from `p` to `after`. */
  private onPeriod(p: number, after: number): number {
    const t = this.text;
    const n = this.n;
    if (after === p + 1) {
      const marker = this.listMarkerBefore(p);
      if (marker >= 0) return this.boundary(marker, marker);
    }
    if (after >= n) return n;
    let end = after;
    const q = t.charCodeAt(after);
    if (!isWhitespace(q)) {
      if (q !== LEFT_BRACKET) {
        const glued = this.gluedRun(p, after);
        if (glued !== undefined && this.joinedAfterPeriod(p, glued)) return this.boundary(glued.end, glued.end);
        if (!isCloser(q)) return after;
      }
      end = this.skipCitations(this.skipClosers(after));
      if (end >= n) return n;
      if (!isWhitespace(t.charCodeAt(end))) return after;
    }
    const ns = this.skipWhitespace(end);
    if (ns >= n) return n;
    return this.endsAfterPeriod(p, ns) ? this.boundary(end, ns) : after;
  }

  /** Start offset of the word that ends at `end` (within {@link LOOK}), past opening quotes and brackets. */
  private wordStart(end: number): number {
    const t = this.text;
    const limit = Math.max(this.start, end - LOOK);
    let s = end;
    while (s > limit && !isWhitespace(t.charCodeAt(s - 1))) s--;
    while (s < end && (isOpener(t.charCodeAt(s)) || isBullet(t.charCodeAt(s)))) s++;
    return s;
  }

  /** Classifies the word `text.slice(s, e)` in front of a period. */
  private classify(s: number, e: number): WordClass {
    const t = this.text;
    let end = e;
    while (end > s && isCloser(t.charCodeAt(end - 1))) end--;
    if (end === s) return 'word';
    let digits = 0;
    let letters = 0;
    let dots = 0;
    let segment = 0;
    let shortSegments = true;
    // Abbreviations are ASCII, apart from the degree-like sign of `N°` / `Nº`.
    let plain = end - s <= MAX_ABBREVIATION_LENGTH;
    for (let k = s; k < end; k++) {
      const c = t.charCodeAt(k);
      if (c >= 128 && c !== 0xb0 && c !== 0xba) plain = false;
      if (isDigit(c)) digits++;
      else if (isLetter(c)) {
        letters++;
        segment++;
        if (segment > 3) shortSegments = false;
      } else if (c === DOT) {
        dots++;
        if (segment === 0) shortSegments = false;
        segment = 0;
      } else if (c === 0x40 || c === 0x2f || c === 0x3a) return 'url'; // @ / :
    }
    if (digits > 0 && letters === 0) return 'number';
    if (plain) {
      const word = t.slice(s, end);
      if (CAPITALIZED_ABBREVIATIONS.has(word)) return 'general';
      const known = ABBREVIATIONS.get(word.toLowerCase());
      if (known !== undefined) return known;
    }
    if (end - s === 1 && letters === 1) return isUpper(t.charCodeAt(s)) ? 'initial' : 'letter';
    if (dots > 0 && digits === 0 && shortSegments && segment > 0) return 'acronym';
    if (end - s > 4 && t.startsWith('www.', s)) return 'url';
    return 'word';
  }

  /**
   * Decides whether the period at `p`, followed by whitespace and then the
   * character at `ns`, ends the sentence.
   */
  private endsAfterPeriod(p: number, ns: number): boolean {
    const next = this.nextKind(ns);
    if (next === Next.Lower) return false;
    const cls = this.classify(this.wordStart(p), p);
    switch (cls) {
      case 'word':
      case 'number':
      case 'url':
        return true;
      case 'numeric':
        return next !== Next.Digit;
      case 'never':
        return false;
      case 'time':
        if (next === Next.Digit) return true;
        if (next !== Next.Upper) return false;
        if (isOpeningQuote(this.text.charCodeAt(ns))) return true;
        return !TIME_CONTINUATIONS.has(this.nextWord(ns)) && !this.isLeadingTimePhrase(p);
      default:
        // title, general, initial, letter, acronym
        if (next !== Next.Upper) return false;
        if (isOpeningQuote(this.text.charCodeAt(ns)) && cls !== 'title') return true;
        return SENTENCE_STARTERS.has(this.nextWord(ns));
    }
  }

  /** Whether the sentence so far is only a short leading time phrase (`At 5 a.m.`). */
  private isLeadingTimePhrase(p: number): boolean {
    if (p - this.start > 24) return false;
    const words = this.text.slice(this.start, p).split(/\s+/);
    return words.length <= 3 && TIME_PHRASE_OPENERS.has(words[0] ?? '');
  }

  /**
   * Whether the straight double quotes of the current line (a paragraph, in
   * scraped text) before `p` leave a quotation open: a quotation can span
   * sentences (`"Don't. I like it!"Gillibrand`).
   */
  private quoteOpenAt(p: number): boolean {
    const t = this.text;
    // Counted from where the last call stopped: each character once over the scan.
    for (let k = this.quotedTo; k < p; k++) {
      const c = t.charCodeAt(k);
      if (c === 0x22) this.quotes++;
      else if (c === NL) this.quotes = 0;
    }
    if (p > this.quotedTo) this.quotedTo = p;
    return this.quotes % 2 === 1;
  }

  /**
   * Reads what follows terminal punctuation ending at `after` when no space
   * does (a scraped join, `said."The mayor`): closing quotes and brackets that
   * belong to the sentence, then opening quotes of the next one, then a
   * capital letter. A straight `"` closes a quotation when the sentence has an
   * odd number of them before `p`, and otherwise opens the next sentence; an
   * apostrophe before a letter opens one (`hit.'Dancing`). Returns where the
   * sentence ends (the next one starts there) and whether a quote mark was
   * crossed or a quotation closed, or `undefined` when no capital follows.
   */
  private gluedRun(p: number, after: number): GluedRun | undefined {
    const t = this.text;
    const n = this.n;
    const limit = Math.min(n, after + 3);
    let open = this.quoteOpenAt(p);
    let quoted = false;
    let closed = false;
    let j = after;
    while (j < limit) {
      const c = t.charCodeAt(j);
      if (c === 0x22) {
        if (!open) break;
        open = false;
      } else if (c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE) {
        if (j + 1 < n && isLetter(t.charCodeAt(j + 1))) break;
      } else if (c !== 0x201d && c !== 0xbb && c !== 0x203a && c !== RIGHT_PAREN && c !== RIGHT_BRACKET) break;
      if (c !== RIGHT_PAREN && c !== RIGHT_BRACKET) closed = quoted = true;
      j++;
    }
    const end = j;
    while (j < limit && isOpeningQuote(t.charCodeAt(j))) {
      quoted = true;
      j++;
    }
    if (j >= n || !isUpper(t.charCodeAt(j))) return undefined;
    return { end, word: j, quoted, closed };
  }

  /**
   * A period with no space after it ends a sentence when a capitalized word
   * follows, directly or past quote marks: after a lowercase letter, a digit
   * or a closing parenthesis before a word that goes on lowercase
   * (`world.Today`, `1,000.That`, `paralyzed).Patel`), and after any word
   * before a quotation glued to it (`said."The`, `die."It`). Never after an
   * abbreviation, an initial or an acronym (`Mr.Smith`, `U.S."The`), nor inside
   * an address (`Jane.Doe@example.com`).
   */
  private joinedAfterPeriod(p: number, glued: GluedRun): boolean {
    const t = this.text;
    const n = this.n;
    const w = glued.word;
    if (!glued.quoted) {
      if (w + 1 >= n || !isLower(t.charCodeAt(w + 1))) return false;
      const prev = p > 0 ? t.charCodeAt(p - 1) : 0;
      if (!isLower(prev) && !isDigit(prev) && prev !== RIGHT_PAREN) return false;
      const limit = Math.min(n, w + LOOK);
      for (let k = w + 2; k < limit; k++) {
        const c = t.charCodeAt(k);
        if (isWhitespace(c)) break;
        if (c === 0x40 || c === 0x2f) return false;
      }
    }
    const cls = this.classify(this.wordStart(p), p);
    // `no."For`: `No.` abbreviates only before a number.
    return cls === 'word' || cls === 'number' || (glued.quoted && cls === 'numeric');
  }

  /**
   * `?` or `!` with no space after it ends a sentence before a capital when a
   * quotation closes there (`"...chubby!"Gillibrand`), or before a word that
   * typically opens a sentence, after a lowercase letter (`on the run!The`),
   * but not inside a name (`Yahoo!News`, `Oh!"Darling"`).
   */
  private joinedAfterQuestion(i: number, glued: GluedRun): boolean {
    if (glued.closed) return true;
    if (glued.quoted || glued.word !== glued.end) return false;
    const t = this.text;
    if (i === 0 || !isLower(t.charCodeAt(i - 1))) return false;
    return SENTENCE_STARTERS.has(this.nextWord(glued.word));
  }

  /**
   * Handles a run of `?`/`!` at `i`: a sentence end unless a lowercase word
   * (`Yahoo! in`) or a dash (`and -- voila! -- you have cake`) follows.
   */
  private onQuestionOrExclamation(i: number): number {
    const t = this.text;
    const n = this.n;
    let j = i;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (c !== QUESTION && c !== EXCLAMATION && c !== INTERROBANG) break;
      j++;
    }
    const k = this.skipClosers(j);
    if (k >= n) return n;
    if (!isWhitespace(t.charCodeAt(k))) {
      const glued = this.gluedRun(i, j);
      return glued !== undefined && this.joinedAfterQuestion(i, glued) ? this.boundary(glued.end, glued.end) : j;
    }
    const ns = this.skipWhitespace(k);
    if (ns >= n) return n;
    if (isDash(t.charCodeAt(ns))) return j;
    return this.nextKind(ns) === Next.Lower ? j : this.boundary(k, ns);
  }

  /**
   * A blank line always ends a sentence. A single line break ends one before a
   * line that does not start lowercase (unless the line before ends in a title
   * or an initial, `Dr.` / `J.`), and before a lowercase line only when both
   * lines are short, list-like lines (`features\ncontact manager`) or the line
   * is a URL.
   */
  private onNewline(i: number): number {
    const t = this.text;
    const n = this.n;
    let j = i + 1;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (c === NL || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR) return this.boundary(i, j);
      if (!isWhitespace(c)) break;
      j++;
    }
    if (j >= n) return n;
    if (isLower(t.charCodeAt(j))) {
      const split = (this.isShortLineBefore(i) && this.isShortLineAfter(j)) || startsWithUrl(t, j);
      return split ? this.boundary(i, j) : i + 1;
    }
    return this.lineEndsInTitle(i) ? i + 1 : this.boundary(i, j);
  }

  private isShortLineBefore(i: number): boolean {
    const t = this.text;
    const limit = Math.max(0, i - LOOK);
    let k = i;
    while (k > limit && t.charCodeAt(k - 1) !== NL) k--;
    if (k > 0 && t.charCodeAt(k - 1) !== NL) return false;
    return countWords(t, k, i) <= SHORT_LINE_WORDS;
  }

  private isShortLineAfter(j: number): boolean {
    const t = this.text;
    const limit = Math.min(this.n, j + LOOK);
    let k = j;
    while (k < limit && t.charCodeAt(k) !== NL) k++;
    if (k < this.n && t.charCodeAt(k) !== NL) return false;
    return countWords(t, j, k) <= SHORT_LINE_WORDS;
  }

  /** Whether the text before the line break at `i` ends in a title or an initial (`Dr.`, `J.`). */
  private lineEndsInTitle(i: number): boolean {
    const t = this.text;
    let e = i;
    while (e > this.start && isWhitespace(t.charCodeAt(e - 1))) e--;
    if (e <= this.start || t.charCodeAt(e - 1) !== DOT) return false;
    const cls = this.classify(this.wordStart(e - 1), e - 1);
    return cls === 'title' || cls === 'initial' || cls === 'never';
  }
}

/** Whether a URL (`http://`, `https://`, `www.`) starts at `j`. */
function startsWithUrl(t: string, j: number): boolean {
  return t.startsWith('http://', j) || t.startsWith('https://', j) || t.startsWith('www.', j);
}

function countWords(t: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const ws = isWhitespace(t.charCodeAt(k));
    if (!ws && !inWord) words++;
    inWord = !ws;
  }
  return words;
}

/**
 * Splits English news text into sentences, with offsets into the input.
 *
 * @param text - The text to split (an article body, a paragraph, any string).
 * @returns The sentences in order, each trimmed of surrounding whitespace, with
 *   `text.slice(start, end) === span.text`; `[]` for empty or whitespace-only input.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `text` is not a string.
 *
 * @example
 * ```ts
 * splitSentences('I live in the U.S. How about you? Dr. Petrov lives on 5th St. near the park.').map((s) => s.text);
 * //=> ['I live in the U.S.', 'How about you?', 'Dr. Petrov lives on 5th St. near the park.']
 * splitSentences('She has $100.00. It is in her bag.')[1];
 * //=> { text: 'It is in her bag.', start: 17, end: 34 }
 * ```
 *
 * @remarks
 * One left-to-right scan stops only at `.`, `…`, `?`, `!`, `)`, bullets and line
 * breaks, and decides each with look-behind and look-ahead bounded to a few dozen
 * characters, so time is linear in the input and nothing is rewritten (offsets are
 * exact). The decisions follow the English "Golden Rules" of pragmatic_segmenter
 * (Kevin Dias) as implemented by pySBD (Sadvilkar and Neumann, 2020):
 *
 * - after a known abbreviation (`Dr.`, `Brig. Gen.`, `Inc.`, `Jan.`), an
 *   acronym (`U.S.`, `U.N.`) or an initial (`George W. Bush`), the period ends the
 *   sentence only before a word that typically opens one (`The`, `He`, `How`);
 *   `No.`, `p.`, `Vol.` are abbreviations only before a number; `a.m.`/`p.m.` end
 *   a sentence before a capitalized word unless it continues the time
 *   (`5 p.m. Friday`);
 * - decimals, money, URLs and e-mail addresses keep their internal periods; a
 *   period with no space after it ends a sentence only between a lowercase
 *   word and a capitalized one (`world.Today`);
 * - closing quotes and brackets after the punctuation belong to the sentence,
 *   and a lowercase word after them continues it (`"This is great." she said`);
 * - `...`/`…` ends a sentence before a capitalized word, a spaced `. . .` needs a
 *   fourth dot for the period, `[...]` never ends one;
 * - numbered, lettered and bulleted list items (`1.`, `2)`, `a.`, `•`) each
 *   form a sentence;
 * - a blank line always ends a sentence; a single line break ends one before a
 *   line that does not start lowercase, or between two short list-like lines.
 *
 * Datelines (`MOSCOW, March 19 (UPI) -- ...`) stay part of their sentence.
 */
export function splitSentences(text: string): TextSpan[] {
  if (typeof text !== 'string') {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `splitSentences expects a string, but got ${describe(text)}. Pass the text to split as a string.`,
    );
  }
  return new SentenceScanner(text).run();
}

import { OffsetMap } from '../core/offset-map';
import { CLEANUP } from './tuning';

/** Result of {@link cleanText}: the comparison-ready text and how to map back. */
export interface CleanedText {
  /** Comparison-ready text. */
  readonly text: string;
  /** Maps positions in `text` back to the original. */
  readonly map: OffsetMap;
  /** Number of control or invalid characters dropped (binary junk). */
  readonly dropped: number;
  /**
   * Number of C1 code points (U+0080–U+009F) decoded as the Windows-1252
   * characters they stand for (`\u0092` → `'`): text decoded with the wrong
   * encoding by a scraper.
   */
  readonly repaired: number;
}

/**
 * The Windows-1252 characters that bytes 0x80–0x9F stand for, indexed by
 * `code - 0x80`; `''` where cp1252 defines none (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 * Mapping from the WHATWG Encoding Standard (index-windows-1252).
 */
const CP1252_C1 = [
  '\u20ac',
  '',
  '\u201a',
  '\u0192',
  '\u201e',
  '\u2026',
  '\u2020',
  '\u2021',
  '\u02c6',
  '\u2030',
  '\u0160',
  '\u2039',
  '\u0152',
  '',
  '\u017d',
  '',
  '',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2022',
  '\u2013',
  '\u2014',
  '\u02dc',
  '\u2122',
  '\u0161',
  '\u203a',
  '\u0153',
  '',
  '\u017e',
  '\u0178',
];

/**
 * Whether a text holding C1 code points is binary junk rather than text
 * decoded with the wrong encoding: when its other control characters (C0 but
 * tab, line feed, carriage return; DEL; U+FFFD) are at least half as many as
 * its C1 code points. Reasoned: in random bytes C0 and C1 values are about as
 * frequent, while a web page read as Latin-1 instead of Windows-1252 has C1
 * code points (its curly quotes, dashes, euro signs) and no other control.
 */
function looksBinary(text: string): boolean {
  let c1 = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c < 0xa0) c1++;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) other++;
  }
  return other >= c1 * CLEANUP.binaryControlShare;
}

// Characters that need attention: anything outside printable ASCII, plus
// control characters and carriage returns.
const SPECIAL = /[^\x20-\x7e\n]/g;

const SPACE_LIKE = new Set([
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f,
  0x205f, 0x3000, 0x09,
]);
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4, 0x2039, 0x203a]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x00ab, 0x00bb, 0x301d, 0x301e]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d]);

/** End of the run of combining marks that starts at `from`. */
function marksEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff)) end++;
    else break;
  }
  return end;
}

interface Replacement {
  readonly replacement: string;
  readonly length: number;
  readonly junk: boolean;
}

/**
 * The replacement of the C1 code point at `index`: the cleaned form of the
 * Windows-1252 character it stands for (`\u0093` → `“` → `"`, `\u0085` →
 * `…` → `...`, `\u0080` → `€`), or `undefined` where cp1252 has none.
 */
function decodedC1(text: string, index: number): Replacement | undefined {
  const decoded = CP1252_C1[text.charCodeAt(index) - 0x80]!;
  if (decoded === '') return undefined;
  const clean = replacementFor(decoded, 0, false);
  return { replacement: clean.replacement, length: 1, junk: false };
}

function replacementFor(text: string, index: number, decodeC1: boolean): Replacement {
  const code = text.charCodeAt(index);
  if (decodeC1 && code >= 0x80 && code < 0xa0) {
    const decoded = decodedC1(text, index);
    if (decoded !== undefined) return decoded;
  }
  if (code === 0x0d) {
    return { replacement: '\n', length: text.charCodeAt(index + 1) === 0x0a ? 2 : 1, junk: false };
  }
  // NEL (U+0085) is a line break in binary-looking text only; elsewhere it is cp1252's `…` (above).
  if (code === 0x2028 || code === 0x2029 || code === 0x85) return { replacement: '\n', length: 1, junk: false };
  if (SPACE_LIKE.has(code)) return { replacement: ' ', length: 1, junk: false };
  if (INVISIBLE.has(code)) return { replacement: '', length: 1, junk: false };
  if (SINGLE_QUOTES.has(code)) return { replacement: "'", length: 1, junk: false };
  if (DOUBLE_QUOTES.has(code)) return { replacement: '"', length: 1, junk: false };
  if (DASHES.has(code)) return { replacement: '-', length: 1, junk: false };
  if (code === 0x2026) return { replacement: '...', length: 1, junk: false };
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfffd) {
    return { replacement: '', length: 1, junk: true };
  }
  // Surrogates: keep valid pairs, drop lone halves.
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      // The pair and any combining marks after it (`😀́`) are one cluster: never split the pair.
      const end = marksEnd(text, index + 2);
      return { replacement: text.slice(index, end).normalize('NFKC'), length: end - index, junk: false };
    }
    return { replacement: '', length: 1, junk: true };
  }
  if (code >= 0xdc00 && code <= 0xdfff) return { replacement: '', length: 1, junk: true };
  // A base character followed by combining marks: compose the cluster.
  const end = marksEnd(text, index + 1);
  const piece = text.slice(index, end);
  return { replacement: piece.normalize('NFKC'), length: end - index, junk: false };
}

/**
 * Makes text comparison-ready without losing the way back: unicode NFKC piece
 * by piece, no-break and other special spaces to plain spaces, zero-width
 * characters and soft hyphens removed, curly quotes straightened, dashes to
 * `-`, `…` to `...`, CR and CRLF to LF, control characters dropped. Every
 * change is recorded in an {@link OffsetMap}.
 *
 * C1 code points (U+0080–U+009F) in text are nearly always Windows-1252
 * bytes read as Latin-1 by a scraper (issue 12): `\u0092` for an apostrophe,
 * `\u0093`/`\u0094` for quotes, `\u0096`/`\u0097` for dashes, `\u0085` for
 * an ellipsis, `\u0080` for the euro sign. They are decoded as those
 * characters (and then cleaned like them), each as a one-character
 * replacement in the map, so offsets back to the original stay exact; the
 * five bytes cp1252 leaves undefined are dropped as junk. In a text that
 * looks binary (as many other control characters as C1 ones, see
 * `looksBinary`) they are all dropped as junk instead, and NEL (U+0085)
 * stays a line break there.
 *
 * @param original - The text as the user gave it.
 * @returns The cleaned text, its offset map, the count of dropped junk characters and of repaired C1 characters.
 * @internal
 */
export function cleanText(original: string): CleanedText {
  const map = new OffsetMap();
  // Pieces joined once at the end: a flat string, which later passes read character by character much faster than a
  // string built by `+=` (a tree of pieces).
  const out: string[] = [];
  let copiedUpTo = 0;
  let shift = 0; // normalized length minus original length so far
  let dropped = 0;
  let repaired = 0;
  let decodeC1: boolean | undefined; // decided at the first C1 code point, over the whole text
  SPECIAL.lastIndex = 0;
  // A combining mark right after an ASCII letter belongs to that letter's cluster.
  for (let m = SPECIAL.exec(original); m !== null; m = SPECIAL.exec(original)) {
    let index = m.index;
    if (index < copiedUpTo) continue;
    const code = original.charCodeAt(index);
    const isCombining = code >= 0x0300 && code <= 0x036f;
    const base = index > 0 ? original.charCodeAt(index - 1) : 0;
    // A mark after a space, a line break or a control character has no base to compose with: it stands alone.
    if (isCombining && index > copiedUpTo && index > 0 && base > 0x20 && base !== 0x7f) {
      // Compose with the preceding base, a whole surrogate pair when it is one (an emoji).
      const low = original.charCodeAt(index - 1);
      const pair = low >= 0xdc00 && low <= 0xdfff && index - 2 >= copiedUpTo;
      const high = pair ? original.charCodeAt(index - 2) : 0;
      index -= pair && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    }
    if (decodeC1 === undefined && code >= 0x80 && code < 0xa0) decodeC1 = !looksBinary(original);
    const { replacement, length, junk } = replacementFor(original, index, decodeC1 === true);
    const piece = original.slice(index, index + length);
    if (replacement === piece) {
      SPECIAL.lastIndex = index + length;
      continue;
    }
    out.push(original.slice(copiedUpTo, index));
    const normStart = index + shift;
    out.push(replacement);
    map.add(index, index + length, normStart, normStart + replacement.length);
    shift += replacement.length - length;
    copiedUpTo = index + length;
    SPECIAL.lastIndex = copiedUpTo;
    if (junk) dropped++;
    else if (decodeC1 === true && code >= 0x80 && code < 0xa0) repaired++;
  }
  if (out.length === 0) return { text: original, map, dropped, repaired };
  out.push(original.slice(copiedUpTo));
  return { text: out.join(''), map, dropped, repaired };
}

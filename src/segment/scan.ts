/**
 * The token scanner shared by `tokenize` and the reuse word scanner of
 * `findReuse`: one regular expression, and a fast scan that finds the same
 * match for plain ASCII starts without running it.
 *
 * @packageDocumentation
 */

// TOKEN_RE groups, in order of preference (one alternation, scanned from left to right):
// 1 dotted abbreviation (U.S., e.g.), 2 number with separators and optional
// ordinal / decade suffix (`23rd`, `23RD`, `1990s`; a unit glued to it, `11am`,
// `10km`, `1.5bn`, is a word of its own: the digits are never cut), 3 word
// (letters, marks, digits, inner apostrophes or invisible characters),
// 4 runs of dashes or dots, 5 any other single non-space character.
/** The tokenizer's regular expression (global: set `lastIndex` before `exec`). @internal */
export const TOKEN_RE =
  /(?<![\p{L}\p{N}])(\p{L}(?:\.\p{L})+\.?)(?![\p{L}\p{N}])|(\p{N}+(?:[.,]\p{N}+)*(?:(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[sS])(?![\p{L}]))?)|([\p{L}\p{M}\p{N}]+(?:(?:['’]|[\u00ad\u200b-\u200d\u2060\ufeff]+)[\p{L}\p{M}\p{N}]+)*)|(-{2,}|\.{2,}|[‐‑‒–—―]+)|(\S)/gu;

/**
 * Whether a code unit is an invisible format character that a scraped text
 * may hold inside a word or between words: a soft hyphen, a zero-width space,
 * non-joiner or joiner, a word joiner, a zero-width no-break space. Inside a
 * word it joins the word's parts (its norm leaves it out); elsewhere it is
 * skipped like white space.
 * @internal
 */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** Every character {@link isInvisible} holds true for, to remove from a word's norm. @internal */
export const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

// Character classes for the scanner: `\p{L}`, `\p{N}`, `\p{M}` and `\s`, computed
// once per UTF-16 code unit with the same regular expressions; surrogates are
// left to TOKEN_RE (it reads astral code points as one character).
export const LETTER = 1;
export const NUMBER = 2;
const MARK = 4;
export const SPACE = 8;
const SURROGATE = 16;
const KNOWN = 128;
const CLASSES = new Uint8Array(65536);
const IS_LETTER_RE = /\p{L}/u;
const IS_NUMBER_RE = /\p{N}/u;
const IS_MARK_RE = /\p{M}/u;
const IS_SPACE_RE = /\s/u;

export function classOf(code: number): number {
  let k = CLASSES[code]!;
  if (k === 0) {
    if (code >= 0xd800 && code <= 0xdfff) k = KNOWN | SURROGATE;
    else {
      const ch = String.fromCharCode(code);
      k =
        KNOWN |
        (IS_LETTER_RE.test(ch) ? LETTER : 0) |
        (IS_NUMBER_RE.test(ch) ? NUMBER : 0) |
        (IS_MARK_RE.test(ch) ? MARK : 0) |
        (IS_SPACE_RE.test(ch) ? SPACE : 0);
    }
    CLASSES[code] = k;
  }
  return k;
}

/** Class of the code unit at `i`, 0 past the end. */
export function classAt(text: string, i: number): number {
  return i < text.length ? classOf(text.charCodeAt(i)) : 0;
}

/** Which TOKEN_RE group the last successful {@link scanAt} matched (1 to 5). */
let lastGroup = 0;

/** End of the `\p{N}+` run from `i`, or -1 when a surrogate is met. */
function skipNumbers(text: string, i: number): number {
  let e = i;
  for (;;) {
    const k = classAt(text, e);
    if ((k & SURROGATE) !== 0) return -1;
    if ((k & NUMBER) === 0) return e;
    e++;
  }
}

/** Group 3 of TOKEN_RE from `p`: letters, marks and digits with inner apostrophes. 0 when undecided. */
function scanWord(text: string, p: number): number {
  let e = p;
  for (;;) {
    for (;;) {
      const k = classAt(text, e);
      if ((k & SURROGATE) !== 0) return 0;
      if ((k & (LETTER | MARK | NUMBER)) === 0) break;
      e++;
    }
    const q = text.charCodeAt(e);
    // An inner apostrophe, or a run of invisible characters, followed by a letter, mark or digit continues the word.
    let joiner = 0;
    if (q === 39 || q === 0x2019) joiner = 1;
    else while (e + joiner < text.length && isInvisible(text.charCodeAt(e + joiner))) joiner++;
    if (joiner === 0) break;
    const k = classAt(text, e + joiner);
    if ((k & SURROGATE) !== 0) return 0;
    if ((k & (LETTER | MARK | NUMBER)) === 0) break;
    e += joiner;
  }
  lastGroup = 3;
  return e;
}

/**
 * The end of the TOKEN_RE match at `p` (a non-space position) when it starts
 * with an ASCII character and the match is plain to see, setting
 * {@link scannedGroup}; 0 when the regular expression must decide
 * (non-ASCII start, surrogates, a number whose greedy match fails its lookahead).
 */
export function scanAt(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (c >= 128) return 0;
  const k = classOf(c);
  if ((k & LETTER) !== 0) {
    // Group 1, a dotted abbreviation, with the backtracking of `(?:\.\p{L})+\.?(?![\p{L}\p{N}])`.
    if (text.charCodeAt(p + 1) === 46) {
      const before = p > 0 ? classOf(text.charCodeAt(p - 1)) : 0;
      if ((before & SURROGATE) !== 0) return 0;
      if ((before & (LETTER | NUMBER)) === 0) {
        let e = p + 1;
        let groups = 0;
        while (text.charCodeAt(e) === 46) {
          const letter = classAt(text, e + 1);
          if ((letter & SURROGATE) !== 0) return 0;
          if ((letter & LETTER) === 0) break;
          e += 2;
          groups++;
        }
        if (groups > 0) {
          if (text.charCodeAt(e) === 46) {
            const after = classAt(text, e + 1);
            if ((after & SURROGATE) !== 0) return 0;
            lastGroup = 1;
            return (after & (LETTER | NUMBER)) === 0 ? e + 1 : e;
          }
          const after = classAt(text, e);
          if ((after & SURROGATE) !== 0) return 0;
          if ((after & (LETTER | NUMBER)) === 0) {
            lastGroup = 1;
            return e;
          }
          if (groups > 1) {
            lastGroup = 1;
            return e - 2;
          }
        }
      }
    }
    return scanWord(text, p);
  }
  if ((k & NUMBER) !== 0) {
    // Group 2, greedy: digits, separated groups, a suffix; any backtracking goes to the regular expression.
    let e = skipNumbers(text, p + 1);
    if (e < 0) return 0;
    for (;;) {
      const sep = text.charCodeAt(e);
      if (sep !== 46 && sep !== 44) break;
      const next = classAt(text, e + 1);
      if ((next & SURROGATE) !== 0) return 0;
      if ((next & NUMBER) === 0) break;
      e = skipNumbers(text, e + 1);
      if (e < 0) return 0;
    }
    // An ordinal or decade suffix in either case, only where no letter follows it; any letter after: the regex decides.
    const s0 = text.charCodeAt(e) | 32;
    const s1 = text.charCodeAt(e + 1) | 32;
    if (
      (s0 === 115 && s1 === 116) ||
      (s0 === 110 && s1 === 100) ||
      (s0 === 114 && s1 === 100) ||
      (s0 === 116 && s1 === 104)
    ) {
      e += 2;
    } else if (s0 === 115) e += 1;
    const after = classAt(text, e);
    if ((after & (SURROGATE | LETTER)) !== 0) return 0;
    lastGroup = 2;
    return e;
  }
  if ((c === 45 || c === 46) && text.charCodeAt(p + 1) === c) {
    // Group 4: `--`, `...`.
    let e = p + 2;
    while (text.charCodeAt(e) === c) e++;
    lastGroup = 4;
    return e;
  }
  lastGroup = 5;
  return p + 1;
}

/** The first position at or after `p` that is not white space (`\s`) or invisible ({@link isInvisible}), or the text's length. @internal */
export function skipSpace(text: string, p: number): number {
  const n = text.length;
  let i = p;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : (classOf(c) & SPACE) === 0 && !isInvisible(c)) break;
    i++;
  }
  return i;
}

/** Which TOKEN_RE group the last successful {@link scanAt} matched (1 to 5). @internal */
export function scannedGroup(): number {
  return lastGroup;
}

/**
 * Word tokenizer shared by the similarity, diff and alignment stages.
 *
 * @packageDocumentation
 */

import { BoundedCache } from '../core/util/bounded-cache';
import { INVISIBLE_RE, scanAt, scannedGroup, skipSpace, TOKEN_RE } from './scan';

/** What a {@link Token} is. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/**
 * One token of a text. `text.slice(start, end)` of the tokenized input is
 * {@link Token.text}; {@link Token.norm} is the form to compare on.
 */
export interface Token {
  /** The raw slice of the input, unchanged. */
  readonly text: string;
  /** Offset of the first character in the input (UTF-16, 0-based). */
  readonly start: number;
  /** Offset one past the last character in the input. */
  readonly end: number;
  /**
   * Comparison form: case-folded, diacritics removed, dotted abbreviations
   * joined (`U.S.` → `us`), British spellings folded to one form
   * (`neighbour`/`neighbor` → `neighbor`, `-ise`/`-ize` → `-ise`), numbers
   * as their canonical value (`10,200,000` → `10200000`, `twenty` → `20`),
   * every quote mark → `"`, every dash → `-`, `…` → `...`.
   */
  readonly norm: string;
  /** What the token is. */
  readonly kind: TokenKind;
  /** For `number` tokens: the numeric value (`70th` → 70, `twenty` → 20, `1.8` → 1.8). */
  readonly value?: number;
  /** `true` when the raw text starts with an upper-case letter (candidate name). */
  readonly capitalized: boolean;
}

// Tokens come from one alternation scanned from left to right (TOKEN_RE in ./scan), with a fast scan for
// plain ASCII starts that the regular expression checks whenever the scan cannot decide.

const HYPHENS = new Set(['-', '‐', '‑']);
const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '„', '‟', '‚', '‛', '«', '»', '‹', '›', '`', '´', '″', '′']);
const SYMBOL_RE = /[\p{S}%#&@*/\\]/u;

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const ROMAN: Readonly<Record<string, number>> = {
  II: 2,
  III: 3,
  IV: 4,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  XI: 11,
  XII: 12,
  XIII: 13,
  XIV: 14,
  XV: 15,
  XVI: 16,
  XVII: 17,
  XVIII: 18,
  XIX: 19,
  XX: 20,
};

// British → American single-word variants that no suffix rule covers.
const VARIANTS: Readonly<Record<string, string>> = {
  grey: 'gray',
  towards: 'toward',
  afterwards: 'afterward',
  amongst: 'among',
  whilst: 'while',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  dialogue: 'dialog',
  analogue: 'analog',
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  jewellery: 'jewelry',
  tyre: 'tire',
  tyres: 'tires',
  cheque: 'check',
  cheques: 'checks',
  aluminium: 'aluminum',
  manoeuvre: 'maneuver',
  manoeuvres: 'maneuvers',
  kilometre: 'kilometer',
  kilometres: 'kilometers',
};

// -our stems (colour, neighbour, ...) with any suffix: neighbourhood, honourable.
const OUR_RE =
  /(col|fav|hon|lab|neighb|behavi|flav|harb|hum|rum|vap|vig|val|arm|endeav|sav|od|parl|clam|splend|ranc|tum|savi|ferv|cand|ard|demean|rig)our/;
// -re stems (centre, theatre, metre, ...).
const RE_RE = /^(cent|theat|met|lit|fib|calib|sab|lust|spect|somb|meag)re(s|d)?$/;
// British doubled l before -ed/-ing/-er (travelled → traveled).
const LL_RE =
  /^(trave|cance|labe|mode|fue|signa|leve|channe|counse|jewe|marsha|tota|dia|equa|tunne|quarre|peda|riva)ll(ed|ing|er|ers)$/;
// -ize family folded to -ise (realize/realise → realise); -yze → -yse.
const IZE_RE = /(\p{L}{2,})iz(e|es|ed|ing|ation|ations|er|ers)$/u;
const YZE_RE = /(\p{L}{2,})yz(e|es|ed|ing|er|ers)$/u;
const NEEDS_FOLD_RE = /[^a-z0-9']/;

/**
 * Longest word the spelling rules fold. No English word that has a British
 * and an American spelling is longer; a longer "word" is a URL, a dotted run
 * or binary junk, and is compared as it is (the rules are regular
 * expressions that would otherwise scan it once per position).
 */
const MAX_FOLD_LENGTH = 40;

// Words at most 64 characters long, 2 MB in all: unique long words cannot grow it.
const wordCache = new BoundedCache<string>(2 * 1024 * 1024, 64, (w) => w.length * 2);

/**
 * Comparison form of one word: lower case, no diacritics, straight
 * apostrophes, British and American spellings folded together.
 *
 * @param raw - The raw word.
 * @returns The folded form.
 * @example
 * ```ts
 * normalizeWord('Denuclearisation'); //=> 'denuclearisation'
 * normalizeWord('denuclearization'); //=> 'denuclearisation'
 * normalizeWord('Neighbour'); //=> 'neighbor'
 * ```
 */
export function normalizeWord(raw: string): string {
  const cached = wordCache.get(raw);
  if (cached !== undefined) return cached;
  let w = raw.toLowerCase();
  if (NEEDS_FOLD_RE.test(w)) {
    w = w
      .replace(INVISIBLE_RE, '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`´]/g, "'");
    w = w.replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/œ/g, 'oe').replace(/ø/g, 'o').replace(/ł/g, 'l');
  }
  const variant = Object.hasOwn(VARIANTS, w) ? VARIANTS[w] : undefined;
  if (variant !== undefined) w = variant;
  else if (w.length > 4 && w.length <= MAX_FOLD_LENGTH) {
    w = w
      .replace(OUR_RE, '$1or')
      .replace(RE_RE, '$1er$2')
      .replace(LL_RE, '$1l$2')
      .replace(IZE_RE, '$1is$2')
      .replace(YZE_RE, '$1ys$2');
  }
  wordCache.set(raw, w);
  return w;
}

const DECIMAL_DIGIT_RE = /\p{Nd}/u;

/**
 * `text` with every decimal digit of another script (fullwidth `１２`,
 * Arabic-Indic `١٢`, mathematical bold) written as its ASCII digit: NFKC,
 * then each digit left by its place in its run of digit code points (every
 * script's digits are ten consecutive code points, zero first).
 */
function asciiDigits(text: string): string {
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    if (code < 128) return d;
    let zero = code;
    while (DECIMAL_DIGIT_RE.test(String.fromCodePoint(zero - 1))) zero--;
    return String((code - zero) % 10);
  });
}

function numberValue(raw: string): { value: number; norm: string } {
  const m = /(st|nd|rd|th|s)$/i.exec(raw);
  const suffix = m ? m[1]!.toLowerCase() : '';
  const written = suffix === '' ? raw : raw.slice(0, -suffix.length);
  let ascii = true;
  for (let i = 0; i < written.length && ascii; i++) ascii = written.charCodeAt(i) < 128;
  const digits = ascii ? written : asciiDigits(written);
  // `10,200,000` and `10.200.000` are thousands separators; `10.2` and `1,5` decimals.
  const groups = digits.split(/[.,]/);
  let value: number;
  if (groups.length === 1) value = Number(digits);
  else {
    const thousands = groups.slice(1).every((g) => g.length === 3) && (groups.length > 2 || digits.includes(','));
    value = thousands
      ? Number(groups.join(''))
      : Number(groups.slice(0, -1).join('') + '.' + groups[groups.length - 1]);
  }
  // A number no double holds, or digits no script table reads (`½`): its own text, so two such numbers differ.
  if (!Number.isFinite(value)) return { value: Number.NaN, norm: raw };
  return { value, norm: String(value) + suffix };
}

// Own keys only: `constructor`, `toString` and other Object.prototype members are words, not table entries.
const SMALL_NUMBER_KEYS = new Set(Object.keys(SMALL_NUMBERS));
const ROMAN_KEYS = new Set(Object.keys(ROMAN));
const VARIANT_KEYS = new Set(Object.keys(VARIANTS));

/**
 * {@link normalizeWord} of a word of ASCII letters, digits and apostrophes
 * that no variant or folding rule can touch (no `our`, `ll`, `iz`, `yz`, no
 * final `re`, `res`, `red`): its lower case, without the cache. `undefined`
 * for any other word.
 */
function plainNorm(raw: string): string | undefined {
  const n = raw.length;
  let upper = false;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper = true;
      c += 32;
    } else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) return undefined;
    if ((c === 108 && prev === 108) || (c === 122 && (prev === 105 || prev === 121))) return undefined;
    if (c === 114 && prev === 117 && prev2 === 111) return undefined;
    prev2 = prev;
    prev = c;
  }
  // Lower-case codes of the last three characters (digits and `'` are unchanged by `| 32`).
  const z = raw.charCodeAt(n - 1) | 32;
  const y = n >= 2 ? raw.charCodeAt(n - 2) | 32 : 0;
  const x = n >= 3 ? raw.charCodeAt(n - 3) | 32 : 0;
  if ((y === 114 && z === 101) || (x === 114 && y === 101 && (z === 115 || z === 100))) return undefined;
  const w = upper ? raw.toLowerCase() : raw;
  return VARIANT_KEYS.has(w) ? undefined : w;
}

const ASCII_SYMBOL = new Uint8Array(128);
for (let c = 33; c < 127; c++) if (SYMBOL_RE.test(String.fromCharCode(c))) ASCII_SYMBOL[c] = 1;

/** Appends the token for the TOKEN_RE match `[start, end)` of group `group`. */
function pushToken(tokens: Token[], text: string, start: number, end: number, group: number): void {
  const raw = text.slice(start, end);
  const first = raw.charCodeAt(0);
  const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : raw[0] !== raw[0]!.toLowerCase();
  if (group === 3) {
    const norm = plainNorm(raw) ?? normalizeWord(raw);
    const small = SMALL_NUMBER_KEYS.has(norm) ? SMALL_NUMBERS[norm] : undefined;
    const roman = ROMAN_KEYS.has(raw) ? ROMAN[raw] : undefined;
    const prev = tokens[tokens.length - 1];
    if (
      small !== undefined &&
      small < 10 &&
      prev !== undefined &&
      prev.kind === 'number' &&
      prev.value !== undefined &&
      prev.value >= 20 &&
      prev.value % 10 === 0 &&
      prev.value < 100 &&
      /^[a-z]/i.test(prev.text) &&
      prev.end + 1 === start &&
      HYPHENS.has(text[prev.end]!)
    ) {
      // twenty-five → one token, value 25.
      const value = prev.value + small;
      tokens[tokens.length - 1] = {
        text: text.slice(prev.start, end),
        start: prev.start,
        end,
        norm: String(value),
        kind: 'number',
        value,
        capitalized: prev.capitalized,
      };
    } else if (roman !== undefined) {
      const value = roman;
      tokens.push({ text: raw, start, end, norm: String(value), kind: 'number', value, capitalized });
    } else if (small !== undefined) {
      tokens.push({ text: raw, start, end, norm: String(small), kind: 'number', value: small, capitalized });
    } else {
      tokens.push({ text: raw, start, end, norm, kind: 'word', capitalized });
    }
  } else if (group === 2) {
    const { value, norm } = numberValue(raw);
    tokens.push({ text: raw, start, end, norm, kind: 'number', value, capitalized: false });
  } else if (group === 1) {
    tokens.push({ text: raw, start, end, norm: normalizeWord(raw.replace(/\./g, '')), kind: 'word', capitalized });
  } else if (group === 4) {
    tokens.push({ text: raw, start, end, norm: raw[0] === '.' ? '...' : '-', kind: 'punct', capitalized: false });
  } else {
    const prev = tokens[tokens.length - 1];
    if (
      HYPHENS.has(raw) &&
      prev !== undefined &&
      prev.end === start &&
      prev.kind !== 'punct' &&
      prev.kind !== 'symbol' &&
      /[\p{L}\p{N}]/u.test(text[end] ?? '')
    ) {
      // In-word hyphen: a separator, not a token.
    } else if (QUOTES.has(raw)) {
      tokens.push({ text: raw, start, end, norm: '"', kind: 'punct', capitalized: false });
    } else if (first === 0x2026) {
      tokens.push({ text: raw, start, end, norm: '...', kind: 'punct', capitalized: false });
    } else if (raw.length === 1 && first < 128 ? ASCII_SYMBOL[first] === 1 : SYMBOL_RE.test(raw)) {
      tokens.push({ text: raw, start, end, norm: raw, kind: 'symbol', capitalized: false });
    } else {
      tokens.push({ text: raw, start, end, norm: raw, kind: 'punct', capitalized: false });
    }
  }
}

/**
 * Splits a text into word, number, punctuation and symbol tokens with
 * offsets and a comparison form.
 *
 * @param text - Any text (a sentence, a paragraph, a whole article).
 * @returns The tokens in order; whitespace and in-word hyphens are not tokens.
 * @example
 * ```ts
 * tokenize('Kim Jong-un visited the U.S.').map((t) => t.norm);
 * //=> ['kim', 'jong', 'un', 'visited', 'the', 'us']
 * tokenize('$10,200,000')[1]?.value; //=> 10200000
 * ```
 * @remarks
 * One left-to-right scan: a hand-written scanner for the tokens that start
 * with an ASCII character, one regular expression for the others and for the
 * rare numbers that need its backtracking; per-word folding is cached.
 * Decisions, so that trivial edits compare equal:
 *
 * - A hyphen between two letters or digits with no space around it is not a
 *   token and splits the compound into its parts: `Jong-un` → `jong` `un`,
 *   the same norms as `Jong Un`. Compound number words are joined:
 *   `twenty-five` → one number token, value 25.
 * - Dotted abbreviations are one token without dots: `U.S.` → `us`
 *   (equal to `US`; this also equals the pronoun `us`, a rare collision).
 * - Inner apostrophes stay in the word (`Kim's`, `don't`), straightened.
 * - Numbers keep their value: thousands separators dropped, ordinal and
 *   decade suffixes kept in the norm (`70th` ≠ `70`) but not in `value`;
 *   number words `zero`…`ninety` and upper-case Roman numerals `II`…`XX`
 *   become numbers (`World War Two`, `World War II` → `2`). A currency sign or `%` is
 *   its own `symbol` token.
 * - Every quote mark (straight, curly, guillemets) has norm `"`; every dash
 *   (`--`, `–`, `—`) has norm `-`; `…` and `...` have norm `...`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  for (;;) {
    p = skipSpace(text, p);
    if (p >= n) break;
    let end = scanAt(text, p);
    let group: number;
    if (end > 0) {
      group = scannedGroup();
    } else {
      // Not decided by the fast scan: the regular expression decides, from the same position.
      TOKEN_RE.lastIndex = p;
      const m = TOKEN_RE.exec(text)!;
      end = m.index + m[0].length;
      group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : m[3] !== undefined ? 3 : m[4] !== undefined ? 4 : 5;
    }
    pushToken(tokens, text, p, end, group);
    p = end;
  }
  return tokens;
}

/**
 * Index of the first token that starts at or after `offset` (binary search
 * over tokens in order); `tokens.length` when there is none.
 *
 * @internal
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Number, date and name expressions over copydesk tokens, found once per
 * text so that each diff operation can look up what it touches.
 *
 * @packageDocumentation
 */

import {
  AGO_UNITS,
  CURRENCY_SYMBOLS,
  DATE_WORDS,
  FUNCTION_WORDS,
  MODAL_MAY_SUBJECTS,
  MONTH_LEADS,
  MONTHS,
  ORDINALS,
  RELATIVE_DATE_LEADS,
  RELATIVE_UNITS,
  SCALES,
  TIME_SUFFIXES,
  UNITS,
  WEEKDAYS,
  YEAR_PREPOSITIONS,
} from '../core/lexicon.js';
import { type Token, tokenize } from '../segment/tokenize.js';
import {
  ACRONYM,
  CALENDAR_ABBREVIATION_MAX_LETTERS,
  EXPRESSION_MAX_GAP,
  MAX_DAY_OF_MONTH,
  NUMBER_KEY_DIGITS,
  TITLE_CASE,
  YEAR_RANGE,
} from './tuning.js';

/** A run of tokens `[start, end)` (token indices) with a comparison key. */
export interface Expression {
  /** Index of the first token. */
  readonly start: number;
  /** Index one past the last token. */
  readonly end: number;
  /** Comparison key: equal keys mean the same value (`$10.2 million` and `$10,200,000` share one). */
  readonly key: string;
}

/** Numeric values (as keys) of the number tokens inside date expressions: years, days, times. */
export function dateNumbers(tokens: readonly Token[], expr: Expression): string[] {
  const out: string[] = [];
  for (let i = expr.start; i < expr.end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' && t.value !== undefined) out.push(round(t.value));
  }
  return out;
}

/** A text prepared for diffing: tokens and the expressions found in them. */
export interface AnalyzedText {
  /** The input. */
  readonly text: string;
  /** Its tokens. */
  readonly tokens: readonly Token[];
  /** Number expressions (amounts, percentages, ordinals), in order. */
  readonly numbers: readonly Expression[];
  /** Date and time expressions, in order. */
  readonly dates: readonly Expression[];
  /** For each token, the index of its number expression or -1. */
  readonly numberAt: readonly number[];
  /** For each token, the index of its date expression or -1. */
  readonly dateAt: readonly number[];
  /** For each token, 1 when it is (part of) a name, else 0. */
  readonly isName: readonly number[];
  /** `true` when most content words are capitalized (a headline in title case): capitals say nothing about names. */
  readonly titleCase: boolean;
}

const SCALE_SUFFIX_RE = /^(\d+(?:[.,]\d+)?)(k|m|mn|bn|b|tn|pc)$/;
const SENTENCE_STARTERS = new Set(['.', '!', '?', ':', ';', '"', '(', '-', '...']);

/** Integers below this are their own key. */
const EXACT_INTEGERS = 10 ** NUMBER_KEY_DIGITS;

function round(value: number): string {
  // Integers of up to 12 digits are their own 12-digit precision.
  if (Number.isInteger(value) && value < EXACT_INTEGERS && value > -EXACT_INTEGERS) return String(value);
  return String(Number(value.toPrecision(NUMBER_KEY_DIGITS)));
}

function isMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.capitalized || !MONTHS.has(t.norm)) return false;
  if (t.norm === 'may' || t.norm === 'mar' || t.norm === 'jan' || t.norm === 'sun' || t.norm === 'sat') {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return (
      (prev !== undefined && MONTH_LEADS.has(prev.norm)) ||
      (next !== undefined && next.kind === 'number' && next.start - t.end <= EXPRESSION_MAX_GAP) ||
      // `May Day`, the holiday.
      (next !== undefined && next.norm === 'day' && next.capitalized) ||
      // A title-case headline that opens with the month: `May Housing Starts Up 6.8%`.
      (t.norm === 'may' &&
        (prev === undefined || SENTENCE_STARTERS.has(prev.norm)) &&
        next !== undefined &&
        next.kind === 'word' &&
        next.capitalized &&
        !MODAL_MAY_SUBJECTS.has(next.norm))
    );
  }
  return true;
}

function isYear(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'number' || !/^\d{4}s?$/.test(t.text) || t.value === undefined) return false;
  if (t.value < YEAR_RANGE.min || t.value > YEAR_RANGE.max) return false;
  if (t.text.endsWith('s')) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev !== undefined && (YEAR_PREPOSITIONS.has(prev.norm) || isMonth(tokens, i - 1) || prev.norm === ',')) {
    return true;
  }
  return next === undefined || next.kind === 'punct';
}

/** Every word that can start a date expression: a word outside it returns 0 at once. */
const DATE_TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...DATE_WORDS,
  ...RELATIVE_DATE_LEADS,
  'earlier',
  'later',
]);

/** Whether token `i` can start a date expression; returns its length in tokens (0 when not). */
function dateAnchor(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.kind === 'word') {
    if (!DATE_TRIGGERS.has(t.norm)) return 0;
    if (isMonth(tokens, i)) {
      // `Dec.`: an abbreviated month keeps its period.
      const next = tokens[i + 1];
      return next !== undefined &&
        next.norm === '.' &&
        next.start === t.end &&
        t.norm.length <= CALENDAR_ABBREVIATION_MAX_LETTERS
        ? 2
        : 1;
    }
    if (WEEKDAYS.has(t.norm) && (t.capitalized || t.norm.length > CALENDAR_ABBREVIATION_MAX_LETTERS)) return 1;
    if (DATE_WORDS.has(t.norm)) {
      // `morning` etc. only after `this`/`on`/weekday; `today`, `yesterday`, `tonight` always.
      if (t.norm === 'today' || t.norm === 'yesterday' || t.norm === 'tomorrow' || t.norm === 'tonight') return 1;
      return 0;
    }
    if (RELATIVE_DATE_LEADS.has(t.norm)) {
      const next = tokens[i + 1];
      if (
        next !== undefined &&
        (RELATIVE_UNITS.has(next.norm) ||
          DATE_WORDS.has(next.norm) ||
          WEEKDAYS.has(next.norm) ||
          isMonth(tokens, i + 1))
      ) {
        return 2;
      }
    }
    if (t.norm === 'earlier' || t.norm === 'later') {
      const next = tokens[i + 1];
      const unit = tokens[i + 2];
      if (next?.norm === 'this' && unit !== undefined && RELATIVE_UNITS.has(unit.norm)) return 3;
    }
    return 0;
  }
  if (t.kind === 'number') {
    if (isYear(tokens, i)) return 1;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    // 3 p.m., 10:30, two weeks ago.
    if (next !== undefined && next.kind === 'word' && TIME_SUFFIXES.has(next.norm)) return 2;
    if (next?.norm === ':' && after?.kind === 'number' && /^\d\d$/.test(after.text) && next.start === t.end) {
      const suffix = tokens[i + 3];
      return suffix !== undefined && TIME_SUFFIXES.has(suffix.norm) ? 4 : 3;
    }
    if (next !== undefined && AGO_UNITS.has(next.norm) && after?.norm === 'ago') return 3;
  }
  return 0;
}

/** Whether token `i` continues a date expression that is open before it. */
function dateContinues(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  const anchor = dateAnchor(tokens, i);
  if (anchor > 0) return anchor;
  if (
    t.kind === 'number' &&
    t.value !== undefined &&
    t.value >= 1 &&
    t.value <= MAX_DAY_OF_MONTH &&
    /^\d/.test(t.text)
  ) {
    return 1;
  }
  if (t.norm === ',' || t.norm === 'of' || t.norm === 'the') {
    const next = tokens[i + 1];
    if (next !== undefined && (dateAnchor(tokens, i + 1) > 0 || (t.norm === ',' && isYear(tokens, i + 1)))) return 1;
  }
  if (DATE_WORDS.has(t.norm)) return 1;
  return 0;
}

function findDates(tokens: readonly Token[]): Expression[] {
  const out: Expression[] = [];
  let i = 0;
  while (i < tokens.length) {
    const len = dateAnchor(tokens, i);
    if (len === 0) {
      i++;
      continue;
    }
    // A day number right before a month (`10 June`, `10th of June`).
    let start = i;
    const prev = tokens[i - 1];
    if (prev?.kind === 'number' && isMonth(tokens, i) && prev.value !== undefined && prev.value <= MAX_DAY_OF_MONTH) {
      start = i - 1;
    } else if (prev?.norm === 'of' && isMonth(tokens, i) && tokens[i - 2]?.kind === 'number') start = i - 2;
    let end = i + len;
    while (end < tokens.length) {
      const more = dateContinues(tokens, end);
      if (more === 0) break;
      end += more;
    }
    while (end > start + 1 && (tokens[end - 1]!.norm === ',' || tokens[end - 1]!.norm === 'the')) end--;
    const key = tokens
      .slice(start, end)
      .filter((t) => t.norm !== ',' && t.norm !== 'of' && t.norm !== 'the')
      .map((t) => (t.kind === 'number' && t.value !== undefined ? round(t.value) : t.norm))
      .join(' ');
    out.push({ start, end, key });
    i = end;
  }
  return out;
}

/** Whether token `i` is `a` or `an` before a scale word spelled out (`a million`, `a dozen`; not `a m`). */
function scaleAfterArticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || (t.norm !== 'a' && t.norm !== 'an')) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.norm.length > 2 && SCALES[next.norm] !== undefined;
}

interface NumberParse {
  readonly value: number;
  readonly ordinal: boolean;
  readonly unit: string;
  readonly end: number;
}

/** Parses a number expression starting at token `i` (after an optional currency symbol). */
function parseNumber(tokens: readonly Token[], i: number, dateAt: readonly number[]): NumberParse | undefined {
  const t = tokens[i]!;
  if (dateAt[i]! >= 0) return undefined;
  let value: number | undefined;
  let ordinal = false;
  let unit = '';
  let end = i + 1;
  if (t.kind === 'number' && t.value !== undefined && !Number.isNaN(t.value)) {
    value = t.value;
    if (/(st|nd|rd|th)$/.test(t.norm)) ordinal = true;
    else if (/\ds$/.test(t.norm)) unit = 's';
    // seventy-first
    const next = tokens[i + 1];
    if (next !== undefined && next.start === t.end + 1 && ORDINALS[next.norm] !== undefined && /^[a-z]/i.test(t.text)) {
      value += ORDINALS[next.norm]!;
      ordinal = true;
      end = i + 2;
    }
  } else if (scaleAfterArticle(tokens, i)) {
    // `a million`, `a dozen`: one of the scale word.
    value = 1;
  } else if (t.kind === 'word') {
    const ord = ORDINALS[t.norm];
    if (ord !== undefined && ord > 1 && t.norm !== 'second') {
      value = ord;
      ordinal = true;
    } else {
      const m = SCALE_SUFFIX_RE.exec(t.norm);
      if (m) {
        const suffix = m[2]!;
        value = Number(m[1]!.replace(',', '.')) * (suffix === 'pc' ? 1 : (SCALES[suffix] ?? 1));
        if (suffix === 'pc') unit = '%';
      }
    }
  }
  if (value === undefined) return undefined;
  // Scale words: 10.2 million, two hundred thousand.
  while (end < tokens.length) {
    const scale = SCALES[tokens[end]!.norm];
    const s = tokens[end]!;
    // Single letters (`10m`, `$250-M`) only right after the number.
    if (scale === undefined || (s.norm.length === 1 && s.start - tokens[end - 1]!.end > EXPRESSION_MAX_GAP)) break;
    value *= scale;
    end++;
  }
  const next = tokens[end];
  if (next !== undefined && unit === '') {
    const two = tokens[end + 1];
    if (next.norm === 'per' && two?.norm === 'cent') {
      unit = '%';
      end += 2;
    } else if (next.norm === 'percentage' && two?.norm === 'points') {
      unit = 'pp';
      end += 2;
    } else if (UNITS[next.norm] !== undefined) {
      unit = UNITS[next.norm]!;
      end++;
    }
  }
  return { value, ordinal, unit, end };
}

// Keys a plain-object lookup finds: own keys and Object.prototype members.
const ORDINAL_KEYS = new Set([...Object.keys(ORDINALS), ...Object.getOwnPropertyNames(Object.prototype)]);

/** `/^\d/.test(norm)` without a regular expression. */
function startsWithDigit(norm: string): boolean {
  // A norm is not always a string: `tokenize` gives `constructor` a function (a plain-object lookup).
  if (typeof norm !== 'string') return false;
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function findNumbers(tokens: readonly Token[], dateAt: readonly number[]): Expression[] {
  const out: Expression[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const currency = t.kind === 'symbol' ? CURRENCY_SYMBOLS[t.norm] : undefined;
    const at = currency !== undefined ? i + 1 : i;
    const first = tokens[at];
    // Cheap filter: a number token, a word starting with a digit (`10m`) or an ordinal word.
    if (
      first === undefined ||
      (first.kind !== 'number' &&
        !(
          first.kind === 'word' &&
          (startsWithDigit(first.norm) || ORDINAL_KEYS.has(first.norm) || scaleAfterArticle(tokens, at))
        ))
    ) {
      i++;
      continue;
    }
    const parsed = at < tokens.length ? parseNumber(tokens, at, dateAt) : undefined;
    if (parsed === undefined) {
      i++;
      continue;
    }
    const unit = currency !== undefined && (parsed.unit === '' || parsed.unit === currency) ? currency : parsed.unit;
    const key = (parsed.ordinal ? '#' : '') + round(parsed.value) + unit;
    out.push({ start: i, end: parsed.end, key });
    i = parsed.end;
  }
  return out;
}

function isTitleCase(tokens: readonly Token[]): boolean {
  let content = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.norm)) continue;
    content++;
    if (t.capitalized) capitalized++;
  }
  return content >= TITLE_CASE.minContentWords && capitalized / content >= TITLE_CASE.minCapitalizedShare;
}

/** `text === text.toUpperCase() && /\p{L}/u.test(text)`, without either for ASCII text. @internal */
export function isUpperCase(text: string): boolean {
  let letter = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase() && /\p{L}/u.test(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
  }
  return letter;
}

function findNames(
  tokens: readonly Token[],
  dateAt: readonly number[],
  numberAt: readonly number[],
  titleCase: boolean,
): number[] {
  const isName = new Array<number>(tokens.length).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalized || dateAt[i]! >= 0 || numberAt[i]! >= 0) continue;
    const acronym = t.text.length >= ACRONYM.minLetters && isUpperCase(t.text);
    if (titleCase && !acronym) continue;
    if (FUNCTION_WORDS.has(t.norm) && !acronym) continue;
    const prev = tokens[i - 1];
    const initial = prev === undefined || SENTENCE_STARTERS.has(prev.norm);
    // A sentence-initial word is a name unless it looks like a common word (adverb, participle).
    if (initial && !acronym && /(ly|ing|ed)$/.test(t.norm)) continue;
    isName[i] = 1;
  }
  return isName;
}

/**
 * Tokenizes a text and finds its number, date and name expressions.
 *
 * @param text - A sentence (or any text).
 * @returns The tokens with the expressions found in them.
 * @example
 * ```ts
 * analyzeText('It cost $10.2 million on Wednesday.').numbers[0]?.key; //=> '10200000$'
 * ```
 */
export function analyzeText(text: string): AnalyzedText {
  const tokens = tokenize(text);
  const dateAt = new Array<number>(tokens.length).fill(-1);
  const dates = findDates(tokens);
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    for (let i = d.start; i < d.end; i++) dateAt[i] = k;
  }
  const numberAt = new Array<number>(tokens.length).fill(-1);
  const numbers = findNumbers(tokens, dateAt);
  for (let k = 0; k < numbers.length; k++) {
    const n = numbers[k]!;
    for (let i = n.start; i < n.end; i++) numberAt[i] = k;
  }
  const titleCase = isTitleCase(tokens);
  const isName = findNames(tokens, dateAt, numberAt, titleCase);
  return { text, tokens, numbers, dates, numberAt, dateAt, isName, titleCase };
}

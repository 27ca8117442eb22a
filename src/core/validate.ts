/**
 * Argument and option checks shared by every public entry. Each entry calls
 * its `validate...` function first, so a wrong option throws whatever the
 * data (not only when some pair happens to need it), and every failure is a
 * {@link CopydeskError} whose message names the option path and says what was
 * expected.
 *
 * @packageDocumentation
 */

import { CopydeskError } from './errors';

/** The two codes a check throws: the caller's option, or the caller's data argument. */
type CheckCode = 'ERR_INVALID_OPTION' | 'ERR_INVALID_INPUT';

/** Threshold values, as the relation thresholds of the similarity stage. */
interface Thresholds {
  readonly nearVerbatim: number;
  readonly paraphrase: number;
  readonly related: number;
}

/**
 * A short, safe description of a value for an error message: `5`, `"text"`,
 * `null`, `an array`, `a function`, `an object`.
 */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
      return `the number ${String(value)}`;
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return value instanceof RegExp ? String(value) : 'an object';
  }
}

function fail(code: CheckCode, label: string, expected: string, value: unknown, hint = ''): never {
  throw new CopydeskError(code, `${label} must be ${expected}, got ${describeValue(value)}.${hint ? ` ${hint}` : ''}`);
}

/** `Option \`a.b\` of fn`, the subject of an option message. */
function optionLabel(fn: string, path: string): string {
  return `Option \`${path}\` of ${fn}`;
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/**
 * Checks that a value is a plain object (not null, an array or a function).
 *
 * @param value - The value.
 * @param label - What the value is, for the message (`Option \`diff\` of alignSources`).
 * @param code - The code to throw.
 * @returns The value, typed as a record.
 * @throws {@link CopydeskError} `code` when it is not an object.
 */
export function expectObject(value: unknown, label: string, code: CheckCode): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(code, label, 'an object', value);
  return value as Record<string, unknown>;
}

/** Edit distance of two short names, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function closest(name: string, allowed: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    const d = c.startsWith(lower) || lower.startsWith(c) ? 1 : distance(lower, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/**
 * Checks that an options object has no key outside `allowed`, which catches
 * typos (`threshold` for `thresholds`) that would otherwise be ignored.
 *
 * @param value - The options object.
 * @param allowed - The known option names.
 * @param fn - The public function, for the message.
 * @param prefix - The path of the object itself (`''` for the top level, `thresholds` for a nested one).
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION` naming the unknown key and the closest known one.
 */
export function expectKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  fn: string,
  prefix: string,
): void {
  for (const key of Object.keys(value)) {
    if (allowed.includes(key)) continue;
    const guess = closest(key, allowed);
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `Unknown option \`${join(prefix, key)}\` of ${fn}${guess ? `; did you mean \`${join(prefix, guess)}\`?` : '.'} ` +
        `Known options${prefix ? ` of \`${prefix}\`` : ''}: ${allowed.join(', ')}.`,
    );
  }
}

/**
 * Checks that a value is a finite number in `[min, max]`.
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param min - Smallest accepted value.
 * @param max - Largest accepted value.
 * @param code - The code to throw.
 * @returns The number.
 * @throws {@link CopydeskError} `code` when it is not such a number (NaN included).
 */
export function expectNumberInRange(
  value: unknown,
  label: string,
  min: number,
  max: number,
  code: CheckCode = 'ERR_INVALID_OPTION',
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    fail(code, label, `a number in [${min}, ${max}]`, value);
  }
  return value;
}

/**
 * Checks that a value is an integer of at least `min`.
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param min - Smallest accepted value.
 * @param code - The code to throw.
 * @returns The integer.
 * @throws {@link CopydeskError} `code` when it is not such an integer.
 */
export function expectInteger(
  value: unknown,
  label: string,
  min: number,
  code: CheckCode = 'ERR_INVALID_OPTION',
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(code, label, min === 0 ? 'a non-negative integer' : `an integer of at least ${min}`, value);
  }
  return value;
}

/**
 * Checks that a value is a function.
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param signature - The expected signature, for the message (`(a, b) => number`).
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION` when it is not a function.
 */
export function expectFunction(value: unknown, label: string, signature: string): void {
  if (typeof value !== 'function') fail('ERR_INVALID_OPTION', label, `a function ${signature}`, value);
}

/**
 * Checks that a value is an array of strings, none of them empty (or blank).
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param code - The code to throw.
 * @throws {@link CopydeskError} `code` when it is not such an array.
 */
export function expectStringArray(value: unknown, label: string, code: CheckCode = 'ERR_INVALID_OPTION'): void {
  if (!Array.isArray(value)) fail(code, label, 'an array of non-empty strings (`[]` for none)', value);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || item.trim() === '') fail(code, `${label}[${i}]`, 'a non-empty string', item);
  }
}

/**
 * Checks that a value is one of a few strings (or booleans).
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param allowed - The accepted values.
 * @param code - The code to throw.
 * @throws {@link CopydeskError} `code` when it is none of them.
 */
export function expectOneOf(
  value: unknown,
  label: string,
  allowed: readonly (string | boolean)[],
  code: CheckCode = 'ERR_INVALID_OPTION',
): void {
  if (!allowed.includes(value as string | boolean)) {
    fail(code, label, `one of ${allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ')}`, value);
  }
}

/**
 * Checks that a value is a string, and not blank when `nonEmpty`.
 *
 * @param value - The value.
 * @param label - What the value is, for the message.
 * @param code - The code to throw.
 * @param nonEmpty - Whether a blank string is refused.
 * @param hint - Extra advice appended to the message.
 * @throws {@link CopydeskError} `code` when it is not such a string.
 */
export function expectString(value: unknown, label: string, code: CheckCode, nonEmpty = false, hint = ''): void {
  if (typeof value !== 'string' || (nonEmpty && value.trim() === '')) {
    fail(code, label, nonEmpty ? 'a non-empty string' : 'a string', value, hint);
  }
}

/** Reads an options argument: `undefined` is no options, anything else must be an object. */
function optionsObject(options: unknown, fn: string, prefix: string): Record<string, unknown> | undefined {
  if (options === undefined) return undefined;
  return expectObject(options, prefix ? optionLabel(fn, prefix) : `The options of ${fn}`, 'ERR_INVALID_OPTION');
}

// ---------------------------------------------------------------------------
// Options of each entry.

/**
 * Checks a list of agency definitions (`{ name, aliases, kind }`).
 *
 * @param value - The `agencies` option.
 * @param fn - The public function.
 * @param path - The option path (`agencies`, `normalize.agencies`).
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION` naming the first bad entry.
 */
export function validateAgencies(value: unknown, fn: string, path: string): void {
  const label = optionLabel(fn, path);
  if (!Array.isArray(value)) {
    fail('ERR_INVALID_OPTION', label, 'an array of { name, aliases, kind } agency definitions', value);
  }
  for (let i = 0; i < value.length; i++) {
    const at = `${path}[${i}]`;
    const agency = expectObject(
      value[i],
      `${optionLabel(fn, at)} (an agency definition { name, aliases, kind })`,
      'ERR_INVALID_OPTION',
    );
    expectString(agency.name, optionLabel(fn, `${at}.name`), 'ERR_INVALID_OPTION', true);
    expectStringArray(agency.aliases, optionLabel(fn, `${at}.aliases`));
    expectOneOf(agency.kind, optionLabel(fn, `${at}.kind`), ['wire', 'outlet']);
  }
}

/**
 * Checks a list of wire URL patterns (`{ pattern, agency?, meaning, confidence }`).
 *
 * @param value - The `urlPatterns` option.
 * @param fn - The public function.
 * @param path - The option path.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION` naming the first bad entry.
 */
export function validateUrlPatterns(value: unknown, fn: string, path: string): void {
  const label = optionLabel(fn, path);
  if (!Array.isArray(value)) {
    fail('ERR_INVALID_OPTION', label, 'an array of { pattern, meaning, confidence } URL patterns', value);
  }
  for (let i = 0; i < value.length; i++) {
    const at = `${path}[${i}]`;
    const entry = expectObject(
      value[i],
      `${optionLabel(fn, at)} (a URL pattern { pattern, meaning, confidence })`,
      'ERR_INVALID_OPTION',
    );
    const pattern = entry.pattern;
    if (!(pattern instanceof RegExp)) fail('ERR_INVALID_OPTION', optionLabel(fn, `${at}.pattern`), 'a RegExp', pattern);
    if (pattern.global || pattern.sticky) {
      fail(
        'ERR_INVALID_OPTION',
        optionLabel(fn, `${at}.pattern`),
        'a RegExp without the g or y flag',
        pattern,
        'With those flags, test() remembers where it stopped and misses the next URL.',
      );
    }
    if (entry.agency !== undefined)
      expectString(entry.agency, optionLabel(fn, `${at}.agency`), 'ERR_INVALID_OPTION', true);
    expectOneOf(entry.meaning, optionLabel(fn, `${at}.meaning`), ['wire-section', 'agency-site']);
    expectNumberInRange(entry.confidence, optionLabel(fn, `${at}.confidence`), 0, 1);
  }
}

/**
 * Checks relation thresholds: an object of numbers in [0, 1] with
 * `related <= paraphrase <= nearVerbatim` once the missing ones take their
 * defaults.
 *
 * @param value - The `thresholds` option (defined).
 * @param fn - The public function.
 * @param path - The option path.
 * @param defaults - The thresholds missing values take (`RELATION_THRESHOLDS`).
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateThresholds(value: unknown, fn: string, path: string, defaults: Thresholds): void {
  const t = expectObject(value, optionLabel(fn, path), 'ERR_INVALID_OPTION');
  expectKeys(t, ['nearVerbatim', 'paraphrase', 'related'], fn, path);
  const read = (name: keyof Thresholds): number => {
    const v = t[name];
    if (v === undefined) return defaults[name];
    return expectNumberInRange(v, optionLabel(fn, `${path}.${name}`), 0, 1);
  };
  const nearVerbatim = read('nearVerbatim');
  const paraphrase = read('paraphrase');
  const related = read('related');
  if (!(related <= paraphrase && paraphrase <= nearVerbatim)) {
    throw new CopydeskError(
      'ERR_INVALID_OPTION',
      `${optionLabel(fn, path)} must have related <= paraphrase <= nearVerbatim (missing ones take RELATION_THRESHOLDS), ` +
        `got related ${related}, paraphrase ${paraphrase}, nearVerbatim ${nearVerbatim}.`,
    );
  }
}

/**
 * Checks the options of `normalizeArticle` (also the `normalize` option of `alignSources`).
 *
 * @param options - The options argument.
 * @param fn - The public function.
 * @param prefix - The option path of the object (`''` at the top level).
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateNormalizeOptions(options: unknown, fn = 'normalizeArticle', prefix = ''): void {
  const o = optionsObject(options, fn, prefix);
  if (o === undefined) return;
  expectKeys(o, ['maxLength', 'removeBoilerplate', 'agencies'], fn, prefix);
  if (o.maxLength !== undefined) expectInteger(o.maxLength, optionLabel(fn, join(prefix, 'maxLength')), 0);
  if (o.removeBoilerplate !== undefined) {
    expectOneOf(o.removeBoilerplate, optionLabel(fn, join(prefix, 'removeBoilerplate')), [true, false]);
  }
  if (o.agencies !== undefined) validateAgencies(o.agencies, fn, join(prefix, 'agencies'));
}

/**
 * Checks the options of `diffSentences` (also the `diff` option of `alignSources`).
 *
 * @param options - The options argument.
 * @param fn - The public function.
 * @param prefix - The option path of the object.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateDiffOptions(options: unknown, fn = 'diffSentences', prefix = ''): void {
  const o = optionsObject(options, fn, prefix);
  if (o === undefined) return;
  expectKeys(o, ['trivial', 'maxEditLength', 'timeoutMs'], fn, prefix);
  if (o.trivial !== undefined) expectOneOf(o.trivial, optionLabel(fn, join(prefix, 'trivial')), ['include', 'omit']);
  if (o.maxEditLength !== undefined) expectInteger(o.maxEditLength, optionLabel(fn, join(prefix, 'maxEditLength')), 1);
  if (o.timeoutMs !== undefined) {
    const t = o.timeoutMs;
    if (typeof t !== 'number' || !Number.isFinite(t) || t <= 0) {
      fail(
        'ERR_INVALID_OPTION',
        optionLabel(fn, join(prefix, 'timeoutMs')),
        'a positive finite number of milliseconds',
        t,
      );
    }
  }
}

/**
 * Checks the options of `compareSentences`.
 *
 * @param options - The options argument.
 * @param defaults - `RELATION_THRESHOLDS`.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateCompareOptions(options: unknown, defaults: Thresholds): void {
  const fn = 'compareSentences';
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, ['thresholds', 'similarity'], fn, '');
  if (o.thresholds !== undefined) validateThresholds(o.thresholds, fn, 'thresholds', defaults);
  if (o.similarity !== undefined) {
    expectFunction(o.similarity, optionLabel(fn, 'similarity'), '(a: string, b: string) => number in [0, 1]');
  }
}

const ALIGN_KEYS = ['thresholds', 'minRelation', 'similarity', 'maxCandidates', 'normalize', 'diff', 'provenance'];

function validateAlignCommon(o: Record<string, unknown>, fn: string, defaults: Thresholds): void {
  if (o.thresholds !== undefined) validateThresholds(o.thresholds, fn, 'thresholds', defaults);
  if (o.minRelation !== undefined) {
    expectOneOf(o.minRelation, optionLabel(fn, 'minRelation'), ['near-verbatim', 'paraphrase', 'related']);
  }
  if (o.maxCandidates !== undefined) expectInteger(o.maxCandidates, optionLabel(fn, 'maxCandidates'), 1);
  if (o.normalize !== undefined) validateNormalizeOptions(o.normalize, fn, 'normalize');
  if (o.diff !== undefined) validateDiffOptions(o.diff, fn, 'diff');
  if (o.provenance !== undefined) expectOneOf(o.provenance, optionLabel(fn, 'provenance'), [true, false, 'auto']);
}

/**
 * Checks the options of `alignSources`.
 *
 * @param options - The options argument.
 * @param defaults - `RELATION_THRESHOLDS`.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateAlignOptions(options: unknown, defaults: Thresholds): void {
  const fn = 'alignSources';
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, ALIGN_KEYS, fn, '');
  validateAlignCommon(o, fn, defaults);
  if (o.similarity !== undefined) {
    expectFunction(o.similarity, optionLabel(fn, 'similarity'), '(a: string, b: string) => number in [0, 1]');
  }
}

/**
 * Checks the options of `alignSourcesAsync`: those of `alignSources`, with
 * `embed`, and `similarity` allowed to return a promise.
 *
 * @param options - The options argument.
 * @param defaults - `RELATION_THRESHOLDS`.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateAsyncAlignOptions(options: unknown, defaults: Thresholds): void {
  const fn = 'alignSourcesAsync';
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, [...ALIGN_KEYS, 'embed', 'concurrency', 'signal'], fn, '');
  validateAlignCommon(o, fn, defaults);
  if (o.concurrency !== undefined) expectInteger(o.concurrency, optionLabel(fn, 'concurrency'), 1);
  const signal = o.signal as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown } | null;
  if (
    signal !== undefined &&
    (typeof signal !== 'object' ||
      signal === null ||
      typeof signal.aborted !== 'boolean' ||
      typeof signal.addEventListener !== 'function' ||
      typeof signal.removeEventListener !== 'function')
  ) {
    throw new CopydeskError('ERR_INVALID_OPTION', `${optionLabel(fn, 'signal')} must be an AbortSignal.`);
  }
  if (o.similarity !== undefined) {
    expectFunction(o.similarity, optionLabel(fn, 'similarity'), '(a: string, b: string) => number | Promise<number>');
  }
  if (o.embed !== undefined) {
    expectFunction(o.embed, optionLabel(fn, 'embed'), '(texts: string[]) => number[][] | Promise<number[][]>');
  }
}

/**
 * Checks the options of `findReuse` (also the `reuse` option of `traceProvenance`).
 *
 * @param options - The options argument.
 * @param fn - The public function.
 * @param prefix - The option path of the object.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateReuseOptions(options: unknown, fn = 'findReuse', prefix = ''): void {
  const o = optionsObject(options, fn, prefix);
  if (o === undefined) return;
  expectKeys(o, ['shingle', 'minTokens', 'maxGap', 'maxOccurrences'], fn, prefix);
  if (o.shingle !== undefined) expectInteger(o.shingle, optionLabel(fn, join(prefix, 'shingle')), 1);
  if (o.minTokens !== undefined) expectInteger(o.minTokens, optionLabel(fn, join(prefix, 'minTokens')), 1);
  if (o.maxGap !== undefined) expectInteger(o.maxGap, optionLabel(fn, join(prefix, 'maxGap')), 0);
  if (o.maxOccurrences !== undefined) {
    expectInteger(o.maxOccurrences, optionLabel(fn, join(prefix, 'maxOccurrences')), 1);
  }
}

/**
 * Checks the options of `findWireEvidence` (`agencies`, `urlPatterns`).
 *
 * @param options - The options argument.
 * @param fn - The public function.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateWireEvidenceOptions(options: unknown, fn = 'findWireEvidence'): void {
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, ['agencies', 'urlPatterns'], fn, '');
  if (o.agencies !== undefined) validateAgencies(o.agencies, fn, 'agencies');
  if (o.urlPatterns !== undefined) validateUrlPatterns(o.urlPatterns, fn, 'urlPatterns');
}

/**
 * Checks the options of `findCitations` (`agencies`).
 *
 * @param options - The options argument.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateCitationOptions(options: unknown): void {
  const fn = 'findCitations';
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, ['agencies'], fn, '');
  if (o.agencies !== undefined) validateAgencies(o.agencies, fn, 'agencies');
}

/**
 * Checks the options of `traceProvenance` (`agencies`, `urlPatterns`, `reuse`).
 *
 * @param options - The options argument.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateTraceOptions(options: unknown): void {
  const fn = 'traceProvenance';
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, ['agencies', 'urlPatterns', 'reuse'], fn, '');
  if (o.agencies !== undefined) validateAgencies(o.agencies, fn, 'agencies');
  if (o.urlPatterns !== undefined) validateUrlPatterns(o.urlPatterns, fn, 'urlPatterns');
  if (o.reuse !== undefined) validateReuseOptions(o.reuse, fn, 'reuse');
}

// ---------------------------------------------------------------------------
// Inputs.

const ARTICLE_HINT = 'Pass the Article that normalizeArticle returned, unchanged.';

function articleField(label: string, path: string): string {
  return `${label}: field \`${path}\``;
}

/** Checks a list of spans; `item` names one (`sentence`), the list is `item`s. */
function expectSpans(list: unknown, label: string, path: string, item: string): void {
  if (!Array.isArray(list))
    fail('ERR_INVALID_INPUT', articleField(label, path), `an array of ${item}s`, list, ARTICLE_HINT);
  for (let i = 0; i < list.length; i++) expectSpan(list[i], label, `${path}[${i}]`, item);
}

function expectSpan(value: unknown, label: string, path: string, item: string): void {
  const span = value as { text?: unknown; start?: unknown; end?: unknown } | null;
  if (
    span === null ||
    typeof span !== 'object' ||
    typeof span.text !== 'string' ||
    typeof span.start !== 'number' ||
    typeof span.end !== 'number'
  ) {
    fail('ERR_INVALID_INPUT', articleField(label, path), `a ${item} { text, start, end }`, value, ARTICLE_HINT);
  }
}

/**
 * Checks that a value has the shape of a normalized `Article`: `kind`, a
 * non-empty string `id`, `original`, `metadata` and the span lists that the
 * alignment, provenance and report stages read.
 *
 * @param value - The value.
 * @param label - What the value is, for the message (`Source 2 of alignSources`).
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` naming the missing or malformed field.
 */
export function validateArticle(value: unknown, label: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('ERR_INVALID_INPUT', label, 'a normalized Article (the result of normalizeArticle)', value);
  }
  const a = value as Record<string, unknown>;
  if (a.kind !== 'article') {
    fail('ERR_INVALID_INPUT', articleField(label, 'kind'), "'article' (a normalized Article)", a.kind, ARTICLE_HINT);
  }
  expectString(a.id, articleField(label, 'id'), 'ERR_INVALID_INPUT', true, 'Ids are strings: pass String(id).');
  expectString(a.original, articleField(label, 'original'), 'ERR_INVALID_INPUT', false, ARTICLE_HINT);
  for (const key of ['outlet', 'url', 'publishedAt'] as const) {
    if (a[key] !== undefined) expectString(a[key], articleField(label, key), 'ERR_INVALID_INPUT');
  }
  const metadata = expectObject(a.metadata, articleField(label, 'metadata'), 'ERR_INVALID_INPUT');
  for (const key of ['bylines', 'captions', 'photoCredits', 'credits', 'urls'] as const) {
    expectSpans(metadata[key], label, `metadata.${key}`, 'span');
  }
  for (const key of ['title', 'dek', 'dateline'] as const) {
    if (metadata[key] !== undefined) expectSpan(metadata[key], label, `metadata.${key}`, 'span');
  }
  expectSpans(a.paragraphs, label, 'paragraphs', 'paragraph');
  expectSpans(a.sentences, label, 'sentences', 'sentence');
  const sentences = a.sentences as ReadonlyArray<{ id?: unknown }>;
  for (let i = 0; i < sentences.length; i++) {
    expectString(sentences[i]!.id, articleField(label, `sentences[${i}].id`), 'ERR_INVALID_INPUT', true, ARTICLE_HINT);
  }
  expectSpans(a.removed, label, 'removed', 'removed span');
  for (const key of ['duplicates', 'layout', 'diagnostics'] as const) {
    if (!Array.isArray(a[key])) fail('ERR_INVALID_INPUT', articleField(label, key), 'an array', a[key], ARTICLE_HINT);
  }
}

/**
 * Checks the sources of `alignSources` and `alignSourcesAsync`: a non-empty
 * array without holes, `undefined` or `null`, whose normalized Articles (any
 * element with `kind: 'article'`) are well formed. Strings and
 * `ArticleInput` objects are checked by `normalizeArticle`.
 *
 * @param inputs - The sources argument.
 * @param fn - The public function.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT`, or `ERR_TOO_FEW_SOURCES` for an empty array.
 */
export function validateSources(inputs: unknown, fn: string): void {
  if (!Array.isArray(inputs)) {
    fail(
      'ERR_INVALID_INPUT',
      `The sources given to ${fn}`,
      'an array of sources (strings, ArticleInput objects or normalized Articles)',
      inputs,
    );
  }
  if (inputs.length === 0) {
    throw new CopydeskError('ERR_TOO_FEW_SOURCES', `${fn} needs at least one source; got an empty array.`);
  }
  for (let i = 0; i < inputs.length; i++) {
    const label = `Source ${i + 1} of ${fn}`;
    const input: unknown = inputs[i];
    if (input === undefined || input === null) {
      const what = !(i in inputs) ? 'a hole in the array' : String(input);
      throw new CopydeskError(
        'ERR_INVALID_INPUT',
        `${label} is ${what}; pass a string, an ArticleInput { text } or a normalized Article at every position.`,
      );
    }
    if (typeof input === 'object' && (input as { kind?: unknown }).kind === 'article') validateArticle(input, label);
  }
}

/**
 * Checks the first argument of `traceProvenance`: a Comparison or an array
 * of well-formed Articles.
 *
 * @param input - The argument.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT`.
 */
export function validateProvenanceInput(input: unknown): void {
  const fn = 'traceProvenance';
  let articles: unknown = input;
  if (input !== null && typeof input === 'object' && (input as { kind?: unknown }).kind === 'comparison') {
    articles = (input as { articles?: unknown }).articles;
    if (!Array.isArray(articles)) {
      fail('ERR_INVALID_INPUT', `The comparison given to ${fn}: field \`articles\``, 'an array of Articles', articles);
    }
  }
  if (!Array.isArray(articles)) {
    fail(
      'ERR_INVALID_INPUT',
      `The first argument of ${fn}`,
      'a Comparison (the result of alignSources) or an array of normalized Articles',
      input,
    );
  }
  for (let i = 0; i < articles.length; i++) validateArticle(articles[i], `Article ${i + 1} given to ${fn}`);
}

/** The options each renderer takes. */
const REPORT_KEYS = {
  toJSON: ['indent'],
  toMarkdown: ['title', 'provenance'],
  toHTML: ['title', 'showRemoved', 'provenance', 'pageSource'],
} as const;

/**
 * Checks the options of `toJSON`, `toMarkdown` and `toHTML`: known keys only,
 * `indent` an integer from 0 to 10 (what `JSON.stringify` keeps), `title` a
 * string, the flags booleans, `provenance` a provenance object.
 *
 * @param options - The options argument.
 * @param fn - The renderer.
 * @throws {@link CopydeskError} `ERR_INVALID_OPTION`.
 */
export function validateReportOptions(options: unknown, fn: keyof typeof REPORT_KEYS): void {
  const o = optionsObject(options, fn, '');
  if (o === undefined) return;
  expectKeys(o, REPORT_KEYS[fn], fn, '');
  if (o.indent !== undefined && expectInteger(o.indent, optionLabel(fn, 'indent'), 0) > 10) {
    fail('ERR_INVALID_OPTION', optionLabel(fn, 'indent'), 'an integer from 0 to 10', o.indent);
  }
  if (o.title !== undefined) expectString(o.title, optionLabel(fn, 'title'), 'ERR_INVALID_OPTION');
  for (const flag of ['showRemoved', 'pageSource'] as const) {
    if (o[flag] !== undefined && typeof o[flag] !== 'boolean')
      fail('ERR_INVALID_OPTION', optionLabel(fn, flag), 'a boolean', o[flag]);
  }
  if (o.provenance !== undefined) {
    const p = expectObject(o.provenance, optionLabel(fn, 'provenance'), 'ERR_INVALID_OPTION');
    if (p.kind !== 'provenance' || !Array.isArray(p.sources)) {
      fail('ERR_INVALID_OPTION', optionLabel(fn, 'provenance'), 'the result of traceProvenance', o.provenance);
    }
  }
}

/**
 * Small helpers shared by the renderers: labels, percentages, lookups.
 */
import { CopydeskError } from '../core/errors';
import type { Provenance } from '../core/provenance';
import type { Comparison, Relation, SourceSummary } from '../core/types';

/** Relations in the order the legend shows them, strongest first. */
export const RELATIONS: readonly Relation[] = ['identical', 'near-verbatim', 'paraphrase', 'related'];

/** What each relation means, for legends. */
export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  identical: 'identical: the same words',
  'near-verbatim': 'near-verbatim: copy with light edits',
  paraphrase: 'paraphrase: the same fact in other words',
  related: 'related: shares details only',
  unrelated: 'unrelated',
};

/** `count` and the noun, plural unless the count is one: `1 source`, `3 sources`. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`;
}

/** `0.4567` → `46%`. */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '–';
}

/**
 * How reports name sources: by the outlet when given, else by the host of
 * the article's URL (given, or found on the page), else by the agency whose
 * own story the source is (its credit, from provenance); with the id beside
 * the name, or the id alone. Names are never cut.
 */
export interface SourceNamer {
  /** The outlet, host or agency of a source, when known. */
  name(id: string): string | undefined;
  /** `name (id)`, or the id when no name is known. */
  label(id: string): string;
}

/** The {@link SourceNamer} of a comparison (and of the provenance a report draws, when given). */
export function sourceNamer(comparison: Comparison, provenance?: Provenance): SourceNamer {
  const summaries = new Map(comparison.sources.map((s) => [s.id, s] as const));
  const urls = new Map(comparison.articles.map((a) => [a.id, a.url] as const));
  const own = new Map<string, string>();
  for (const s of provenance?.sources ?? []) if (s.attribution?.role === 'own') own.set(s.source, s.attribution.agency);
  const name = (id: string): string | undefined => summaries.get(id)?.outlet || hostOf(urls.get(id)) || own.get(id);
  return {
    name,
    label: (id) => {
      const n = name(id);
      return n ? `${n} (${id})` : id;
    },
  };
}

/** The host of an http(s) URL without `www.` (`https://www.reuters.com/world/...` → `reuters.com`), or undefined. */
function hostOf(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = /^https?:\/\/(?:www\.)?([^/?#:@\s]+)/i.exec(url.trim());
  return match?.[1]?.toLowerCase();
}

/** Maps source ids to their summaries. */
export function indexSources(comparison: Comparison): { summaries: Map<string, SourceSummary> } {
  const summaries = new Map(comparison.sources.map((s) => [s.id, s] as const));
  return { summaries };
}

/** What a value is, for error messages: `null`, `undefined`, `an array`, `a string`, ... */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

type Check = (value: unknown) => string | undefined;
type Shape = Readonly<Record<string, Check>>;

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** A field that must be a string. */
const text: Check = (v) => (typeof v === 'string' ? undefined : 'a string');
/** A field that must be a number. */
const num: Check = (v) => (typeof v === 'number' ? undefined : 'a number');
/** A field that may be absent or a string. */
const optionalText: Check = (v) => (v === undefined || typeof v === 'string' ? undefined : 'a string or absent');

const SPAN: Shape = { start: num, end: num };
const TEXT_SPAN: Shape = { ...SPAN, text };
const DIAGNOSTIC: Shape = { code: text, severity: text, message: text };
const SENTENCE_REF: Shape = { ...TEXT_SPAN, source: text, sentence: text };
const LINK: Shape = { a: num, b: num, score: num, relation: text };
const QUOTE_MENTION: Shape = { ...TEXT_SPAN, source: text, sentence: text, speaker: optionalText };

/**
 * What the renderers read of a comparison: fields with a check each, and
 * arrays with the kind of their elements (`kind?`: the array may be absent).
 */
const SHAPES: Readonly<Record<string, { shape: Shape; arrays?: Readonly<Record<string, string>> }>> = {
  comparison: {
    shape: {
      settings: (v) =>
        isRecord(v) && typeof v['minRelation'] === 'string' ? undefined : 'an object with a minRelation',
    },
    arrays: {
      sources: 'source',
      articles: 'article',
      groups: 'group',
      unique: 'unique',
      pairs: 'pair',
      diagnostics: 'diagnostic',
      quotes: 'quote?',
      omissions: 'omission?',
    },
  },
  source: { shape: { id: text, outlet: optionalText, title: optionalText, agency: optionalText } },
  article: {
    shape: { id: text, original: text, url: optionalText, publishedAt: optionalText },
    arrays: { sentences: 'sentence', paragraphs: 'span', layout: 'layout', diagnostics: 'diagnostic' },
  },
  sentence: { shape: { ...SPAN, id: text } },
  span: { shape: SPAN },
  layout: { shape: { ...SPAN, role: text, reason: optionalText } },
  group: {
    shape: { id: text, relation: text, shape: text },
    arrays: { sources: 'string', members: 'member', links: 'link' },
  },
  member: { shape: SENTENCE_REF },
  link: { shape: LINK },
  unique: { shape: { source: text }, arrays: { sentences: 'sentenceRef' } },
  sentenceRef: { shape: SENTENCE_REF },
  pair: { shape: { a: text, b: text, sharedGroups: num } },
  diagnostic: { shape: DIAGNOSTIC },
  quote: { shape: { id: text, group: optionalText }, arrays: { mentions: 'mention' } },
  mention: { shape: QUOTE_MENTION },
  omission: { shape: { source: text }, arrays: { groups: 'string' } },
};

/** Checks one object against its kind's fields; returns `[path, expected, got]` for the first wrong one. */
function checkFields(
  record: Record<string, unknown>,
  kind: string,
  path: string,
): [string, string, unknown] | undefined {
  for (const [key, check] of Object.entries(SHAPES[kind]!.shape)) {
    const expected = check(record[key]);
    if (expected !== undefined) return [`${path}.${key}`, expected, record[key]];
  }
  return undefined;
}

/**
 * Finds the first place where `value` is not what the renderers read.
 * Returns `[path, expected, got]`, or `undefined` when the shape is right.
 *
 * @remarks
 * One pass over the arrays, so the work grows linearly with the comparison;
 * a stack of array cursors instead of recursion, so its depth is that of the
 * shape (four levels), whatever the number of elements.
 */
function findMismatch(
  value: Record<string, unknown>,
  kind: string,
  path: string,
): [string, string, unknown] | undefined {
  const cursors: { list: readonly unknown[]; next: number; kind: string; path: string }[] = [];
  const enter = (
    record: Record<string, unknown>,
    recordKind: string,
    at: string,
  ): [string, string, unknown] | undefined => {
    const wrong = checkFields(record, recordKind, at);
    if (wrong) return wrong;
    for (const [key, spelled] of Object.entries(SHAPES[recordKind]!.arrays ?? {})) {
      const optional = spelled.endsWith('?');
      const list = record[key];
      if (optional && list === undefined) continue;
      if (!Array.isArray(list)) return [`${at}.${key}`, optional ? 'an array or absent' : 'an array', list];
      cursors.push({ list, next: 0, kind: optional ? spelled.slice(0, -1) : spelled, path: `${at}.${key}` });
    }
    return undefined;
  };
  const top = enter(value, kind, path);
  if (top) return top;
  while (cursors.length > 0) {
    const cursor = cursors[cursors.length - 1]!;
    if (cursor.next >= cursor.list.length) {
      cursors.pop();
      continue;
    }
    const i = cursor.next++;
    const item = cursor.list[i];
    const at = `${cursor.path}[${i}]`;
    if (cursor.kind === 'string') {
      if (typeof item !== 'string') return [at, 'a string', item];
    } else if (!isRecord(item) || Array.isArray(item)) {
      return [at, 'an object', item];
    } else {
      const wrong = enter(item, cursor.kind, at);
      if (wrong) return wrong;
    }
  }
  return undefined;
}

/**
 * Checks, once at the entry of a renderer, that a value has the shape of a
 * comparison: every field a renderer reads, in every source, article,
 * group, member, link, unique sentence, pair, quote and diagnostic.
 *
 * @param value - What the renderer was given.
 * @param fn - The renderer's name, for the message.
 * @throws `ERR_INVALID_INPUT` naming the first field that is wrong, and what was expected there.
 */
export function assertComparison(value: unknown, fn: string): asserts value is Comparison {
  const fail = (detail: string): never => {
    throw new CopydeskError('ERR_INVALID_INPUT', `${fn} expects a Comparison from alignSources: ${detail}`);
  };
  if (!isRecord(value) || value['kind'] !== 'comparison') {
    const what =
      isRecord(value) && typeof value['kind'] === 'string' ? `an object of kind '${value['kind']}'` : describe(value);
    fail(`an object with kind 'comparison', got ${what}.`);
  }
  const mismatch = findMismatch(value as Record<string, unknown>, 'comparison', 'comparison');
  if (mismatch) fail(`${mismatch[0]} should be ${mismatch[1]}, got ${describe(mismatch[2])}.`);
}

/**
 * Small helpers shared by the renderers: labels, percentages, lookups.
 */
import { CopydeskError } from '../errors';
import type { Article, Comparison, Relation, SourceSummary } from '../types';

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

/** `0.4567` → `46%`. */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '–';
}

/** A short label for a source: its outlet when given, else its id. */
export function sourceLabel(source: SourceSummary | undefined, id: string): string {
  return source?.outlet ? `${source.outlet} (${id})` : id;
}

/** Maps source ids to their summaries and articles. */
export function indexSources(comparison: Comparison): {
  summaries: Map<string, SourceSummary>;
  articles: Map<string, Article>;
  originals: Map<string, string>;
} {
  const summaries = new Map(comparison.sources.map((s) => [s.id, s] as const));
  const articles = new Map(comparison.articles.map((a) => [a.id, a] as const));
  const originals = new Map(comparison.articles.map((a) => [a.id, a.original] as const));
  return { summaries, articles, originals };
}

/** Collapses runs of whitespace (line breaks inside a sentence) to one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Checks that a value is a comparison before rendering it. */
export function assertComparison(value: unknown, fn: string): void {
  const v = value as Partial<Comparison> | null;
  if (
    v === null ||
    typeof v !== 'object' ||
    v.kind !== 'comparison' ||
    !Array.isArray(v.sources) ||
    !Array.isArray(v.articles) ||
    !Array.isArray(v.groups)
  ) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      `${fn} expects a Comparison from alignSources (an object with kind 'comparison').`,
    );
  }
}

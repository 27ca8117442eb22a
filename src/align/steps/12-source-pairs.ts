/**
 * Step 12: what each source has alone, and how much each pair of sources
 * shares; a source that shares nothing is checked for being another story.
 *
 * @packageDocumentation
 */
import type { AlignmentGroup, Article, Diagnostic, SentenceRef, SourcePair, UniqueSentences } from '../../core/types';
import { boundPairs } from '../pairs';
import { isComparable, relatednessDiagnostics } from '../relatedness';
import type { PairStat } from './10-pair-stats';
import { type Entry, RELATION_RANK, refOf } from './types';

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The sentences of each source in no group (repeats aside), sources in canonical order. */
export function uniqueSentences(
  entries: readonly Entry[],
  groupOf: Int32Array,
  repeated: ReadonlySet<number>,
  canonical: readonly Article[],
): UniqueSentences[] {
  const bySource = canonical.map(() => [] as SentenceRef[]);
  entries.forEach((e, i) => {
    if (groupOf[i] === -1 && !repeated.has(i)) bySource[e.source]!.push(refOf(e));
  });
  return canonical.map((article, source) => ({ source: article.id, sentences: bySource[source]! }));
}

/**
 * The pairs of sources that share a group, with their coverage (bounded to
 * each source's strongest peers for very many pairs), and the diagnostics
 * about sources that share nothing.
 */
export function sourcePairs(
  stats: readonly PairStat[],
  canonical: readonly Article[],
  groups: readonly AlignmentGroup[],
  givenCount: number,
  diagnostics: Diagnostic[],
): readonly SourcePair[] {
  const pairs: SourcePair[] = stats.map(({ x, y, shared, coveredX, coveredY }) => {
    const na = canonical[x]!.sentences.length;
    const nb = canonical[y]!.sentences.length;
    return {
      a: canonical[x]!.id,
      b: canonical[y]!.id,
      sharedGroups: shared,
      coverageA: na ? round(coveredX / na) : 0,
      coverageB: nb ? round(coveredY / nb) : 0,
    };
  });
  // One story told by hundreds of outlets: every pair shares; list each source's strongest peers.
  const listed = boundPairs(pairs);
  if (listed.diagnostic) diagnostics.push(listed.diagnostic);
  const articles = canonical.filter(isComparable);
  if (givenCount === 1) {
    diagnostics.push({
      code: 'single-source',
      severity: 'info',
      message: 'Only one source was given: there is nothing to align, so every sentence is unique.',
    });
  } else if (articles.length === 1) {
    diagnostics.push({
      code: 'single-article',
      severity: 'info',
      message:
        `Only one source, ${JSON.stringify(articles[0]!.id)}, is an article with a body; the others are pages that are ` +
        'not articles or have no body text, so there is nothing to align it with and every sentence is unique.',
      source: articles[0]!.id,
    });
  } else {
    // Without a shared sentence, a source is a different story only if it shares few names, places and dates too.
    const shared = groups.filter((g) => RELATION_RANK[g.relation] >= RELATION_RANK.paraphrase);
    for (const d of relatednessDiagnostics(
      canonical,
      shared.map((g) => g.sources),
    ))
      diagnostics.push(d);
  }
  return listed.pairs;
}

/**
 * Same story or not (issue 12): how often `alignSources` calls a document of
 * a one-story cluster `unrelated-source`, and how often the document-level
 * relatedness calls documents of different clusters the same story, on the
 * Multi-News development clusters.
 *
 * @packageDocumentation
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignSources } from '../../src/align/align-sources';
import {
  type DocumentFeatures,
  documentRelatedness,
  ESTABLISHED_STORY_RELATEDNESS,
  extractDocumentFeatures,
  SAME_STORY_RELATEDNESS,
} from '../../src/align/relatedness';
import { diagnosticSource, EXTRA_LABELS_PATH, readJsonl } from './lib/multi-news';
import { markdownTable, percent } from './lib/table';
import type { EvalTask, MetricRow } from './types';

/** Figures of `alignSources` on the 690 documents at commit 5f4bfff, before document relatedness (realnews task). */
const BEFORE = { commit: '5f4bfff', unrelatedSource: '36.1% (249/690)' };

/** Thresholds of the tradeoff table. */
const SWEEP = [0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3];

interface Cluster {
  readonly idx: number;
  readonly documents: readonly string[];
}

interface Label {
  readonly idx: number;
  readonly doc: number;
  readonly notArticle: boolean;
}

interface Doc {
  readonly cluster: number;
  readonly features: DocumentFeatures;
  /** Labelled not-article, or flagged `not-article` by copydesk. */
  readonly notArticle: boolean;
  /** Shares no sentence at paraphrase level or above with another document of its cluster. */
  readonly isolated: boolean;
  readonly unrelated: boolean;
  readonly independent: boolean;
  /** Noted `single-article`: the only article of its cluster. */
  readonly single: boolean;
}

const ratio = (hit: number, n: number) => `${percent(hit, n)} (${hit}/${n})`;

/** The relatedness evaluation. */
export const task: EvalTask = {
  name: 'relatedness',
  async run(ctx) {
    const title = 'Same story or not: document relatedness and unrelated-source (Multi-News dev)';
    const dir = join(ctx.dataDir, 'multi-news-dev');
    const clustersPath = join(dir, 'clusters.jsonl');
    if (!existsSync(clustersPath)) return { title, skipped: `no data at ${dir}`, description: '', rows: [] };
    const clusters = readJsonl<Cluster>(clustersPath);
    const extraPath = EXTRA_LABELS_PATH;
    const labels = [
      ...(existsSync(join(dir, 'labels.jsonl')) ? readJsonl<Label>(join(dir, 'labels.jsonl')) : []),
      ...(existsSync(extraPath) ? readJsonl<Label>(extraPath) : []),
    ];
    const labelledNotArticle = new Set(labels.filter((l) => l.notArticle).map((l) => `${l.idx}/${l.doc}`));

    // 1. Every cluster through alignSources (no provenance: only the diagnostics are needed).
    const docs: Doc[] = [];
    clusters.forEach((cluster, c) => {
      const ids = cluster.documents.map((_, k) => `d${k}`);
      const comparison = alignSources(
        cluster.documents.map((text, k) => ({ id: ids[k]!, text })),
        { provenance: false },
      );
      const about = (code: string) =>
        new Set(comparison.diagnostics.filter((d) => d.code === code).map(diagnosticSource));
      const unrelated = about('unrelated-source');
      const independent = about('independent-coverage');
      const single = about('single-article');
      const flaggedNotArticle = about('not-article');
      ids.forEach((id, k) => {
        const article = comparison.articles[k]!;
        docs.push({
          cluster: c,
          features: extractDocumentFeatures(article),
          notArticle:
            labelledNotArticle.has(`${cluster.idx}/${k}`) ||
            flaggedNotArticle.has(id) ||
            article.diagnostics.some((d) => d.code === 'not-article'),
          isolated: unrelated.has(id) || independent.has(id) || single.has(id),
          unrelated: unrelated.has(id),
          independent: independent.has(id),
          single: single.has(id),
        });
      });
    });
    ctx.log(`${docs.length} documents in ${clusters.length} clusters`);

    // 2. Best relatedness of each document with an article of its own cluster; every cross-cluster pair.
    const bestPeer = docs.map(() => -1);
    const cross: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const score = documentRelatedness(docs[i]!.features, docs[j]!.features).score;
        if (docs[i]!.cluster === docs[j]!.cluster) {
          if (!docs[j]!.notArticle) bestPeer[i] = Math.max(bestPeer[i]!, score);
          if (!docs[i]!.notArticle) bestPeer[j] = Math.max(bestPeer[j]!, score);
        } else if (!docs[i]!.notArticle && !docs[j]!.notArticle) cross.push(score);
      }
    }
    // Articles that have another article in their cluster: a "different story" verdict on them is false.
    const eligible = docs.map((d, i) => !d.notArticle && bestPeer[i]! >= 0);
    const nEligible = eligible.filter(Boolean).length;
    const unrelated = docs.filter((d) => d.unrelated).length;
    const independent = docs.filter((d) => d.independent).length;
    const single = docs.filter((d) => d.single).length;
    const isolated = docs.filter((d) => d.isolated).length;
    const falseDifferent = docs.filter((d, i) => eligible[i] && d.unrelated).length;
    const crossSame = cross.filter((s) => s >= SAME_STORY_RELATEDNESS).length;
    const crossEstablished = cross.filter((s) => s >= ESTABLISHED_STORY_RELATEDNESS).length;

    const rows: MetricRow[] = [
      {
        metric: 'documents flagged `unrelated-source` (all are on-story)',
        system: 'alignSources',
        value: ratio(unrelated, docs.length),
        reference: `at ${BEFORE.commit}: ${BEFORE.unrelatedSource}`,
      },
      {
        metric: 'documents noted `independent-coverage`',
        system: 'alignSources',
        value: ratio(independent, docs.length),
      },
      {
        metric:
          'documents noted `single-article` (the only article of their cluster, beside pages that are not articles)',
        system: 'alignSources',
        value: ratio(single, docs.length),
      },
      {
        metric: 'documents sharing no sentence with their cluster',
        system: 'alignSources',
        value: ratio(isolated, docs.length),
      },
      {
        metric: 'false different-story: articles with an article peer flagged `unrelated-source`',
        system: 'alignSources',
        value: ratio(falseDifferent, nEligible),
        reference: 'aim: well under 5%',
      },
      {
        metric: `false same-story: cross-cluster article pairs at relatedness ≥ ${SAME_STORY_RELATEDNESS}`,
        system: 'documentRelatedness',
        value: ratio(crossSame, cross.length),
      },
      {
        metric: `cross-cluster article pairs at relatedness ≥ ${ESTABLISHED_STORY_RELATEDNESS} (beside an established story)`,
        system: 'documentRelatedness',
        value: ratio(crossEstablished, cross.length),
      },
    ];

    // 3. The tradeoff at other thresholds: document level only (no sentence test), articles as above.
    const sweep = SWEEP.map((t) => {
      const different = docs.filter((_, i) => eligible[i] && bestPeer[i]! < t).length;
      const differentIsolated = docs.filter((d, i) => eligible[i] && d.isolated && bestPeer[i]! < t).length;
      const same = cross.filter((s) => s >= t).length;
      return [
        String(t) + (t === SAME_STORY_RELATEDNESS ? ' (used)' : ''),
        ratio(different, nEligible),
        ratio(differentIsolated, nEligible),
        ratio(same, cross.length),
      ];
    });
    for (const [t, alone, both, same] of sweep) {
      ctx.log(
        `threshold ${t}: false different-story ${alone} alone, ${both} with the sentence test; false same-story ${same}`,
      );
    }
    const details = markdownTable(
      [
        'threshold',
        'false different-story, document level alone',
        'false different-story, no shared sentence either',
        'false same-story, cross-cluster pairs',
      ],
      sweep,
    );
    return {
      title,
      description:
        `Every cluster of the Multi-News development sample (${clusters.length} clusters, ${docs.length} documents) ` +
        'reports one story. `alignSources` (defaults, no provenance) runs on each cluster; a document is ' +
        '`unrelated-source` when it shares no sentence at paraphrase level or above with another AND its ' +
        `document relatedness (cosine of rare names, numbers, dates and rare words, IDF-weighted) stays below ` +
        `${SAME_STORY_RELATEDNESS} with every other (${ESTABLISHED_STORY_RELATEDNESS} beside a story that 3 or more ` +
        'sources tell in shared sentences). The only article of a cluster whose other documents are not articles ' +
        '(or have no body) is noted `single-article` instead: there is no other story to tell it apart from. ' +
        'False different-story is counted on the ' +
        `${nEligible} documents that are articles (not labelled or flagged not-article) with another article in ` +
        'their cluster; false same-story on every pair of such articles from different clusters (different ' +
        'stories, though some share a topic). The table below gives the tradeoff at other thresholds, ' +
        'from the relatedness alone and with the sentence test.',
      rows,
      details,
    };
  },
};

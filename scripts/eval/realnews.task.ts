/**
 * Real scraped news (Multi-News development sample, issue 12): what
 * `normalizeArticle` keeps of hand-labelled paragraphs, whether it flags
 * pages that are not articles, which wire agency copydesk attributes the text
 * to, and whether `alignSources`' provenance calls pairs with long verbatim
 * overlap derived (and pairs without it not).
 *
 * `COPYDESK_EVAL_DUMP=realnews npm run eval -- realnews` also writes, to
 * `/tmp/realnews-dump.txt` (never the repository: the articles belong to
 * their publishers), every labelled paragraph the normalizer gets wrong.
 *
 * @packageDocumentation
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSources } from '../../src/align/align-sources';
import type { DerivationClass } from '../../src/core/provenance';
import type { Article, Comparison, Diagnostic } from '../../src/core/types';
import { DEFAULT_AGENCIES } from '../../src/normalize/agencies';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { diagnosticSource, EXTRA_LABELS_PATH, HOLDOUT_LABELS_PATH, readJsonl } from './lib/multi-news';
import { markdownTable, percent } from './lib/table';
import type { EvalTask, MetricRow } from './types';

/**
 * Holdout 2: 79 documents (32 whole clusters in none of the other label files: every third unlabelled cluster
 * plus every twelfth from the second) labelled from the text alone before the rules were generalized. Held out
 * until commit ddec2f4; its wrong paragraphs have been studied since, so it is part of the tuning pool now.
 * Offsets and labels only.
 */
export const HOLDOUT2_LABELS_PATH = fileURLToPath(
  new URL('./data/multi-news-dev-labels-holdout2.jsonl', import.meta.url),
);

/**
 * Holdout 4: 80 documents drawn at random (seed 20261202) from the documents no other label file touched,
 * labelled from the text alone by two labelling sessions that never ran copydesk nor read its rules. Measured
 * once unseen, at commit 5ce6988 (non-body kept 12.9% (18/140), body kept 99.6% (1216/1221), non-articles
 * flagged 7/7, false flags 0/73), then studied: part of the tuning pool since. Offsets and labels only.
 */
export const HOLDOUT4_LABELS_PATH = fileURLToPath(
  new URL('./data/multi-news-dev-labels-holdout4.jsonl', import.meta.url),
);

/**
 * Holdout 5: the other 167 documents no label file touched (so every document of the sample is labelled now),
 * labelled from the text alone by three labelling sessions that never ran copydesk nor read its rules. Measured once
 * unseen, at commit 1e78b72 (the figures at 5ce6988 are the same): non-body kept 23.2% (99/426), body kept 94.8%
 * (2601/2744; 121 of the 143 body paragraphs lost are one reference page's list of substance names), non-articles
 * flagged 6/10, false flags 0/157; then studied: part of the tuning pool since. Offsets and labels only.
 */
export const HOLDOUT5_LABELS_PATH = fileURLToPath(
  new URL('./data/multi-news-dev-labels-holdout5.jsonl', import.meta.url),
);

/**
 * Holdout 3: 117 documents, every document of the 43 clusters no other label file touched, labelled from the
 * text alone (two labelling sessions that never ran copydesk nor read its rules), measured before and after the
 * rules changed once more and never looked at through the software's output. Offsets and labels only.
 */
export const HOLDOUT3_LABELS_PATH = fileURLToPath(
  new URL('./data/multi-news-dev-labels-holdout3.jsonl', import.meta.url),
);

/** Where the dump goes (outside the repository). */
export const DUMP_PATH = '/tmp/realnews-dump.txt';

/**
 * Figures measured by this task on main at commit 5f4bfff (2026-12-01, a clean
 * `git archive` export of that commit, Node 20), the state issue 12 starts
 * from; printed beside each run's figures so later runs read as before/after.
 * Same strings as the task prints; update only when re-baselining.
 */
const TODAY = {
  commit: '5f4bfff',
  nonBodyKept: '67.3% (111/165)',
  bodyKept: '98.9% (540/546)',
  notArticleFlagged: '0.0% (0/11)',
  notArticleFalseFlags: '0.0% (0/45)',
  agencyPrecision: '1.000 (4/4)',
  agencyRecall: '1.000 (4/4)',
  metadataAgencyPrecision: '1.000 (3/3)',
  metadataAgencyRecall: '0.750 (3/4)',
  highPairsDerived: '100.0% (10/10)',
  lowPairsDerived: '1.0% (7/687)',
  derivedWithNonArticle: '0',
  unrelatedSource: '36.1% (249/690)',
  // On all 187 labelled documents (the 56 above plus 131 in scripts/eval/data), same commit.
  nonBodyKeptAll: '65.7% (376/572)',
  bodyKeptAll: '99.7% (2030/2036)',
  notArticleFlaggedAll: '0.0% (0/39)',
  notArticleFalseFlagsAll: '0.0% (0/148)',
  agencyPrecisionAll: '0.889 (40/45)',
  agencyRecallAll: '0.833 (40/48)',
  metadataAgencyPrecisionAll: '0.917 (33/36)',
  metadataAgencyRecallAll: '0.688 (33/48)',
  byLabel: {
    caption: '66.5% (111/167)',
    furniture: '68.4% (117/171)',
    byline: '42.1% (8/19)',
    credit: '25.8% (8/31)',
    title: '21.4% (3/14)',
    dek: '60.0% (9/15)',
    dateline: '0.0% (0/1)',
    'not-article': '77.9% (120/154)',
  } as Readonly<Record<string, string>>,
} as const;

/**
 * Holdout 3 measured at commit 5ce6988 (the same figures as at ddec2f4), before the rules changed after holdout 4
 * was studied: the estimate of that state on unseen documents. Same strings as the task prints.
 */
const HOLDOUT3_BEFORE = {
  commit: '5ce6988',
  nonBodyKept: '49.3% (210/426)',
  bodyKept: '99.7% (1650/1655)',
  notArticle: '83.3% (5/6) / 0.0% (0/111)',
  agency: '1.000 (7/7) / 0.875 (7/8)',
  byLabel: {
    caption: '32.1% (17/53)',
    furniture: '46.3% (100/216)',
    byline: '10.3% (3/29)',
    credit: '6.3% (1/16)',
    title: '0.0% (0/9)',
    dek: '85.7% (6/7)',
    dateline: '50.0% (1/2)',
    'not-article': '87.2% (82/94)',
  } as Readonly<Record<string, string>>,
} as const;

/**
 * The tuning pool (the 56 labels with the data, the 131 extra, the 60 of the first holdout, the 79 of the second,
 * the 80 of the fourth and the 167 of the fifth, 573 documents) at commit 5ce6988, before the rules changed after
 * holdouts 4 and 5 were studied. Same strings as the task prints.
 */
const POOL_BEFORE = {
  commit: '5ce6988',
  nonBodyKept: '14.3% (219/1532)',
  bodyKept: '97.9% (8008/8183)',
  notArticleFlagged: '84.8% (56/66)',
  notArticleFalseFlags: '0.0% (0/507)',
  byLabel: {
    caption: '15.9% (67/422)',
    furniture: '13.1% (75/573)',
    byline: '12.5% (9/72)',
    credit: '4.5% (3/67)',
    title: '2.0% (1/50)',
    dek: '50.0% (23/46)',
    dateline: '0.0% (0/1)',
    'not-article': '13.6% (41/301)',
  } as Readonly<Record<string, string>>,
} as const;

/** Targets of issue 12. */
const TARGET = {
  nonBodyKept: '≤ 10%',
  bodyKept: '≥ 98%',
  notArticleFlagged: '≥ 90%',
  notArticleFalseFlags: '0 (implied; not stated in the issue)',
  agencyPrecision: '≥ 0.95',
  agencyRecall: '≥ 0.9',
  highPairsDerived: '100%',
  lowPairsDerived: '≤ 3%',
  derivedWithNonArticle: '0',
  unrelatedSource: '0% (implied; not stated in the issue)',
} as const;

/** Figures the issue states for the starting point (dev labels), for cross-checking. */
const ISSUE_STATED = 'non-body kept 70%, body kept 98.9%, non-articles flagged 0 of 11';

const NON_BODY_LABELS = [
  'caption',
  'furniture',
  'byline',
  'credit',
  'title',
  'dek',
  'dateline',
  'not-article',
] as const;

const SHINGLE = 8;
const HIGH_SHARE = 0.5;
const LOW_SHARE = 0.05;

interface Cluster {
  readonly idx: number;
  readonly documents: readonly string[];
}

interface LabelledParagraph {
  readonly i: number;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly mixed: boolean;
}

interface LabelledDoc {
  readonly idx: number;
  readonly doc: number;
  readonly chars: number;
  readonly notArticle: boolean;
  readonly agency: string | null;
  readonly paragraphs: readonly LabelledParagraph[];
}

/** Canonical agency name: the `DEFAULT_AGENCIES` name for any of its spellings, else the name trimmed. */
export function canonicalAgency(name: string | null | undefined): string | undefined {
  if (name === null || name === undefined) return undefined;
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const k = key(name);
  if (k === '') return undefined;
  for (const def of DEFAULT_AGENCIES) {
    if (key(def.name) === k || def.aliases.some((a) => key(a) === k)) return def.name;
  }
  return name.trim();
}

/** For each offset of `text`, whether it lies inside one of the article's body sentences. */
function keptMask(article: Article): Uint8Array {
  const mask = new Uint8Array(article.original.length);
  for (const s of article.sentences) mask.fill(1, s.start, s.end);
  return mask;
}

/** Share of the non-space characters of `[start, end)` inside kept sentences, or `undefined` when there are none. */
function keptShare(text: string, mask: Uint8Array, start: number, end: number): number | undefined {
  let total = 0;
  let kept = 0;
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    total++;
    if (mask[i] === 1) kept++;
  }
  return total === 0 ? undefined : kept / total;
}

const hasCode = (ds: readonly Diagnostic[] | undefined, code: string) => (ds ?? []).some((d) => d.code === code);

/** Distinct 8-word shingles of lower-cased `\w+` tokens. */
function shingles(text: string): Set<string> {
  const tokens = text.toLowerCase().match(/\w+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.add(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

/** Share of the smaller shingle set found in the other; `undefined` when the smaller has none. */
function shingleShare(a: Set<string>, b: Set<string>): number | undefined {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return undefined;
  let found = 0;
  for (const s of small) if (large.has(s)) found++;
  return found / small.size;
}

function clip(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}

interface Tally {
  n: number;
  hit: number;
}
const tally = (): Tally => ({ n: 0, hit: 0 });
const ratio = (t: Tally) => `${percent(t.hit, t.n)} (${t.hit}/${t.n})`;
const frac = (hit: number, n: number) => (n === 0 ? 'n/a' : `${(hit / n).toFixed(3)} (${hit}/${n})`);
const ref = (today: string, target?: string) =>
  `at ${TODAY.commit}: ${today}${target === undefined ? '' : `; target ${target}`}`;

const refPool = (before: string, today: string, target?: string) =>
  `at ${POOL_BEFORE.commit}: ${before}; on the first 187 labels at ${TODAY.commit}: ${today}${target === undefined ? '' : `; target ${target}`}`;
const refHeld = (before: string, target?: string) =>
  `at ${HOLDOUT3_BEFORE.commit}: ${before}${target === undefined ? '' : `; target ${target}`}`;

/** Ids given to the documents of a cluster (`d0`, `d1`, ...), quoted as-is in diagnostics. */
const docId = (k: number) => `d${k}`;

/** The Multi-News real-news evaluation. */
export const task: EvalTask = {
  name: 'realnews',
  async run(ctx) {
    const title = 'Real scraped news: furniture kept, non-articles, wire agency, copy verdicts (Multi-News dev)';
    const dir = join(ctx.dataDir, 'multi-news-dev');
    const clustersPath = join(dir, 'clusters.jsonl');
    const labelsPath = join(dir, 'labels.jsonl');
    if (!existsSync(clustersPath) || !existsSync(labelsPath)) {
      return { title, skipped: `no data at ${dir}`, description: '', rows: [] };
    }
    const clusters = readJsonl<Cluster>(clustersPath);
    // The 56 labels shipped with the data, plus the documents labelled for this project (offsets and labels only).
    const original = readJsonl<LabelledDoc>(labelsPath);
    const extraPath = EXTRA_LABELS_PATH;
    const extra = existsSync(extraPath) ? readJsonl<LabelledDoc>(extraPath) : [];
    // The first holdout (labelled after the rules were first tuned) has been looked at through the software's
    // output since (its wrong paragraphs were studied): it is part of the tuning pool now, no longer held out.
    const holdout = existsSync(HOLDOUT_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT_LABELS_PATH) : [];
    // So has the second since commit ddec2f4.
    const holdout2 = existsSync(HOLDOUT2_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT2_LABELS_PATH) : [];
    // And the fourth since commit 5ce6988 (measured once unseen first: see HOLDOUT4_LABELS_PATH).
    const holdout4 = existsSync(HOLDOUT4_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT4_LABELS_PATH) : [];
    // And the fifth since commit 1e78b72 (measured once unseen first: see HOLDOUT5_LABELS_PATH).
    const holdout5 = existsSync(HOLDOUT5_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT5_LABELS_PATH) : [];
    const labels = [...original, ...extra, ...holdout, ...holdout2, ...holdout4, ...holdout5];
    // Labelled from the text alone, never tuned on and never dumped.
    const heldOut = existsSync(HOLDOUT3_LABELS_PATH) ? readJsonl<LabelledDoc>(HOLDOUT3_LABELS_PATH) : [];
    const heldOutKeys = new Set(heldOut.map((d) => `${d.idx}/${d.doc}`));
    const originalKeys = new Set(original.map((d) => `${d.idx}/${d.doc}`));
    const byIdx = new Map(clusters.map((c) => [c.idx, c]));
    const dumpWanted = (process.env['COPYDESK_EVAL_DUMP'] ?? '').split(',').some((s) => s.trim() === 'realnews');

    // 1-3: paragraphs kept, non-articles flagged, on the labelled documents.
    const nonBody = tally();
    const body = tally();
    const perLabel = new Map<string, Tally>(NON_BODY_LABELS.map((l) => [l, tally()]));
    const notArticle = tally();
    const falseFlags = tally();
    // The same three on the original 56 labels only, comparable with the issue's starting figures.
    const nonBody56 = tally();
    const body56 = tally();
    const notArticle56 = tally();
    const held = {
      nonBody: tally(),
      body: tally(),
      notArticle: tally(),
      falseFlags: tally(),
      perLabel: new Map<string, Tally>(NON_BODY_LABELS.map((l) => [l, tally()])),
    };
    const dump: string[] = [];
    const labelledKey = new Map<string, LabelledDoc>();
    for (const doc of [...labels, ...heldOut]) {
      const text = byIdx.get(doc.idx)?.documents[doc.doc];
      if (text === undefined) throw new Error(`labels.jsonl names cluster ${doc.idx} doc ${doc.doc}, absent`);
      if (text.length !== doc.chars) throw new Error(`cluster ${doc.idx} doc ${doc.doc}: length differs from labels`);
      labelledKey.set(`${doc.idx}/${doc.doc}`, doc);
      const article = normalizeArticle(text);
      const mask = keptMask(article);
      const flagged = hasCode(article.diagnostics, 'not-article');
      const isOriginal = originalKeys.has(`${doc.idx}/${doc.doc}`);
      if (heldOutKeys.has(`${doc.idx}/${doc.doc}`)) {
        // The held-out documents count only in their own rows, and are never dumped.
        (doc.notArticle ? held.notArticle : held.falseFlags).n++;
        if (flagged) (doc.notArticle ? held.notArticle : held.falseFlags).hit++;
        for (const p of doc.paragraphs) {
          const share = keptShare(text, mask, p.start, p.end);
          if (share === undefined) continue;
          const kept = share >= 0.5;
          if (p.label === 'body') {
            held.body.n++;
            if (kept) held.body.hit++;
            continue;
          }
          held.nonBody.n++;
          const t = held.perLabel.get(p.label)!;
          t.n++;
          if (kept) {
            held.nonBody.hit++;
            t.hit++;
          }
        }
        continue;
      }
      if (doc.notArticle) {
        notArticle.n++;
        if (flagged) notArticle.hit++;
        if (isOriginal) {
          notArticle56.n++;
          if (flagged) notArticle56.hit++;
        }
      } else {
        falseFlags.n++;
        if (flagged) falseFlags.hit++;
      }
      const wrong: string[] = [];
      for (const p of doc.paragraphs) {
        const share = keptShare(text, mask, p.start, p.end);
        if (share === undefined) continue;
        const kept = share >= 0.5;
        if (p.label === 'body') {
          body.n++;
          if (kept) body.hit++;
          if (isOriginal) {
            body56.n++;
            if (kept) body56.hit++;
          }
          if (!kept) {
            const rules = [
              ...new Set(
                article.removed.filter((r) => r.start < p.end && p.start < r.end).map((r) => `${r.reason} ${r.rule}`),
              ),
            ];
            wrong.push(
              `  LOST body${p.mixed ? ' (mixed)' : ''} #${p.i} kept ${share.toFixed(2)} [${rules.join('; ') || 'no removal rule'}]: ${clip(text.slice(p.start, p.end))}`,
            );
          }
        } else {
          nonBody.n++;
          if (isOriginal) {
            nonBody56.n++;
            if (kept) nonBody56.hit++;
          }
          const t = perLabel.get(p.label) ?? tally();
          perLabel.set(p.label, t);
          t.n++;
          if (kept) {
            nonBody.hit++;
            t.hit++;
            wrong.push(
              `  KEPT ${p.label}${p.mixed ? ' (mixed)' : ''} #${p.i} kept ${share.toFixed(2)}: ${clip(text.slice(p.start, p.end))}`,
            );
          }
        }
      }
      if (dumpWanted) {
        dump.push(
          `== cluster ${doc.idx} doc ${doc.doc} (${doc.chars} chars${doc.notArticle ? ', not-article' : ''}${doc.agency ? `, agency ${doc.agency}` : ''}${flagged ? ', flagged not-article' : ''}): ${wrong.length} wrong of ${doc.paragraphs.length} paragraphs`,
          ...wrong,
          '',
        );
      }
    }
    ctx.log(`${labels.length} labelled documents: ${nonBody.n} non-body and ${body.n} body paragraphs`);

    // 4-6: every cluster through alignSources (defaults: provenance traced for up to 50 sources).
    const agencyProv = { named: 0, namedRight: 0, gold: 0, goldFound: 0 };
    const agencyMeta = { named: 0, namedRight: 0, gold: 0, goldFound: 0 };
    const agencyHeld = { named: 0, namedRight: 0, gold: 0, goldFound: 0 };
    const agencyErrors: string[] = [];
    const bins = [
      { name: `< ${LOW_SHARE}`, lo: 0, hi: LOW_SHARE, t: tally() },
      { name: `${LOW_SHARE}–0.2`, lo: LOW_SHARE, hi: 0.2, t: tally() },
      { name: `0.2–${HIGH_SHARE}`, lo: 0.2, hi: HIGH_SHARE, t: tally() },
      { name: `≥ ${HIGH_SHARE}`, lo: HIGH_SHARE, hi: Number.POSITIVE_INFINITY, t: tally() },
    ];
    let noShingles = 0;
    let nonArticlePairs = 0;
    const missedHigh: string[] = [];
    const derivedLow: string[] = [];
    const withNonArticle: string[] = [];
    let documents = 0;
    let unrelated = 0;
    let started = performance.now();
    for (const [n, cluster] of clusters.entries()) {
      const ids = cluster.documents.map((_, k) => docId(k));
      const comparison: Comparison = alignSources(cluster.documents.map((text, k) => ({ id: ids[k]!, text })));
      const provenance = comparison.provenance;
      if (provenance === undefined) throw new Error(`cluster ${cluster.idx}: no provenance in the comparison`);
      documents += ids.length;
      const unrelatedIds = new Set(
        comparison.diagnostics.filter((d) => d.code === 'unrelated-source').map(diagnosticSource),
      );
      unrelated += ids.filter((id) => unrelatedIds.has(id)).length;
      const flaggedNotArticle = new Set(
        ids.filter(
          (id, k) =>
            hasCode(comparison.articles.find((a) => a.id === id)?.diagnostics, 'not-article') ||
            [...comparison.diagnostics, ...provenance.diagnostics].some(
              (d) => d.code === 'not-article' && diagnosticSource(d) === id,
            ) ||
            labelledKey.get(`${cluster.idx}/${k}`)?.notArticle === true,
        ),
      );
      // Wire agency of the labelled documents.
      ids.forEach((id, k) => {
        const gold = labelledKey.get(`${cluster.idx}/${k}`);
        if (gold === undefined) return;
        const want = canonicalAgency(gold.agency);
        const fromProv = canonicalAgency(provenance.sources.find((s) => s.source === id)?.attribution?.agency);
        const fromMeta = canonicalAgency(comparison.articles.find((a) => a.id === id)?.metadata.agency);
        const isHeld = heldOutKeys.has(`${cluster.idx}/${k}`);
        for (const [got, into] of (isHeld
          ? [[fromProv, agencyHeld]]
          : [
              [fromProv, agencyProv],
              [fromMeta, agencyMeta],
            ]) as readonly (readonly [string | undefined, typeof agencyProv])[]) {
          if (got !== undefined) {
            into.named++;
            if (got === want) into.namedRight++;
          }
          if (want !== undefined) {
            into.gold++;
            if (got === want) into.goldFound++;
          }
        }
        if (fromProv !== want && !isHeld) {
          agencyErrors.push(
            `- cluster ${cluster.idx} doc ${k}: label ${want ?? 'none'}, attribution ${fromProv ?? 'none'}${fromMeta !== fromProv ? ` (metadata.agency ${fromMeta ?? 'none'})` : ''}`,
          );
        }
      });
      // Copy verdicts against shingle shares.
      const sets = cluster.documents.map(shingles);
      const classOf = new Map(provenance.reuse.map((r) => [`${r.source}>${r.target}`, r]));
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const share = shingleShare(sets[i]!, sets[j]!);
          const ab = classOf.get(`${ids[i]}>${ids[j]}`);
          const ba = classOf.get(`${ids[j]}>${ids[i]}`);
          const isDerived = (c: DerivationClass | undefined) => c !== undefined && c !== 'non-derived';
          const derived = isDerived(ab?.class) || isDerived(ba?.class);
          const where = `cluster ${cluster.idx} docs ${i}–${j}: shingle share ${share?.toFixed(3) ?? 'n/a'}, copydesk ${ab?.class ?? '?'} (${ab?.shareChars ?? '?'}) / ${ba?.class ?? '?'} (${ba?.shareChars ?? '?'})`;
          if (derived && (flaggedNotArticle.has(ids[i]!) || flaggedNotArticle.has(ids[j]!))) {
            withNonArticle.push(`- ${where}`);
          }
          if (share === undefined) {
            noShingles++;
            continue;
          }
          // A pair with a non-article page is held to "never derived" (above), not to its shingle share:
          // two identical platform notices share every shingle and must not be called copies.
          if (flaggedNotArticle.has(ids[i]!) || flaggedNotArticle.has(ids[j]!)) {
            nonArticlePairs++;
            continue;
          }
          const bin = bins.find((b) => share >= b.lo && share < b.hi)!;
          bin.t.n++;
          if (derived) bin.t.hit++;
          if (share >= HIGH_SHARE && !derived) missedHigh.push(`- ${where}`);
          if (share < LOW_SHARE && derived) derivedLow.push(`- ${where}`);
        }
      }
      if ((n + 1) % 50 === 0) {
        ctx.log(
          `${n + 1}/${clusters.length} clusters aligned (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
        started = performance.now();
      }
    }
    const high = bins[3]!.t;
    const low = bins[0]!.t;

    if (dumpWanted) {
      const counts = new Map<string, number>();
      for (const line of dump) {
        const m = /^ {2}(KEPT \S+|LOST body)/.exec(line);
        if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
      }
      writeFileSync(
        DUMP_PATH,
        [
          `copydesk realnews dump: labelled paragraphs normalizeArticle gets wrong (KEPT = non-body kept as body, LOST = body not kept).`,
          `Paragraph "kept" when >= half its non-space characters are inside body sentences. Text clipped to 100 characters.`,
          `Totals: ${[...counts.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`,
          '',
          ...dump,
        ].join('\n'),
      );
      ctx.log(`dump written to ${DUMP_PATH}`);
    }

    const labelRows: MetricRow[] = NON_BODY_LABELS.map((l) => {
      const t = perLabel.get(l)!;
      return {
        metric: `non-body kept: ${l}`,
        system: 'normalizeArticle',
        value: t.n === 0 ? 'n/a (no such paragraph)' : ratio(t),
        reference: refPool(POOL_BEFORE.byLabel[l] ?? '—', TODAY.byLabel[l] ?? '—'),
      };
    });
    const rows: MetricRow[] = [
      {
        metric: 'non-body paragraphs kept as body, original 56 labels',
        system: 'normalizeArticle',
        value: ratio(nonBody56),
        reference: ref(TODAY.nonBodyKept, TARGET.nonBodyKept),
      },
      {
        metric: 'body paragraphs kept, original 56 labels',
        system: 'normalizeArticle',
        value: ratio(body56),
        reference: ref(TODAY.bodyKept, TARGET.bodyKept),
      },
      {
        metric: 'non-articles flagged `not-article`, original 56 labels',
        system: 'normalizeArticle',
        value: ratio(notArticle56),
        reference: ref(TODAY.notArticleFlagged, TARGET.notArticleFlagged),
      },
      {
        metric: `non-body paragraphs kept as body, all ${labels.length} labels`,
        system: 'normalizeArticle',
        value: ratio(nonBody),
        reference: refPool(POOL_BEFORE.nonBodyKept, TODAY.nonBodyKeptAll, TARGET.nonBodyKept),
      },
      ...labelRows,
      {
        metric: `body paragraphs kept, all ${labels.length} labels`,
        system: 'normalizeArticle',
        value: ratio(body),
        reference: refPool(POOL_BEFORE.bodyKept, TODAY.bodyKeptAll, TARGET.bodyKept),
      },
      {
        metric: 'non-articles flagged `not-article`',
        system: 'normalizeArticle',
        value: ratio(notArticle),
        reference: refPool(POOL_BEFORE.notArticleFlagged, TODAY.notArticleFlaggedAll, TARGET.notArticleFlagged),
      },
      {
        metric: 'articles flagged `not-article` (false flags)',
        system: 'normalizeArticle',
        value: ratio(falseFlags),
        reference: refPool(
          POOL_BEFORE.notArticleFalseFlags,
          TODAY.notArticleFalseFlagsAll,
          TARGET.notArticleFalseFlags,
        ),
      },
      {
        metric: 'wire agency precision',
        system: 'provenance.sources[].attribution.agency',
        value: frac(agencyProv.namedRight, agencyProv.named),
        reference: ref(TODAY.agencyPrecisionAll, TARGET.agencyPrecision),
      },
      {
        metric: 'wire agency recall',
        system: 'provenance.sources[].attribution.agency',
        value: frac(agencyProv.goldFound, agencyProv.gold),
        reference: ref(TODAY.agencyRecallAll, TARGET.agencyRecall),
      },
      {
        metric: 'wire agency precision',
        system: 'article.metadata.agency',
        value: frac(agencyMeta.namedRight, agencyMeta.named),
        reference: ref(TODAY.metadataAgencyPrecisionAll),
      },
      {
        metric: 'wire agency recall',
        system: 'article.metadata.agency',
        value: frac(agencyMeta.goldFound, agencyMeta.gold),
        reference: ref(TODAY.metadataAgencyRecallAll),
      },
      {
        metric: `pairs with shingle share ≥ ${HIGH_SHARE} called derived`,
        system: 'alignSources provenance',
        value: ratio(high),
        reference: ref(TODAY.highPairsDerived, TARGET.highPairsDerived),
      },
      {
        metric: `pairs with shingle share < ${LOW_SHARE} called derived`,
        system: 'alignSources provenance',
        value: ratio(low),
        reference: ref(TODAY.lowPairsDerived, TARGET.lowPairsDerived),
      },
      {
        metric: 'derived pairs involving a non-article',
        system: 'alignSources provenance',
        value: String(withNonArticle.length),
        reference: ref(TODAY.derivedWithNonArticle, TARGET.derivedWithNonArticle),
      },
      ...(heldOut.length === 0
        ? []
        : [
            {
              metric: `held out 3 (${heldOut.length} documents, never tuned on): non-body kept as body`,
              system: 'normalizeArticle',
              value: ratio(held.nonBody),
              reference: refHeld(HOLDOUT3_BEFORE.nonBodyKept, TARGET.nonBodyKept),
            },
            ...NON_BODY_LABELS.map((l) => {
              const t = held.perLabel.get(l)!;
              return {
                metric: `held out 3: non-body kept: ${l}`,
                system: 'normalizeArticle',
                value: t.n === 0 ? 'n/a (no such paragraph)' : ratio(t),
                reference: refHeld(HOLDOUT3_BEFORE.byLabel[l] ?? '—'),
              };
            }),
            {
              metric: 'held out 3: body paragraphs kept',
              system: 'normalizeArticle',
              value: ratio(held.body),
              reference: refHeld(HOLDOUT3_BEFORE.bodyKept, TARGET.bodyKept),
            },
            {
              metric: 'held out 3: non-articles flagged / articles flagged',
              system: 'normalizeArticle',
              value: `${ratio(held.notArticle)} / ${ratio(held.falseFlags)}`,
              reference: refHeld(HOLDOUT3_BEFORE.notArticle, TARGET.notArticleFlagged),
            },
            {
              metric: 'held out 3: wire agency precision / recall',
              system: 'provenance.sources[].attribution.agency',
              value: `${frac(agencyHeld.namedRight, agencyHeld.named)} / ${frac(agencyHeld.goldFound, agencyHeld.gold)}`,
              reference: refHeld(HOLDOUT3_BEFORE.agency, `${TARGET.agencyPrecision} / ${TARGET.agencyRecall}`),
            },
          ]),
      {
        metric: 'documents flagged `unrelated-source` (all are on-story)',
        system: 'alignSources',
        value: `${percent(unrelated, documents)} (${unrelated}/${documents})`,
        reference: ref(TODAY.unrelatedSource, TARGET.unrelatedSource),
      },
    ];
    const list = (heading: string, items: readonly string[], max = 15) =>
      items.length === 0
        ? []
        : [
            `### ${heading} (${items.length}${items.length > max ? `, first ${max}` : ''})`,
            '',
            ...items.slice(0, max),
            '',
          ];
    const details = [
      '### Pairs by 8-word-shingle share: how many copydesk calls derived',
      '',
      markdownTable(
        ['shingle share', 'pairs', 'called derived'],
        bins.map((b) => [b.name, String(b.t.n), percent(b.t.hit, b.t.n)]),
      ),
      '',
      `${noShingles} pair(s) where the shorter document has fewer than ${SHINGLE} words are left out of the bins, ` +
        `and ${nonArticlePairs} pair(s) with a non-article page (labelled or flagged), which are counted in ` +
        '"derived pairs involving a non-article" instead.',
      '',
      ...list(`Pairs with shingle share ≥ ${HIGH_SHARE} not called derived`, missedHigh),
      ...list(`Pairs with shingle share < ${LOW_SHARE} called derived`, derivedLow),
      ...list('Derived pairs involving a non-article', withNonArticle),
      ...list('Wire agency errors (labelled documents)', agencyErrors),
    ].join('\n');
    return {
      title,
      description: [
        `Data: \`multi-news-dev\`, ${clusters.length} clusters of 2–9 real scraped articles about one story ` +
          `(${documents} documents, Multi-News validation sample), ${labels.length} of them labelled by hand ` +
          `(${original.length} with the data, ${extra.length} more for this project in ` +
          '`scripts/eval/data/multi-news-dev-labels-extra.jsonl`, ' +
          `${holdout.length} in \`scripts/eval/data/multi-news-dev-labels-holdout.jsonl\`, ${holdout2.length} in ` +
          `\`scripts/eval/data/multi-news-dev-labels-holdout2.jsonl\`, ${holdout4.length} in ` +
          `\`scripts/eval/data/multi-news-dev-labels-holdout4.jsonl\` and ${holdout5.length} in ` +
          '`scripts/eval/data/multi-news-dev-labels-holdout5.jsonl`, offsets and labels only) paragraph by paragraph; ' +
          'together the tuning pool. The last four sets were each held out first (labelled from the text alone), then ' +
          'their wrong paragraphs were studied to generalize the rules: they are tuned on now, no longer held out. ' +
          'Holdout 4 (80 documents drawn at random from those no other set touched, so most share a cluster with ' +
          'labelled documents) measured unseen at commit 5ce6988: non-body kept 12.9% (18/140), body kept 99.6% ' +
          '(1216/1221), non-articles flagged 7 of 7, articles flagged 0 of 73. Holdout 5 (the other 167 documents ' +
          'no set touched, so the whole sample is labelled now) measured unseen at commit 1e78b72: non-body kept ' +
          '23.2% (99/426), body kept 94.8% (2601/2744; 121 of the 143 body paragraphs lost are the list of substance ' +
          'names on one reference page), non-articles flagged 6 of 10, articles flagged 0 of 157. ' +
          'Labels (body, title, dek, byline, dateline, caption, credit, furniture, not-article), ' +
          'with `notArticle` and the wire `agency` the text credits. Figures from the issue for the start: ' +
          `${ISSUE_STATED}; the reference column gives this task's figures at commit \`${POOL_BEFORE.commit}\` (on the pool, before the last rule changes), at \`${TODAY.commit}\` (on the first 187 labels) and the issue's target.`,
        `Held out 3: ${heldOut.length} more documents in \`scripts/eval/data/multi-news-dev-labels-holdout3.jsonl\` ` +
          '(every document of the 43 clusters none of the other label files touch, labelled from the text alone by ' +
          'two sessions that never ran copydesk); never tuned on and never dumped, counted only in their own rows, ' +
          `whose reference column gives the figures before the last rule changes (commit \`${HOLDOUT3_BEFORE.commit}\`). ` +
          'Holdout 2 measured 36.7% non-body kept before the rules were generalized on the first pool and 34.9% after: ' +
          'rules fitted on the pool carry over to unseen pages only in part, and the held-out rows are the estimate ' +
          'to read for pages nobody here has seen.',
        'Paragraphs: `normalizeArticle(text)` on each labelled document; a paragraph is kept when at least half ' +
          'its non-space characters lie inside body sentences (`article.sentences[i].start/end`). Every label ' +
          'but body counts as non-body (title and dek included). Non-articles: a diagnostic with code `not-article` ' +
          'on the normalized article. Whitespace-only labelled paragraphs (4) are not counted.',
        'Wire agency: the attribution the provenance presents as "this text is X\'s" — ' +
          '`comparison.provenance.sources[i].attribution.agency` (`attributeWire`: credit lines, datelines, agency ' +
          'bylines and agency URLs, photo credits alone never attribute), from `alignSources` on the whole ' +
          'cluster; `article.metadata.agency` (dateline, credit, byline as the normalizer read them) is shown for ' +
          'comparison. Names are folded to the `DEFAULT_AGENCIES` name (Associated Press = AP). Precision counts ' +
          'documents where copydesk names an agency, recall documents whose label names one.',
        `Copy verdicts: every pair of documents of every cluster (alignSources defaults, provenance traced ` +
          `automatically); shingle share = share of the shorter document's distinct ${SHINGLE}-word shingles ` +
          '(lower-cased `\\w+` tokens, whole raw text) found in the other. A pair is derived when ' +
          '`provenance.reuse` classes either ordered pair wholly- or partially-derived. Non-articles are the ' +
          'labelled ones plus any document copydesk flags `not-article`. `unrelated-source`: documents of a ' +
          'cluster that alignSources says share no sentence with the others; every cluster is one story, so each ' +
          'is a false "different story".',
        `\`COPYDESK_EVAL_DUMP=realnews npm run eval -- realnews\` writes the wrong paragraphs of each labelled ` +
          `document to \`${DUMP_PATH}\`.`,
      ].join('\n\n'),
      rows,
      details,
    };
  },
};

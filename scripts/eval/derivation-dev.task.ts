/**
 * Derived versus non-derived on development data with real rewording, beside
 * today's decision (`classifyShare(shareChars)`, verbatim passages only) and a
 * character-bigram Dice baseline, plus quote-only overlaps on real
 * multi-outlet clusters. The figures the thresholds in
 * `src/provenance/tuning.ts` and `DERIVATION_THRESHOLDS` were fitted on.
 *
 * Development data only: MRPC train, PAN-13 source documents, STS Benchmark
 * train, the seeds, multi-news-dev. Never a test split.
 *
 * @packageDocumentation
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PairReuse } from '../../src/core/provenance';
import type { Article } from '../../src/core/types';
import { normalizeArticle } from '../../src/normalize/normalize-article';
import { classifyShare } from '../../src/provenance/classes';
import { findReuse } from '../../src/provenance/find-reuse';
import { traceProvenance } from '../../src/provenance/trace-provenance';
import { toArticle } from './derived.task';
import { createRng, type PlainArticle, renderArticle, revise } from './lib/derive';
import { repoRoot } from './lib/env';
import { markdownTable } from './lib/table';
import type { EvalTask, MetricRow } from './types';

const SEED = 20260113;

type Kind = 'verbatim' | 'light' | 'heavy' | 'heavy (MRPC)' | 'heavy (MRPC, no 8-word run)' | 'independent same-topic';
const DERIVED: readonly Kind[] = ['verbatim', 'light', 'heavy', 'heavy (MRPC)', 'heavy (MRPC, no 8-word run)'];

interface Row {
  readonly kind: Kind;
  readonly pair: PairReuse;
  readonly dice: number;
}

function body(a: Article): string {
  return a.paragraphs.map((p) => p.text).join(' ');
}

/** Character-bigram Dice of two texts (multisets, lower-cased, spaces collapsed). */
export function bigramDice(x: string, y: string): number {
  const grams = (s: string) => {
    const t = s.toLowerCase().replace(/\s+/g, ' ');
    const m = new Map<string, number>();
    for (let i = 0; i + 2 <= t.length; i++) {
      const g = t.slice(i, i + 2);
      m.set(g, (m.get(g) ?? 0) + 1);
    }
    return { m, n: Math.max(0, t.length - 1) };
  };
  const a = grams(x);
  const b = grams(y);
  if (a.n + b.n === 0) return 0;
  let common = 0;
  for (const [g, c] of a.m) common += Math.min(c, b.m.get(g) ?? 0);
  return (2 * common) / (a.n + b.n);
}

function tracePair(source: string, target: string): { pair: PairReuse; dice: number } {
  const a = normalizeArticle({ id: 'a', text: source });
  const b = normalizeArticle({ id: 'b', text: target });
  const p = traceProvenance([a, b]);
  return { pair: p.reuse.find((r) => r.source === 'a' && r.target === 'b')!, dice: bigramDice(body(a), body(b)) };
}

function readTsv(file: string): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((l) => l.replace(/\r$/, '').split('\t'));
}

/** Best accuracy of `value >= t` as "derived" over thresholds 0.00..1.00, with the range of thresholds reaching it. */
function bestThreshold(rows: readonly Row[], value: (r: Row) => number): { acc: number; lo: number; hi: number } {
  let best = { acc: -1, lo: 0, hi: 0 };
  for (let k = 0; k <= 100; k++) {
    const t = k / 100;
    const ok = rows.filter((r) => value(r) >= t === DERIVED.includes(r.kind)).length / rows.length;
    if (ok > best.acc + 1e-9) best = { acc: ok, lo: t, hi: t };
    else if (Math.abs(ok - best.acc) < 1e-9 && best.hi === Math.round((t - 0.01) * 100) / 100) best.hi = t;
  }
  return best;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mean = (xs: readonly number[]) => (xs.length === 0 ? Number.NaN : xs.reduce((s, x) => s + x, 0) / xs.length);

/**
 * MRPC train positives (sentence 1 a source, sentence 2 its rewording) and 60
 * documents built from them, 8 pairs to a document: the heavy revisions of
 * the derivation development set.
 */
export function mrpcRewordings(dataDir: string): { positives: string[][]; documents: Array<[string, string]> } {
  const mrpc = readTsv(join(dataDir, 'mrpc', 'msr_paraphrase_train.txt')).filter(
    (c) => c.length >= 5 && (c[0] === '1' || c[0] === '0'),
  );
  const positives = mrpc.filter((c) => c[0] === '1');
  const documents: Array<[string, string]> = [];
  for (let k = 0; k + 8 <= positives.length && k / 8 < 60; k += 8) {
    const group = positives.slice(k, k + 8);
    const doc = (side: 3 | 4) =>
      renderArticle({
        title: `Story ${k / 8 + 1}`,
        paragraphs: [0, 2, 4, 6].map((j) => [group[j]![side]!, group[j + 1]![side]!]),
      });
    documents.push([doc(3), doc(4)]);
  }
  return { positives, documents };
}

/** The development evaluation of derivation. */
export const task: EvalTask = {
  name: 'derivation-dev',
  async run(ctx) {
    const title = 'Derivation on development data: verbatim, rewritten, quoted';
    const srcDir = join(ctx.dataDir, 'pan13-text-alignment-subset', 'src');
    if (!existsSync(srcDir)) return { title, skipped: `no data at ${srcDir}`, description: '', rows: [] };
    const rng = createRng(SEED);
    const bases: PlainArticle[] = [];
    for (const f of readdirSync(srcDir).sort()) {
      if (bases.length >= 80) break;
      const article = toArticle(readFileSync(join(srcDir, f), 'utf8'), rng);
      if (article) bases.push(article);
    }
    const rows: Row[] = [];
    const add = (kind: Kind, source: string, target: string) => rows.push({ kind, ...tracePair(source, target) });
    // Generated revisions of real web text (scripts/eval/lib/derive.ts).
    for (let i = 0; i < Math.min(60, bases.length); i++) {
      const base = bases[(i + 20) % bases.length]!;
      const donor = bases[(i + 51) % bases.length]!.paragraphs.flat().join(' ').split(' ');
      for (const g of ['verbatim', 'light', 'heavy'] as const) {
        add(g, renderArticle(base), renderArticle(revise(base, donor, g, rng)));
      }
    }
    // MRPC train positives: sentence 1 the source, sentence 2 its rewording, 8 pairs to a document.
    const { positives, documents } = mrpcRewordings(ctx.dataDir);
    for (const [source, target] of documents) add('heavy (MRPC)', source, target);
    // Every sentence reworded: MRPC train positives that share no run of 8 words.
    const reworded = positives.filter((c) => findReuse(c[3]!, c[4]!).length === 0);
    for (let k = 0; k + 8 <= reworded.length && k / 8 < 60; k += 8) {
      const group = reworded.slice(k, k + 8);
      const doc = (side: 3 | 4) =>
        renderArticle({
          title: `Report ${k / 8 + 1}`,
          paragraphs: [0, 2, 4, 6].map((j) => [group[j]![side]!, group[j + 1]![side]!]),
        });
      add('heavy (MRPC, no 8-word run)', doc(3), doc(4));
    }
    // Direction of rewritten copies: the source's 10 sentences (MRPC sentence 1, no common 8-word run) against a
    // copy that rewords its first 6 (sentence 2), cut from the bottom, nothing verbatim. `short`: one sentence of
    // the copy's own after the third (the copy holds less of its own than the source holds that it lacks);
    // `padded`: four of its own, spread through it (as much of its own as the source has that it lacks: only
    // which text lacks the other's tail tells). The copy is told by its id half the time (ids in either order).
    const directionRows: Array<{ kind: string; verdict: string; want: string; reasons: readonly string[] }> = [];
    for (let k = 8 * 60, n = 0; k + 14 <= reworded.length && n < 80; k += 14, n++) {
      const group = reworded.slice(k, k + 14);
      const source = renderArticle({
        title: `Report ${n + 1}`,
        paragraphs: [0, 2, 4, 6, 8].map((j) => [group[j]![3]!, group[j + 1]![3]!]),
      });
      const kind = n % 4 < 2 ? 'short' : 'padded';
      const own = (j: number) => group[10 + j]![4]!;
      const copy = renderArticle({
        title: `Report ${n + 1}, rewritten`,
        paragraphs:
          kind === 'short'
            ? [
                [group[0]![4]!, group[1]![4]!],
                [group[2]![4]!, own(0)],
                [group[3]![4]!, group[4]![4]!, group[5]![4]!],
              ]
            : [
                [group[0]![4]!, own(0)],
                [group[1]![4]!, group[2]![4]!, own(1)],
                [own(2), group[3]![4]!],
                [group[4]![4]!, own(3), group[5]![4]!],
              ],
      });
      const [sourceId, copyId] = n % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      const p = traceProvenance([
        normalizeArticle({ id: sourceId, text: source }),
        normalizeArticle({ id: copyId, text: copy }),
      ]);
      const d = p.directions[0]!;
      directionRows.push({
        kind,
        verdict: d.verdict,
        want: d.a === sourceId ? 'a-to-b' : 'b-to-a',
        reasons: d.reasons,
      });
    }
    // Independent same-topic: the seeds 000–003 (one story, four outlets) and STS train news pairs scored ≤ 2.
    const seedDir = join(repoRoot, 'seeds');
    const seeds = existsSync(seedDir)
      ? readdirSync(seedDir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .slice(0, 4)
          .map((f) => readFileSync(join(seedDir, f), 'utf8'))
      : [];
    for (let i = 0; i < seeds.length; i++) {
      for (let j = 0; j < seeds.length; j++) if (i !== j) add('independent same-topic', seeds[i]!, seeds[j]!);
    }
    const sts = readTsv(join(ctx.dataDir, 'sts-benchmark', 'sts-train.csv')).filter(
      (c) => c[0] === 'main-news' && c.length >= 7 && Number(c[4]) <= 2,
    );
    // Pairs 8×60 on: the derived task uses the first ones.
    for (let k = 8 * 9; k + 8 <= sts.length && k / 8 < 9 + 60; k += 8) {
      const group = sts.slice(k, k + 8);
      const doc = (side: 5 | 6) =>
        renderArticle({ title: `Story ${k / 8 + 1}`, paragraphs: group.map((c) => [c[side]!]) });
      add('independent same-topic', doc(5), doc(6));
    }
    ctx.log(`${rows.length} development pairs`);

    const kinds: Kind[] = [
      'verbatim',
      'light',
      'heavy',
      'heavy (MRPC)',
      'heavy (MRPC, no 8-word run)',
      'independent same-topic',
    ];
    const today = (r: Row) => classifyShare(r.pair.shareChars) !== 'non-derived';
    const now = (r: Row) => r.pair.class !== 'non-derived';
    const acc = (called: (r: Row) => boolean, rs: readonly Row[]) =>
      rs.filter((r) => called(r) === DERIVED.includes(r.kind)).length / rs.length;
    const dice = bestThreshold(rows, (r) => r.dice);
    const derivedFit = bestThreshold(rows, (r) => r.pair.derivedShare ?? 0);
    const verbatimFit = bestThreshold(rows, (r) => r.pair.shareChars);
    const metrics: MetricRow[] = [
      {
        metric: 'derived vs non-derived accuracy',
        system: 'traceProvenance',
        value: pct(acc(now, rows)),
        reference: `today (shareChars ≥ 0.15): ${pct(acc(today, rows))}`,
      },
      {
        metric: 'derived vs non-derived accuracy',
        system: 'char-bigram Dice (best threshold)',
        value: `${pct(dice.acc)} at ${dice.lo.toFixed(2)}–${dice.hi.toFixed(2)}`,
      },
      {
        metric: 'best threshold on derivedShare (fit)',
        system: 'traceProvenance',
        value: `${pct(derivedFit.acc)} at ${derivedFit.lo.toFixed(2)}–${derivedFit.hi.toFixed(2)}`,
        reference: `on shareChars: ${pct(verbatimFit.acc)} at ${verbatimFit.lo.toFixed(2)}–${verbatimFit.hi.toFixed(2)}`,
      },
      ...kinds.map((k) => {
        const rs = rows.filter((r) => r.kind === k);
        const right = DERIVED.includes(k) ? 'called derived' : 'called non-derived';
        return {
          metric: `${k}: ${right}`,
          system: 'traceProvenance',
          value: `${pct(acc(now, rs))} (n=${rs.length})`,
          reference: `today: ${pct(acc(today, rs))}`,
        };
      }),
      ...kinds.map((k) => {
        const rs = rows.filter((r) => r.kind === k);
        return {
          metric: `${k}: mean derived share`,
          system: 'traceProvenance',
          value: `${mean(rs.map((r) => r.pair.derivedShare ?? 0)).toFixed(3)} (verbatim ${mean(rs.map((r) => r.pair.verbatimShare ?? 0)).toFixed(3)} + rewritten ${mean(rs.map((r) => r.pair.rewrittenShare ?? 0)).toFixed(3)})`,
          reference: `today (shareChars): ${mean(rs.map((r) => r.pair.shareChars)).toFixed(3)}; Dice ${mean(rs.map((r) => r.dice)).toFixed(3)}`,
        };
      }),
    ];

    for (const kind of ['short', 'padded']) {
      const rs = directionRows.filter((r) => r.kind === kind);
      if (rs.length === 0) continue;
      const right = rs.filter((r) => r.verdict === r.want).length;
      const verdicts = new Map<string, number>();
      for (const r of rs)
        verdicts.set(
          r.verdict === r.want ? 'right' : r.verdict,
          (verdicts.get(r.verdict === r.want ? 'right' : r.verdict) ?? 0) + 1,
        );
      metrics.push({
        metric: `rewritten copies (MRPC, tail cut, ${kind === 'short' ? 'one own sentence' : 'four own sentences spread'}): direction right`,
        system: 'traceProvenance',
        value: `${pct(right / rs.length)} (${right}/${rs.length})`,
        reference: [...verdicts].map(([v, c]) => `${v} ${c}`).join(', '),
      });
      const wrong = rs.filter((r) => r.verdict !== r.want).slice(0, 3);
      if (wrong.length > 0)
        ctx.log(
          `direction errors (${kind}):\n${wrong.map((r) => `- ${r.verdict}: ${r.reasons.join('; ')}`).join('\n')}`,
        );
    }
    // Real clusters: quote-only overlaps.
    const clustersPath = join(ctx.dataDir, 'multi-news-dev', 'clusters.jsonl');
    if (existsSync(clustersPath)) {
      let pairs = 0;
      let quoteOnly = 0;
      let quoteOnlyToday = 0;
      let quoteOnlyNow = 0;
      let derivedToday = 0;
      let derivedNow = 0;
      let byLinks = 0;
      let low = 0;
      let lowToday = 0;
      let lowNow = 0;
      const examples: string[] = [];
      const directionsSeen = new Map<string, number>();
      for (const line of readFileSync(clustersPath, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const c = JSON.parse(line) as { idx: number; documents: string[] };
        const articles = c.documents.map((text, i) =>
          normalizeArticle({ id: `d${i}`, text: text.replace(/ \n \n /g, '\n\n') }),
        );
        if (articles.length < 2) continue;
        const p = traceProvenance(articles);
        for (const d of p.directions) directionsSeen.set(d.verdict, (directionsSeen.get(d.verdict) ?? 0) + 1);
        for (const r of p.reuse) {
          pairs++;
          const t = classifyShare(r.shareChars) !== 'non-derived';
          const n = r.class !== 'non-derived';
          if (t) derivedToday++;
          if (n) derivedNow++;
          if (n && (r.verbatimShare ?? 0) < 0.15) byLinks++;
          if (r.shareChars < 0.05) {
            low++;
            if (t) lowToday++;
            if (n) lowNow++;
          }
          const q = r.sharedQuotes?.length ?? 0;
          if (r.passages.length > 0 && q === r.passages.length) {
            quoteOnly++;
            if (t) quoteOnlyToday++;
            if (n) quoteOnlyNow++;
          }
          if (n && !t && examples.length < 12) {
            examples.push(`- cluster ${c.idx} ${r.source} → ${r.target}: ${r.class}; ${r.reasons?.[0] ?? ''}`);
          }
        }
      }
      metrics.push(
        {
          metric: 'multi-news-dev: quote-only overlaps called derived',
          system: 'traceProvenance',
          value: `${quoteOnlyNow}/${quoteOnly}`,
          reference: `today: ${quoteOnlyToday}/${quoteOnly}`,
        },
        {
          metric: 'multi-news-dev: pairs with verbatim share < 0.05 called derived',
          system: 'traceProvenance',
          value: `${lowNow}/${low} (${pct(lowNow / Math.max(1, low))})`,
          reference: `today: ${lowToday}/${low}`,
        },
        {
          metric: 'multi-news-dev: direction verdicts',
          system: 'traceProvenance',
          value: ['a-to-b', 'b-to-a', 'common-source', 'unknown', 'unrelated']
            .map((v) => `${v} ${directionsSeen.get(v) ?? 0}`)
            .join(', '),
        },
        {
          metric: 'multi-news-dev: ordered pairs called derived',
          system: 'traceProvenance',
          value: `${derivedNow}/${pairs} (${byLinks} with verbatim < 0.15)`,
          reference: `today: ${derivedToday}/${pairs}`,
        },
      );
      if (examples.length > 0) ctx.log(`newly derived:\n${examples.join('\n')}`);
    }
    const errors = rows
      .filter((r) => now(r) !== DERIVED.includes(r.kind))
      .slice(0, 12)
      .map(
        (r) =>
          `- ${r.kind}: ${r.pair.class}, verbatim ${r.pair.verbatimShare}, rewritten ${r.pair.rewrittenShare}; ${r.pair.reasons?.[0] ?? ''}`,
      );
    ctx.log(`errors:\n${errors.join('\n')}`);
    return {
      title,
      description:
        'Development pairs: 60 PAN-13 source documents against a verbatim copy, a light and a heavy revision ' +
        '(scripts/eval/lib/derive.ts); 60 documents of 8 MRPC train positive pairs (sentence 1 the source, ' +
        'sentence 2 its rewording by another outlet); independent same-topic texts: the ordered pairs of seeds ' +
        '000–003 and documents of 8 STS Benchmark train main-news pairs scored 2 or less (not the ones the ' +
        '`derived` task uses). "Today" is the decision before sentence links and shared quotes: ' +
        '`classifyShare(shareChars)`. The Dice baseline is the character-bigram Dice of the two bodies at its best ' +
        'threshold on these pairs (an oracle threshold, so an upper bound for it). On multi-news-dev (250 real ' +
        'clusters) a quote-only overlap is an ordered pair whose every verbatim passage lies inside quotation marks ' +
        'in both texts. Direction of rewritten copies: 10 MRPC train sentences with no common 8-word run as the ' +
        'source, a copy rewording its first 6 (cut from the bottom) with one sentence of its own, or four spread ' +
        'through it; right when the copy is found to take from the source (ids in either order).',
      rows: metrics,
      details: [
        '### Errors (first 12)',
        '',
        ...errors,
        '',
        markdownTable(
          ['kind', 'n'],
          kinds.map((k) => [k, String(rows.filter((r) => r.kind === k).length)]),
        ),
      ].join('\n'),
    };
  },
};

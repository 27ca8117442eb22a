/**
 * One provenance statement per pair of sources, in words, shared by every
 * report (the demo, Markdown, HTML), so that they never say different things
 * about one pair.
 *
 * @packageDocumentation
 */

import { CopydeskError } from '../core/errors';
import type { PairReuse, Provenance } from '../core/provenance';
import { expectFunction, expectObject } from '../core/validate';

/** What a pair of sources is to each other. */
export type PairVerdict = 'takes-from' | 'common-source' | 'shared-text' | 'shares-little';

/** The provenance of one pair of sources, decided once for every report. */
export interface ProvenanceStatement {
  /** The first source of the pair, in id order. */
  readonly a: string;
  /** The second source of the pair, in id order. */
  readonly b: string;
  /**
   * `takes-from`: `taker` took text from `giver` (a derived class);
   * `common-source`: both carry the same wire or third-party copy and neither
   * took it from the other; `shared-text`: derived text, direction unknown;
   * `shares-little`: some shared wording, too little to call one derived from
   * the other.
   */
  readonly verdict: PairVerdict;
  /** For `takes-from`: the source that took text. */
  readonly taker?: string;
  /** For `takes-from`: the source it took from. */
  readonly giver?: string;
  /** For `common-source`: the agency or source both carry, when known. */
  readonly commonSource?: string;
  /** The statement in one sentence, naming sources by the given labels. */
  readonly text: string;
  /** Confidence of the direction or common source, in [0, 1]. */
  readonly confidence: number;
  /**
   * The evidence that decided the statement, in words, each reason once:
   * first the direction's (publication times, agency credits and datelines
   * quoted, which text has sentences the other lacks, a common source), then
   * the METER class of each way the pair shares text, led by who from whom
   * (`B from A: 40% verbatim (3 passages, the longest 52 words) + 22%
   * rewritten ...`). For `shares-little`, the direction's reasons already
   * give both ways' classes.
   */
  readonly reasons: readonly string[];
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The share the METER class was decided on (`derivedShare`; `shareChars` for hand-built values without it). */
function derived(r: PairReuse): number {
  return r.derivedShare ?? r.shareChars;
}

function howMuch(r: PairReuse, taker: string): string {
  const parts = [`${percent(derived(r))} of ${taker}'s body`];
  if (r.verbatimShare !== undefined && r.rewrittenShare !== undefined && r.rewrittenShare > 0) {
    parts.push(`${percent(r.verbatimShare)} verbatim, ${percent(r.rewrittenShare)} rewritten`);
  }
  return `${parts.join(': ')}, ${r.class}`;
}

/**
 * The statements about every pair of sources that share text or a source,
 * in the order of the provenance's directions (pairs in id order). Pairs that
 * share nothing get no statement.
 *
 * @param provenance - From `traceProvenance` or `comparison.provenance`.
 * @param label - How to name a source in `text` (its id by default; reports pass the display name).
 * @returns One statement per pair that shares text or a common source.
 * @throws {@link CopydeskError} `ERR_INVALID_INPUT` when `provenance` is not one; `ERR_INVALID_OPTION` when `label`
 *   is not a function or returns something other than a string; `ERR_CALLBACK_FAILED` when it throws.
 * @example
 * ```ts
 * const statements = provenanceStatements(comparison.provenance!);
 * statements[0]?.text; //=> 'paper takes from wire: 92% of paper's body, wholly-derived'
 * ```
 */
export function provenanceStatements(
  provenance: Provenance,
  label: (id: string) => string = (id) => id,
): ProvenanceStatement[] {
  const p = expectObject(provenance, 'The provenance given to provenanceStatements', 'ERR_INVALID_INPUT');
  if (p.kind !== 'provenance' || !Array.isArray(p.reuse) || !Array.isArray(p.directions)) {
    throw new CopydeskError(
      'ERR_INVALID_INPUT',
      'provenanceStatements expects the result of traceProvenance (or comparison.provenance).',
    );
  }
  expectFunction(label, 'The `label` of provenanceStatements', '(id: string) => string');
  const given = label;
  // A label that throws or gives no string is the caller's function failing: ERR_CALLBACK_FAILED with its error.
  label = (id) => {
    let name: unknown;
    try {
      name = given(id);
    } catch (error) {
      throw new CopydeskError('ERR_CALLBACK_FAILED', 'The `label` function threw; see `cause`.', { cause: error });
    }
    if (typeof name !== 'string') {
      throw new CopydeskError('ERR_INVALID_OPTION', `The \`label\` function returned ${typeof name}, not a string.`);
    }
    return name;
  };
  const reuseOf = new Map(provenance.reuse.map((r) => [`${r.source}\u0000${r.target}`, r]));
  const out: ProvenanceStatement[] = [];
  for (const d of provenance.directions) {
    const [a, b] = d.a <= d.b ? [d.a, d.b] : [d.b, d.a];
    const ab = reuseOf.get(`${a}\u0000${b}`); // b takes from a
    const ba = reuseOf.get(`${b}\u0000${a}`); // a takes from b
    const reuse = [ab, ba].filter((r): r is PairReuse => r !== undefined);
    // The derivation's reasons, led by who from whom, unless the direction already gives them (`unrelated`).
    const derivation =
      d.verdict === 'unrelated'
        ? []
        : reuse
            .filter((r) => r.class !== 'non-derived' || r.shareChars > 0)
            .flatMap((r) => (r.reasons ?? []).map((why) => `${r.target} from ${r.source}: ${why}`));
    const reasons = [...new Set([...d.reasons, ...derivation])];
    const base = { a, b, confidence: d.confidence, reasons };
    if (d.verdict === 'common-source') {
      const via = d.commonSource === undefined ? 'the same copy' : `the same copy of ${label(d.commonSource)}`;
      out.push({
        ...base,
        verdict: 'common-source',
        ...(d.commonSource !== undefined ? { commonSource: d.commonSource } : {}),
        text: `${label(a)} and ${label(b)} carry ${via}; neither took it from the other`,
      });
      continue;
    }
    const taken =
      d.verdict === 'a-to-b'
        ? reuseOf.get(`${d.a}\u0000${d.b}`)
        : d.verdict === 'b-to-a'
          ? reuseOf.get(`${d.b}\u0000${d.a}`)
          : undefined;
    if (taken !== undefined && taken.class !== 'non-derived') {
      out.push({
        ...base,
        verdict: 'takes-from',
        taker: taken.target,
        giver: taken.source,
        text: `${label(taken.target)} takes from ${label(taken.source)}: ${howMuch(taken, label(taken.target))}`,
      });
      continue;
    }
    const derivedOnes = reuse.filter((r) => r.class !== 'non-derived');
    if (derivedOnes.length > 0) {
      const r = derivedOnes.reduce((x, y) => (derived(y) > derived(x) ? y : x));
      out.push({
        ...base,
        verdict: 'shared-text',
        text: `${label(a)} and ${label(b)} share text (${howMuch(r, label(r.target))}); which took from which is not known`,
      });
      continue;
    }
    const shared = reuse.filter((r) => r.shareChars > 0);
    if (shared.length === 0) continue;
    const amounts = shared.map((r) => `${percent(r.shareChars)} of ${label(r.target)}'s body`).join(', ');
    // Every shared passage inside quotation marks in both: the same words quoted, not copied.
    const quotedOnly = shared.every((r) => r.sharedQuotes !== undefined && r.sharedQuotes.length === r.passages.length);
    out.push({
      ...base,
      verdict: 'shares-little',
      text: quotedOnly
        ? `${label(a)} and ${label(b)} quote the same words (${amounts}) but share nothing else: neither derives from the other`
        : `${label(a)} and ${label(b)} share a little wording (${amounts}): neither derives from the other`,
    });
  }
  return out;
}

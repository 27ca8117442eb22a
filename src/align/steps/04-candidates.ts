/**
 * Step 4: the pairs of nodes worth scoring, from an inverted index of
 * informative words.
 *
 * @packageDocumentation
 */
import type { Diagnostic } from '../../core/types';
import type { PreparedSentence } from '../../similarity/types';
import { type CandidatePairs, type CandidateReport, findCandidatePairs } from '../candidates';
import { CANDIDATE_INDEX } from '../tuning';
import type { Entry } from './types';

/**
 * Candidate node pairs `(x, y)`. A node of copies from several sources may
 * pair with any node; a node of one source never pairs with its own source's
 * nodes except as a near repeat (reported as a duplicate in step 5).
 */
export function findCandidates(
  nodes: readonly (readonly number[])[],
  entries: readonly Entry[],
  maxCandidates: number,
  diagnostics: Diagnostic[],
): { readonly pairs: CandidatePairs; readonly prepared: PreparedSentence[] } {
  const prepared = nodes.map((members) => entries[members[0]!]!.prepared);
  const nodeSource = nodes.map((members, i) => (members.length > 1 ? -1 - i : entries[members[0]!]!.source));
  const report: CandidateReport = { window: undefined, boundedWords: 0 };
  const pairs = findCandidatePairs(
    prepared,
    nodeSource,
    { ...CANDIDATE_INDEX, maxPerSentence: maxCandidates },
    false,
    report,
  );
  if (report.window !== undefined) {
    diagnostics.push({
      code: 'candidates-bounded',
      severity: 'info',
      message:
        `${report.boundedWords} words occur in more than ${2 * report.window + 1} distinct sentences ` +
        `(repetitive text?); through them each sentence was compared only with the ${2 * report.window} ` +
        'nearest in source order, to keep the work linear. Sentences sharing rarer words are compared as usual.',
    });
  }
  return { pairs, prepared };
}

/**
 * Attribution cues: the operation adds, removes or changes a cue (`said`,
 * `told`, `according to`, `citing`). It types the whole operation, with what
 * earlier steps noted (`name: …`) in its detail.
 *
 * @packageDocumentation
 */

import { type ChangedOp, defineStep } from './rule.js';
import { sameMultiset } from './tokens.js';

/** Id of the rule that types a cited source that changed; a cue beside it is part of that change. */
const CITED_SOURCE = 'name:cited-source';

/** The attribution cues of the operation, when the two sides differ in them and no cited source was typed. */
export const ATTRIBUTION = defineStep<ChangedOp>({
  id: 'attribution',
  read: (c) => (c.typedBy(CITED_SOURCE) || sameMultiset(c.cuesA, c.cuesB) ? undefined : c),
  final: true,
  rules: [
    {
      id: 'attribution:added',
      test: (c) =>
        c.cuesA.length === 0
          ? {
              type: 'attribution',
              severity: 'substantive',
              a: c.spanA,
              b: c.spanB,
              detail: ['attribution added', ...c.notes].join('; '),
            }
          : undefined,
    },
    {
      id: 'attribution:removed',
      test: (c) =>
        c.cuesB.length === 0
          ? {
              type: 'attribution',
              severity: 'substantive',
              a: c.spanA,
              b: c.spanB,
              detail: ['attribution removed', ...c.notes].join('; '),
            }
          : undefined,
    },
    {
      // `said` / `told`: both sides attribute, with other words.
      id: 'attribution:cue-changed',
      test: (c) => ({
        type: 'attribution',
        severity: 'minor',
        a: c.spanA,
        b: c.spanB,
        detail: ['cue changed', ...c.notes].join('; '),
      }),
    },
  ],
});

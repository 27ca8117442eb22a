import { describe, expect, it } from 'vitest';
import { predicateStems, sharedPredicate } from '../../src/align/predicate';
import { prepareSentence } from '../../src/similarity/features';

const stems = (text: string) => [...predicateStems(prepareSentence(text))].sort();

describe('predicateStems (what a sentence says happened, without names and attribution)', () => {
  it('leaves out names, also a multi-word name that opens the sentence', () => {
    // Seed 000: the sentence-initial `North` of `North Korea` is a name, not a predicate word.
    expect(stems('North Korea is seeking closer ties with Russia.')).toEqual(['close', 'seeki', 'ties']);
    expect(stems('Russian Foreign Minister Sergei Lavrov has said North Korea was ready.')).toEqual(['ready']);
  });

  it('keeps a capitalized first word that is not part of a name', () => {
    expect(stems('Negotiations between the delegations are planned.')).toEqual(['deleg', 'negot', 'plann']);
  });

  it('finds no shared predicate between two Lavrov statements about different things (seeds 002 / 000)', () => {
    const a = predicateStems(
      prepareSentence(
        'Earlier in January, Russian Foreign Minister Sergei Lavrov said North Korea had sent a positive signal.',
      ),
    );
    const b = predicateStems(
      prepareSentence('Russian Foreign Minister Sergei Lavrov has said North Korea was ready to resume stalled talks.'),
    );
    expect(sharedPredicate(a, b)).toBe(0);
  });
});

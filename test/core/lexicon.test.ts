import { describe, expect, it } from 'vitest';
import {
  crudeStem,
  FUNCTION_WORDS,
  isNegation,
  lemmaCandidates,
  lightStem,
  MODAL_VERBS,
  PREDICATE_FUNCTION_WORDS,
  PREDICATE_IGNORED,
  prefixStem5,
  REPORTING_VOCABULARY,
  SIMILARITY_STOPWORDS,
  stripPossessive,
} from '../../src/core/lexicon';

describe('lexicon', () => {
  it('has read-only sets', () => {
    expect(() => (FUNCTION_WORDS as Set<string>).add('x')).toThrow(TypeError);
    expect(() => (FUNCTION_WORDS as Set<string>).delete('the')).toThrow(TypeError);
    expect(() => (FUNCTION_WORDS as Set<string>).clear()).toThrow(TypeError);
    expect(FUNCTION_WORDS.has('the')).toBe(true);
  });

  it('builds the predicate list from its two named parts, and shares the modals', () => {
    expect(PREDICATE_IGNORED.size).toBe(171);
    for (const w of [...PREDICATE_FUNCTION_WORDS, ...REPORTING_VOCABULARY]) expect(PREDICATE_IGNORED.has(w)).toBe(true);
    for (const w of MODAL_VERBS) expect(SIMILARITY_STOPWORDS.has(w) && PREDICATE_IGNORED.has(w)).toBe(true);
    expect(SIMILARITY_STOPWORDS.size).toBe(113);
  });

  it('keeps one stemmer per behaviour', () => {
    expect(stripPossessive("kim's")).toBe('kim');
    expect(prefixStem5('celebrations')).toBe('celeb');
    expect(['states', 'stated', 'stating', 'state'].map(lightStem)).toEqual(['stat', 'stat', 'stat', 'stat']);
    expect(crudeStem('confirmed', 5)).toBe('confirm');
    expect(crudeStem('sing', 5)).toBe('sing');
    expect(lemmaCandidates('stopped', { minLength: 2, minDoubledStem: 3 })).toContain('stop');
  });

  it('reads negation', () => {
    expect(isNegation("didn't")).toBe(true);
    expect(isNegation('without')).toBe(true);
    expect(isNegation('know')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { areSynonyms, lemmaCandidates } from '../../src/diff/synonyms';

describe('lemmaCandidates', () => {
  it('offers the base forms of inflected words', () => {
    expect(lemmaCandidates('seeking')).toContain('seek');
    expect(lemmaCandidates('celebrates')).toContain('celebrate');
    expect(lemmaCandidates('ties')).toContain('tie');
    expect(lemmaCandidates('stopped')).toContain('stop');
    expect(lemmaCandidates('cities')).toContain('city');
    expect(lemmaCandidates("Kim's".toLowerCase())).toContain('kim');
  });
});

describe('areSynonyms (WordNet 3.1 synsets and derived forms)', () => {
  it('links synonyms, whatever their inflection', () => {
    expect(areSynonyms('quits', 'resigns')).toBe(true);
    expect(areSynonyms('car', 'automobile')).toBe(true);
    expect(areSynonyms('purchased', 'bought')).toBe(false); // `bought` is irregular: no base form found
    expect(areSynonyms('purchased', 'buy')).toBe(true);
  });

  it('links derived forms, and two forms of one word', () => {
    expect(areSynonyms('celebration', 'celebrate')).toBe(true);
    expect(areSynonyms('address', 'addressing')).toBe(true);
  });

  it('does not link antonyms, broader terms or unrelated words', () => {
    expect(areSynonyms('rises', 'falls')).toBe(false);
    expect(areSynonyms('victory', 'defeat')).toBe(false);
    expect(areSynonyms('car', 'vehicle')).toBe(false);
    // Linked only through a late sense of each word: not synonyms in news copy.
    expect(areSynonyms('bad', 'big')).toBe(false);
    expect(areSynonyms('hit', 'murder')).toBe(false);
    // WordNet puts these in one synset; a changed number or date is never a synonym.
    expect(areSynonyms('millions', 'billions')).toBe(false);
    expect(areSynonyms('hundred', 'century')).toBe(false);
    expect(areSynonyms('january', 'jan')).toBe(false);
    expect(areSynonyms('Moscow'.toLowerCase(), 'washington')).toBe(false);
  });

  it('answers false for words it does not know, and for prototype property names', () => {
    expect(areSynonyms('xqzzy', 'quits')).toBe(false);
    expect(areSynonyms('constructor', 'tostring')).toBe(false);
    expect(areSynonyms('__proto__', 'hasownproperty')).toBe(false);
  });
});

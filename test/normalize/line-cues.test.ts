import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/normalize/clean-text';
import { LINE_RULES } from '../../src/normalize/rules/boilerplate';
import { hasCue, LineScanner } from '../../src/normalize/rules/line-scanner';
import { findPhotoCredits, hasCaptionMarker, PHOTO_CUES } from '../../src/normalize/rules/metadata';
import { countWords } from '../../src/normalize/words';
import { seedFiles } from '../fixtures/seeds';
import fixture from '../fixtures/web-furniture/lines.json';

const scanner = new LineScanner([...LINE_RULES.map((rule) => rule.cues), PHOTO_CUES]);
const PHOTO = LINE_RULES.length;

/** `isTerminal` as the line splitter had it before the scanner. */
const isTerminal = (text: string) => /[.!?:;]["')\]]*$/.test(text) || /[.!?]["')\]]*\s/.test(text);

function scan(text: string) {
  scanner.scan(text, 0, text.length);
  return { words: scanner.words, terminal: scanner.terminal, lo: scanner.lo, hi: scanner.hi };
}

// Real lines: the furniture of real pages (each matched by a rule) and the seed articles' lines.
const furniture = fixture.furniture.map(([line]) => line as string);
const seedLines = seedFiles.flatMap((s) =>
  cleanText(s.text)
    .text.split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== ''),
);
// Variants that keep a rule's words but change their case and surroundings.
const variants = [...furniture, ...seedLines].flatMap((l) => [l, l.toUpperCase(), l.toLowerCase(), `- ${l}`, `${l} .`]);

describe('line scanner', () => {
  it('measures words and sentence ends as the line splitter did', () => {
    for (const line of [...furniture, ...seedLines]) {
      const m = scan(line);
      expect(m.words, line).toBe(countWords(line));
      expect(m.terminal, line).toBe(isTerminal(line));
    }
    const char = fc.constantFrom(
      ...'ab Z09.!?:;"\')]-’\u00a0\u2003é中\uD83D\uDE00\u0301\t,/@|'.split(''),
      'Mr.',
      "it's",
      'U.S.',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (parts) => {
        const line = parts.join('').trim();
        if (line === '') return;
        const m = scan(line);
        expect(m.words).toBe(countWords(line));
        expect(m.terminal).toBe(isTerminal(line));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  it('finds the cues of every line rule that matches a line (a cue is a necessary condition)', () => {
    let matched = 0;
    for (const line of variants) {
      const m = scan(line);
      LINE_RULES.forEach((rule, r) => {
        const view = { text: line, words: m.words, terminal: m.terminal };
        if (!rule.test(view)) return;
        matched++;
        expect(hasCue(m.lo, m.hi, r), `${rule.id} matches ${JSON.stringify(line)} without a cue`).toBe(true);
      });
    }
    // The check is not vacuous: most furniture lines match a rule.
    expect(matched).toBeGreaterThan(furniture.length);
  });

  it('finds the photo cue of every line with a photo credit or a caption marker', () => {
    const credits = [
      'Kim Jong Un visits a factory. (KCNA/Reuters)',
      'A man walks by. Photograph: Kevin Winter/Getty Images',
      'Image copyright AFP Image caption Mr Kim',
      'By Slaven Vlasic/Getty Images.',
      'The scene on Tuesday. REUTERS/Jonathan Ernst',
      'Photo courtesy of the family',
      'FILE PHOTO: a view of the port',
      'Pictured: the new building',
      ...furniture,
      ...seedLines,
    ];
    for (const line of credits.flatMap((l) => [l, l.toLowerCase(), l.toUpperCase()])) {
      const m = scan(line);
      const closesWithParen = /\)\.?\s*$/.test(line);
      if (findPhotoCredits(line, { pattern: /(?!)/g, startPattern: /(?!)/y, byName: new Map() }).length > 0) {
        expect(hasCue(m.lo, m.hi, PHOTO) || closesWithParen, line).toBe(true);
      }
      if (hasCaptionMarker(line)) expect(hasCue(m.lo, m.hi, PHOTO) || closesWithParen, line).toBe(true);
    }
  });
});

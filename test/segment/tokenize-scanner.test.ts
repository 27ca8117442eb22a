import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/segment/tokenize';

// The match boundaries and groups of tokenize's regular expression alone, as tokenize
// found them before the hand-written scanner: the scanner must find the same ones. (Since the
// audit that found soft hyphens splitting words, a run of invisible characters joins a word's parts; since the one
// that found `11am` read as `1` + `1am`, a number never gives up digits to a glued word.)
const TOKEN_RE =
  /(?<![\p{L}\p{N}])(\p{L}(?:\.\p{L})+\.?)(?![\p{L}\p{N}])|(\p{N}+(?:[.,]\p{N}+)*(?:(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[sS])(?![\p{L}]))?)|([\p{L}\p{M}\p{N}]+(?:(?:['’]|[\u00ad\u200b-\u200d\u2060\ufeff]+)[\p{L}\p{M}\p{N}]+)*)|(-{2,}|\.{2,}|[‐‑‒–—―]+)|(\S)/gu;

/** Raw matches of TOKEN_RE that become tokens (in-word hyphens and joined number words aside). */
function regexMatches(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** Every token's raw text starts at a match of TOKEN_RE and ends at the end of one. */
function consistent(text: string): boolean {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const m of text.matchAll(TOKEN_RE)) {
    starts.add(m.index);
    ends.add(m.index + m[0].length);
  }
  return tokenize(text).every((t) => starts.has(t.start) && ends.has(t.end) && text.slice(t.start, t.end) === t.text);
}

const seedDir = join(import.meta.dirname, '..', '..', 'seeds');

describe('tokenize scanner', () => {
  it('cuts the seed articles where the regular expression does', () => {
    for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.txt'))) {
      const text = readFileSync(join(seedDir, f), 'utf8');
      expect(regexMatches(text).length).toBeGreaterThan(100);
      expect(consistent(text), f).toBe(true);
    }
  });

  it('keeps the regular expression backtracking cases', () => {
    // Abbreviation backtracking, numbers whose greedy match is followed by a letter, astral letters.
    for (const text of [
      'U.S.Ab U.S.5 é.U.S.',
      '10m 1,5x 1sx 2nd 3rdx',
      'a𝐀b 5😀 U.𝐀.',
      'Kim’s don’t ’90s',
      '—– -- ... ½²',
    ]) {
      expect(consistent(text), text).toBe(true);
    }
    expect(tokenize('U.S.Ab').map((t) => t.text)).toEqual(['U.S', '.', 'Ab']);
    // A suffix followed by a letter is no suffix; the digits stay a number (`11am`: 11 and am, not 1 and 1am).
    expect(tokenize('3rdx 2nd').map((t) => [t.text, t.kind])).toEqual([
      ['3', 'number'],
      ['rdx', 'word'],
      ['2nd', 'number'],
    ]);
  });

  it('agrees with the regular expression on random strings of tricky characters', () => {
    const alphabet = [
      'a',
      'U',
      'S',
      'é',
      '\u0301',
      '.',
      '.',
      '5',
      '1',
      ',',
      's',
      't',
      'n',
      'd',
      '-',
      ' ',
      "'",
      '’',
      '😀',
      '²',
      '\u00a0',
      '“',
      '\u00ad',
      '\u200b',
      '\u2060',
    ];
    let s = 7;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      s = (s * 1103515245 + 12345) % 2147483648;
      const length = 1 + (s % 12);
      for (let k = 0; k < length; k++) {
        s = (s * 1103515245 + 12345) % 2147483648;
        text += alphabet[s % alphabet.length];
      }
      expect(consistent(text), JSON.stringify(text)).toBe(true);
    }
  });
});

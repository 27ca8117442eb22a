import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeWord, tokenize } from '../../src/segment/tokenize.js';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it('keeps offsets into the input for every token of a seed article', () => {
    const text = seed('002_7110f737bd6dd67c.txt');
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(500);
    let last = 0;
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.end).toBeGreaterThan(t.start);
      last = t.end;
    }
  });

  it('gives Kim Jong-un and Kim Jong Un the same norms (seed 002 dek and lede)', () => {
    const lines = seed('002_7110f737bd6dd67c.txt').split('\n');
    const dek = lines[2]!.slice(0, lines[2]!.indexOf(' in World War Two.'));
    const lede = lines[8]!.slice(0, lines[8]!.indexOf(' in World War Two,'));
    expect(dek).toContain('Kim Jong-un');
    expect(lede).toContain('Kim Jong Un');
    expect(norms(dek)).toEqual(norms(lede));
    expect(norms('Kim Jong-un')).toEqual(['kim', 'jong', 'un']);
  });

  it('does not split inside words with apostrophes', () => {
    expect(tokenize("Kim's first visit, Putin’s envoy, it doesn't").map((t) => t.text)).toEqual([
      "Kim's",
      'first',
      'visit',
      ',',
      'Putin’s',
      'envoy',
      ',',
      'it',
      "doesn't",
    ]);
    expect(norms('Putin’s')).toEqual(["putin's"]);
  });

  it('joins dotted abbreviations: U.S. equals US', () => {
    expect(norms('the U.S. and the US')).toEqual(['the', 'us', 'and', 'the', 'us']);
    const [us] = tokenize('U.S.-led talks');
    expect(us).toMatchObject({ text: 'U.S.', start: 0, end: 4, norm: 'us', kind: 'word' });
    expect(norms('U.S.-led talks')).toEqual(['us', 'led', 'talks']);
  });

  it('folds case, diacritics, quote styles and dash styles', () => {
    expect(norms('Zürich CAFÉ')).toEqual(['zurich', 'cafe']);
    expect(norms('“Many things that end up” being')).toEqual(norms('"many things that end up" being'));
    expect(norms("‘no’ 'no'")).toEqual(['"', 'no', '"', '"', 'no', '"']);
    expect(norms('Tackling the tough headlines – with humanity')).toEqual(
      norms('Tackling the tough headlines -- with humanity'),
    );
    expect(norms('a — b … c ...')).toEqual(['a', '-', 'b', '...', 'c', '...']);
  });

  it('folds British and American spellings', () => {
    expect(normalizeWord('denuclearisation')).toBe(normalizeWord('denuclearization'));
    expect(normalizeWord('Neighbour')).toBe('neighbor');
    expect(normalizeWord('neighbourhood')).toBe('neighborhood');
    expect(normalizeWord('colours')).toBe(normalizeWord('colors'));
    expect(normalizeWord('realised')).toBe(normalizeWord('realized'));
    expect(normalizeWord('analyse')).toBe(normalizeWord('analyze'));
    expect(normalizeWord('centre')).toBe('center');
    expect(normalizeWord('travelled')).toBe('traveled');
    expect(normalizeWord('defence')).toBe('defense');
    // Words that only look like variants stay apart.
    expect(normalizeWord('four')).toBe('four');
    expect(normalizeWord('hour')).toBe('hour');
    expect(normalizeWord('size')).toBe('size');
  });

  it('keeps number values', () => {
    const money = tokenize('$10,200,000');
    expect(money.map((t) => [t.kind, t.norm, t.value])).toEqual([
      ['symbol', '$', undefined],
      ['number', '10200000', 10200000],
    ]);
    expect(tokenize('10.2 percent')[0]).toMatchObject({ kind: 'number', norm: '10.2', value: 10.2 });
    expect(tokenize('in 2011.')[1]).toMatchObject({ text: '2011', kind: 'number', value: 2011 });
    expect(tokenize('About 20 state leaders')[1]!.norm).toBe(tokenize('About twenty state leaders')[1]!.norm);
    expect(tokenize('twenty-five')[0]).toMatchObject({ text: 'twenty-five', kind: 'number', value: 25, norm: '25' });
    expect(tokenize('the 70th anniversary')[1]).toMatchObject({ kind: 'number', value: 70, norm: '70th' });
    expect(tokenize('World War II')[2]).toMatchObject({ kind: 'number', value: 2 });
    expect(tokenize('World War Two')[2]!.norm).toBe('2');
    expect(tokenize('10.2%').map((t) => t.kind)).toEqual(['number', 'symbol']);
  });

  it('reads the digits of other scripts as their values, and never gives two different numbers one norm', () => {
    // Found in an audit: fullwidth digits were the number NaN, so `１２３` and `４５６` compared identical.
    const full = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    for (const text of ['123', '10,200,000', '10th', '2024']) {
      const [ascii] = tokenize(text);
      expect(tokenize(full(text)).map((t) => [t.kind, t.norm, t.value])).toEqual([
        [ascii!.kind, ascii!.norm, ascii!.value],
      ]);
    }
    expect(tokenize('\u0661\u0662\u0663')[0]).toMatchObject({ kind: 'number', norm: '123', value: 123 }); // Arabic-Indic
    expect(tokenize('\u{1d7cf}\u{1d7d0}')[0]).toMatchObject({ kind: 'number', norm: '12', value: 12 }); // mathematical bold
    // No double holds these, and `½` is no decimal: each keeps its own text as its norm.
    const huge = tokenize(`${'1'.repeat(400)} ${'2'.repeat(400)} \u00bd`);
    expect(huge.map((t) => t.norm)).toEqual(['1'.repeat(400), '2'.repeat(400), '\u00bd']);
    expect(huge.every((t) => t.kind === 'number' && Number.isNaN(t.value))).toBe(true);
  });

  it('reads a word with a soft hyphen, zero-width space or word joiner inside as the word, and skips them between words', () => {
    // Found in an audit: a copy with soft hyphens (Multi-News dev, cluster 1's sentence) was only near-verbatim.
    const plain = 'The Mississippi River is so low near Greenville.';
    for (const invisible of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const text = plain.replace('Mississippi', `Missis${invisible}sippi`).replace('low', `low${invisible}`);
      expect(norms(text)).toEqual(norms(plain));
      const word = tokenize(text)[1]!;
      expect([word.text, text.slice(word.start, word.end)]).toEqual([`Missis${invisible}sippi`, word.text]);
    }
  });

  it('keeps the digits of a number with a unit glued to it, and reads suffixes in either case', () => {
    // Found in an audit: `11am` was `1` and `1am`, `15km` `1` and `5km` (Multi-News dev: `15km`, `6.30am`, `36bn`;
    // MRPC train: `149mph`, `2400kg`), `23RD` the number 2.
    const read = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.norm}`);
    expect(read('at 11am')).toEqual(['word:at', 'number:11', 'word:am']);
    expect(read('149mph 2400kg $1.5bn')).toEqual([
      'number:149',
      'word:mph',
      'number:2400',
      'word:kg',
      'symbol:$',
      'number:1.5',
      'word:bn',
    ]);
    expect(read('23RD 1990S 2nd')).toEqual(['number:23rd', 'number:1990s', 'number:2nd']);
    expect(read('3D and 3-D')).toEqual(['number:3', 'word:d', 'word:and', 'number:3', 'word:d']);
  });

  it('marks capitalized tokens', () => {
    expect(tokenize('Russian aide Yuri Ushakov').map((t) => t.capitalized)).toEqual([true, false, true, true]);
  });

  it('returns nothing for empty or blank text and is deterministic', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
    const text = seed('000_ee71417b7566bb94.txt');
    expect(tokenize(text)).toEqual(tokenize(text));
  });
});

describe('tokenize on words that name Object.prototype members', () => {
  it('treats constructor, toString and valueOf as ordinary words (a diff of them must not crash)', async () => {
    const { diffSentences } = await import('../../src/index');
    // Ordinary English words that are also names of Object.prototype members.
    const tokens = tokenize('The constructor won; toString valueOf hasOwnProperty.');
    expect(tokens.filter((t) => t.kind === 'word').map((t) => [t.norm, t.value])).toEqual([
      ['the', undefined],
      ['constructor', undefined],
      ['won', undefined],
      ['tostring', undefined],
      ['valueof', undefined],
      ['hasownproperty', undefined],
    ]);
    const diff = diffSentences('Constructor Ferrari won.', 'Team Ferrari won.');
    expect(diff.changes.map((c) => c.a?.text)).toEqual(['Constructor']);
  });
});

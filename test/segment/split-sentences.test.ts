import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CopydeskError, isCopydeskError } from '../../src/core/errors';
import type { TextSpan } from '../../src/core/types';
import { splitSentences } from '../../src/segment/split-sentences';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'golden-rules');

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

/**
 * The span contract: exact slices, trimmed, non-empty, strictly increasing,
 * nothing but whitespace left out. Checked in plain code (one `expect` per
 * call) so that it stays fast on a million spans.
 */
function spanProblem(text: string, spans: readonly TextSpan[]): string | undefined {
  let previousEnd = 0;
  for (const [i, span] of spans.entries()) {
    if (span.start < previousEnd) return `span ${i} starts at ${span.start}, before the previous end ${previousEnd}`;
    if (span.end <= span.start) return `span ${i} is empty`;
    if (text.slice(span.start, span.end) !== span.text) return `span ${i} text differs from its slice`;
    if (span.text.trim() !== span.text) return `span ${i} is not trimmed`;
    if (text.slice(previousEnd, span.start).trim() !== '') return `text before span ${i} is left out`;
    previousEnd = span.end;
  }
  return text.slice(previousEnd).trim() === '' ? undefined : 'text after the last span is left out';
}

function checkSpans(text: string, spans: readonly TextSpan[]): void {
  expect(spanProblem(text, spans)).toBeUndefined();
}

interface Rule {
  readonly id: number;
  readonly text: string;
  readonly expected: readonly string[];
}

function readRules(file: string): Rule[] {
  return readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Rule);
}

/**
 * The comparison used for the Golden Rules: each sentence trimmed and its
 * whitespace runs collapsed to one space. The expected lists do this
 * themselves (rule "Errant newline in the middle of a sentence" expects
 * `It was a cold night` for `It was a cold \nnight`), and copydesk's spans are
 * raw slices of the input, so only whitespace is normalized, never a character
 * that could mark a boundary.
 */
const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The README file keeps some texts as the README prints them, as Ruby string
 * literals: `\n` is a line break and `\"` a quotation mark (the rules are named
 * "Errant newline ..." and "Double quotations ..."). Decode those two escapes.
 */
const decodeReadmeEscapes = (s: string): string => s.replace(/\\n/g, '\n').replace(/\\"/g, '"');

function failingRules(rules: readonly Rule[], decode: (s: string) => string): number[] {
  return rules
    .filter((rule) => {
      const got = texts(decode(rule.text)).map(normalize);
      const expected = rule.expected.map(normalize);
      return JSON.stringify(got) !== JSON.stringify(expected);
    })
    .map((rule) => rule.id);
}

describe('splitSentences on the Golden Rules', () => {
  it('passes at least 47 of the 48 pySBD English Golden Rules', () => {
    const rules = readRules('golden_rules_en.jsonl');
    expect(rules).toHaveLength(48);
    const failing = failingRules(rules, (s) => s);
    expect(failing, `failing rule ids: ${failing.join(', ')}`).toEqual([]);
    expect(rules.length - failing.length).toBeGreaterThanOrEqual(47);
  });

  it('passes at least 50 of the 52 rules of the pragmatic_segmenter README', () => {
    const rules = readRules('golden_rules_en_pragmatic_segmenter_readme.jsonl');
    expect(rules).toHaveLength(52);
    const failing = failingRules(rules, decodeReadmeEscapes);
    expect(failing, `failing rule ids: ${failing.join(', ')}`).toEqual([]);
    expect(rules.length - failing.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps raw offsets: the errant-newline rule keeps its newline in the span', () => {
    const text = 'It was a cold \nnight in the city.';
    expect(splitSentences(text)).toEqual([{ text, start: 0, end: text.length }]);
  });
});

describe('splitSentences on the seed articles', () => {
  const seed = (prefix: string): string => {
    const file = readdirSync(join(root, 'seeds')).find((f) => f.startsWith(prefix));
    if (file === undefined) throw new Error(`no seed ${prefix}`);
    return readFileSync(join(root, 'seeds', file), 'utf8');
  };

  it('keeps the UPI dateline in its sentence and handles Dr. and $10.2 million (seed 001)', () => {
    const text = seed('001_');
    const got = texts(text);
    expect(got).toContain(
      'MOSCOW, March 19 (UPI) -- Speculation that North Korean leader Kim Jong Un will visit Moscow during his first official foreign trip, was confirmed Thursday by an unnamed Russian official.',
    );
    expect(got).toContain(
      'Dr. Leonid Petrov, an Asian studies professor at Australian National University, said North Korea is a "convenient friend for Moscow."',
    );
    expect(got).toContain(
      "South Korea's overseas trade agency in Moscow said on Wednesday economic exchange between Russia and North Korea has witnessed remarkable growth.",
    );
    expect(got).toContain('North Korean exports to Russia grew almost 32 percent in 2014, or $10.2 million.');
    expect(got).toContain('In recent years Russia has been jumpstarting its old ties to North Korea.');
    expect(got).toContain('According to Petrov, Russia absolved $10 billion of Soviet-era debt owed by North Korea.');
    // A byline line and a caption line are their own sentences.
    expect(got).toContain('By Elizabeth Shim');
    expect(got).toContain('Photo courtesy of Yonhap/KCNA.');
  });

  it('splits a two-sentence quotation at its inner period, the closing quote staying with the second (seed 001)', () => {
    const got = texts(seed('001_'));
    const first = got.indexOf('"The invitation was sent to Kim Jong Un.');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(got[first + 1]).toBe('North Korea accepted the invitation," the Russian official said.');
  });

  it('keeps U.N. inside the sentence before lowercase and proper nouns (seed 002)', () => {
    const got = texts(seed('002_'));
    expect(got).toContain(
      "The North's relations with China, on the other hand, have cooled since Kim took over and then, in 2013, defied international warnings and U.N. sanctions to conduct a third nuclear test.",
    );
    expect(got).toContain(
      'China and Russia have both voted with the U.N. Security Council for sanctions on the North for its nuclear and missile tests.',
    );
    expect(got).toContain('(Reporting by Jack Kim; Editing by Michael Perry, Robert Birsel)');
  });

  it('keeps Brig. Gen. and U.S. inside their sentences, curly quotes with theirs (seed 004)', () => {
    const got = texts(seed('004_'));
    expect(got).toContain(
      '“As far as the details of that meeting and what will be discussed and when and where, I just don’t have any information to provide,” spokesperson Brig. Gen. Pat Ryder told reporters.',
    );
    expect(got).toContain('On its website, the Kremlin said the visit would happen in “the coming days.”');
    const usOfficials = got.find((s) => s.startsWith('Last week, U.S. officials said'));
    expect(usOfficials).toMatch(/“leader-level diplomatic engagement in Russia\.”$/);
  });

  it('separates short menu lines, lowercase ones included (seed 000)', () => {
    const got = texts(seed('000_'));
    const at = got.indexOf('Once');
    expect(got.slice(at, at + 7)).toEqual([
      'Once',
      'Monthly',
      'Annual',
      'Continue',
      'paiment methods',
      'Not ready to support today?',
      'Remind me later.',
    ]);
  });

  it('returns exact, trimmed, increasing spans covering every non-blank character of each seed', () => {
    for (const file of readdirSync(join(root, 'seeds'))) {
      const text = readFileSync(join(root, 'seeds', file), 'utf8');
      const spans = splitSentences(text);
      expect(spans.length).toBeGreaterThan(20);
      checkSpans(text, spans);
    }
  });
});

describe('splitSentences on news conventions', () => {
  it('returns offsets into the input', () => {
    expect(splitSentences('  She has $100.00. It is in her bag.\n')).toEqual([
      { text: 'She has $100.00.', start: 2, end: 18 },
      { text: 'It is in her bag.', start: 19, end: 36 },
    ]);
  });

  it('returns [] for empty and whitespace-only input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\r\n \u00a0')).toEqual([]);
  });

  it('does not split after titles and ranks', () => {
    expect(texts('Sen. Elizabeth Warren met Lt. Col. Ann Smith and Gov. Gavin Newsom. They talked.')).toEqual([
      'Sen. Elizabeth Warren met Lt. Col. Ann Smith and Gov. Gavin Newsom.',
      'They talked.',
    ]);
    expect(texts('Mr. and Mrs. Smith live on St. Paul Street with Prof. Jones.')).toEqual([
      'Mr. and Mrs. Smith live on St. Paul Street with Prof. Jones.',
    ]);
  });

  it('splits after a company abbreviation only before a sentence opener', () => {
    expect(texts('Apple Inc. Chief Executive Tim Cook spoke. Shares of Acme Corp. rose.')).toEqual([
      'Apple Inc. Chief Executive Tim Cook spoke.',
      'Shares of Acme Corp. rose.',
    ]);
    expect(texts('He sold the shares to Acme Corp. The deal closed.')).toEqual([
      'He sold the shares to Acme Corp.',
      'The deal closed.',
    ]);
  });

  it('keeps dates, numbers and numbered abbreviations together', () => {
    expect(texts('The vote is set for Jan. 5 and Feb. 12. It was delayed.')).toEqual([
      'The vote is set for Jan. 5 and Feb. 12.',
      'It was delayed.',
    ]);
    expect(texts('He was ranked No. 5 in the world. Inflation rose 3.5% to $10.2 million.')).toEqual([
      'He was ranked No. 5 in the world.',
      'Inflation rose 3.5% to $10.2 million.',
    ]);
    expect(texts('He said no. Then he left.')).toEqual(['He said no.', 'Then he left.']);
  });

  it('keeps initials with their names', () => {
    expect(texts('J. R. R. Tolkien wrote it. George W. Bush read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'George W. Bush read it.',
    ]);
  });

  it('treats a.m. and p.m. as a time, continued by a weekday or a time zone', () => {
    expect(texts('The polls close at 5 p.m. Friday in most states. Results come at 9 p.m. EST on Friday.')).toEqual([
      'The polls close at 5 p.m. Friday in most states.',
      'Results come at 9 p.m. EST on Friday.',
    ]);
    expect(texts('The meeting ended at 5 p.m. Police then cleared the square.')).toEqual([
      'The meeting ended at 5 p.m.',
      'Police then cleared the square.',
    ]);
  });

  it('keeps datelines in the first sentence', () => {
    expect(texts('WASHINGTON (AP) — The Senate voted on Tuesday. The bill passed.')).toEqual([
      'WASHINGTON (AP) — The Senate voted on Tuesday.',
      'The bill passed.',
    ]);
    expect(texts('SEOUL, Sept. 4 (Yonhap) -- North Korea fired a missile, officials said.')).toEqual([
      'SEOUL, Sept. 4 (Yonhap) -- North Korea fired a missile, officials said.',
    ]);
    expect(texts('ST. LOUIS (AP) — A judge ruled. SPRINGFIELD, Ill. (AP) — Lawmakers met.')).toEqual([
      'ST. LOUIS (AP) — A judge ruled.',
      'SPRINGFIELD, Ill. (AP) — Lawmakers met.',
    ]);
  });

  it('keeps closing quotes, nested quotes and guillemets with their sentence', () => {
    expect(texts('"He said \'no.\'" She left.')).toEqual(['"He said \'no.\'"', 'She left.']);
    expect(texts('“We will win.” The crowd cheered. «C’est fini.» He smiled.')).toEqual([
      '“We will win.”',
      'The crowd cheered.',
      '«C’est fini.»',
      'He smiled.',
    ]);
    expect(texts('“Why?” she asked. “Because,” he said.')).toEqual(['“Why?” she asked.', '“Because,” he said.']);
  });

  it('handles ellipses', () => {
    expect(texts('He paused… Then he spoke. I think... maybe not.')).toEqual([
      'He paused…',
      'Then he spoke.',
      'I think... maybe not.',
    ]);
  });

  it('keeps an ellipsis followed by a spaced one whole: no sentence of one dot (found by fuzzing)', () => {
    expect(texts('He left... ... Then he came back.')).toEqual(['He left... ...', 'Then he came back.']);
    expect(texts('He left\u2026 \u2026 Then he came back.')).toEqual(['He left\u2026 \u2026', 'Then he came back.']);
    expect(texts('He left\u2026. . . Then he came back.')).toEqual(['He left\u2026. . .', 'Then he came back.']);
    // A single period, then the spaced ellipsis, still ends the sentence at the period.
    expect(texts('It ended with a period. . . . Next sentence.')).toEqual([
      'It ended with a period.',
      '. . . Next sentence.',
    ]);
  });

  it('handles ?!, parentheses, URLs and e-mail addresses', () => {
    expect(texts('Really?! Yes. (The vote was 5-4.) It passed.')).toEqual([
      'Really?!',
      'Yes.',
      '(The vote was 5-4.)',
      'It passed.',
    ]);
    expect(texts('Read it at www.example.com/news.html. Write to desk@news.example.org. Thanks.')).toEqual([
      'Read it at www.example.com/news.html.',
      'Write to desk@news.example.org.',
      'Thanks.',
    ]);
  });

  it('ends a sentence at a blank line, and at a single line break before a new block', () => {
    expect(texts('Breaking news\n\nthe president resigned')).toEqual(['Breaking news', 'the president resigned']);
    expect(texts('Kim invites Putin\nSEOUL, Jan. 2 -- Kim sent a letter.')).toEqual([
      'Kim invites Putin',
      'SEOUL, Jan. 2 -- Kim sent a letter.',
    ]);
    // A hard-wrapped line continues its sentence.
    expect(texts('The minister said the talks would\ncontinue next week in Geneva.')).toEqual([
      'The minister said the talks would\ncontinue next week in Geneva.',
    ]);
    // A title at the end of a line still belongs to the name on the next.
    expect(texts('The report was written by Dr.\nJane Smith of Oxford.')).toEqual([
      'The report was written by Dr.\nJane Smith of Oxford.',
    ]);
  });

  it('splits numbered and bulleted lists into items', () => {
    expect(texts('1. Wash the car 2. Feed the dog 3. Sleep')).toEqual([
      '1. Wash the car',
      '2. Feed the dog',
      '3. Sleep',
    ]);
    expect(texts('• First point • Second point')).toEqual(['• First point', '• Second point']);
    // A number that does not continue a list is not a list marker.
    expect(texts('He won 2. The rest lost.')).toEqual(['He won 2.', 'The rest lost.']);
  });
});

describe('splitSentences at scraped joins (issue 12)', () => {
  // Scrapers that drop the space between paragraphs glue a quotation to the
  // sentence before it: 57 body sentences of the Multi-News dev clusters.
  it('splits a period glued to an opening quote', () => {
    expect(texts('The report said."The mayor was not told," he said.')).toEqual([
      'The report said.',
      '"The mayor was not told," he said.',
    ]);
    expect(texts('It closed in 2011.“We were never paid.”')).toEqual(['It closed in 2011.', '“We were never paid.”']);
    expect(texts("It was a hit.'Dancing With The Stars' called.")).toEqual([
      'It was a hit.',
      "'Dancing With The Stars' called.",
    ]);
  });

  it('keeps a closing quote with its sentence and opens the next at the glued one', () => {
    expect(texts('"I had never been to jail."I had to take care of it," he said.')).toEqual([
      '"I had never been to jail."',
      'I had to take care of it," he said.',
    ]);
    expect(texts('"I really like where I am.""I don\'t know," she says.')).toEqual([
      '"I really like where I am."',
      '"I don\'t know," she says.',
    ]);
    expect(texts('“It was tragic.”“We are thankful.”')).toEqual(['“It was tragic.”', '“We are thankful.”']);
  });

  it('splits ! and ? glued to a quote, and ! glued to a sentence opener', () => {
    expect(texts('"I like my girls chubby!"Gillibrand laughed.')).toEqual([
      '"I like my girls chubby!"',
      'Gillibrand laughed.',
    ]);
    expect(texts('Rocky the bobcat is on the run!The animal escaped on Friday.')).toEqual([
      'Rocky the bobcat is on the run!',
      'The animal escaped on Friday.',
    ]);
  });

  it('splits a period after a closing parenthesis glued to a capitalized word', () => {
    expect(texts('He was injured (left partially paralyzed).Patel had surgery.')).toEqual([
      'He was injured (left partially paralyzed).',
      'Patel had surgery.',
    ]);
  });

  it('does not split abbreviations, initials, decimals, addresses or brand names', () => {
    const whole = [
      'Officials in the U.S."The talks" were held.',
      'She met Dr."Doc" Jones in Washington.',
      'George W."Dubya" Bush was there.',
      'Shares rose 3.5"In" a day.',
      'See example.com for the list.',
      'Read it on Yahoo!News today.',
      'He wrote it on Yahoo!Finance before noon.',
      'The band played Oh!"Darling" twice.',
      'She works in ASP.NET and C# projects.',
      'A candidate for a Ph.D.-degree in Munich.',
    ];
    for (const text of whole) expect(texts(text)).toEqual([text]);
  });
});

describe('splitSentences on bad and pathological input', () => {
  it('throws ERR_INVALID_INPUT for a non-string', () => {
    for (const value of [undefined, null, 42, {}, ['a']]) {
      let caught: unknown;
      try {
        splitSentences(value as unknown as string);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CopydeskError);
      expect(isCopydeskError(caught) && caught.code).toBe('ERR_INVALID_INPUT');
    }
  });

  const timed = (text: string): { spans: TextSpan[]; ms: number } => {
    const t0 = performance.now();
    const spans = splitSentences(text);
    return { spans, ms: performance.now() - t0 };
  };

  it('scans 10 MB of dots in linear time, as one sentence', () => {
    const text = '.'.repeat(10_000_000);
    const { spans, ms } = timed(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.end).toBe(text.length);
    expect(ms).toBeLessThan(5000);
  });

  it('handles 10 MB without a space and a million titles in a row', () => {
    const nospace = timed('a'.repeat(10_000_000));
    expect(nospace.spans).toHaveLength(1);
    expect(nospace.ms).toBeLessThan(5000);
    const titles = 'Mr. '.repeat(1_000_000);
    const mr = timed(titles);
    expect(mr.spans).toEqual([{ text: titles.trimEnd(), start: 0, end: titles.length - 1 }]);
    expect(mr.ms).toBeLessThan(5000);
  });

  it('handles runs of spaced dots, newlines, closers and bullets in linear time', () => {
    for (const unit of ['. ', '\n', 'a\n', '."', '• ', '1) ', 'x.[1]', '\ud83d\ude00. ']) {
      const text = unit.repeat(Math.floor(2_000_000 / unit.length));
      const { spans, ms } = timed(text);
      checkSpans(text, spans);
      expect(ms).toBeLessThan(5000);
    }
  });

  it('never throws and keeps the span contract on arbitrary text', () => {
    const pieces = [
      '.',
      '. ',
      '...',
      '…',
      '?',
      '!',
      ' ',
      '\n',
      '\n\n',
      '"',
      "'",
      '’',
      '”',
      '(',
      ')',
      '[',
      ']',
      '1',
      '2.',
      'a.',
      'b)',
      'Mr.',
      'U.S.',
      'p.m.',
      'The',
      'word',
      'Word',
      '•',
      '\ud83d',
      '\u2029',
      'é',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        checkSpans(text, splitSentences(text));
      }),
      { numRuns: 2000 },
    );
  });
});

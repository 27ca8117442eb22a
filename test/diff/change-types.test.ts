/**
 * Every change type of `diffSentences`, on real sentence pairs (test/fixtures/diff/real-pairs.json: STS Benchmark
 * train main-news rows, MRPC train rows and the seed articles, copied verbatim with their origin).
 *
 * Each expectation was worked out by hand from the two sentences (which words changed, what kind of change a careful
 * journalist would call it, how much it matters), not copied from the library's output. A case where the library
 * disagrees with the hand check is an `it.fails` with a comment saying what the library does instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeSeverity, ChangeType, SentenceDiff, TypedChange } from '../../src/core/changes';
import { diffSentences } from '../../src/diff/diff-sentences';

interface RealPair {
  readonly id: string;
  readonly file: string;
  readonly row: string;
  readonly a: string;
  readonly b: string;
}

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'diff', 'real-pairs.json'), 'utf8'),
) as { readonly pairs: readonly RealPair[] };

/** The change as it reads: type, severity and the text of both sides (`null` for a missing side). */
interface Expected {
  readonly type: ChangeType;
  readonly severity: ChangeSeverity;
  readonly a: string | null;
  readonly b: string | null;
}

const change = (type: ChangeType, severity: ChangeSeverity, a: string | null, b: string | null): Expected => ({
  type,
  severity,
  a,
  b,
});

const view = (c: TypedChange): Expected => change(c.type, c.severity, c.a?.text ?? null, c.b?.text ?? null);

function pair(id: string): RealPair {
  const found = fixture.pairs.find((p) => p.id === id);
  if (found === undefined) throw new Error(`No pair ${id} in real-pairs.json.`);
  return found;
}

/** Diffs a fixture pair and checks that every change's spans slice back out of the two inputs. */
function diffPair(id: string, trivial: 'include' | 'omit' = 'include'): SentenceDiff {
  const p = pair(id);
  const d = diffSentences(p.a, p.b, { trivial });
  for (const c of d.changes) {
    if (c.a !== null) expect(p.a.slice(c.a.start, c.a.end)).toBe(c.a.text);
    if (c.b !== null) expect(p.b.slice(c.b.start, c.b.end)).toBe(c.b.text);
  }
  return d;
}

/** The pair has the expected change, and no change at all of the `absent` types. */
function expectChange(id: string, expected: Expected, absent: readonly ChangeType[] = []): void {
  const d = diffPair(id);
  expect(d.changes.map(view)).toContainEqual(expected);
  for (const type of absent) expect(d.changes.filter((c) => c.type === type).map(view)).toEqual([]);
}

describe('the fixture', () => {
  it('has unique ids and an origin for every pair', () => {
    const ids = fixture.pairs.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of fixture.pairs) {
      expect(p.file).not.toBe('');
      expect(p.row).not.toBe('');
      expect(p.a).not.toBe(p.b);
    }
  });
});

describe('number', () => {
  it('STS headlines 2014 0094: $30 billion / $25bn', () => {
    expectChange('sts-headlines-2014-0094', change('number', 'substantive', '$30 billion', '$25bn'));
  });
  it('STS headlines 2014 0159: a percentage, 0.26pc / 1.53%', () => {
    expectChange('sts-headlines-2014-0159', change('number', 'substantive', '0.26pc', '1.53%'));
  });
  it('STS headlines 2014 0342: kill 6 / kill 4', () => {
    expectChange('sts-headlines-2014-0342', change('number', 'substantive', '6', '4'));
  });
  it('STS headlines 2013 0138: 127 / 130 on board', () => {
    expectChange('sts-headlines-2013-0138', change('number', 'substantive', '127', '130'));
  });
  it('STS headlines 2014 0297: more than 500 / 400 hurt', () => {
    expectChange('sts-headlines-2014-0297', change('number', 'substantive', '500', '400'));
  });
  it('STS headlines 2015 1414: 10 / ten is the same number', () => {
    expectChange('sts-headlines-2015-1414', change('number', 'trivial', '10', 'ten'));
  });
  it('STS headlines 2014 0284: $250 million / $250-M is the same amount', () => {
    expectChange('sts-headlines-2014-0284', change('number', 'trivial', '$250 million', '$250-M'));
  });
  it('MRPC 655516: 8,300 / 8300 is the same number', () => {
    expectChange('mrpc-655516-655401', change('number', 'trivial', '8,300', '8300'));
  });
  // A casing change beside it (`expels` / `Expels`) is its own change.
  it('STS headlines 2015 1427: three / 3 is the same number', () => {
    expectChange('sts-headlines-2015-1427', change('number', 'trivial', 'three', '3'));
  });
});

describe('date', () => {
  it('STS headlines 2014 0169: Monday / Thursday', () => {
    expectChange('sts-headlines-2014-0169', change('date', 'substantive', 'Monday', 'Thursday'));
  });
  it('STS headlines 2013 0303: Thursday / Wednesday', () => {
    expectChange('sts-headlines-2013-0303', change('date', 'substantive', 'Thursday', 'Wednesday'));
  });
  it('STS headlines 2015 0926: April 5 / August 18', () => {
    expectChange('sts-headlines-2015-0926', change('date', 'substantive', 'April 5', 'August 18'));
  });
  it('STS headlines 2015 0291: Saturday 1st June / Saturday 20th April', () => {
    expectChange('sts-headlines-2015-0291', change('date', 'substantive', 'Saturday 1st June', 'Saturday 20th April'));
  });
  it('MRPC 1113463: the time "Wednesday afternoon" is dropped', () => {
    expectChange('mrpc-1113463-1113352', change('date', 'substantive', 'Wednesday afternoon', null));
  });
  it('seed 002 dek / body: "in 2011" moves, it does not change', () => {
    expectChange('seed-002-dek-body-trip', change('date', 'minor', '2011', null));
  });
  // `Dec. 2` is one date: an abbreviated month keeps its period.
  it('STS headlines 2015 0446: Dec. 2 / April 23', () => {
    expectChange('sts-headlines-2015-0446', change('date', 'substantive', 'Dec. 2', 'April 23'));
  });
  // The same on the `b` side.
  it('STS headlines 2015 0678: May 20, 2013 / Nov. 19, 2013', () => {
    expectChange('sts-headlines-2015-0678', change('date', 'substantive', 'May 20, 2013', 'Nov. 19, 2013'));
  });
  // A title-case headline that opens with `May` means the month, not the modal verb.
  it('STS headlines 2014 0071: "in May" moves to the front, a minor date change and no hedging', () => {
    expectChange('sts-headlines-2014-0071', change('date', 'minor', 'May', null), ['hedging']);
  });
});

describe('name', () => {
  it('STS headlines 2013 0534: UK / Australia', () => {
    expectChange('sts-headlines-2013-0534', change('name', 'substantive', 'UK', 'Australia'));
  });
  it('STS headlines 2013 0226: Pakistan / Indonesia', () => {
    expectChange('sts-headlines-2013-0226', change('name', 'substantive', 'Pakistan', 'Indonesia'));
  });
  it('STS headlines 2013 0620: Nigerian / Kenyan', () => {
    expectChange('sts-headlines-2013-0620', change('name', 'substantive', 'Nigerian', 'Kenyan'));
  });
  it('STS headlines 2013 0647: a person replaces a country, Russia / Lavrov', () => {
    expectChange('sts-headlines-2013-0647', change('name', 'substantive', 'Russia', 'Lavrov'));
  });
  it('STS headlines 2013 0720: Puerto Rico / Illinois', () => {
    expectChange('sts-headlines-2013-0720', change('name', 'substantive', 'Puerto Rico', 'Illinois'));
  });
  it('STS MSRpar 2012train 0664: Tehuacan / Teotihuacan are two places, not two spellings', () => {
    expectChange('sts-msrpar-2012train-0664', change('name', 'substantive', 'Tehuacan', 'Teotihuacan'), ['spelling']);
  });
  // `Ronald L.` / `Ron`: the speaker is the same man, a minor name change, not a new source (a middle initial on one
  // side only does not tell two people apart).
  it('MRPC 1757060: Ronald L. / Ron Kuby is the same speaker', () => {
    expectChange('mrpc-1757060-1756887', change('name', 'minor', 'Ronald L.', 'Ron'), ['attribution']);
  });
  // The same man, Gregory / Greg Parseghian: a minor name change.
  it('MRPC 872784: Gregory / Greg Parseghian is the same person', () => {
    expectChange('mrpc-872784-872834', change('name', 'minor', 'Gregory', 'Greg'));
  });
  // The same lawyer, Jim / James Eisenbrandt: a minor name change.
  it('MRPC 323440: Jim / James Eisenbrandt is the same person', () => {
    expectChange('mrpc-323440-323515', change('name', 'minor', 'Jim', 'James'));
  });
});

describe('quote', () => {
  it("STS headlines 2016 0407: 'improved' / 'worsened over past 48 hours'", () => {
    expectChange('sts-headlines-2016-0407', change('quote', 'substantive', 'improved', 'worsened over past 48 hours'));
  });
  it("MRPC 2410404: We're going / Rob Furst intends", () => {
    expectChange('mrpc-2410404-2410369', change('quote', 'substantive', "We're going", 'Rob Furst intends'));
  });
  it('MRPC 2398178: wide-ranging / widening inside the quote', () => {
    expectChange('mrpc-2398178-2398195', change('quote', 'substantive', 'wide-ranging', 'widening'));
  });
  it("STS MSRpar 2012train 0502: It's / It is misquotes without changing the meaning", () => {
    expectChange('sts-msrpar-2012train-0502', change('quote', 'minor', "It's", 'It is'));
  });
  it('MRPC 666922: attacks / attack inside the quote is minor', () => {
    expectChange('mrpc-666922-666899', change('quote', 'minor', 'attacks', 'attack'));
  });
  it('seed 003 / 001: the Ushakov quote, intends / plans', () => {
    expectChange('seed-003-001-ushakov', change('quote', 'substantive', 'intends', 'plans'));
  });
  it('MRPC 1657933: the same quote, speaker A spokesman / the specialist', () => {
    expectChange('mrpc-1657933-1657875', change('quote', 'substantive', 'A spokesman', 'the specialist'));
  });
  it('MRPC 2475154: the same quote, speaker Microsoft / Gillian Kent', () => {
    expectChange('mrpc-2475154-2475032', change('quote', 'substantive', 'Microsoft', 'Gillian Kent'));
  });
  it('MRPC 2504394: the same quoted words, source the source / the BBC', () => {
    expectChange('mrpc-2504394-2504360', change('quote', 'substantive', 'the source', 'the BBC'));
  });
});

describe('attribution', () => {
  it('STS headlines 2014 0741: "Official says" is added', () => {
    expectChange('sts-headlines-2014-0741', change('attribution', 'substantive', null, 'Official says'));
  });
  it('STS headlines 2013 0625: ": what the analysts say" is removed', () => {
    expectChange('sts-headlines-2013-0625', change('attribution', 'substantive', ': what the analysts say', null));
  });
  it('STS deft-news 2014 0161: "ozawa said that" is added', () => {
    expectChange('sts-deft-news-2014-0161', change('attribution', 'substantive', null, 'ozawa said that'));
  });
  it('seed 002 dek / lede: the Yonhap attribution is added', () => {
    expectChange(
      'seed-002-dek-lede',
      change(
        'attribution',
        'substantive',
        null,
        ", South Korea's Yonhap news agency said on Wednesday, citing a Kremlin spokesman",
      ),
    );
  });
  it('MRPC 448931: told / said at is a minor change of cue', () => {
    expectChange('mrpc-448931-449038', change('attribution', 'minor', 'told', 'said at'));
  });
  it('MRPC 2313849: told the House panel / said', () => {
    expectChange('mrpc-2313849-2313797', change('attribution', 'minor', 'told the House panel', 'said'));
  });
  it('MRPC 3271341: said / told his colleagues in a speech today', () => {
    expectChange(
      'mrpc-3271341-3271457',
      change('attribution', 'minor', 'said', 'told his colleagues in a speech today'),
    );
  });
  it('MRPC 34513: the cited source, Police say / Mr McKinlay said', () => {
    expectChange('mrpc-34513-34742', change('attribution', 'substantive', 'Police', 'Mr McKinlay'));
  });
  // The same words, first as a writer's account of them, then as told by the speaker himself: the cited source and the
  // cue both differ. The library reports only the source, attribution `Klein` → `John`, and a substantive rewording
  // `Klein quotes him as saying` → `John told a pal two days before his death` (and a number ∅ → `two`).
  it.fails('STS MSRpar 2012train 0526: Klein quotes him as saying / John told a pal', () => {
    expectChange(
      'sts-msrpar-2012train-0526',
      change('attribution', 'substantive', 'Klein quotes him as saying', 'John told a pal two days before his death'),
    );
  });
  // The sentence starts inside a quote: its first mark closes it, and the lower-case `he` after `Iraq."` attributes it.
  it('MRPC 2904023: "he told reporters." after the quote is dropped', () => {
    expectChange('mrpc-2904023-2904060', change('attribution', 'substantive', 'he told reporters.', null), ['quote']);
  });
});

describe('hedging', () => {
  it('MRPC 3047892: would / will', () => {
    expectChange('mrpc-3047892-3047936', change('hedging', 'substantive', 'would', 'will'));
  });
  it('MRPC 2725648: will / could', () => {
    expectChange('mrpc-2725648-2725720', change('hedging', 'substantive', 'will', 'could'));
  });
  it('MRPC 2143010: "allegedly" is dropped', () => {
    expectChange('mrpc-2143010-2143038', change('hedging', 'substantive', 'allegedly', null));
  });
  it('STS headlines 2013 0376: all set / likely', () => {
    expectChange('sts-headlines-2013-0376', change('hedging', 'substantive', 'all set', 'likely'));
  });
  it('STS deft-news 2014 0185: will sign / signed', () => {
    expectChange('sts-deft-news-2014-0185', change('hedging', 'substantive', 'will sign', 'signed'));
  });
  it('STS headlines 2014 0550: Start Leaving / set to leave', () => {
    expectChange('sts-headlines-2014-0550', change('hedging', 'substantive', 'Start Leaving', 'set to leave'));
  });
  it('MRPC 554534: will intensify / may well rise', () => {
    expectChange('mrpc-554534-554959', change('hedging', 'substantive', 'will intensify', 'may well rise'));
  });
  // `Suspected` marks an unconfirmed claim: dropping it removes a hedge.
  it('STS headlines 2015 0103: "Suspected" U.S. drone strike loses its hedge', () => {
    expectChange('sts-headlines-2015-0103', change('hedging', 'substantive', 'Suspected', null));
  });
});

describe('negation', () => {
  // Inside the longer replacement `said no` / `added that`, the negation change points at `no`.
  it('MRPC 3226418: "no" decisions had been made / decisions have been made', () => {
    expectChange('mrpc-3226418-3226399', change('negation', 'substantive', 'no', null));
  });
  it('STS deft-news 2014 0297: released on bail / without bail', () => {
    expectChange('sts-deft-news-2014-0297', change('negation', 'substantive', 'on', 'without'));
  });
  it("MRPC 2995266: I don't want / I still want", () => {
    expectChange('mrpc-2995266-2994938', change('negation', 'substantive', "don't", 'still'));
  });
  it('STS MSRpar 2012train 0096: "Kadyrov was not injured," is dropped', () => {
    expectChange('sts-msrpar-2012train-0096', change('negation', 'substantive', 'Kadyrov was not injured,', null));
  });
  it('MRPC 2732028: "no passenger was ejected" is added', () => {
    expectChange('mrpc-2732028-2731959', change('negation', 'substantive', null, 'no passenger was ejected, but'));
  });
  // Acquitted and found not guilty say the same; the library counts the surface `not` and reports negation added.
  it.fails('STS headlines 2013 0502: Acquitted / found not guilty is no negation', () => {
    expectChange('sts-headlines-2013-0502', change('rewording', 'minor', 'Acquitted', 'found not guilty'), [
      'negation',
    ]);
  });
  // `failing to` counts as a negation cue, as `not` does.
  it('MRPC 185327: failure to disclose / failing to disclose is no negation', () => {
    expect(diffPair('mrpc-185327-185283').changes.filter((c) => c.type === 'negation')).toEqual([]);
  });
  it('MRPC 1629945: failing to address / not addressing is no negation', () => {
    expectChange('mrpc-1629945-1629901', change('rewording', 'minor', 'failing to address', 'not addressing'), [
      'negation',
    ]);
  });
});

describe('insertion', () => {
  it('STS headlines 2015 1166: "as wildfires continue to burn" is added', () => {
    expectChange('sts-headlines-2015-1166', change('insertion', 'substantive', null, 'as wildfires continue to burn'));
  });
  it('STS headlines 2015 0697: "after minor stroke" is added', () => {
    expectChange('sts-headlines-2015-0697', change('insertion', 'substantive', null, 'after minor stroke'));
  });
  it('STS deft-news 2014 0023: "by the pakistani government" is added', () => {
    expectChange('sts-deft-news-2014-0023', change('insertion', 'substantive', null, 'by the pakistani government'));
  });
  it('STS deft-news 2014 0014: "the second proposal was that" is added', () => {
    expectChange('sts-deft-news-2014-0014', change('insertion', 'substantive', null, 'the second proposal was that'));
  });
  it('STS headlines 2013 0120: ", 4 wounded" is added', () => {
    expectChange('sts-headlines-2013-0120', change('insertion', 'substantive', null, ', 4 wounded'));
  });
  it('STS MSRpar 2012train 0463: only the function word "that" is added', () => {
    expectChange('sts-msrpar-2012train-0463', change('insertion', 'minor', null, 'that'));
  });
  // `no-frills` is an adjective, not a negation.
  it('STS headlines 2014 0250: "British no-frills airline" is added, no negation', () => {
    expectChange('sts-headlines-2014-0250', change('insertion', 'substantive', null, 'British no-frills airline'), [
      'negation',
    ]);
  });
});

describe('omission', () => {
  it('STS headlines 2013 0304: "; protesters gather" is dropped', () => {
    expectChange('sts-headlines-2013-0304', change('omission', 'substantive', '; protesters gather', null));
  });
  it('STS deft-news 2014 0158: "and was first signed in 1990" is dropped', () => {
    expectChange('sts-deft-news-2014-0158', change('omission', 'substantive', 'and was first signed in 1990', null));
  });
  it('STS headlines 2014 0142: "In shock move," is dropped', () => {
    expectChange('sts-headlines-2014-0142', change('omission', 'substantive', 'In shock move,', null));
  });
  it('STS headlines 2014 0584: ", including gunman," is dropped', () => {
    expectChange('sts-headlines-2014-0584', change('omission', 'substantive', ', including gunman,', null));
  });
  it('STS MSRpar 2012train 0638: "in a horror movie" is dropped', () => {
    expectChange('sts-msrpar-2012train-0638', change('omission', 'substantive', 'in a horror movie', null));
  });
  it('STS deft-news 2014 0038: "french energy and transport company" is dropped', () => {
    expectChange(
      'sts-deft-news-2014-0038',
      change('omission', 'substantive', 'french energy and transport company', null),
    );
  });
});

describe('rewording', () => {
  it('STS headlines 2013 0110: close mixed / open lower', () => {
    expectChange('sts-headlines-2013-0110', change('rewording', 'substantive', 'close mixed', 'open lower'));
  });
  it('STS deft-news 2014 0125: condemned the violence / demanded a cease-fire', () => {
    expectChange(
      'sts-deft-news-2014-0125',
      change('rewording', 'substantive', 'condemned the violence', 'demanded a cease-fire'),
    );
  });
  it('STS headlines 2013 0179: government retakes / militia takes control of', () => {
    expectChange(
      'sts-headlines-2013-0179',
      change('rewording', 'substantive', 'government retakes', 'militia takes control of'),
    );
  });
  it('STS deft-news 2014 0059: divided between / claimed by both', () => {
    expectChange('sts-deft-news-2014-0059', change('rewording', 'substantive', 'divided between', 'claimed by both'));
  });
  it('MRPC 2007827: does not have a / has no is minor and no negation', () => {
    expectChange('mrpc-2007827-2007774', change('rewording', 'minor', 'does not have a', 'has no'), ['negation']);
  });
  it('MRPC 131979: which / that is minor', () => {
    expectChange('mrpc-131979-131957', change('rewording', 'minor', 'which', 'that'));
  });
  // A synonym phrase: the synonym table links single words (`know` and `call` are not linked), so the library calls
  // the change substantive.
  it.fails('STS deft-news 2014 0026: known as / called is minor', () => {
    expectChange('sts-deft-news-2014-0026', change('rewording', 'minor', 'known as', 'called'));
  });
  // WordNet puts `quit` and `resign` in one synset.
  it('STS headlines 2013 0119: quits / resigns is minor', () => {
    expectChange('sts-headlines-2013-0119', change('rewording', 'minor', 'quits', 'resigns'));
  });
});

describe('spelling', () => {
  it('STS headlines 2014 0059: hospitalized / hospitalised', () => {
    expectChange('sts-headlines-2014-0059', change('spelling', 'trivial', 'hospitalized', 'hospitalised'));
  });
  it('MRPC 3271547: stabilisation / stabilization', () => {
    expectChange('mrpc-3271547-3271275', change('spelling', 'trivial', 'stabilisation', 'stabilization'));
  });
  it('STS headlines 2016 0081: programme / program', () => {
    expectChange('sts-headlines-2016-0081', change('spelling', 'trivial', 'programme', 'program'));
  });
  it('MRPC 419328: fueled / fuelled', () => {
    expectChange('mrpc-419328-419467', change('spelling', 'trivial', 'fueled', 'fuelled'));
  });
  it('STS headlines 2014 0617: transliteration, Taliban / Taleban', () => {
    expectChange('sts-headlines-2014-0617', change('spelling', 'trivial', 'Taliban', 'Taleban'));
  });
  it('STS headlines 2013 0458: transliteration Morsi / Mursi, and the typo Eygptian / Egyptian', () => {
    expectChange('sts-headlines-2013-0458', change('spelling', 'trivial', 'Morsi', 'Mursi'));
    expectChange('sts-headlines-2013-0458', change('spelling', 'trivial', 'Eygptian', 'Egyptian'));
  });
  it('seed 002 dek / lede: Jong-un / Jong Un is spelling, not a name change', () => {
    expectChange('seed-002-dek-lede', change('spelling', 'trivial', 'Jong-un', 'Jong Un'), ['name']);
  });
  it('seed 002 dek / body: Jong-il / Jong Il is spelling, not a name change', () => {
    expectChange('seed-002-dek-body-trip', change('spelling', 'trivial', 'Jong-il', 'Jong Il'), ['name']);
  });
  // Names are paired one by one inside a longer replacement, so the minister spelled two ways is found.
  it('MRPC 1605818: McClellan / McLellan is one minister spelled two ways', () => {
    expectChange('mrpc-1605818-1605806', change('spelling', 'trivial', 'McClellan', 'McLellan'));
  });
});

describe('casing', () => {
  it('STS headlines 2015 0040: police / Police', () => {
    expectChange('sts-headlines-2015-0040', change('casing', 'trivial', 'police', 'Police'));
  });
  it('STS headlines 2014 0290: Exclusive / EXCLUSIVE', () => {
    expectChange('sts-headlines-2014-0290', change('casing', 'trivial', 'Exclusive', 'EXCLUSIVE'));
  });
  it('STS headlines 2013 0289: Third Front / third front', () => {
    expectChange('sts-headlines-2013-0289', change('casing', 'trivial', 'Third Front', 'third front'));
  });
  it('STS headlines 2014 0190: receives / Receives', () => {
    expectChange('sts-headlines-2014-0190', change('casing', 'trivial', 'receives', 'Receives'));
  });
  it('STS headlines 2014 0342: Bombs Hit / bombs hit', () => {
    expectChange('sts-headlines-2014-0342', change('casing', 'trivial', 'Bombs Hit', 'bombs hit'));
  });
  it('STS headlines 2015 1430: smog hits north / Smog Hits North', () => {
    expectChange('sts-headlines-2015-1430', change('casing', 'trivial', 'smog hits north', 'Smog Hits North'));
  });
  // Only the case differs: casing, not a number change.
  it('STS headlines 2015 1315: Two / two', () => {
    expectChange('sts-headlines-2015-1315', change('casing', 'trivial', 'Two', 'two'), ['number']);
  });
});

describe('abbreviation', () => {
  it('STS headlines 2013 0284: U.N. / UN', () => {
    expectChange('sts-headlines-2013-0284', change('abbreviation', 'trivial', 'U.N.', 'UN'));
  });
  it('STS headlines 2013 0606: U.N. / UN', () => {
    expectChange('sts-headlines-2013-0606', change('abbreviation', 'trivial', 'U.N.', 'UN'));
  });
  it('MRPC 1369889: US / U.S.', () => {
    expectChange('mrpc-1369889-1369743', change('abbreviation', 'trivial', 'US', 'U.S.'));
  });
  it('MRPC 2494709: FTC / F.T.C.', () => {
    expectChange('mrpc-2494709-2494434', change('abbreviation', 'trivial', 'FTC', 'F.T.C.'));
  });
  it('STS MSRpar 2012train 0463: ACC / A.C.C.', () => {
    expectChange('sts-msrpar-2012train-0463', change('abbreviation', 'trivial', 'ACC', 'A.C.C.'));
  });
  it('STS headlines 2014 0709: NZ / New Zealand', () => {
    expectChange('sts-headlines-2014-0709', change('abbreviation', 'trivial', 'NZ', 'New Zealand'));
  });
  // The casing change of `Votes` beside it is its own change.
  it('STS headlines 2015 1210: D.C. / DC', () => {
    expectChange('sts-headlines-2015-1210', change('abbreviation', 'trivial', 'D.C.', 'DC'));
  });
  // The library reports name `New York` → `NYC`, substantive: the same city.
  it.fails('STS headlines 2013 0231: New York / NYC', () => {
    expectChange('sts-headlines-2013-0231', change('abbreviation', 'trivial', 'New York', 'NYC'), ['name']);
  });
  // `USGS` is the initials of `US Geological Survey`, with `US` counted whole: the same agency.
  it('STS headlines 2013 0095: USGS / US Geological Survey', () => {
    expectChange('sts-headlines-2013-0095', change('abbreviation', 'trivial', 'USGS', 'US Geological Survey'), [
      'name',
    ]);
  });
  // The title `Dr.` / `Dr`: an abbreviation written two ways.
  it('MRPC 655498: Dr. / Dr', () => {
    expectChange('mrpc-655498-655391', change('abbreviation', 'trivial', 'Dr.', 'Dr'));
  });
  // `N` / `N.` (North): an abbreviation written two ways.
  it('STS headlines 2014 0269: N Korea / N. Korea', () => {
    expectChange('sts-headlines-2014-0269', change('abbreviation', 'trivial', 'N', 'N.'));
  });
});

describe('punctuation', () => {
  it('STS headlines 2013 0483: \'Whitey\' / "Whitey" is a quote style', () => {
    expectChange('sts-headlines-2013-0483', change('punctuation', 'trivial', "'", '"'));
  });
  it('MRPC 3085803: straight / curly opening quote', () => {
    expectChange('mrpc-3085803-3085929', change('punctuation', 'trivial', '"', '“'));
  });
  it('MRPC 2007827: - / -- is a dash style', () => {
    expectChange('mrpc-2007827-2007774', change('punctuation', 'trivial', '-', '--'));
  });
  it('STS headlines 2013 0502: , / ;', () => {
    expectChange('sts-headlines-2013-0502', change('punctuation', 'trivial', ',', ';'));
  });
  it('MRPC 1657933: the quote closes with , instead of .', () => {
    expectChange('mrpc-1657933-1657875', change('punctuation', 'trivial', '.', ','));
  });
  // A curly apostrophe is punctuation style, not a spelling variant.
  it("seed 000 / 004 titles: Korea's / Korea’s", () => {
    expectChange('seed-000-004-title', change('punctuation', 'trivial', "Korea's", 'Korea’s'), ['spelling']);
  });
  // The same in a headline pair.
  it("STS headlines 2014 0275: Korea's / Korea’s", () => {
    expectChange('sts-headlines-2014-0275', change('punctuation', 'trivial', "Korea's", 'Korea’s'), ['spelling']);
  });
  // A dropped apostrophe, not a removed negation.
  it("MRPC 886904: haven't / havent", () => {
    expectChange('mrpc-886904-887158', change('punctuation', 'trivial', "haven't", 'havent'), ['negation']);
  });
});

describe("trivial: 'omit'", () => {
  it.each([
    ['sts-headlines-2014-0342', ['number:substantive']],
    ['mrpc-2007827-2007774', ['rewording:minor']],
    ['sts-headlines-2015-0040', ['omission:substantive']],
  ])('%s: removes exactly the trivial changes', (id, left) => {
    const all = diffPair(id).changes;
    const kept = diffPair(id, 'omit').changes;
    expect(all.some((c) => c.severity === 'trivial')).toBe(true);
    expect(kept).toEqual(all.filter((c) => c.severity !== 'trivial'));
    expect(kept.map((c) => `${c.type}:${c.severity}`)).toEqual(left);
  });
});

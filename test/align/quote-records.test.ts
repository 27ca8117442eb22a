import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/index';

// The sentences of Multi-News dev cluster 4 (documents 0 and 1): one sentence holding three quoted headings, as two
// outlets print it. Found in an audit: the three statements were one record, flagged `wordingDiffers`.
const D0 =
  'She also allegedly found post-it notes and letters written by the girl to Alcorn with the headings: \u201cThings Ms. Alcorn and I can do,\u201d \u201cWhat we can do,\u201d and \u201cWhen we can do it.\u201d';
const D1 =
  'Police said after the girl\'s mother discovered the messages on her iPod, she found handwritten letters in her daughter\'s school binder labeled "Things Ms. Alcorn and I can do," "What we can do" and "When we can do it."';

describe('quote records', () => {
  it('keeps each statement of a sentence that holds several as a record of its own, matched across sources', () => {
    const c = alignSources(
      [
        { id: 'one', text: `Police arrested a teacher on Tuesday.\n\n${D0}\n\nThe case goes to court next month.` },
        { id: 'two', text: `A teacher was charged this week.\n\n${D0}\n\nShe is held without bail.` },
      ],
      { provenance: false },
    );
    expect(c.quotes.map((q) => [q.mentions.map((m) => `${m.source}: ${m.text}`), q.wordingDiffers])).toEqual([
      [['one: Things Ms. Alcorn and I can do', 'two: Things Ms. Alcorn and I can do'], false],
      [['one: What we can do', 'two: What we can do'], false],
      [['one: When we can do it.', 'two: When we can do it.'], false],
    ]);
  });

  it('matches each statement with its own version when two outlets write the sentence differently', () => {
    const c = alignSources(
      [D0, D1].map((text, k) => ({ id: `d${k}`, text })),
      { provenance: false },
    );
    const grouped = c.quotes.filter((q) => q.group !== undefined);
    expect(grouped.map((q) => q.mentions.map((m) => m.text.replace(/[,.]$/, '')))).toEqual([
      ['Things Ms. Alcorn and I can do', 'Things Ms. Alcorn and I can do'],
      ['What we can do', 'What we can do'],
      ['When we can do it', 'When we can do it'],
    ]);
  });
});

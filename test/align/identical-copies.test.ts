import { describe, expect, it } from 'vitest';
import { alignSources } from '../../src/index';

// Found in an audit of alignSources on the development data. Sentences from Multi-News dev cluster 4 (documents
// 0 and 1, sentences 9-10 and 8-10) and cluster 88 ("Happy 4/1!", printed twice by one blog).
const A =
  'Police said Alcorn had at least one conversation with the girl about adopting her, and they also allegedly discussed running away together. Heather Lattner, the mother of a 6-year-old girl who attends a Pittsburgh school, said, \u201cI just don\u2019t understand."';
const B =
  'Neighbors told Channel 11 Wednesday that they saw Alcorn on the front porch of the 11-year-old girl\u2019s house but always assumed she was an aunt or relative. Police said in addition to Alcorn showing up at the girl\u2019s home, she allegedly brought the 11-year-old to her home in Bloomfield. Pittsburgh Public Schools officials said staff "were made aware of concerns that a teacher had developed an improper attachment" with the student and was suspended.';

const shapes = (c: ReturnType<typeof alignSources>) =>
  c.groups.map((g) => `${g.shape} ${g.members.map((m) => `${m.source}/${m.sentence}${m.split ? '*' : ''}`).join(' ')}`);

describe('identical copies of a text', () => {
  it('align sentence by sentence with each other and change nothing of how the others align', () => {
    const two = alignSources(
      [
        { id: 'a00', text: A },
        { id: 'b00', text: B },
      ],
      { provenance: false },
    );
    const three = alignSources(
      [
        { id: 'a00', text: A },
        { id: 'b00', text: B },
        { id: 'b01', text: B },
      ],
      { provenance: false },
    );
    // Each sentence of the copy is linked to its identical twin only, never to a neighbour of it.
    expect(shapes(three)).toEqual([
      'one-to-one a00/s1 b00/s2 b01/s2',
      'one-to-one b00/s1 b01/s1',
      'one-to-one b00/s3 b01/s3',
    ]);
    expect(shapes(two)).toEqual(['one-to-one a00/s1 b00/s2']);
    for (const g of three.groups) {
      for (const l of g.links) {
        const [x, y] = [g.members[l.a]!, g.members[l.b]!];
        if (x.source.startsWith('b') && y.source.startsWith('b'))
          expect([x.sentence, l.relation]).toEqual([y.sentence, 'identical']);
      }
    }
  });

  it('a short sentence one source prints twice far apart is grouped once, with the other source’s copy', () => {
    const filler = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Paragraph ${i + 1} tells part ${i + 1} of the prank story in different words number ${i + 7}.`,
      ).join('\n\n');
    const c = alignSources(
      [
        {
          id: 'blog',
          text: `The prank began on Monday morning in the newsroom.\n\nHappy 4/1!\n\n${filler(8)}\n\nHappy 4/1!\n\nThe candidate said he is not running for Congress.`,
        },
        { id: 'paper', text: 'The candidate said he is not running for Congress.\n\nHappy 4/1!' },
      ],
      { provenance: false },
    );
    expect(shapes(c)).toEqual(['one-to-one blog/s2 paper/s2', 'one-to-one blog/s12 paper/s1']);
    expect(c.unique.find((u) => u.source === 'blog')?.sentences.map((s) => s.text)).toContain('Happy 4/1!');
  });

  it('says which source an empty-source or empty-body diagnostic is about', () => {
    const c = alignSources([
      { id: 'full', text: B },
      { id: 'empty', text: '   ' },
    ]);
    const about = (ds: readonly { code: string; source?: string }[], code: string) =>
      ds.filter((d) => d.code === code).map((d) => d.source);
    expect(about(c.diagnostics, 'empty-source')).toEqual(['empty']);
    expect(about(c.provenance?.diagnostics ?? [], 'empty-body')).toEqual(['empty']);
  });
});

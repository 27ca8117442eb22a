import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';

/**
 * The shape of Readability's `textContent` (issue 16): the article's lines
 * separated by single line breaks and indentation, never a blank line, so the
 * whole text is one block; a caption or photo-credit line inside it used to
 * make every line before the lede caption text, and the whole story a caption
 * (`no-body`). Written for this test after diem25.org.climate.html and
 * wevolver.com.3dprinting.html of the trafilatura development pages.
 */
const TEXT_CONTENT = [
  '',
  '            Engineering researchers have developed algorithms to speed up consumer 3-D printers.',
  '            Photo: Joseph Xu/Michigan Engineering',
  '            The research was conducted in a laboratory at the university under a professor of mechanical engineering.',
  '            A major drawback to 3-D printing, the slow pace of the work, could be alleviated through software, the team said.',
  '            The algorithm allows printers to deliver high-quality results at speeds up to two times faster than those in common use.',
  '            It adds no hardware costs, according to the researchers, who tested it on two printers.',
  '            Printers vibrate when they move quickly, which spoils the parts they make.',
  '            The new software predicts the vibration and shapes the motion commands so that the printer stays on its path.',
  '            The team tested the method on printers that cost a few hundred dollars.',
  '            Parts printed at twice the usual speed were as accurate as parts printed slowly.',
  '            The researchers said they had licensed the software to a start-up company.',
  '            They plan to adapt the method to larger industrial machines next year.',
  '            Other groups have tried stiffer frames, which add weight and cost.',
  '            The work was funded by a national science agency grant.',
  '          ',
].join('\n');

describe('a text without blank lines holding a caption line', () => {
  it('keeps the story as body; only the caption line is removed', () => {
    const article = normalizeArticle(TEXT_CONTENT);
    expect(article.diagnostics.map((d) => d.code)).not.toContain('no-body');
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(12);
    const captions = article.removed.filter((r) => r.reason === 'caption' || r.reason === 'photo-credit');
    expect(captions.map((r) => r.text)).toEqual(['Photo: Joseph Xu/Michigan Engineering']);
  });

  it('still reads the other lines of a short picture block before the lede as its caption', () => {
    const article = normalizeArticle(
      [
        'Printers get faster',
        'A printer at the laboratory in Ann Arbor\nPhoto: Joseph Xu/Michigan Engineering',
        'Engineering researchers have developed algorithms to speed up consumer 3-D printers, the university said on Monday.',
        'The research was conducted in a laboratory at the university under a professor of mechanical engineering.',
      ].join('\n\n'),
    );
    expect(article.removed.find((r) => r.text === 'A printer at the laboratory in Ann Arbor')?.reason).toBe('caption');
    expect(article.paragraphs).toHaveLength(2);
  });
});
